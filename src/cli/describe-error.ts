/** An I/O error's message without the path Node appends (`ENOSPC: no space left on device`). */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  return typeof (error as { code?: unknown }).code === 'string' ? error.message.replace(/, \w+(?: '[^]*')?$/, '') : error.message;
}
