import { emptyIal, parseAttributeList } from './attribute-list.ts';
import { type Ial, type KNode, node } from './nodes.ts';
import { applyInlineOption } from './inline-options.ts';
import type { ParseState } from './state.ts';

// kramdown's extensions (parser/kramdown/extensions.rb): `{::comment}`, `{::nomarkdown}`,
// `{::options … /}`, closed by `{:/name}` or `{:/}`.
const ANY_CHARS = String.raw`(?:\\\}|[^}])`;
const EXT_START = String.raw`\{::(\w+)(?:[ \t\n\v\f\r](${ANY_CHARS}*?)|)(\/)?\}`;
const EXT_STOP_ANY = String.raw`\{:\/([A-Za-z0-9_][\w-]*)?\}`;
export const EXT_BLOCK_START = new RegExp(String.raw` {0,3}(?:${EXT_START}|${EXT_STOP_ANY})[ \t\n\v\f\r]*?\n`, 'y');
export const EXT_SPAN_START = new RegExp(`${EXT_START}|${EXT_STOP_ANY}`, 'y');

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The stop tag of extension `name`. kramdown writes the block form in a Ruby string, where `\s`
 * is a space: only spaces may follow `{:/name}` on its line.
 */
function stopPattern(name: string, type: 'block' | 'span'): RegExp {
  const stop = String.raw`\{:\/(${escapeRegExp(name)})?\}`;
  return type === 'block' ? new RegExp(String.raw`(?<![^\n]) {0,3}${stop} *?\n`, 'g') : new RegExp(stop, 'g');
}

export interface ExtensionMatch {
  /** The whole start tag (for a span) or its line (for a block). */
  length: number;
  name: string | undefined;
  attributes: string | undefined;
  selfClosing: boolean;
  /** A stop tag met where a start tag was expected. */
  stray: boolean;
}

export function matchExtension(text: string, pos: number, type: 'block' | 'span'): ExtensionMatch | undefined {
  const re = type === 'block' ? EXT_BLOCK_START : EXT_SPAN_START;
  re.lastIndex = pos;
  const m = re.exec(text);
  if (m === null) return undefined;
  const stray = m[4] !== undefined || m[0].replace(/^ {0,3}/, '').startsWith('{:/}');
  return { length: m[0].length, name: m[1], attributes: m[2], selfClosing: m[3] !== undefined, stray };
}

/**
 * kramdown's parse_extension_start_tag with handle_extension, at `pos` of `text` (the scanner's
 * text): appends what the extension makes to `state.tree` and returns the index past it, or
 * undefined when kramdown ignores the tag (it warns; a span tag's first character is then text).
 */
export function readExtension(state: ParseState, text: string, pos: number, type: 'block' | 'span', origin: (i: number) => number): number | undefined {
  const m = matchExtension(text, pos, type);
  if (m === undefined || m.stray || m.name === undefined) {
    if (m !== undefined) note(state, origin(pos), m.name === undefined ? 'Invalid extension stop tag found: ignoring it' : `Invalid extension stop tag for '${m.name}' found: ignoring it`);
    return undefined;
  }
  const ial: Ial = emptyIal();
  parseAttributeList(m.attributes ?? '', ial);
  let end = pos + m.length;
  let body: string | undefined;
  let bodyStart = end;
  if (!m.selfClosing) {
    const stop = stopPattern(m.name, type);
    stop.lastIndex = end;
    const found = stop.exec(text);
    if (found === null) {
      note(state, origin(pos), `No stop tag for extension '${m.name}' found: ignoring it`);
      return undefined;
    }
    body = text.slice(end, found.index);
    if (type === 'block' && body.endsWith('\n')) body = body.slice(0, -1);
    bodyStart = end;
    end = found.index + found[0].length;
  }
  const at = origin(pos);
  switch (m.name) {
    case 'comment':
      if (body !== undefined) state.tree.children.push(node('comment', at, origin(end), { value: body, category: type }));
      return end;
    case 'nomarkdown':
      if (body !== undefined) {
        const rawTypes = (ial.attrs['type'] ?? '').split(/[ \t\n\v\f\r]+/).filter((t) => t !== '');
        state.tree.children.push(node('raw', origin(bodyStart), origin(bodyStart + body.length), { value: body, category: type, rawTypes }));
      }
      return end;
    case 'options':
      for (const key in ial.attrs) {
        const problem = applyInlineOption(state, key, ial.attrs[key] as string);
        if (problem !== undefined) note(state, at, problem);
      }
      if (type === 'block') state.tree.children.push(node('eob', at, at, { value: 'extension' }));
      return end;
    default:
      note(state, at, `Invalid extension with name '${m.name}': ignoring it`);
      return undefined;
  }
}

function note(state: ParseState, offset: number, message: string): void {
  state.notes.push({ ruleId: 'kramdown-warning', severity: 'warning', message, offset });
}
