import { collect } from '../extract/collect.ts';
import { collectMath } from '../extract/math.ts';
import { treeFacts } from '../extract/tree-facts.ts';
import { outline } from '../extract/toc.ts';
import { spanOf } from '../extract/dom.ts';
import { readDom } from '../extract/read-dom.ts';
import { remember } from '../extract/parsed-with.ts';
import { findTipLines, type TipLineCandidate } from '../extract/tip-lines.ts';
import { tipLineCandidates } from '../extract/tip-line-candidates.ts';
import { readFrontMatter } from '../front-matter/read-front-matter.ts';
import { parseJekyllFileName } from '../jekyll/file-name.ts';
import { kramdownOptionsOf } from '../jekyll/kramdown-options.ts';
import { isMarkdownPath } from '../jekyll/markdown-ext.ts';
import { frontMatterFailed, isPostPath, publishedUrl } from '../jekyll/published-url.ts';
import { defineLazy } from '../util/define-lazy.ts';
import { createJekyllSite, type JekyllSite } from '../jekyll/site.ts';
import { liquidFor } from '../liquid/engine.ts';
import { liquidOutput } from '../liquid/output.ts';
import { hasLiquid, renderLiquid } from '../liquid/render-liquid.ts';
import { scopeOf } from '../liquid/scope.ts';
import { identityText, type MappedText } from '../kramdown/mapped-text.ts';
import type { LineIndex } from '../position/line-index.ts';
import { type IncludeRun, type PostLines, withIncludes } from '../position/included-lines.ts';
import type { Highlighter } from '../kramdown/highlight/highlight-code.ts';
import { type KNode, node } from '../kramdown/nodes.ts';
import { JEKYLL_KRAMDOWN_DEFAULTS } from '../kramdown/options.ts';
import { type KramdownResult, parseKramdown } from '../kramdown/parse.ts';
import { Fragment } from '../kramdown/writer/fragment.ts';
import { createLineIndex } from '../position/line-index.ts';
import type { Article, Problem } from './types.ts';

export interface Options {
  /** The file's path; a Jekyll name (`_posts/2024-06-12-slug.md`) gives `date` and `slug` (default: none). */
  path?: string;
  /**
   * The Jekyll site the post belongs to: its `_config.yml` decides kramdown's options and which
   * files are Markdown (default: a site with Jekyll's defaults). `loadJekyllSite` from
   * `article-kit/node` reads one; `createJekyllSite(config)` makes one from plain data.
   */
  site?: JekyllSite;
  /**
   * Token markup for code Rouge highlights: a hook's HTML for `(code, lexer)`, or `undefined` to
   * fall back to the built-in port of Rouge's lexers (default), which leaves the code as escaped
   * text for the lexers it does not port; `false`: no token markup at all.
   */
  highlight?: Highlighter | false;
  /**
   * The longest source read, in UTF-16 code units (default: {@link MAX_LENGTH}, 8 Mi, over a hundred
   * times the longest post of the blogs measured, 73 kB). Past it the rest of the file is not parsed: a
   * `post-too-long` error stands at the first line not read, and `source` keeps the whole text.
   */
  maxLength?: number;
}

/** The default `maxLength`: 8,388,608 code units. */
export const MAX_LENGTH = 8 * 1024 * 1024;

/** A post Jekyll does not convert (`.html`): its body is published as rendered by Liquid. */
function asWritten(body: MappedText, offset: number): KramdownResult {
  const root = node('root', offset, body.offsets[body.text.length] ?? offset);
  const fragment = new Fragment();
  // Runs copied from the file map character by character; what Liquid printed maps to its tag.
  let runStart = 0;
  for (let i = 1; i <= body.text.length; i++) {
    if (i < body.text.length && body.offsets[i] === (body.offsets[i - 1] ?? 0) + 1) continue;
    const origin = body.offsets[runStart] ?? offset;
    fragment.text(body.text.slice(runStart, i), origin, (body.offsets[i - 1] ?? origin) - origin === i - 1 - runStart, true);
    runStart = i;
  }
  return { root, fragment, html: body.text, literalTags: [], notes: [], options: JEKYLL_KRAMDOWN_DEFAULTS, footnotes: [] };
}

/** The site of a post read without one: Jekyll's defaults. */
const DEFAULT_SITE = createJekyllSite();

/** The body after Liquid, as Jekyll renders it first (unless `render_with_liquid: false`). */
function renderedBody(
  body: string,
  bodyOffset: number,
  site: JekyllSite,
  data: Record<string, unknown>,
  path: string | undefined,
  problems: Problem[],
  lines: LineIndex,
  highlight: Highlighter | false | undefined,
): { text: MappedText; includes: IncludeRun[] } {
  if (data['render_with_liquid'] === false || !hasLiquid(body)) return { text: identityText(body, bodyOffset), includes: [] };
  const result = renderLiquid(body, bodyOffset, {
    liquid: liquidFor(site),
    scope: scopeOf(site, { path, data, content: body }),
    file: POST_FILE,
    stringify: liquidOutput,
    ...(highlight === undefined ? {} : { highlight }),
  });
  for (const p of result.problems) {
    const start = lines.point(p.offset);
    const end = lines.point(p.endOffset);
    problems.push({ ruleId: p.ruleId, severity: p.severity, message: p.message, line: start.line, column: start.column, endLine: end.line, endColumn: end.column });
  }
  return { text: result.text, includes: result.includes };
}

/**
 * A source past `maxLength`, read up to the last line end within it (or to `maxLength` itself
 * when there is none): the Article of that part, with a problem where reading stopped.
 */
function readUpTo(source: string, maxLength: number, options: Options): Rendering {
  const limit = Math.max(0, Math.floor(maxLength));
  const lineEnd = source.lastIndexOf('\n', limit - 1);
  const cut = lineEnd >= 0 ? lineEnd + 1 : limit;
  const rendering = renderArticle(source.slice(0, cut), { ...options, maxLength: Infinity });
  const at = createLineIndex(source).point(cut);
  const message = `The post is ${source.length.toLocaleString('en-US')} characters long, over the ${limit.toLocaleString('en-US')} that are read (the maxLength option): it is not read from here on`;
  rendering.article.problems.push({ ruleId: 'post-too-long', severity: 'error', message, line: at.line, column: at.column });
  rendering.article.source = source;
  return rendering;
}

/** liquidjs's name for the post itself: any other file's templates are includes. */
const POST_FILE = '';


/**
 * Reads a Jekyll post into a typed Article that describes what Jekyll publishes. Never throws
 * for a string: everything it meets is in `problems`, positioned in the file.
 */
export function parseArticle(source: string, options: Options = {}): Article {
  return renderArticle(source, options).article;
}

/** @internal An Article with what its writer wrote (for toHast) and how its offsets read. */
export interface Rendering {
  article: Article;
  fragment: Fragment;
  lines: LineIndex;
}

/** @internal parseArticle, keeping the writer's pieces: toHast writes them again as hast. */
export function renderArticle(source: string, options: Options = {}): Rendering {
  if (typeof source !== 'string') {
    throw new TypeError(`parseArticle expects the post's text as a string, got ${source === null ? 'null' : typeof source}`);
  }
  const maxLength = options.maxLength ?? MAX_LENGTH;
  if (source.length > maxLength) return readUpTo(source, maxLength, options);
  const fileLines = createLineIndex(source);
  const { frontMatter, bodyOffset, problems, date, published } = readFrontMatter(source, fileLines, { timezone: options.site?.config.timezone ?? null });
  const body = source.slice(bodyOffset);
  const site = options.site ?? DEFAULT_SITE;
  // Read on first use, from the front matter as it is now (later problems are the body's).
  const urlOf = options.path === undefined || !isPostPath(options.path) ? undefined : publishedUrlLater(site, options.path, frontMatter.data, frontMatterFailed(problems));
  const markdown = options.path === undefined || isMarkdownPath(options.path, site);
  const liquid = renderedBody(body, bodyOffset, site, frontMatter.data, options.path, problems, fileLines, options.highlight);
  const liquidBody = liquid.text;
  // What includes wrote has offsets past the post's end: these lines read them (see included-lines.ts).
  const lines: PostLines = withIncludes(fileLines, liquid.includes);
  const rendered = markdown
    ? parseKramdown(liquidBody, bodyOffset, { kramdown: options.site ? kramdownOptionsOf(site) : JEKYLL_KRAMDOWN_DEFAULTS, ...(options.highlight === undefined ? {} : { highlight: options.highlight }) })
    : asWritten(liquidBody, bodyOffset);
  const html = readDom(rendered.fragment);
  const facts = treeFacts(rendered.root, rendered.footnotes);
  const ctx = { elements: html.elements, map: html.map, lines, pipeTables: facts.pipeTables, texts: new Map(), ...(html.bodyTexts ? { bodyTexts: html.bodyTexts } : {}) };
  const parts = collect(html.body, ctx);
  const note = (ruleId: string, severity: Problem['severity'], message: string, offset: number): Problem => {
    const at = lines.point(offset);
    return { ruleId, severity, message, line: at.line, column: at.column };
  };
  for (const n of rendered.notes) problems.push(note(n.ruleId, n.severity, n.message, n.offset));
  if (html.flattened !== undefined) {
    problems.push(note('nesting-too-deep', 'warning', 'HTML nested too deeply: the innermost elements are read as plain text', spanOf(html.flattened, ctx).start));
  }
  const found = tipLineCandidates(parts.lineGroups, ctx);
  const candidates: TipLineCandidate[] = liquid.includes.length === 0 ? found : inPost(found, lines);
  const fileName = options.path === undefined ? undefined : parseJekyllFileName(options.path);
  const firstH1 = parts.headings.find((h) => h.level === 1)?.text;
  const article: Article = remember({
    ...(options.path === undefined ? {} : { path: options.path }),
    frontMatter,
    title: frontMatter.title ?? firstH1 ?? '',
    ...(fileName ?? {}),
    ...(urlOf === undefined ? {} : { url: undefined }),
    ...(date === undefined ? {} : { date }),
    published,
    source,
    body,
    bodyOffset,
    blocks: parts.blocks,
    headings: parts.headings,
    paragraphs: parts.paragraphs,
    tables: parts.tables,
    lists: parts.lists,
    tipLines: findTipLines(candidates, source, lines.point),
    images: parts.images,
    links: parts.links,
    footnotes: parts.footnotes,
    toc: outline(parts.outline.filter((h) => rendered.options.toc_levels.includes(h.level))),
    math: collectMath(facts.math, lines),
    literalHtml: rendered.literalTags.map((t) => ({ tagName: t.tagName, raw: t.raw, position: lines.position(t.start, t.end) })),
    text: parts.text,
    html: rendered.html,
    problems: problems.sort((a, b) => a.line - b.line || a.column - b.column),
  }, options);
  if (urlOf !== undefined) defineLazy(article, 'url', urlOf);
  return { article, fragment: rendered.fragment, lines };
}

/** Tip-line candidates with offsets in the post: a line an include wrote is at its tag. */
/** The post's URL, made when first asked for (`publishedUrl` of the front matter as parsed). */
function publishedUrlLater(site: JekyllSite, path: string, data: Record<string, unknown>, failed: boolean): () => string | undefined {
  return () => publishedUrl(site, { path, data, frontMatterFailed: failed });
}

function inPost(candidates: TipLineCandidate[], lines: PostLines): TipLineCandidate[] {
  const span = <T extends { start: number; end: number }>(c: T): T => ({ ...c, start: lines.resolve(c.start, 'start'), end: lines.resolve(c.end, 'end') });
  return candidates.map((c) => ({ ...span(c), lines: c.lines.map(span) }));
}
