import { afterAll, describe, expect, it } from 'vitest';
import { cli } from '../../src/cli/index.ts';
import { stylish } from '../../src/cli/formatters/index.ts';
import { inOrder } from '../../src/cli/in-order.ts';
import { configDir, removeConfigDirs } from './_config-dir.ts';

afterAll(removeConfigDirs);

// A plugin rule that notes each post it checks in a log the test's stdout writes to as well, so
// the log shows whether a file's report is written before later files are checked.
const LOG_PLUGIN = `{
  rules: {
    checked: {
      meta: { description: 'Notes the post', url: 'https://example.com/checked', messages: { seen: 'Checked' } },
      check(article, context) {
        globalThis.__streamLog.push('check ' + article.title);
        context.report({ messageId: 'seen', start: 0, end: 0 });
      },
    },
  },
}`;

const posts = Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`_posts/2024-01-0${i + 1}-post.md`, `---\ntitle: Post ${i + 1}\ncategories: [news]\n---\nText ${i + 1}.\n`]));

describe('check writes its report file by file', () => {
  it('writes each post of stylish output as soon as it and the posts before it are checked, in the files order', async () => {
    const dir = configDir({ ...posts, 'article-kit.config.mjs': `export default { plugins: { log: ${LOG_PLUGIN} }, rules: { 'log/checked': 'error' } };\n` });
    const log: string[] = [];
    (globalThis as { __streamLog?: string[] }).__streamLog = log;
    let text = '';
    const stdout = { write: (chunk: string) => (log.push(`write ${chunk.split('\n')[0]}`), (text += chunk), true), isTTY: false };
    const stderr = { write: () => true, isTTY: false };
    const code = await cli(['check', '--concurrency', '1'], { stdout, stderr, cwd: dir, env: {} });

    expect(code).toBe(1);
    const writes = log.filter((entry) => entry.startsWith('write '));
    expect(writes).toEqual([...Object.keys(posts).map((file) => `write ${file}`), 'write ✖ 8 problems (8 errors, 0 warnings, 0 infos)']);
    // The first post's report is out before the last posts are checked.
    expect(log.indexOf('write _posts/2024-01-01-post.md')).toBeLessThan(log.indexOf('check Post 8'));
    const results = Object.keys(posts).map((filePath) => ({ filePath, errorCount: 1, warningCount: 0, infoCount: 0, fixCount: 0, messages: [{ ruleId: 'log/checked', severity: 'error' as const, message: 'Checked', reason: 'Checked', line: 1, column: 1, place: { line: 1, column: 1, offset: 0 }, source: 'article-kit' as const, fatal: true as const }] }));
    expect(text).toBe(stylish(results, { cwd: dir, color: false, rules: [], version: '' }));
    expect(text.split('\n').slice(0, 3)).toEqual(['_posts/2024-01-01-post.md', '  1:1  error  Checked  log/checked', '']);
  });
});

describe('inOrder', () => {
  it('hands items on by index as soon as those before them have come', () => {
    const taken: string[] = [];
    const give = inOrder((item: string, index: number) => taken.push(`${index}:${item}`));
    give(2, 'c');
    expect(taken).toEqual([]);
    give(0, 'a');
    expect(taken).toEqual(['0:a']);
    give(1, 'b');
    expect(taken).toEqual(['0:a', '1:b', '2:c']);
    give(3, 'd');
    expect(taken).toEqual(['0:a', '1:b', '2:c', '3:d']);
  });
});

describe('TIMING', () => {
  it('says on stderr where the run went, phase by phase, only when TIMING is set', async () => {
    const dir = configDir({ '_posts/2024-01-01-a.md': '---\ntitle: A\ncategories: [news]\n---\nText.\n' });
    const run = async (env: Record<string, string>) => {
      let stderr = '';
      const code = await cli(['check'], { stdout: { write: () => true, isTTY: false }, stderr: { write: (chunk: string) => ((stderr += chunk), true), isTTY: false }, cwd: dir, env });
      return { code, stderr };
    };
    const timed = await run({ TIMING: '1' });
    expect(timed.code).toBe(0);
    expect(timed.stderr).toMatch(/^article-kit: timing: start-up and loading \d+ ms · configuration and finding files \d+ ms · reading the sites \d+ ms · checking \d+ ms \(parsing \d+ ms, rules \d+ ms\) · output \d+ ms · total \d+ ms\n$/);
    expect(await run({})).toEqual({ code: 0, stderr: '' });
  });
});
