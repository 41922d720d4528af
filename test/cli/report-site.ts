import { copyFile, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cli } from '../../src/cli/index.ts';
import { shared } from '../helpers.ts';

// The posts the HTML report is tested on, in node (test/cli/html-report.test.ts) and in Chromium
// (test/browser.test.ts).

/** A post whose title, body and file name carry markup that must not run in the report. */
export const HOSTILE_NAME = '_posts/2024-06-20-<img src=x onerror="window.pwned = 3">.md';
export const HOSTILE = `---
title: "<script>window.pwned = 1</script> 제목"
---

# <img src=x onerror="window.pwned = 2"> 다른 제목

Zero\u200Bwidth & <i>more</i>.
`;

function collector() {
  let text = '';
  return { stream: { write: (chunk: string) => ((text += chunk), true), isTTY: false }, text: () => text };
}

export async function runCli(argv: string[], cwd: string) {
  const stdout = collector();
  const stderr = collector();
  const code = await cli(argv, { stdout: stdout.stream, stderr: stderr.stream, cwd, env: {} });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

/** A site folder with seed 000 (two excerpt-stated-counts errors, a title-h1-mismatch) and the hostile post. */
export async function reportSite(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'article-kit-report-'));
  await mkdir(path.join(dir, '_posts'));
  await copyFile(`${shared}seeds/000_156decdd737d4216.txt`, path.join(dir, '_posts/2024-06-19-seed.md'));
  await writeFile(path.join(dir, HOSTILE_NAME), HOSTILE);
  await writeFile(path.join(dir, '_posts/2024-06-21-clean.md'), '---\ntitle: 깨끗한 글의 제목입니다\ncategories: [News]\n---\n\n시청 앞 광장에서 봄맞이 행사가 열렸습니다.\n');
  return dir;
}
