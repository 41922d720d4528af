import { entityByName, entityOf, entityToString, type Entity } from '../entities.ts';
import { highlightCode, type Highlighter } from '../highlight/highlight-code.ts';
import type { KNode } from '../nodes.ts';
import { node as makeNode } from '../nodes.ts';
import type { KramdownOptions } from '../options.ts';
import { escapeAll, escapeText, Fragment } from './fragment.ts';
import { rubyStrip } from '../mapped-replace.ts';
import { generateId, outputHeaderLevel, inToc } from './header-ids.ts';
import { footnoteBacklink, footnoteContent, footnoteMarker, type FootnoteState } from './footnotes.ts';
import { tocTree, type TocEntry } from './toc.ts';

/** Elements written `<x />` when they have no content (kramdown's HTML_ELEMENTS_WITHOUT_BODY). */
export const VOID_ELEMENTS: ReadonlySet<string> = new Set(
  'area base br col command embed hr img input keygen link meta param source track wbr'.split(' '),
);

export interface WriterOptions {
  kramdown: KramdownOptions;
  /** Token markup for code (see `Highlighter`); `false`: none, the code only escaped (default: Rouge's own tokens). */
  highlight?: Highlighter | false | undefined;
}

/** What one conversion shares: kramdown's converter instance variables. */
export interface Writer {
  options: KramdownOptions;
  highlight: Highlighter | undefined;
  /** Rouge's token markup from the port of its lexers, where no hook gives any. */
  rougeTokens: boolean;
  /** What kramdown or Rouge would stop or warn on while writing. */
  notes: Array<{ message: string; offset: number }>;
  /** The elements whose content is being written, outermost first (kramdown's @stack). */
  stack: KNode[];
  /** Where the element being begun stands among its parent's children. */
  childIndex: number;
  usedIds: Map<string, number>;
  toc: TocEntry[];
  tocPlaceholder: { fragment: Fragment; type: 'ul' | 'ol'; node: KNode } | undefined;
  footnotes: FootnoteState;
  /** Abbreviation titles and attributes, by abbreviation. */
  abbreviations: ReadonlyMap<string, { title: string; attrs: Record<string, string> | undefined }>;
}

const INDENT = 2;

/** Writes the tree as kramdown's HTML converter does, byte for byte, with what it would warn about. */
export function writeHtml(
  root: KNode,
  options: WriterOptions,
  abbreviations: Writer['abbreviations'] = new Map(),
): { fragment: Fragment; notes: Writer['notes'] } {
  const w: Writer = {
    options: options.kramdown,
    highlight: typeof options.highlight === 'function' ? options.highlight : undefined,
    rougeTokens: options.highlight !== false,
    notes: [],
    stack: [],
    childIndex: 0,
    usedIds: new Map(),
    toc: [],
    tocPlaceholder: undefined,
    footnotes: { counter: options.kramdown.footnote_nr, start: options.kramdown.footnote_nr, list: [], byName: new Map(), placeholder: undefined },
    abbreviations,
  };
  const body = convertTree(w, root, -INDENT);
  const notes = footnoteContent(w);
  if (w.footnotes.placeholder) w.footnotes.placeholder.append(notes);
  else body.append(notes);
  if (w.tocPlaceholder) {
    const { fragment, type, node } = w.tocPlaceholder;
    const tree = tocTree(w.toc, type, node);
    if (tree.children.length > 0) fragment.append(convertTree(w, tree, 0));
  }
  return { fragment: body, notes: w.notes };
}

interface Frame {
  el: KNode;
  indent: number;
  /** Where the element's content is written: its own fragment, or (most elements) `out` itself. */
  inner: Fragment;
  /** Where the element is written. */
  out: Fragment;
  /** `out`'s size before the content: whether any was written. */
  mark: number;
  next: number;
}

/**
 * kramdown's `convert(el, indent)`, walked with an explicit stack: raw HTML nests deeper than the
 * call stack allows. Leaves are written at once. An element whose converter calls `inner` is
 * opened (its start written), its children written, then finished (its end written); its children
 * write into the fragment it is written to, unless it must see its content apart (HTML elements).
 */
export function convertTree(w: Writer, root: KNode, indent: number, out = new Fragment()): Fragment {
  if (convertLeaf(w, root, indent, out)) return out;
  const frames: Frame[] = [begin(w, root, indent, out)];
  w.stack.push(root);
  for (;;) {
    const frame = frames[frames.length - 1] as Frame;
    const { children } = frame.el;
    if (frame.next < children.length) {
      const child = children[frame.next++] as KNode;
      const childIndent = frame.indent + INDENT;
      if (!convertLeaf(w, child, childIndent, frame.inner)) {
        w.childIndex = frame.next - 1;
        frames.push(begin(w, child, childIndent, frame.inner));
        w.stack.push(child);
      }
      continue;
    }
    frames.pop();
    w.stack.pop();
    finish(w, frame);
    if (frames.length === 0) return out;
  }
}

/** Indentation, made once per width: the writer indents every block line. */
const INDENTS: string[] = [];
const spaces = (n: number): string => (n <= 0 ? '' : n < 512 ? (INDENTS[n] ??= ' '.repeat(n)) : ' '.repeat(n));

/** kramdown's format_as_block_html, around a body written apart. */
function blockHtml(out: Fragment, name: string, attrs: Record<string, string> | undefined, body: Fragment, indent: number, el: KNode): Fragment {
  return out.text(spaces(indent), el.start).start(name, attrs, el).append(body).end(name, el.end).text('\n', el.end);
}

/** kramdown's format_as_indented_block_html. */
export function indentedBlockHtml(name: string, attrs: Record<string, string> | undefined, body: Fragment, indent: number, el: KNode): Fragment {
  return new Fragment()
    .text(spaces(indent), el.start)
    .start(name, attrs, el)
    .text('\n', el.start)
    .append(body)
    .text(spaces(indent), el.end)
    .end(name, el.end)
    .text('\n', el.end);
}

/** kramdown's format_as_span_html, around a body written apart. */
function spanHtml(out: Fragment, name: string, attrs: Record<string, string> | undefined, body: Fragment, el: KNode): Fragment {
  return out.start(name, attrs, el).append(body).end(name, el.end);
}

export const entityString = (w: Writer, entity: Entity, original?: string): string =>
  entityToString(entity, original, w.options.entity_output);

const NBSP = entityByName('nbsp') as Entity;

const hasRef = (el: KNode, ref: string): boolean => el.ial?.refs.includes(ref) === true;

/** Writes the elements whose converters do not call `inner`; false for the others. */
function convertLeaf(w: Writer, el: KNode, indent: number, out: Fragment): boolean {
  switch (el.type) {
    case 'blank':
      out.text('\n', el.start);
      return true;
    case 'text': {
      const value = el.value ?? '';
      let escaped = escapeText(value);
      if (w.options.remove_line_breaks_for_cjk) escaped = fixCjkLineBreaks(escaped);
      out.text(escaped, el.start, escaped === value);
      return true;
    }
    case 'codeblock':
      convertCodeblock(w, el, indent, out);
      return true;
    case 'hr':
      out.text(spaces(indent), el.start).start('hr', el.attrs, el, true).text('\n', el.end);
      return true;
    case 'br':
      out.start('br', undefined, el, true);
      return true;
    case 'img':
      out.start('img', el.attrs, el, true);
      return true;
    case 'codespan':
      convertCodespan(w, el, out);
      return true;
    case 'footnote':
      footnoteMarker(w, el, out);
      return true;
    case 'footnote_backlink':
      footnoteBacklink(w, el, out);
      return true;
    case 'raw': {
      const types = el.rawTypes;
      if (types !== undefined && types.length > 0 && !types.includes('html')) return true;
      const value = el.value ?? '';
      // Copied from the file (nomarkdown, script and style content): it maps character by character.
      const copied = el.end - el.start === value.length;
      out.text(value, el.start, copied, true).text(el.category === 'block' ? '\n' : '', el.end);
      return true;
    }
    case 'entity':
      out.text(entityString(w, { codePoint: el.codePoint ?? 0, name: el.entityName }, el.value), el.start);
      return true;
    case 'typographic_sym':
      out.text(typographicSymbol(w, el.value ?? ''), el.start);
      return true;
    case 'smart_quote': {
      const index = SMART_QUOTE_INDEX[el.value ?? ''] ?? 0;
      const entity = entityOf(w.options.smart_quotes[index] ?? '');
      out.text(entity ? entityString(w, entity) : '', el.start);
      return true;
    }
    case 'math':
      out.append(convertMath(w, el, indent));
      return true;
    case 'abbreviation':
      convertAbbreviation(w, el, out);
      return true;
    case 'comment':
      if (el.category === 'block') out.text(`${spaces(indent)}<!-- ${el.value ?? ''} -->\n`, el.start, false, true);
      else out.text(`<!-- ${el.value ?? ''} -->`, el.start, false, true);
      return true;
    case 'xml_comment':
    case 'xml_pi': {
      const parent = w.stack.at(-1);
      if (el.category === 'block' && (parent?.type !== 'html_element' || parent.contentModel !== 'raw')) {
        out.text(spaces(indent), el.start).text(el.value ?? '', el.start, true, true).text('\n', el.end);
      } else {
        out.text(el.value ?? '', el.start, true, true);
      }
      return true;
    }
    case 'ul':
    case 'ol':
      if (w.tocPlaceholder === undefined && hasRef(el, 'toc')) {
        const fragment = Fragment.placeholder();
        w.tocPlaceholder = { fragment, type: el.type, node: el };
        out.append(fragment);
        return true;
      }
      if (w.footnotes.placeholder === undefined && hasRef(el, 'footnotes')) {
        w.footnotes.placeholder = Fragment.placeholder();
        out.append(w.footnotes.placeholder);
        return true;
      }
      return false;
    case 'p': {
      const only = el.children.length === 1 ? el.children[0] : undefined;
      if (!el.transparent && only?.type === 'img' && hasRef(only, 'standalone')) {
        out.append(convertStandaloneImage(el, only, indent));
        return true;
      }
      return false;
    }
    default:
      return false;
  }
}

const HEADER_ATTRS = new WeakMap<KNode, Record<string, string>>();

/**
 * What kramdown's converter does for an element before its content: a header takes its id, and
 * its place in the TOC, before the headers inside it (html_to_native makes headers of `<h2>`s in
 * `<h1>`s).
 */
function open(w: Writer, el: KNode): void {
  if (el.type !== 'header') return;
  const attrs = { ...el.attrs };
  if (w.options.auto_ids && attrs['id'] === undefined) attrs['id'] = generateId(w, el.rawText ?? '');
  if (attrs['id'] !== undefined && inToc(w.options, el)) w.toc.push({ level: el.level ?? 1, id: attrs['id'], children: el.children });
  HEADER_ATTRS.set(el, attrs);
}

/** The element's name in the HTML, for the elements written around their content. */
function tagName(w: Writer, el: KNode): string {
  switch (el.type) {
    case 'header':
      return `h${outputHeaderLevel(w.options, el.level ?? 1)}`;
    case 'td':
      return w.stack.at(-2)?.type === 'thead' ? 'th' : 'td';
    default:
      return el.type;
  }
}

/** Opens an element whose converter calls `inner`: writes what comes before its content. */
function begin(w: Writer, el: KNode, indent: number, out: Fragment): Frame {
  open(w, el);
  const frame: Frame = { el, indent, inner: out, out, mark: 0, next: 0 };
  switch (el.type) {
    case 'p':
      if (!el.transparent) out.text(spaces(indent), el.start).start('p', el.attrs, el);
      break;
    case 'blockquote':
    case 'dl':
    case 'ul':
    case 'ol':
    case 'table':
    case 'thead':
    case 'tbody':
    case 'tfoot':
    case 'tr':
      out.text(spaces(indent), el.start).start(el.type, el.attrs, el).text('\n', el.start);
      break;
    case 'header':
      out.text(spaces(indent), el.start).start(tagName(w, el), HEADER_ATTRS.get(el) ?? {}, el);
      break;
    case 'li':
    case 'dd': {
      out.text(spaces(indent), el.start).start(el.type, el.attrs, el);
      const first = el.children[0];
      if (first !== undefined && !(first.type === 'p' && first.transparent)) out.text('\n', el.start);
      break;
    }
    case 'dt':
      out.text(spaces(indent), el.start).start('dt', termAttrs(w, el), el);
      break;
    case 'td':
      out.text(spaces(indent), el.start).start(tagName(w, el), cellAttrs(w, el), el);
      frame.mark = out.size;
      break;
    case 'a':
    case 'em':
    case 'strong':
      out.start(el.type, el.attrs, el);
      break;
    case 'html_element':
      frame.inner = new Fragment();
      break;
    default:
      break;
  }
  return frame;
}

/** Writes what comes after an element's content (or, for HTML elements, the element around it). */
function finish(w: Writer, frame: Frame): void {
  const { el, out, indent } = frame;
  switch (el.type) {
    case 'p':
      if (!el.transparent) out.end('p', el.end).text('\n', el.end);
      return;
    case 'blockquote':
    case 'dl':
    case 'ul':
    case 'ol':
    case 'table':
    case 'thead':
    case 'tbody':
    case 'tfoot':
    case 'tr':
      out.text(spaces(indent), el.end).end(el.type, el.end).text('\n', el.end);
      return;
    case 'header':
    case 'dt':
      out.end(tagName(w, el), el.end).text('\n', el.end);
      return;
    case 'li':
    case 'dd': {
      const first = el.children[0];
      // The content is written straight after the start tag: the fragment ends as the content does.
      if (first === undefined || (first.type === 'p' && first.transparent)) {
        if (out.endsWithNewline()) out.text(spaces(indent), el.end);
      } else {
        out.text(spaces(indent), el.end);
      }
      out.end(el.type, el.end).text('\n', el.end);
      return;
    }
    case 'td':
      if (out.size === frame.mark) out.text(entityString(w, NBSP), el.start);
      out.end(tagName(w, el), el.end).text('\n', el.end);
      return;
    case 'a':
    case 'em':
    case 'strong':
      out.end(el.type, el.end);
      return;
    case 'html_element':
      convertHtmlElement(w, el, frame.inner, indent, out);
      return;
    default:
      return;
  }
}

/** A definition term's attributes: an id from its list's `auto_ids` reference, unless it has one. */
function termAttrs(w: Writer, el: KNode): Record<string, string> | undefined {
  const attrs = el.attrs;
  const dl = w.stack.at(-1);
  if (attrs?.['id'] !== undefined || dl?.ial === undefined) return attrs;
  for (const ref of dl.ial.refs) {
    const m = /^auto_ids(?:-([\w-]+))?/.exec(ref);
    if (m) return { ...attrs, id: `${m[1] ?? ''}${basicId(el.rawText ?? '')}`.replace(/^[ \t\n\v\f\r\0]+/, '') };
  }
  return attrs;
}

/** A cell's attributes, with its column's alignment. */
function cellAttrs(w: Writer, el: KNode): Record<string, string> | undefined {
  const tr = w.stack.at(-1);
  const table = w.stack.at(-3);
  // kramdown looks the cell up in its row (`index(el)`): a row of n cells costs n² that way.
  const column = tr?.children[w.childIndex] === el ? w.childIndex : tr?.children.indexOf(el);
  const alignment = table?.alignment?.[column ?? 0];
  const attrs = el.attrs;
  if (alignment === undefined || alignment === 'default') return attrs;
  const style = attrs?.['style'];
  return { ...attrs, style: `${style !== undefined ? `${style}; ` : ''}text-align: ${alignment}` };
}

function convertHtmlElement(w: Writer, el: KNode, inner: Fragment, indent: number, out: Fragment): void {
  const name = el.name ?? '';
  if (el.category === 'span') {
    if (inner.empty && VOID_ELEMENTS.has(name)) out.start(name, el.attrs, el, true);
    else out.start(name, el.attrs, el).append(inner).end(name, el.end);
    return;
  }
  const parent = w.stack.at(-1);
  const inRaw = parent?.type === 'html_element' && parent.contentModel === 'raw';
  if (!inRaw) out.text(spaces(indent), el.start);
  if (el.isClosed && el.contentModel === 'raw') out.start(name, el.attrs, el, true);
  else if (!inner.empty && el.contentModel !== 'block') out.start(name, el.attrs, el).append(inner).end(name, el.end);
  else if (!inner.empty) out.start(name, el.attrs, el).text('\n', el.start).append(inner.chomp()).text('\n', el.end).text(spaces(indent), el.end).end(name, el.end);
  else if (VOID_ELEMENTS.has(name)) out.start(name, el.attrs, el, true);
  else out.start(name, el.attrs, el).end(name, el.end);
  if (!inRaw) out.text('\n', el.end);
}

/** kramdown's extract_code_language!: the `language-X` class, removed from the attributes. */
function extractCodeLanguage(attrs: Record<string, string>, remove: boolean): string | undefined {
  const cls = attrs['class'];
  if (cls === undefined) return undefined;
  // Ruby's `\S` is anything but ASCII white space (U+2028 and U+00A0 belong to the name).
  const m = /(?:^|[^\p{L}\p{N}_])language-([^ \t\n\v\f\r]+)/u.exec(cls) ?? /^language-([^ \t\n\v\f\r]+)/.exec(cls);
  const found = /\blanguage-([^ \t\n\v\f\r]+)/.exec(cls);
  const lang = (found ?? m)?.[1];
  if (lang !== undefined && remove) {
    const rest = rubyStrip(cls.replace(/\blanguage-[^ \t\n\v\f\r]+/, ''));
    if (rest === '') delete attrs['class'];
    else attrs['class'] = rest;
  }
  return lang;
}

/** kramdown's add_syntax_highlighter_to_class_attr. */
function addHighlighterClass(w: Writer, attrs: Record<string, string>, lang: string | undefined): void {
  const cls = `${attrs['class'] ?? ''} highlighter-${w.options.syntax_highlighter ?? ''}`.replace(/^[ \t\n\v\f\r\0]+/, '');
  attrs['class'] = lang === undefined ? cls : cls.replace(/\blanguage-[^ \t\n\v\f\r]+|^/, (m) => (m === '' ? `language-${lang} ` : `language-${lang}`));
}

/** Rouge's output for the code, or undefined; a `guess` Rouge cannot settle stops Jekyll: a note, and the code as text. */
function highlight(w: Writer, el: KNode, code: string, lang: string | undefined, type: 'block' | 'span'): ReturnType<typeof highlightCode> {
  try {
    return highlightCode(code, lang, type, { ...w.options, rougeTokens: w.rougeTokens }, w.highlight);
  } catch (error) {
    w.notes.push({ message: `Rouge cannot highlight this code: ${error instanceof Error ? error.message : String(error)}`, offset: el.start });
    return undefined;
  }
}

function convertCodeblock(w: Writer, el: KNode, indent: number, out: Fragment): void {
  const attrs: Record<string, string> = { ...el.attrs };
  const lang = extractCodeLanguage(attrs, true);
  const value = el.value ?? '';
  const highlighted = highlight(w, el, value, el.lang ?? lang, 'block');
  if (highlighted !== undefined) {
    addHighlighterClass(w, attrs, lang ?? highlighted.defaultLang);
    out
      .text(spaces(indent), el.start)
      .start('div', attrs, el)
      .text(highlighted.html, el.start, false, true)
      .text(spaces(indent), el.end)
      .end('div', el.end)
      .text('\n', el.end);
    return;
  }
  let code = escapeAll(value);
  if (code.endsWith('\n')) code = code.slice(0, -1);
  else if (code.endsWith('\r')) code = code.slice(0, -1);
  if (/\bshow-whitespaces\b/.test(el.attrs?.['class'] ?? '')) code = showWhitespaces(code);
  const codeAttrs = lang === undefined ? undefined : { class: `language-${lang}` };
  out
    .text(spaces(indent), el.start)
    .start('pre', attrs, el)
    .start('code', codeAttrs, el)
    .text(`${code}\n`, el.start, `${code}\n` === value)
    .end('code', el.end)
    .end('pre', el.end)
    .text('\n', el.end);
}

function showWhitespaces(code: string): string {
  return code.replace(/((?<![^\n])[ \t]+)|([ \t]+(?![^\n]))|([ \t]+)/g, (m: string, lead?: string, trail?: string) => {
    const suffix = lead ? '-l' : trail ? '-r' : '';
    return [...m].map((c) => (c === '\t' ? `<span class="ws-tab${suffix}">\t</span>` : `<span class="ws-space${suffix}">&#8901;</span>`)).join('');
  });
}

function convertCodespan(w: Writer, el: KNode, out: Fragment): void {
  const attrs: Record<string, string> = { ...el.attrs };
  const lang = extractCodeLanguage(attrs, false);
  const value = el.value ?? '';
  const highlighted = highlight(w, el, value, lang, 'span');
  if (highlighted !== undefined) {
    addHighlighterClass(w, attrs, lang ?? highlighted.defaultLang);
    out.start('code', attrs, el).text(highlighted.html, el.start, false, true).end('code', el.end);
    return;
  }
  out.start('code', el.attrs === undefined ? undefined : attrs, el).text(escapeAll(value), el.start).end('code', el.end);
}

function convertStandaloneImage(el: KNode, img: KNode, indent: number): Fragment {
  const figureAttrs: Record<string, string> = { ...el.attrs };
  const imageAttrs: Record<string, string> = { ...img.attrs };
  if ('class' in imageAttrs && !('class' in figureAttrs)) {
    figureAttrs['class'] = imageAttrs['class'] as string;
    delete imageAttrs['class'];
  }
  if ('id' in imageAttrs && !('id' in figureAttrs)) {
    figureAttrs['id'] = imageAttrs['id'] as string;
    delete imageAttrs['id'];
  }
  const inner = spaces(indent + INDENT);
  const body = new Fragment()
    .text(inner, img.start)
    .start('img', imageAttrs, img, true)
    .text(`\n${inner}`, img.end)
    .start('figcaption', undefined, img)
    .text(imageAttrs['alt'] ?? '', img.start, false, true)
    .end('figcaption', img.end)
    .text('\n', img.end);
  return indentedBlockHtml('figure', figureAttrs, body, indent, el);
}

const SMART_QUOTE_INDEX: Record<string, number> = { lsquo: 0, rsquo: 1, ldquo: 2, rdquo: 3 };
const TYPOGRAPHIC: Record<string, string[]> = {
  mdash: ['mdash'],
  ndash: ['ndash'],
  hellip: ['hellip'],
  laquo_space: ['laquo', 'nbsp'],
  raquo_space: ['nbsp', 'raquo'],
  laquo: ['laquo'],
  raquo: ['raquo'],
};

function typographicSymbol(w: Writer, name: string): string {
  const replacement = (w.options.typographic_symbols as Record<string, string | undefined>)[name];
  if (replacement !== undefined) return escapeText(replacement);
  return (TYPOGRAPHIC[name] ?? []).map((e) => entityString(w, entityByName(e) as Entity)).join('');
}

function convertMath(w: Writer, el: KNode, indent: number): Fragment {
  const value = el.value ?? '';
  const block = el.category === 'block';
  const hasAttrs = el.attrs !== undefined && Object.keys(el.attrs).length > 0;
  if (w.options.math_engine === 'mathjax') {
    const written = block ? `\\[${escapeAll(value)}\\]\n` : `\\(${escapeAll(value)}\\)`;
    if (!hasAttrs) return new Fragment().text(written, el.start);
    if (block) return blockHtml(new Fragment(), 'div', el.attrs, new Fragment().text(written, el.start), indent, el);
    return spanHtml(new Fragment(), 'span', el.attrs, new Fragment().text(`$${value}$`, el.start, false, true), el);
  }
  const attrs = { ...el.attrs };
  attrs['class'] = `${attrs['class'] ?? ''} kdmath`.replace(/^[ \t\n\v\f\r\0]+/, '');
  if (block) return blockHtml(new Fragment(), 'div', attrs, new Fragment().text(`$$\n${value}\n$$`, el.start, false, true), indent, el);
  return spanHtml(new Fragment(), 'span', attrs, new Fragment().text(`$${value}$`, el.start, false, true), el);
}

function convertAbbreviation(w: Writer, el: KNode, out: Fragment): void {
  const value = el.value ?? '';
  const def = w.abbreviations.get(value);
  const attrs: Record<string, string> = { ...def?.attrs };
  if (def !== undefined && def.title !== '') attrs['title'] = def.title;
  out.start('abbr', attrs, el).text(value, el.start, true, true).end('abbr', el.end);
}

const CJK_BREAK = /([\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]+)\n([\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]+)/gu;
function fixCjkLineBreaks(text: string): string {
  let out = text;
  for (let next = out.replace(CJK_BREAK, '$1$2'); next !== out; next = out.replace(CJK_BREAK, '$1$2')) out = next;
  return out;
}

/** kramdown's basic_generate_id, for definition terms. */
export function basicId(text: string): string {
  return text
    .replace(/(?<![^\n])[^a-zA-Z]+/g, '')
    .replace(/[^a-zA-Z0-9 -]/g, '')
    .replace(/ /g, '-')
    .toLowerCase();
}

export { makeNode };
