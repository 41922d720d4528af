import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { root } from '../helpers.ts';
import { ACME_PLUGIN, CASES, POST, TODO_POST } from './_config-cases.ts';
import { configDir, removeConfigDirs } from './_config-dir.ts';

// The built bin (npm test builds first): the configuration cases of config-files.test.ts, with
// the same expected output, and the worker threads, which load a configuration with code themselves.
const BIN = path.join(root, 'dist/bin.js');
const run = promisify(execFile);

/** `node dist/bin.js argv` in `cwd`: exit code, stdout, stderr; no colour. */
async function bin(argv: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { PATH: process.env['PATH'] ?? '', NO_COLOR: '1' };
  return run(process.execPath, [BIN, ...argv], { cwd, env, maxBuffer: 64 * 1024 * 1024 }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
  );
}

afterEach(removeConfigDirs);

describe('configuration files, through the built bin', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const dir = configDir(c.files);
    expect(await bin(c.argv, path.join(dir, c.cwd ?? '.'))).toEqual(c.expected(dir));
    for (const file of c.absent ?? []) expect(existsSync(path.join(dir, file))).toBe(false);
  });

  it('on worker threads, each loading the schema and the plugins of the configuration, as on one thread', async () => {
    // Workers start at 500 files.
    const files: Record<string, string> = {
      'article-kit.config.mjs': [
        `const schema = { '~standard': { version: 1, vendor: 'test', validate: (data) => (data.author ? { value: data } : { issues: [{ message: 'Required', path: ['author'] }] }) } };`,
        `export default { schema, plugins: { acme: ${ACME_PLUGIN} }, rules: { 'acme/no-todo': 'error' }, overrides: [{ files: '_posts/b/**', rules: { 'multiple-h1': 'off' } }] };`,
        '',
      ].join('\n'),
    };
    for (let i = 0; i < 260; i++) {
      files[`_posts/a/2024-01-01-a${i}.md`] = TODO_POST;
      files[`_posts/b/2024-01-01-b${i}.md`] = POST.replace('categories', 'author: 누구\ncategories');
    }
    const dir = configDir(files);
    const [workers, single] = await Promise.all([bin(['check', '-f', 'json', '--concurrency', '2'], dir), bin(['check', '-f', 'json', '--concurrency', '1'], dir)]);
    expect(workers).toEqual(single);
    expect(workers.code).toBe(1);
    const results = JSON.parse(workers.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string; line: number; column: number }> }>;
    expect(results).toHaveLength(520);
    expect(results[0]).toMatchObject({ filePath: '_posts/a/2024-01-01-a0.md' });
    expect(results[0]?.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`)).toEqual(['2:1 front-matter-schema', '7:1 multiple-h1', '9:6 acme/no-todo']);
    expect(results.at(-1)?.messages).toEqual([]);
  });

  it('exits 2 with the message when a worker cannot load the configuration', async () => {
    const files: Record<string, string> = {
      // Loads once on the main thread; in a worker thread, it throws.
      'article-kit.config.mjs': `import { isMainThread } from 'node:worker_threads';\nif (!isMainThread) throw new Error('not in a worker');\nexport default { plugins: { acme: ${ACME_PLUGIN} } };\n`,
    };
    for (let i = 0; i < 500; i++) files[`_posts/2024-01-01-p${i}.md`] = POST;
    const dir = configDir(files);
    expect(await bin(['check', '--concurrency', '2'], dir)).toEqual({
      code: 2,
      stdout: '',
      stderr: `article-kit: Cannot load configuration ${dir}/article-kit.config.mjs: not in a worker\n`,
    });
  });
});
