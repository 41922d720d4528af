import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from './_run-cli.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'article-kit-directives-'));
  await mkdir(path.join(dir, '_posts'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const POST = '---\ntitle: 인라인 설정을 시험하는 글의 제목\ncategories: [뉴스]\n---\n<!-- article-kit-disable-next-line image-alt-missing -->\n![](/a.png)\n\n<!-- article-kit-disable rel-dofollow -->\n본문\n';

describe('check with disable comments', () => {
  it('leaves out what they turn off, and reports unused ones with --report-unused-disable-directives', async () => {
    await writeFile(path.join(dir, '_posts/2024-06-19-a.md'), POST);
    expect(await runCli(['check', '--format', 'json'], dir)).toMatchObject({ code: 0 });
    const reported = await runCli(['check', '--format', 'json', '--report-unused-disable-directives'], dir);
    expect(reported.code).toBe(1);
    const [entry] = JSON.parse(reported.stdout) as Array<{ messages: Array<{ ruleId: string; line: number; column: number; message: string }> }>;
    expect(entry?.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`)).toEqual([
      "8:1 unused-disable-directive: Unused article-kit-disable directive (no problems were reported by 'rel-dofollow')",
    ]);
  });
});
