import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from './_run-cli.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'article-kit-fix-fm-'));
  await mkdir(path.join(dir, '_posts'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const BROKEN = [
  '---',
  "title: '임영웅' 신곡, 1위 달성",
  'categories:',
  '  - News',
  'excerpt: >',
  '  임영웅의 신곡이 음원 차트 1위에 올랐습니다. 팬들의 응원이 이어지고 있습니다.',
  '---',
  '',
  '[출처: 임영웅 신곡 1위](https://newsdao.kr/1) | 뉴스다오',
  '',
  '임영웅의 신곡이 음원 차트 1위에 올랐습니다.<p>팬들의 응원이 이어지고 있습니다.</p>',
  '',
].join('\r\n');

describe('check --fix on a front matter Jekyll cannot read', () => {
  it('reports one YAML error and nothing that rests on it, then quotes the title and mends the body; a second --fix changes nothing', async () => {
    const file = path.join(dir, '_posts/2024-06-12-song.md');
    await writeFile(file, BROKEN);
    const before = JSON.parse((await runCli(['check', '--format', 'json'], dir)).stdout) as { messages: { ruleId: string; severity: string; line: number; column: number }[] }[];
    expect(before[0]?.messages.map((m) => `${m.line}:${m.column} ${m.severity} ${m.ruleId}`)).toEqual([
      '2:8 error yaml-syntax',
      '9:1 warning kramdown-accidental-table',
      '11:26 warning kramdown-literal-html',
      '11:47 warning kramdown-literal-html',
    ]);
    const fixed = await runCli(['check', '--fix'], dir);
    expect(fixed.code).toBe(0);
    const after = await readFile(file, 'utf8');
    expect(after).toBe(
      BROKEN.replace("title: '임영웅' 신곡, 1위 달성", `title: "'임영웅' 신곡, 1위 달성"`)
        .replace(') | 뉴스다오', ') \\| 뉴스다오')
        .replace('올랐습니다.<p>', '올랐습니다.\r\n\r\n<p>'),
    );
    expect(JSON.parse((await runCli(['check', '--format', 'json'], dir)).stdout)[0].messages).toEqual([]);
    await runCli(['check', '--fix'], dir);
    expect(await readFile(file, 'utf8')).toBe(after);
  });
});
