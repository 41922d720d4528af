import type { Article } from '../article/types.ts';

/**
 * @internal Element names a browser knows, lower-case: HTML (current and obsolete), SVG and
 * MathML. Used by `html-unknown-element` and `html-document`.
 */
const words = (list: string): ReadonlySet<string> => new Set(list.toLowerCase().split(/\s+/).filter(Boolean));

/** HTML's elements, current and obsolete (the HTML Living Standard's indexes and §16 obsolete features). */
export const HTML_ELEMENTS: ReadonlySet<string> = words(`
  a abbr address area article aside audio b base bdi bdo blockquote body br button canvas caption cite code col
  colgroup data datalist dd del details dfn dialog div dl dt em embed fieldset figcaption figure footer form h1 h2
  h3 h4 h5 h6 head header hgroup hr html i iframe img input ins kbd label legend li link main map mark menu meta
  meter nav noscript object ol optgroup option output p param picture pre progress q rp rt ruby s samp script search
  section select selectedcontent slot small source span strong style sub summary sup table tbody td template
  textarea tfoot th thead time title tr track u ul var video wbr
  acronym applet basefont bgsound big blink center command content dir element font frame frameset image isindex
  keygen layer ilayer listing marquee menuitem multicol nextid nobr noembed noframes nolayer plaintext rb rbc rtc
  shadow spacer strike tt xmp
`);

/** SVG's elements (SVG 2 and SVG 1.1 filters), lower-cased. */
export const SVG_ELEMENTS: ReadonlySet<string> = words(`
  svg a animate animateMotion animateTransform circle clipPath cursor defs desc ellipse feBlend feColorMatrix
  feComponentTransfer feComposite feConvolveMatrix feDiffuseLighting feDisplacementMap feDistantLight feDropShadow
  feFlood feFuncA feFuncB feFuncG feFuncR feGaussianBlur feImage feMerge feMergeNode feMorphology feOffset
  fePointLight feSpecularLighting feSpotLight feTile feTurbulence filter font-face foreignObject g hatch hatchpath
  image line linearGradient marker mask metadata mpath path pattern polygon polyline radialGradient rect script set
  stop style switch symbol text textPath title tspan use view
`);

/** MathML's elements (MathML Core and MathML 3 presentation markup). */
export const MATHML_ELEMENTS: ReadonlySet<string> = words(`
  math maction maligngroup malignmark annotation annotation-xml menclose merror mfenced mfrac mglyph mi
  mlabeledtr mlongdiv mmultiscripts mn mo mover mpadded mphantom mprescripts mroot mrow ms mscarries mscarry
  msgroup msline mspace msqrt msrow mstack mstyle msub msubsup msup mtable mtd mtext mtr munder munderover none
  semantics
`);

/** Whether `name` (any case) is an element of HTML, SVG or MathML. */
export function isKnownElementName(name: string): boolean {
  const lower = name.toLowerCase();
  return HTML_ELEMENTS.has(lower) || SVG_ELEMENTS.has(lower) || MATHML_ELEMENTS.has(lower);
}

export interface StartTag {
  /** The name as written. */
  name: string;
  /** File offsets of the `<` and of the end of the name. */
  start: number;
  end: number;
  /** The file offset where the tag as written ends: after its `>` (at most 1,000 characters on; without `>` when none came). */
  rawEnd: number;
}

const MAX_TAG_LENGTH = 1000;

/**
 * Start tags written in the body (`<name` followed by white space, `/` or `>`), in order, with
 * their file offsets. Skipped: fenced and indented code blocks, Liquid `{% highlight %}` blocks,
 * Markdown code spans, HTML comments, the content of `<script>`, `<style>`, `<textarea>` and
 * `<xmp>`, and a `<` escaped as `\<`.
 * Linear in the body's length.
 */
export function findStartTags(article: Article): readonly StartTag[] {
  // Two rules ask for the same article's tags in one validation: found once.
  const known = found.get(article);
  if (known !== undefined && known.body === article.body && known.blocks === article.blocks) return known.tags;
  const tags = scanStartTags(article);
  found.set(article, { body: article.body, blocks: article.blocks, tags });
  return tags;
}

/** The tags found of an article, with what they were found in: a changed article is scanned again. */
const found = new WeakMap<Article, { body: unknown; blocks: unknown; tags: readonly StartTag[] }>();

/** The end tags that close the elements whose content is not markup, in any case. */
const RAW_TEXT_CLOSES: ReadonlyMap<string, RegExp> = new Map(['script', 'style', 'textarea', 'xmp'].map((name) => [name, new RegExp(`</${name}`, 'gi')]));

function scanStartTags(article: Article): StartTag[] {
  const body = typeof article.body === 'string' ? article.body : '';
  const base = Number.isFinite(article.bodyOffset) ? article.bodyOffset : 0;
  const skip = skippedRanges(article, body, base);
  const tags: StartTag[] = [];
  const pattern = /<(!--|[A-Za-z][A-Za-z0-9-]*)/g;
  let skipIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(body)) !== null) {
    const at = match.index;
    const name = match[1] ?? '';
    while (skipIndex < skip.length && (skip[skipIndex]?.[1] ?? 0) <= at) skipIndex++;
    const range = skip[skipIndex];
    if (range && range[0] <= at) {
      pattern.lastIndex = Math.max(pattern.lastIndex, range[1]);
      continue;
    }
    if (name === '!--') {
      const close = body.indexOf('-->', at + 4);
      pattern.lastIndex = close < 0 ? body.length : close + 3;
      continue;
    }
    if (at > 0 && body[at - 1] === '\\') continue;
    const after = at + 1 + name.length;
    const next = body[after];
    if (next !== undefined && !/[\s/>]/.test(next)) continue;
    const gt = body.indexOf('>', after);
    const rawEnd = gt >= 0 && gt - at < MAX_TAG_LENGTH ? gt + 1 : Math.min(body.length, at + MAX_TAG_LENGTH);
    tags.push({ name, start: base + at, end: base + after, rawEnd: base + rawEnd });
    const rawTextClose = RAW_TEXT_CLOSES.get(name.toLowerCase());
    if (rawTextClose !== undefined) {
      rawTextClose.lastIndex = after;
      const close = rawTextClose.exec(body)?.index ?? -1;
      pattern.lastIndex = close < 0 ? body.length : close;
    }
  }
  return tags;
}

/** Body-relative [start, end) ranges of code blocks and code spans, sorted and disjoint. */
function skippedRanges(article: Article, body: string, base: number): [number, number][] {
  const ranges: [number, number][] = [];
  for (const block of Array.isArray(article.blocks) ? article.blocks : []) {
    if (block?.type !== 'code' || !block.position) continue;
    ranges.push([block.position.start.offset - base, block.position.end.offset - base]);
  }
  for (const span of codeSpans(body)) ranges.push(span); // not push(...): there can be more spans than a call has arguments
  // Liquid code blocks: `{% highlight html %}…{% endhighlight %}`.
  const liquid = /\{%-?[ \t]*highlight\b[^%\n]*%\}/g;
  let m: RegExpExecArray | null;
  while ((m = liquid.exec(body)) !== null) {
    const close = body.indexOf('endhighlight', liquid.lastIndex);
    const end = close < 0 ? body.length : close;
    ranges.push([m.index, end]);
    liquid.lastIndex = end;
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

/**
 * Markdown code spans: a run of backticks up to the next run of the same length, within one
 * paragraph (no blank line between). Unmatched runs are literal text.
 */
function codeSpans(body: string): [number, number][] {
  const spans: [number, number][] = [];
  // Most posts have no backtick: nothing to split into paragraphs.
  if (!body.includes('`')) return spans;
  const paragraphs = /(?:\r?\n|\r)[ \t]*(?:\r?\n|\r)/g;
  let from = 0;
  const chunks: [number, number][] = [];
  let m: RegExpExecArray | null;
  while ((m = paragraphs.exec(body)) !== null) {
    chunks.push([from, m.index]);
    from = m.index + m[0].length;
  }
  chunks.push([from, body.length]);
  for (const [chunkStart, chunkEnd] of chunks) {
    const text = body.slice(chunkStart, chunkEnd);
    if (!text.includes('`')) continue;
    const runs: { index: number; length: number }[] = [];
    const ticks = /`+/g;
    while ((m = ticks.exec(text)) !== null) runs.push({ index: m.index, length: m[0].length });
    // An opener with no later run of its length stays literal; at most one per length, so this is linear enough.
    let i = 0;
    while (i < runs.length) {
      const open = runs[i];
      if (!open) break;
      let close = -1;
      for (let j = i + 1; j < runs.length; j++) {
        if (runs[j]?.length === open.length) {
          close = j;
          break;
        }
      }
      if (close < 0) {
        i++;
        continue;
      }
      const end = runs[close];
      if (end) spans.push([chunkStart + open.index, chunkStart + end.index + end.length]);
      i = close + 1;
    }
  }
  return spans;
}
