import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { POST } from './_config-cases.ts';
import { configDir, removeConfigDirs } from './_config-dir.ts';
import { runCli } from './_run-cli.ts';

afterEach(removeConfigDirs);

const POSTS = {
  '_posts/2024-06-19-a.md': POST,
  '_posts/old/2020-01-01-b.md': POST,
  '_posts/old/2020-01-02-keep.md': POST,
  '_posts/old/deeper/2019-01-01-c.md': POST,
};

/** The files a JSON report covers. */
const checked = (stdout: string): string[] => (JSON.parse(stdout) as Array<{ filePath: string }>).map((r) => r.filePath);

describe('the ignores key', () => {
  it('leaves out what its globs match, folders with what is below them, and takes back a negated glob', async () => {
    const dir = configDir({ ...POSTS, 'article-kit.config.yaml': "ignores: ['_posts/old', '!_posts/old/2020-01-02-keep.md']\n" });
    const run = await runCli(['check', '-f', 'json'], dir);
    expect(run.stderr).toBe('');
    expect(checked(run.stdout)).toEqual(['_posts/2024-06-19-a.md', '_posts/old/2020-01-02-keep.md']);
  });

  it('is relative to the configuration file, also when check runs below it', async () => {
    const dir = configDir({ ...POSTS, 'article-kit.config.json': '{ "ignores": ["_posts/old/**", "!**/*-keep.md"] }' });
    const run = await runCli(['check', '-f', 'json', '.'], path.join(dir, '_posts'));
    expect(checked(run.stdout)).toEqual(['2024-06-19-a.md', 'old/2020-01-02-keep.md']);
  });

  it('warns of a file named on the command line that it leaves out, and checks nothing else', async () => {
    const dir = configDir({ ...POSTS, 'article-kit.config.json': '{ "ignores": ["_posts/old/**"] }' });
    const run = await runCli(['check', '_posts/old/2020-01-01-b.md'], dir);
    expect(run).toEqual({ code: 0, stdout: '', stderr: 'article-kit: warning: _posts/old/2020-01-01-b.md: File ignored because of a matching ignore pattern\n' });
  });
});
