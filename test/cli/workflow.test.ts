import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli } from '../../src/cli/index.ts';
import { collector, runCli } from './_run-cli.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'article-kit-workflow-'));
  await mkdir(path.join(dir, '_posts'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A post with three warnings (a title that is not its h1, two h1s, no alt text) and no error. */
const WARNED = '---\ntitle: 세 경고가 있는 글의 제목입니다\ncategories: [뉴스]\n---\n# 하나\n\n# 둘\n\n![](/a.png)\n';

describe('check when nothing matches', () => {
  it('exits 2 naming what matched nothing, unless --allow-empty', async () => {
    expect(await runCli(['check'], dir)).toEqual({ code: 2, stdout: '', stderr: 'article-kit: no post files matched _posts/**/*.{md,markdown,html} (--allow-empty accepts that)\n' });
    expect(await runCli(['check', '_posts/2030/*.md'], dir)).toMatchObject({ code: 2 });
    expect(await runCli(['check', '--allow-empty', '--format', 'json'], dir)).toEqual({ code: 0, stdout: '[]\n', stderr: '' });
  });
});

describe('severities, short flags and --max-warnings', () => {
  beforeEach(async () => {
    await writeFile(path.join(dir, '_posts/2024-06-19-a.md'), WARNED);
  });

  it("takes 'warning' as well as 'warn', and -f, -q, -c", async () => {
    const json = await runCli(['check', '-f', 'json', '--rule', 'title-h1-mismatch:warning', '--rule', 'multiple-h1:error'], dir);
    expect(json.code).toBe(1);
    const [entry] = JSON.parse(json.stdout) as Array<{ messages: Array<{ ruleId: string; severity: string }> }>;
    expect(entry?.messages.map((m) => `${m.ruleId}:${m.severity}`)).toEqual(['title-h1-mismatch:warning', 'multiple-h1:error', 'image-alt-missing:warning']);
    await writeFile(path.join(dir, 'custom.json'), JSON.stringify({ rules: { 'multiple-h1': 'warning', 'image-alt-missing': 'off', 'title-h1-mismatch': 'off' } }));
    const quiet = await runCli(['check', '-q', '-c', 'custom.json', '-f', 'json'], dir);
    expect(quiet.code).toBe(0);
    expect((JSON.parse(quiet.stdout) as Array<{ messages: unknown[] }>)[0]?.messages).toEqual([]);
  });

  it('counts warnings against --max-warnings with --quiet too, and says why it exits 1', async () => {
    expect(await runCli(['check', '-q', '--max-warnings', '1', '-f', 'json'], dir)).toEqual({
      code: 1,
      stdout: expect.any(String),
      stderr: 'article-kit: 3 warnings found, more than --max-warnings 1\n',
    });
    expect((await runCli(['check', '--max-warnings', '3', '-f', 'json'], dir)).code).toBe(0);
  });
});

describe('colour', () => {
  const colourOf = async (argv: string[], env: Record<string, string>, isTTY: boolean): Promise<boolean> => {
    await writeFile(path.join(dir, '_posts/2024-06-19-a.md'), WARNED);
    const stdout = collector(isTTY);
    const stderr = collector();
    await cli(['check', ...argv], { stdout: stdout.stream, stderr: stderr.stream, cwd: dir, env });
    return stdout.text().includes('\u001b[');
  };

  it('follows --color and --no-color, then NO_COLOR, FORCE_COLOR, TERM=dumb and the terminal', async () => {
    expect(await colourOf([], {}, true)).toBe(true);
    expect(await colourOf([], {}, false)).toBe(false);
    expect(await colourOf(['--no-color'], { FORCE_COLOR: '1' }, true)).toBe(false);
    expect(await colourOf(['--color'], { NO_COLOR: '1' }, false)).toBe(true);
    expect(await colourOf([], { NO_COLOR: '1' }, true)).toBe(false);
    expect(await colourOf([], { FORCE_COLOR: '1' }, false)).toBe(true);
    expect(await colourOf([], { FORCE_COLOR: '0' }, true)).toBe(false);
    expect(await colourOf([], { TERM: 'dumb' }, true)).toBe(false);
  });
});
