import { pushBlock } from './block-parser.ts';
import { rubyStrip } from './mapped-replace.ts';
import { type KNode, node } from './nodes.ts';
import type { ParseState } from './state.ts';
import * as re from './syntax.ts';
import { pushAll } from '../util/push-all.ts';

/** kramdown's `*[ABBR]: title` definitions. */
export function parseAbbreviationDefinition(state: ParseState): boolean {
  const { src } = state;
  const m = src.check(re.ABBREV_DEFINITION_START);
  if (m === null) return false;
  const start = src.pos;
  src.pos += m[0].length;
  const eob = pushBlock(state, node('eob', src.origin(start), src.origin(start), { value: 'abbrev_def' }));
  state.abbreviations.set(m[1] ?? '', { title: rubyStrip(m[2] ?? ''), eob });
  return true;
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * kramdown's replace_abbreviations: every use of a defined abbreviation in text, where it stands
 * as a word of its own, becomes an `abbreviation` node. Raw HTML's text is left alone.
 */
export function replaceAbbreviations(root: KNode, abbreviations: ReadonlyMap<string, unknown>): void {
  if (abbreviations.size === 0) return;
  const names = [...abbreviations.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const any = new RegExp(names.join('|'));
  const word = new RegExp(`(?:${names.join('|')})`, 'y');
  // Ruby's `^` is a line start: after a `\n` only.
  const boundary = new RegExp(`(?=(?:[^A-Za-z0-9_]|(?<![^\\n]))(?:${names.join('|')})(?![A-Za-z0-9_]))`, 'g');
  const pending: KNode[] = [root];
  while (pending.length > 0) {
    const el = pending.pop() as KNode;
    const children: KNode[] = [];
    for (const child of el.children) {
      if (child.type !== 'text' || el.contentModel === 'raw' || !any.test(child.value ?? '')) {
        if (child.type !== 'text') pending.push(child);
        children.push(child);
        continue;
      }
      pushAll(children, split(child, word, boundary));
    }
    el.children = children;
  }
}

function split(text: KNode, word: RegExp, boundary: RegExp): KNode[] {
  const value = text.value ?? '';
  const out: KNode[] = [];
  let pos = 0;
  const piece = (type: 'text' | 'abbreviation', from: number, to: number): void => {
    if (type === 'text' && from === to && out.length > 0) return;
    out.push(node(type, text.start + from, text.start + to, { value: value.slice(from, to) }));
  };
  for (;;) {
    boundary.lastIndex = pos;
    const at = boundary.exec(value);
    if (at === null) break;
    let cut = at.index;
    word.lastIndex = cut;
    let abbr = word.exec(value);
    if (abbr === null) {
      // The non-word character before the abbreviation stays with the text.
      cut += 1;
      word.lastIndex = cut;
      abbr = word.exec(value);
    }
    if (abbr === null) break;
    piece('text', pos, cut);
    piece('abbreviation', cut, cut + abbr[0].length);
    pos = cut + abbr[0].length;
  }
  piece('text', pos, value.length);
  return out;
}
