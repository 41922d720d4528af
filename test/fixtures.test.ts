import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { collect } from '../src/extract/collect.ts';
import { parseHtml } from '../src/html/parse-html.ts';
import { type Article, type JekyllSite, parseArticle } from '../src/index.ts';
import { loadJekyllSite } from '../src/node/index.ts';
import { createLineIndex } from '../src/position/line-index.ts';
import { root } from './helpers.ts';

// Each fixture's jekyll.html is real Jekyll's rendering of its post.md (scripts/render-fixtures.sh),
// with the fixture's own _config.yml or fixtures/_config.yml. Its article.json holds the Article's
// fields, written only deliberately: `UPDATE=1 npx vitest run test/fixtures.test.ts`.
const dir = `${root}fixtures/`;
const cases = readdirSync(dir).filter((name) => existsSync(`${dir}${name}/jekyll.html`));

/** Rouge's token markup, which article-kit leaves to a highlighter: removed on both sides. */
const unRouge = (html: string): string =>
  html
    .replace(/<pre class="highlight">[\s\S]*?<\/pre>/g, (pre) => pre.replace(/<\/?span\b[^>]*>/g, ''))
    .replace(/(<code class="[^"]*highlighter-rouge">)([\s\S]*?)<\/code>/g, (_, open: string, code: string) => `${open}${code.replace(/<\/?span\b[^>]*>/g, '')}</code>`);

const at = (p: { start: { line: number; column: number }; end: { line: number; column: number } }): string =>
  `${p.start.line}:${p.start.column}-${p.end.line}:${p.end.column}`;

/** The fields a fixture pins, positions as `line:column-line:column`. */
function fields(article: Article) {
  return {
    blocks: article.blocks.map((b) => ({ type: b.type, at: at(b.position), ...('text' in b ? { text: b.text } : {}), ...(b.type === 'code' ? { lang: b.lang, value: b.value } : {}), ...(b.type === 'definitionList' ? { items: b.items } : {}) })),
    headings: article.headings.map((h) => ({ level: h.level, text: h.text, id: h.id, at: at(h.position) })),
    links: article.links.map((l) => ({ href: l.href, text: l.text, at: at(l.position) })),
    images: article.images.map((i) => ({ src: i.src, alt: i.alt, at: at(i.position) })),
    footnotes: article.footnotes.map((f) => ({ name: f.name, number: f.number, text: f.text, at: at(f.position), references: f.references.map(at) })),
    toc: article.toc,
    math: article.math.map((m) => ({ tex: m.tex, display: m.display, at: at(m.position) })),
    problems: article.problems.map((p) => `${p.ruleId}@${p.line}:${p.column}`),
    text: article.text,
  };
}

describe.each(cases)('fixture %s', (name) => {
  const post = readFileSync(`${dir}${name}/post.md`, 'utf8');
  const jekyll = readFileSync(`${dir}${name}/jekyll.html`, 'utf8');
  let site: JekyllSite;
  let article: Article;
  beforeAll(async () => {
    site = await loadJekyllSite(existsSync(`${dir}${name}/_config.yml`) ? `${dir}${name}` : dir);
    article = parseArticle(post, { path: `_posts/2024-01-01-${name}.md`, site });
  });

  it("publishes Jekyll's HTML byte for byte", () => {
    expect(unRouge(article.html)).toBe(unRouge(jekyll));
  });

  it("reads what Jekyll's HTML shows", () => {
    const theirs = collect(parseHtml(jekyll, { locations: true }).body, {
      elements: [],
      map: { start: (o) => o, end: (o) => o },
      lines: createLineIndex(jekyll),
      pipeTables: new Map(),
      texts: new Map(),
    });
    const texts = (a: { headings: { text: string }[]; paragraphs: { text: string }[]; links: { href: string; text: string }[]; images: { src: string }[]; text: string }) => ({
      headings: a.headings.map((h) => h.text),
      paragraphs: a.paragraphs.map((p) => p.text),
      links: a.links.map((l) => [l.href, l.text]),
      images: a.images.map((i) => i.src),
      text: a.text,
    });
    expect(texts(article)).toEqual(texts(theirs));
  });

  it('gives the Article pinned in article.json', () => {
    const file = `${dir}${name}/article.json`;
    const got = fields(article);
    if (process.env['UPDATE'] === '1') writeFileSync(file, `${JSON.stringify(got, null, 2)}\n`);
    expect(got).toEqual(JSON.parse(readFileSync(file, 'utf8')));
  });
});
