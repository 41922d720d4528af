// The playground and the HTML report in real Chromium (Debian's, which .ci/run installs; another
// with CHROMIUM_PATH), asserting what a reader sees. One browser for both; `SCREENSHOT=1` also
// writes playground/screenshot.png for the README.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Server } from 'node:http';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPlayground, serveStatic } from '../scripts/playground.ts';
import { reportSite, runCli } from './cli/report-site.ts';
import { root } from './helpers.ts';

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

let browser: Browser;
beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: apt-get install -y chromium (as .ci/run does), or set CHROMIUM_PATH`);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
});
afterAll(async () => {
  await browser?.close();
});

/** A page that fails the test on any script error. */
async function newPage(width = 1280, height = 900): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width, height } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { page, errors };
}

describe('the playground', () => {
  let dir: string;
  let server: Server;
  let url: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'article-kit-playground-'));
    await buildPlayground(dir);
    ({ server, url } = await serveStatic(dir));
  });
  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve));
    await rm(dir, { recursive: true, force: true });
  });

  it('shows a fixture as Jekyll publishes it, its findings marked in the source, and its counts', async () => {
    const { page, errors } = await newPage();
    await page.goto(url);
    await page.waitForSelector('body[data-state=ready]');
    await page.selectOption('#fixture', 'kramdown-options-hard-wrap');

    // The preview: the fixture's site shifts headers one level down (header_offset: 1).
    const preview = page.frameLocator('#preview');
    await preview.locator('h6').waitFor();
    const headings = await preview.locator('h1, h2, h3, h4, h5, h6').evaluateAll((elements) => elements.map((e) => `${e.tagName} ${e.textContent}`));
    expect(headings).toEqual(['H2 제목 1은 제목 2가 된다', 'H3 Level two becomes three', 'H6 Level six stays six']);
    expect(await preview.locator('p br').count()).toBe(7);

    // The finding, listed and marked at its line and column.
    expect(await page.locator('#finding-list li').allInnerTexts()).toEqual([
      '20:1 warning This h6 follows an h3: heading levels should go down one at a time (use h4) heading-increment',
    ]);
    const marker = page.locator('#marked-source a.marker[data-rule="heading-increment"]');
    expect(await marker.getAttribute('aria-label')).toBe('warning at 20:1: This h6 follows an h3: heading levels should go down one at a time (use h4)');
    expect(await marker.evaluate((a) => a.closest('li')?.dataset['line'])).toBe('20');
    const mark = page.locator('#mark-1');
    expect(await mark.evaluate((m) => [m.closest('li')?.dataset['line'], m.closest('li')?.querySelector('code')?.textContent?.indexOf(m.textContent ?? '')])).toEqual(['20', 0]);
    expect(await mark.textContent()).toBe('###### Level six stays six');

    // The counts, as countWords and countCharacters give them for readingText(article).
    const count = (name: string) => page.locator(`#counts dd[data-count="${name}"]`).textContent();
    expect([await count('words'), await count('characters'), await count('characters-without-spaces'), await count('reading-time'), await count('headings')]).toEqual(['51', '258', '193', '1 min (0.2)', '3']);
    expect(await count('excerpt')).toMatch(/^산에는 꽃 피네 꽃이 피네/);

    // The Article as a tree, opened on demand.
    await page.locator('#article-tree summary', { hasText: 'headings' }).first().click();
    // The children are built on the `toggle` event, which fires after the click returns.
    await page.locator('#article-tree details[open] details[open] details summary').nth(2).waitFor();
    expect(await page.locator('#article-tree details[open] details[open] details summary').allInnerTexts()).toEqual(['0 {4} "제목 1은 제목 2가 된다"', '1 {4} "Level two becomes three"', '2 {4} "Level six stays six"']);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('reads a pasted post, and runs none of its scripts; reads a dropped file', async () => {
    const { page, errors } = await newPage();
    await page.goto(url);
    await page.waitForSelector('body[data-state=ready]');
    await page.selectOption('#fixture', '');
    await page.fill('#path', '_posts/2024-06-19-pasted.md');
    await page.fill('#source', '---\ntitle: Pasted\ncategories: [News]\n---\n\n# Another title\n\n<img src="x" onerror="parent.pwned = true">\n\nTwo words.\n');
    await page.waitForSelector('body[data-state=ready]');
    await page.frameLocator('#preview').locator('h1').waitFor();
    expect(await page.frameLocator('#preview').locator('h1').textContent()).toBe('Another title');
    expect(await page.locator('#finding-list li').evaluateAll((items) => items.map((li) => `${li.dataset['line']}:${li.dataset['column']} ${li.dataset['rule']}`))).toEqual([
      '6:1 title-h1-mismatch',
      '8:1 image-alt-missing',
    ]);
    expect(await page.locator('#marked-source li[data-line="8"] a.marker').count()).toBe(1);
    expect(await page.evaluate(() => (globalThis as { pwned?: boolean }).pwned)).toBeUndefined();

    // A file dropped on the text box replaces the post; a dated name becomes its path.
    const dropped = await page.evaluateHandle(() => {
      // In the page: DataTransfer is the browser's (this file is type-checked without the DOM's types).
      const { DataTransfer } = globalThis as unknown as { DataTransfer: new () => { items: { add(file: File): void } } };
      const transfer = new DataTransfer();
      transfer.items.add(new File(['---\ntitle: Dropped\ncategories: [News]\n---\n\n## Dropped heading\n'], '2024-1-02-dropped.md', { type: 'text/markdown' }));
      return transfer;
    });
    await page.dispatchEvent('#source', 'drop', { dataTransfer: dropped });
    await page.frameLocator('#preview').locator('h2').waitFor();
    expect(await page.frameLocator('#preview').locator('h2').textContent()).toBe('Dropped heading');
    expect(await page.inputValue('#path')).toBe('_posts/2024-1-02-dropped.md');
    expect(await page.locator('#finding-list li').evaluateAll((items) => items.map((li) => `${li.dataset['line']}:${li.dataset['column']} ${li.dataset['rule']}`))).toEqual(['1:1 file-name']);
    if (process.env['SCREENSHOT']) {
      await page.setViewportSize({ width: 1280, height: 1040 });
      await page.selectOption('#fixture', 'tip-line-list');
      await page.frameLocator('#preview').locator('h1').waitFor();
      await page.screenshot({ path: path.join(root, 'playground', 'screenshot.png') });
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the HTML report', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await reportSite();
    expect((await runCli(['check', '--format', 'html', '-o', 'report.html'], dir)).code).toBe(1);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('shows each file with its findings and source lines, and the totals per rule', async () => {
    const { page, errors } = await newPage();
    await page.goto(pathToFileURL(path.join(dir, 'report.html')).href);
    expect(await page.locator('section.file h3').allTextContents()).toEqual(['_posts/2024-06-19-seed.md', '_posts/2024-06-20-<img src=x onerror="window.pwned = 3">.md']);

    const seed = page.locator('section.file').first();
    expect(await seed.locator('.counts').textContent()).toBe('2 errors, 1 warning, 0 infos');
    expect(await seed.locator('li.finding .head').allInnerTexts()).toEqual([
      '6:251 error `excerpt` states 88 words, 553 characters, but the text has 54 words, 247 characters excerpt-stated-counts',
      '8:251 error `feature_text` states 88 words, 553 characters, but the text has 54 words, 247 characters excerpt-stated-counts',
      expect.stringMatching(/^14:1 warning The first h1 “평양 정상회담, 김정은-푸틴 회담 개요” differs from the front matter title .* title-h1-mismatch$/),
    ]);
    const first = seed.locator('li.finding').first();
    expect(await first.locator('.line .number').allTextContents()).toEqual(['5', '6', '7']);
    expect(await first.locator('.line.hit mark').textContent()).toBe('(단어 수: 88, 문자 수: 553)');

    const hostile = page.locator('section.file').nth(1);
    expect(await hostile.locator('li.finding').evaluateAll((items) => items.map((li) => `${li.dataset['line']}:${li.dataset['column']}`))).toContain('7:5');
    expect(await hostile.innerText()).toContain('# <img src=x onerror="window.pwned = 2"> 다른 제목');

    const rows = await page.locator('table.totals tbody tr, table.totals tfoot tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => cell.textContent)));
    expect(rows).toContainEqual(['excerpt-stated-counts', '2', '0', '0', '2']);
    expect(rows.at(-1)).toEqual(['All rules', '3', '4', '0', '7']);
    expect(await page.locator('svg.chart g[data-rule]').count()).toBe(rows.length - 1);
    expect(await page.locator('ul.clean li').allTextContents()).toEqual(['_posts/2024-06-21-clean.md']);
    expect(await page.evaluate(() => (globalThis as { pwned?: number }).pwned)).toBeUndefined();
    expect(errors).toEqual([]);
    await page.close();
  });
});
