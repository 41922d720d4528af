/**
 * @internal Jekyll's SmartyPants converter (`smartify`): kramdown with the SmartyPants parser,
 * whose only span parsers are smart quotes, entities, typographic symbols and span HTML, in that
 * order, written by kramdown's HTML converter with the site's `kramdown:` options
 * (`smart_quotes`, `typographic_symbols`, `entity_output`). Text is never put in paragraphs.
 * Block HTML is read as span HTML here (kramdown copies a block element's content as written).
 */
import { entityByCodePoint, entityByName } from '../../kramdown/entities.ts';
import { BLOCK_ELEMENTS, contentModelOf, isKnownName, VOID_ELEMENTS } from '../../kramdown/html-elements.ts';
import { matchEndTag, matchStartTag } from '../../kramdown/html-tag.ts';
import { type KNode, node } from '../../kramdown/nodes.ts';
import type { KramdownOptions } from '../../kramdown/options.ts';
import { matchSmartQuote, mayStartSmartQuote } from '../../kramdown/smart-quotes.ts';
import { endTagPattern, HTML_ENTITY } from '../../kramdown/syntax.ts';
import { matchTypographic, mayStartTypographic } from '../../kramdown/typographic.ts';
import { writeHtml } from '../../kramdown/writer/convert.ts';
import { fragmentHtml } from '../../kramdown/writer/fragment.ts';

/** Span parsing stops below this depth of nested tags, reading deeper ones as text. */
const MAX_DEPTH = 100;

interface State {
  text: string;
  pos: number;
}

function addText(parent: KNode, at: number, value: string): void {
  if (value === '') return;
  const last = parent.children.at(-1);
  if (last?.type === 'text') {
    last.value = `${last.value ?? ''}${value}`;
    last.end = at + value.length;
  } else parent.children.push(node('text', at, at + value.length, { value }));
}

function parseEntity(s: State, parent: KNode): boolean {
  HTML_ENTITY.lastIndex = s.pos;
  const m = HTML_ENTITY.exec(s.text);
  if (m === null) return false;
  const start = s.pos;
  s.pos += m[0].length;
  const entity = m[1] !== undefined ? entityByName(m[1]) : entityByCodePoint(m[2] !== undefined ? Number(m[2]) : Number.parseInt(m[3] ?? '0', 16));
  if (entity === undefined) {
    parent.children.push(node('entity', start, start + 1, { codePoint: 38, entityName: 'amp' }));
    addText(parent, start + 1, m[0].slice(1));
    return true;
  }
  parent.children.push(node('entity', start, s.pos, { value: m[0], codePoint: entity.codePoint, entityName: entity.name }));
  return true;
}

function parseTypographic(s: State, parent: KNode): boolean {
  if (!mayStartTypographic(s.text, s.pos)) return false;
  const m = matchTypographic(s.text, s.pos);
  if (m === undefined) return false;
  const start = s.pos;
  s.pos += m.length;
  if ('symbol' in m) parent.children.push(node('typographic_sym', start, s.pos, { value: m.symbol }));
  else {
    const entity = entityByName(m.entity);
    for (let i = 0; i < 2; i++) parent.children.push(node('entity', start, s.pos, { codePoint: entity?.codePoint ?? 0, entityName: m.entity }));
  }
  return true;
}

function parseSmartQuote(s: State, parent: KNode): boolean {
  if (!mayStartSmartQuote(s.text, s.pos)) return false;
  const m = matchSmartQuote(s.text, s.pos);
  if (m === undefined) return false;
  for (const part of m.parts) {
    if ('text' in part) addText(parent, part.at, part.text);
    else parent.children.push(node('smart_quote', part.at, part.at + 1, { value: part.quote }));
  }
  s.pos += m.length;
  return true;
}

function parseHtml(s: State, parent: KNode, depth: number, raw: boolean): boolean {
  const { text } = s;
  const start = s.pos;
  if (text[start] !== '<') return false;
  if (text.startsWith('<!--', start)) {
    const end = text.indexOf('-->', start + 4);
    if (end < 0) return false;
    s.pos = end + 3;
    parent.children.push(node('xml_comment', start, s.pos, { value: text.slice(start, s.pos), category: 'span' }));
    return true;
  }
  const close = matchEndTag(text, start);
  if (close) {
    addText(parent, start, text.slice(start, close.end));
    s.pos = close.end;
    return true;
  }
  const tag = matchStartTag(text, start, isKnownName);
  if (!tag) return false;
  s.pos = tag.end;
  const known = isKnownName(tag.name);
  const name = known ? tag.name.toLowerCase() : tag.name;
  if (BLOCK_ELEMENTS.has(name)) {
    addText(parent, start, text.slice(start, tag.end));
    return true;
  }
  const attrs = tag.attrs;
  delete attrs['markdown'];
  for (const key of Object.keys(attrs)) if (attrs[key] !== '') attrs[key] = (attrs[key] as string).replace(/\n+/g, ' ');
  const contentRaw = raw || contentModelOf(name) === 'raw';
  const el = node('html_element', start, s.pos, { name, attrs, category: 'span', contentModel: contentRaw ? 'raw' : 'span', isClosed: tag.selfClosing });
  parent.children.push(el);
  if (tag.selfClosing || VOID_ELEMENTS.has(name)) return true;
  const stop = endTagPattern(name, known, 'y');
  if (depth >= MAX_DEPTH) return true;
  parseSpans(s, el, stop, depth + 1, contentRaw);
  el.end = s.pos;
  return true;
}

/** Reads spans into `parent` up to `stop` (consumed) or the end. */
function parseSpans(s: State, parent: KNode, stop: RegExp | undefined, depth: number, raw: boolean): void {
  const { text } = s;
  while (s.pos < text.length) {
    if (stop) {
      stop.lastIndex = s.pos;
      const m = stop.exec(text);
      if (m) {
        s.pos += m[0].length;
        return;
      }
    }
    const at = s.pos;
    const parsed = raw ? parseHtml(s, parent, depth, raw) : parseSmartQuote(s, parent) || parseEntity(s, parent) || parseTypographic(s, parent) || parseHtml(s, parent, depth, raw);
    if (parsed) continue;
    const char = String.fromCodePoint(text.codePointAt(at) ?? 0);
    addText(parent, at, char);
    s.pos = at + char.length;
  }
}

/** `smartify`: the text's smart quotes and typographic symbols, as kramdown writes them. */
export function smartypants(input: string, options: KramdownOptions): string {
  // kramdown's adapt_source: newlines as `\n`, exactly one at the end.
  const text = `${input.replace(/\r\n?/g, '\n').replace(/\n$/, '')}\n`;
  const root = node('root', 0, text.length);
  parseSpans({ text, pos: 0 }, root, undefined, 0, false);
  const html = fragmentHtml(writeHtml(root, { kramdown: options, highlight: false }).fragment);
  return html.endsWith('\n') ? html.slice(0, -1) : html;
}
