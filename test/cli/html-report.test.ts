import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { html } from '../../src/cli/formatters/html.ts';
import type { FileResult } from '../../src/cli/types.ts';
import { reportSite, runCli } from './report-site.ts';

describe('check --format html -o', () => {
  let dir: string;
  let report: string;
  beforeAll(async () => {
    dir = await reportSite();
    const result = await runCli(['check', '--format', 'html', '-o', 'report.html'], dir);
    expect(result).toMatchObject({ code: 1, stdout: '', stderr: '' });
    report = await readFile(path.join(dir, 'report.html'), 'utf8');
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes one self-contained page: no script, no stylesheet or image from elsewhere', () => {
    expect(report.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(report).not.toMatch(/<(script|link|img|iframe|object|embed)\b|<[^>]*\s(on\w+|src)=/i);
    expect(report).toContain('<svg class="chart" role="img"');
  });

  it('escapes what posts control: paths, messages and source lines', () => {
    expect(report).toContain('<h3 id="file-2-name">_posts/2024-06-20-&lt;img src=x onerror=&quot;window.pwned = 3&quot;&gt;.md</h3>');
    expect(report).toContain('&lt;script&gt;window.pwned = 1&lt;/script&gt; 제목');
    expect(report).toContain('# &lt;img src=x onerror=&quot;window.pwned = 2&quot;&gt; 다른 제목');
  });

  it('shows invisible characters as what they are', () => {
    expect(report).toMatch(/Zero<mark class="warning"><span class="invisible" title="U\+200B">U\+200B<\/span><\/mark>width &amp; &lt;i&gt;more&lt;\/i&gt;\./);
  });

  it('marks the span of a finding in its source line, with a line either side', () => {
    const seed = report.slice(report.indexOf('<section class="file" id="file-1"'), report.indexOf('<section class="file" id="file-2"'));
    expect(seed).toContain('<h3 id="file-1-name">_posts/2024-06-19-seed.md</h3>');
    expect(seed).toContain('<p class="counts">2 errors, 1 warning, 0 infos</p>');
    const finding = seed.slice(seed.indexOf('<li class="finding error" id="file-1-1"'), seed.indexOf('</li>'));
    expect(finding).toContain('data-line="6" data-column="251"');
    expect(finding).toContain('<a class="at" href="#file-1-1">6:251</a> <span class="severity">error</span>');
    expect([...finding.matchAll(/data-line="(\d+)"><span class="number"/g)].map((m) => Number(m[1]))).toEqual([5, 6, 7]);
    expect(finding).toMatch(/<mark class="error">\(단어 수: 88, 문자 수: 553\)<\/mark>/);
  });

  it('totals findings per rule, and lists the clean file', () => {
    expect(report).toContain('<tr data-rule="excerpt-stated-counts"><th scope="row"><a class="rule" href="https://www.npmjs.com/package/article-kit#excerpt-stated-counts">excerpt-stated-counts</a></th><td>2</td><td>0</td><td>0</td><td>2</td></tr>');
    expect(report).toMatch(/<ul class="clean">\n<li>_posts\/2024-06-21-clean\.md<\/li>\n<\/ul>/);
    expect(report).toContain('<p class="summary">3 files checked:');
  });

  it('writes any format to --output-file, nothing to stdout; refuses an unknown format', async () => {
    const json = await runCli(['check', '--format', 'json'], dir);
    const toFile = await runCli(['check', '--format', 'json', '--output-file', 'report.json'], dir);
    expect(toFile).toEqual({ code: 1, stdout: '', stderr: '' });
    expect(await readFile(path.join(dir, 'report.json'), 'utf8')).toBe(json.stdout);
    expect((await runCli(['check', '--format', 'toString'], dir)).stderr).toMatch(/^article-kit: --format takes stylish, json, github, sarif or html, got "toString"\n/);
    expect((await runCli(['check', '-o', path.join(dir, 'no/such/folder/report.html')], dir)).code).toBe(2);
  });
});

describe('html formatter', () => {
  const result = (filePath: string, line: number, endLine?: number): FileResult => ({
    filePath,
    messages: [
      {
        ruleId: 'r',
        severity: 'info',
        message: 'm',
        reason: 'm',
        line,
        column: 2,
        ...(endLine === undefined ? {} : { endLine, endColumn: 3 }),
        place: { line, column: 2, offset: 0 },
        source: 'article-kit',
        fatal: undefined,
      },
    ],
    errorCount: 0,
    warningCount: 0,
    infoCount: 1,
    fixCount: 0,
  });
  const context = (source: string) => ({ cwd: '/', color: false, rules: [], version: '0', readSource: () => source });

  it('marks one character at a point, and cuts a long span after five lines', () => {
    const lines = Array.from({ length: 12 }, (_, i) => `line ${i + 1}`).join('\n');
    const point = html([result('a.md', 3)], context(lines));
    expect(point).toContain('<span class="line hit" data-line="3"><span class="number" aria-hidden="true">3</span>l<mark class="info">i</mark>ne 3</span>');
    const long = html([result('a.md', 2, 11)], context(lines));
    expect([...long.matchAll(/data-line="(\d+)"><span class="number"/g)].map((m) => Number(m[1]))).toEqual([1, 2, 3, 4, 5, 6]);
    expect(long).toContain('<span class="number" aria-hidden="true">…</span>5 more lines</span>');
  });

  it('gives findings without source lines when the file cannot be read', () => {
    const page = html([result('gone.md', 1)], { ...context(''), readSource: () => undefined });
    expect(page).toContain('<span class="message">m</span>');
    expect(page).not.toContain('<pre class="source"');
  });
});
