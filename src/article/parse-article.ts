import { collect } from '../extract/collect.ts';
import { collectMath } from '../extract/math.ts';
import { outline } from '../extract/toc.ts';
import { spanOf } from '../extract/dom.ts';
import { readDom } from '../extract/read-dom.ts';
import { findTipLines, type TipLineCandidate } from '../extract/tip-lines.ts';
import { tipLineCandidates } from '../extract/tip-line-candidates.ts';
import { readFrontMatter } from '../front-matter/read-front-matter.ts';
import { parseJekyllFileName } from '../jekyll/file-name.ts';
import { kramdownOptionsOf } from '../jekyll/kramdown-options.ts';
import { isMarkdownPath } from '../jekyll/markdown-ext.ts';
import type { JekyllSite } from '../jekyll/site.ts';
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
  /** Token markup for code blocks and spans Rouge would highlight (default: none, the code as text). */
  highlight?: Highlighter;
}

/** A post Jekyll does not convert (`.html`): its body is published as written. */
function asWritten(body: string, offset: number): KramdownResult {
  const root = node('root', offset, offset + body.length);
  const fragment = new Fragment().text(body, offset, true, true);
  return { root, fragment, html: body, literalTags: [], notes: [], options: JEKYLL_KRAMDOWN_DEFAULTS, footnotes: [] };
}

function pipeTables(root: KNode): Map<number, { hasDelimiterRow: boolean }> {
  const tables = new Map<number, { hasDelimiterRow: boolean }>();
  const pending = [root];
  while (pending.length > 0) {
    const el = pending.pop() as KNode;
    if (el.type === 'table') tables.set(el.start, { hasDelimiterRow: el.noDelimiterRow !== true });
    // A loop, not push(...children): a paragraph can have more children than a call has arguments.
    else if (el.type !== 'html_element') for (const child of el.children) pending.push(child);
  }
  return tables;
}

/**
 * Reads a Jekyll post into a typed Article that describes what Jekyll publishes. Never throws
 * for a string: everything it meets is in `problems`, positioned in the file.
 */
export function parseArticle(source: string, options: Options = {}): Article {
  if (typeof source !== 'string') {
    throw new TypeError(`parseArticle expects the post's text as a string, got ${source === null ? 'null' : typeof source}`);
  }
  const lines = createLineIndex(source);
  const { frontMatter, bodyOffset, problems } = readFrontMatter(source, lines);
  const body = source.slice(bodyOffset);
  const { site } = options;
  const markdown = options.path === undefined || isMarkdownPath(options.path, site);
  const rendered = markdown
    ? parseKramdown(body, bodyOffset, { kramdown: site ? kramdownOptionsOf(site) : JEKYLL_KRAMDOWN_DEFAULTS, ...(options.highlight ? { highlight: options.highlight } : {}) })
    : asWritten(body, bodyOffset);
  const html = readDom(rendered.fragment);
  const ctx = { elements: html.elements, map: html.map, lines, pipeTables: pipeTables(rendered.root), texts: new Map() };
  const parts = collect(html.body, ctx);
  const note = (ruleId: string, severity: Problem['severity'], message: string, offset: number): Problem => {
    const at = lines.point(offset);
    return { ruleId, severity, message, line: at.line, column: at.column };
  };
  for (const n of rendered.notes) problems.push(note(n.ruleId, n.severity, n.message, n.offset));
  if (html.flattened !== undefined) {
    problems.push(note('nesting-too-deep', 'warning', 'HTML nested too deeply: the innermost elements are read as plain text', spanOf(html.flattened, ctx).start));
  }
  const candidates: TipLineCandidate[] = tipLineCandidates(parts.lineGroups, ctx);
  const fileName = options.path === undefined ? undefined : parseJekyllFileName(options.path);
  const firstH1 = parts.headings.find((h) => h.level === 1)?.text;
  return {
    ...(options.path === undefined ? {} : { path: options.path }),
    frontMatter,
    title: frontMatter.title ?? firstH1 ?? '',
    ...(fileName ?? {}),
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
    math: collectMath([rendered.root, ...rendered.footnotes], lines),
    literalHtml: rendered.literalTags.map((t) => ({ tagName: t.tagName, raw: t.raw, position: lines.position(t.start, t.end) })),
    text: parts.text,
    html: rendered.html,
    problems: problems.sort((a, b) => a.line - b.line || a.column - b.column),
  };
}
