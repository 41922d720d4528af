// The playground: the library's browser bundle on a static page. A post (typed, pasted, dropped,
// opened or a bundled fixture) is parsed with parseArticle and checked with validateArticle on
// every change; nothing leaves the page.
import fixtures, { type PlaygroundFixture } from 'playground:fixtures';
import {
  type Article,
  countCharacters,
  countWords,
  createJekyllSite,
  type Diagnostic,
  type JekyllSite,
  makeExcerpt,
  parseArticle,
  readingText,
  readingTime,
  validateArticle,
} from '../dist/index.js';

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
const sourceInput = $<HTMLTextAreaElement>('source');
const pathInput = $<HTMLInputElement>('path');
const fixtureSelect = $<HTMLSelectElement>('fixture');
const fileInput = $<HTMLInputElement>('file');
const status = $<HTMLParagraphElement>('status');

/** Creates an element with attributes and children (strings become text nodes: never parsed as HTML). */
function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

// Invisible characters and bidi controls, shown as badges so that the source view shows them
// and is not reordered by them.
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

/** Text with invisible characters as `U+XXXX` badges. */
function visibleText(text: string): Array<Node | string> {
  const parts: Array<Node | string> = [];
  let last = 0;
  for (const match of text.matchAll(INVISIBLE)) {
    const index = match.index ?? 0;
    if (index > last) parts.push(text.slice(last, index));
    const name = `U+${(match[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
    parts.push(h('span', { class: 'invisible', title: name }, name));
    last = index + match[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}

/** A diagnostic's span in offsets: a point covers one character (none at the end of a line). */
function spanOf(d: Diagnostic, source: string): [number, number] {
  if ('start' in d.place) return [d.place.start.offset, Math.max(d.place.start.offset, d.place.end.offset)];
  const at = d.place.offset;
  const code = source.codePointAt(at);
  const end = code === undefined || code === 10 || code === 13 ? at : at + (code > 0xffff ? 2 : 1);
  return [at, end];
}

/** The site a fixture's post is read with: its configuration, and what else its folder holds. */
function siteOf(fixture: PlaygroundFixture): JekyllSite {
  return { ...createJekyllSite(fixture.config), ...fixture.site };
}

// --- Findings, listed and marked in the source -----------------------------------------------

function renderFindings(diagnostics: readonly Diagnostic[]): void {
  const list = $('finding-list');
  $('findings-heading').textContent = diagnostics.length === 0 ? 'Findings: none' : `Findings (${diagnostics.length})`;
  list.replaceChildren(
    ...diagnostics.map((d, index) =>
      h(
        'li',
        { class: `finding ${d.severity}`, id: `finding-${index + 1}`, 'data-rule': d.ruleId, 'data-line': String(d.line), 'data-column': String(d.column) },
        h('a', { class: 'at', href: `#mark-${index + 1}` }, `${d.line}:${d.column}`),
        ' ',
        h('span', { class: `severity ${d.severity}` }, d.severity),
        ' ',
        h('span', { class: 'message' }, ...visibleText(d.message)),
        ' ',
        d.url ? h('a', { class: 'rule', href: d.url, target: '_blank', rel: 'noopener noreferrer' }, d.ruleId) : h('span', { class: 'rule' }, d.ruleId),
      ),
    ),
  );
}

/** The source, one list item per line, every finding's span marked and a marker at its line. */
function renderMarkedSource(source: string, diagnostics: readonly Diagnostic[]): void {
  const spans = diagnostics.map((d) => spanOf(d, source));
  const lines: Array<{ start: number; text: string }> = [];
  let start = 0;
  for (const match of source.matchAll(/\r\n|\r|\n/g)) {
    lines.push({ start, text: source.slice(start, match.index) });
    start = (match.index ?? 0) + match[0].length;
  }
  lines.push({ start, text: source.slice(start) });
  const atLine = new Map<number, number[]>();
  diagnostics.forEach((d, index) => atLine.set(d.line, [...(atLine.get(d.line) ?? []), index]));
  // The first mark of each finding gets its id, for the finding's link.
  const anchored = new Set<number>();
  const severityOf = (indexes: readonly number[]): string => {
    const severities = indexes.map((index) => diagnostics[index]?.severity);
    return severities.includes('error') ? 'error' : severities.includes('warning') ? 'warning' : 'info';
  };
  const mark = (indexes: number[], text: string): HTMLElement => {
    const element = h('mark', { class: severityOf(indexes), 'data-findings': indexes.map((index) => index + 1).join(' ') }, ...visibleText(text));
    const first = indexes.find((index) => !anchored.has(index));
    if (first !== undefined) {
      anchored.add(first);
      element.id = `mark-${first + 1}`;
    }
    return element;
  };

  const items = lines.map((line, n) => {
    const length = line.text.length;
    const local = spans.map(([a, b], index) => ({ a: a - line.start, b: b - line.start, index }));
    // Spans over characters of this line, and empty spans (a point at a line's end) on it.
    const over = local.filter(({ a, b }) => b > a && a < length && b > 0);
    const empty = local.filter(({ a, b }) => a === b && a >= 0 && a <= length);
    const cuts = [...new Set([0, length, ...over.flatMap(({ a, b }) => [Math.max(a, 0), Math.min(b, length)]), ...empty.map(({ a }) => a)])].sort((x, y) => x - y);
    const code = h('code');
    cuts.forEach((from, k) => {
      const here = empty.filter(({ a }) => a === from).map(({ index }) => index);
      if (here.length > 0) code.append(mark(here, ''));
      const to = cuts[k + 1];
      if (to === undefined) return;
      const covering = over.filter(({ a, b }) => a <= from && b >= to).map(({ index }) => index);
      const text = line.text.slice(from, to);
      if (covering.length === 0) code.append(...visibleText(text));
      else code.append(mark(covering, text));
    });
    const indexes = atLine.get(n + 1) ?? [];
    const gutter = h(
      'span',
      { class: 'gutter' },
      ...indexes.map((index) => {
        const d = diagnostics[index] as Diagnostic;
        return h(
          'a',
          { class: `marker ${d.severity}`, href: `#finding-${index + 1}`, 'data-rule': d.ruleId, 'data-column': String(d.column), title: `${d.line}:${d.column} ${d.message} (${d.ruleId})`, 'aria-label': `${d.severity} at ${d.line}:${d.column}: ${d.message}` },
          '●',
        );
      }),
    );
    return h('li', { 'data-line': String(n + 1), ...(indexes.length > 0 ? { class: 'hit' } : {}) }, gutter, code);
  });
  $('marked-source').replaceChildren(...items);
}

// --- The rendering as Jekyll publishes it ----------------------------------------------------

const PREVIEW_STYLE = `body { font: 16px/1.6 system-ui, sans-serif; max-width: 44rem; margin: 1rem auto; padding: 0 1rem; color: #222; background: #fff; }
img { max-width: 100%; } pre { overflow: auto; background: #f5f5f5; padding: 0.5rem; } code { font-size: 0.9em; }
table { border-collapse: collapse; } td, th { border: 1px solid #ccc; padding: 0.2rem 0.4rem; } blockquote { border-left: 3px solid #ccc; margin-left: 0; padding-left: 1rem; color: #555; }`;

function renderPreview(article: Article): void {
  const frame = $<HTMLIFrameElement>('preview');
  // The post's HTML in a sandboxed frame: no script of the post runs, and links open elsewhere.
  frame.srcdoc = `<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src * data:; style-src 'unsafe-inline'"><base target="_blank"><style>${PREVIEW_STYLE}</style></head><body>${article.html}</body></html>`;
  const meta = [article.title ? `Title: ${article.title}` : 'No title', article.date ? `date ${article.date}` : '', article.url ? `published at ${article.url}` : '', article.published ? '' : 'not published'].filter(Boolean);
  $('preview-meta').textContent = meta.join(' · ');
}

function fitPreview(): void {
  const frame = $<HTMLIFrameElement>('preview');
  const height = frame.contentDocument?.documentElement.scrollHeight;
  if (height) frame.style.height = `${height + 16}px`;
}

// --- Counts, reading time, excerpt -----------------------------------------------------------

function renderCounts(article: Article): void {
  const text = readingText(article);
  const characters = countCharacters(text);
  const minutes = readingTime(article).minutes;
  const rows: Array<[string, string]> = [
    ['Words', String(countWords(text))],
    ['Characters', String(characters.withSpaces)],
    ['Characters without spaces', String(characters.withoutSpaces)],
    ['Reading time', `${Math.max(1, Math.ceil(minutes))} min (${minutes.toFixed(1)})`],
    ['Headings', String(article.headings.length)],
    ['Paragraphs', String(article.paragraphs.length)],
    ['Excerpt', makeExcerpt(article)],
  ];
  $('counts').replaceChildren(...rows.flatMap(([term, value]) => [h('dt', {}, term), h('dd', { 'data-count': term.toLowerCase().replace(/ /g, '-') }, value)]));
}

// --- The Article as a collapsible tree -------------------------------------------------------

const LONG = 120;

function leaf(key: string, value: unknown): HTMLElement {
  const kind = value === null ? 'null' : typeof value;
  const shown = typeof value === 'string' ? JSON.stringify(value) : String(value);
  if (typeof value === 'string' && shown.length > LONG) {
    // A long string opens to its whole text.
    const details = h('details', {}, h('summary', {}, h('span', { class: 'key' }, key), ': ', h('span', { class: 'string' }, `${shown.slice(0, 60)}…`), h('span', { class: 'kind' }, ` (${value.length} characters)`)));
    details.addEventListener('toggle', () => {
      if (details.open && details.childElementCount === 1) details.append(h('div', { class: 'string' }, ...visibleText(shown)));
    }, { once: true });
    return h('li', {}, details);
  }
  return h('li', {}, h('span', { class: 'key' }, key), ': ', h('span', { class: kind }, ...visibleText(shown)));
}

/** A node of the tree (`open`: the root); children are built when it is first opened, so that big Articles stay fast. */
function node(key: string, value: unknown, open = false): HTMLElement {
  if (value === null || typeof value !== 'object' || value instanceof Date) return leaf(key, value instanceof Date ? value.toISOString() : value);
  const entries: Array<[string, unknown]> = Array.isArray(value) ? value.map((v, i) => [String(i), v]) : Object.entries(value);
  const kind = Array.isArray(value) ? `[${value.length}]` : `{${entries.length}}`;
  const type = !Array.isArray(value) && typeof (value as { type?: unknown }).type === 'string' ? ` ${(value as { type: string }).type}` : '';
  // An entry with text shows it, so that a list of headings or links reads as one.
  const text = !open && !Array.isArray(value) && typeof (value as { text?: unknown }).text === 'string' ? (value as { text: string }).text : undefined;
  const label = text === undefined ? [] : [' ', h('span', { class: 'string' }, JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text))];
  const details = h('details', {}, h('summary', {}, h('span', { class: 'key' }, key), ' ', h('span', { class: 'kind' }, `${kind}${type}`), ...label));
  const fill = (): void => {
    if (details.childElementCount === 1) details.append(h('ul', {}, ...entries.map(([k, v]) => node(k, v))));
  };
  details.addEventListener('toggle', () => details.open && fill());
  if (open) {
    fill();
    details.open = true;
  }
  return h('li', {}, details);
}

function renderTree(article: Article): void {
  $('article-tree').replaceChildren(h('ul', { class: 'root' }, node('article', article, true)));
}

// --- Input -----------------------------------------------------------------------------------

let site: JekyllSite | undefined;
let shown: { source: string; diagnostics: Diagnostic[] } = { source: '', diagnostics: [] };

function update(): void {
  const source = sourceInput.value;
  const path = pathInput.value.trim();
  try {
    const article = parseArticle(source, { ...(path ? { path } : {}), ...(site ? { site } : {}) });
    const diagnostics = validateArticle(article);
    shown = { source, diagnostics };
    renderPreview(article);
    renderFindings(diagnostics);
    renderMarkedSource(source, diagnostics);
    renderCounts(article);
    renderTree(article);
    const errors = diagnostics.filter((d) => d.severity === 'error').length;
    status.textContent = `${plural(diagnostics.length, 'finding')}: ${plural(errors, 'error')}, ${plural(diagnostics.length - errors, 'other')}.`;
    document.body.dataset['state'] = 'ready';
  } catch (error) {
    status.textContent = `Could not read the post: ${error instanceof Error ? error.message : String(error)}`;
    document.body.dataset['state'] = 'failed';
  }
}

let timer: ReturnType<typeof setTimeout> | undefined;
function later(): void {
  clearTimeout(timer);
  document.body.dataset['state'] = 'pending';
  timer = setTimeout(update, 150);
}

function pickFixture(name: string): void {
  const fixture = fixtures.find((f) => f.name === name);
  if (!fixture) {
    site = undefined;
    return;
  }
  site = siteOf(fixture);
  sourceInput.value = fixture.source;
  pathInput.value = '';
  update();
}

async function openFile(file: File): Promise<void> {
  sourceInput.value = await file.text();
  fixtureSelect.value = '';
  site = undefined;
  pathInput.value = /^\d{4}-\d\d?-\d\d?-/.test(file.name) ? `_posts/${file.name}` : '';
  update();
}

fixtureSelect.append(...fixtures.map((f) => h('option', { value: f.name }, f.name)));
fixtureSelect.addEventListener('change', () => pickFixture(fixtureSelect.value));
sourceInput.addEventListener('input', later);
pathInput.addEventListener('input', later);
fileInput.addEventListener('change', () => {
  const file = fileInput.files?.[0];
  if (file) void openFile(file);
});
sourceInput.addEventListener('dragover', (event) => {
  event.preventDefault();
  sourceInput.classList.add('dragging');
});
sourceInput.addEventListener('dragleave', () => sourceInput.classList.remove('dragging'));
sourceInput.addEventListener('drop', (event) => {
  const file = event.dataTransfer?.files[0];
  sourceInput.classList.remove('dragging');
  if (!file) return;
  event.preventDefault();
  void openFile(file);
});
$<HTMLIFrameElement>('preview').addEventListener('load', fitPreview);

// A finding's link selects its span in the text box too.
$('finding-list').addEventListener('click', (event) => {
  const item = (event.target as HTMLElement).closest('a.at')?.closest('li.finding');
  const d = item ? shown.diagnostics[Number(item.id.replace('finding-', '')) - 1] : undefined;
  if (!d) return;
  const [a, b] = spanOf(d, shown.source);
  sourceInput.setSelectionRange(a, b);
});

const initial = new URLSearchParams(location.search).get('fixture') ?? 'tip-line-list';
fixtureSelect.value = fixtures.some((f) => f.name === initial) ? initial : '';
if (fixtureSelect.value) pickFixture(fixtureSelect.value);
else update();
