import { firstInvalidUtf8Offset, MAX_POST_BYTES, type ReadPostResult } from './read-post.ts';

/** What a program gives as standard input: process.stdin, any stream of chunks, or a string (tests). */
export type StdinSource = AsyncIterable<string | Uint8Array> | string;

/**
 * Reads a post from standard input, as `readPost` reads a file: up to {@link MAX_POST_BYTES}
 * (more is an error), decoded as UTF-8 with the offset of the first invalid sequence, a BOM kept
 * as U+FEFF. Throws for too much input, or when the stream fails.
 */
export async function readStdin(source: StdinSource): Promise<Pick<ReadPostResult, 'text' | 'bytes' | 'invalidUtf8'>> {
  const chunks: Buffer[] = [];
  let length = 0;
  const take = (chunk: string | Uint8Array): void => {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    length += bytes.byteLength;
    if (length > MAX_POST_BYTES) throw new Error(`cannot read stdin: larger than ${MAX_POST_BYTES / 1024 / 1024} MiB: not read`);
    chunks.push(bytes);
  };
  if (typeof source === 'string') take(source);
  else for await (const chunk of source) take(chunk);
  const bytes = Buffer.concat(chunks, length);
  const text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(bytes);
  const offset = firstInvalidUtf8Offset(bytes);
  return offset === undefined ? { text, bytes } : { text, bytes, invalidUtf8: { offset } };
}
