import { cli } from '../../src/cli/index.ts';

/** A stream that keeps what is written to it. */
export function collector(isTTY = false) {
  let text = '';
  return { stream: { write: (chunk: string) => ((text += chunk), true), isTTY }, text: () => text };
}

/** Runs `article-kit argv` in `cwd` through `cli()`, with no environment: exit code, stdout, stderr. */
export async function runCli(argv: string[], cwd: string) {
  const stdout = collector();
  const stderr = collector();
  const code = await cli(argv, { stdout: stdout.stream, stderr: stderr.stream, cwd, env: {} });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}
