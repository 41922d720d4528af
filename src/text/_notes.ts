/**
 * The grammar of generator notes such as `(단어 수: 88, 문자 수: 553)`. Every pattern is anchored
 * and runs on a short slice, and candidates are found by one linear scan, so no input can make
 * the search worse than linear.
 */

export interface Note {
  words?: number;
  characters?: number;
  charactersWithoutSpaces?: number;
  /** UTF-16 offset of the note's first character (its opening parenthesis, if any). */
  start: number;
  /** UTF-16 offset just after the note (after its closing parenthesis, if any). */
  end: number;
}

type Kind = 'words' | 'characters' | 'charactersWithoutSpaces';

const LABEL =
  /^(?:(단어|어절)|(?:글자|문자))[ \t]?(?:개[ \t]?)?수|^공백[ \t]?(?:포함|(제외))|^(?:(word)|character|char)[ \t]?count|^(?:(words)|characters|chars)/i;
const QUALIFIER = /^[ \t]?[(（]?(?:공백[ \t]?(?:포함|(제외))|(?:with|(without|excluding|no)|including)[ \t]spaces)[)）]?/i;
const COLON = /^[ \t]?[:：]/;
const NUMBER = /^[ \t]{0,2}(\d{1,12}(?:,\d{3}){0,4})/;
const UNIT = /^[ \t]?(?:자|개|단어|어절|words|word|characters|character|chars|char)(?![\p{L}\p{N}])/iu;
const SEPARATOR = /^[ \t]{0,2}[,，/|·;][ \t]{0,2}|^[ \t]{1,2}/;
const WINDOW = 48;
const MAX_ITEMS = 6;
const MAX_BLANKS = 16;

/** How far past its start a note's recognition may look (items, blanks, closing parenthesis). */
export const NOTE_REACH = 1024;
/** How far before its start a note's recognition may look (to the start of its line). */
export const NOTE_LOOKBEHIND = MAX_BLANKS + 1;

interface State {
  text: string;
  at: number;
  note: Note;
  colon: boolean;
}

/** The first note that starts at or after `from`. */
export function findNote(text: string, from: number): Note | undefined {
  const labels =
    /(?:단어|어절|글자|문자)[ \t]?(?:개[ \t]?)?수|공백[ \t]?(?:포함|제외)|(?:word|character|char)[ \t]?count|words|characters|chars/gi;
  labels.lastIndex = from;
  for (let match = labels.exec(text); match !== null; match = labels.exec(text)) {
    const label = match.index;
    let open = label;
    while (open > from && label - open < 3 && isBlank(text.charCodeAt(open - 1))) open--;
    const parenthesised = open > from && (text[open - 1] === '(' || text[open - 1] === '（');
    if (!parenthesised && !startsLine(text, label)) continue;

    const state: State = { text, at: label, note: { start: parenthesised ? open - 1 : label, end: label }, colon: false };
    if (!items(state)) continue;
    if (parenthesised) {
      state.at = skipBlanks(text, state.at);
      if (text[state.at] !== ')' && text[state.at] !== '）') continue;
      state.note.end = state.at + 1;
      return state.note;
    }
    // Without parentheses a note needs a colon and a line to itself.
    const after = skipBlanks(text, state.at);
    if (!state.colon || (after < text.length && text[after] !== '\n' && text[after] !== '\r')) continue;
    state.note.end = state.at;
    return state.note;
  }
  return undefined;
}

function items(state: State): boolean {
  if (!item(state, true)) return false;
  for (let count = 1; count < MAX_ITEMS; count++) {
    const before = state.at;
    if (!eat(state, SEPARATOR) || !item(state, false)) {
      state.at = before;
      break;
    }
  }
  return true;
}

/** `label [qualifier] [:] [qualifier] number [unit] [qualifier]`, e.g. `글자 수: 공백 포함 553자`. */
function item(state: State, first: boolean): boolean {
  const start = state.at;
  const label = eat(state, LABEL);
  if (!label) return false;
  let kind: Kind = label[1] || label[3] || label[4] ? 'words' : label[2] ? 'charactersWithoutSpaces' : 'characters';
  if (kind !== 'words') kind = qualify(state, kind);
  const colon = eat(state, COLON) !== undefined;
  if (kind !== 'words') kind = qualify(state, kind);
  const number = eat(state, NUMBER);
  if (!number?.[1]) {
    state.at = start;
    return false;
  }
  eat(state, UNIT);
  if (kind !== 'words') kind = qualify(state, kind);
  if (first) state.colon = colon;
  state.note[kind] ??= Number(number[1].replaceAll(',', ''));
  return true;
}

function qualify(state: State, kind: Kind): Kind {
  const qualifier = eat(state, QUALIFIER);
  if (!qualifier) return kind;
  return qualifier[1] || qualifier[2] ? 'charactersWithoutSpaces' : 'characters';
}

function eat(state: State, pattern: RegExp): RegExpExecArray | undefined {
  const match = pattern.exec(state.text.slice(state.at, state.at + WINDOW));
  if (!match) return undefined;
  state.at += match[0].length;
  return match;
}

function startsLine(text: string, index: number): boolean {
  let at = index;
  while (at > 0 && index - at < MAX_BLANKS && isBlank(text.charCodeAt(at - 1))) at--;
  return at === 0 || text[at - 1] === '\n' || text[at - 1] === '\r';
}

function skipBlanks(text: string, index: number): number {
  let at = index;
  while (at - index < MAX_BLANKS && isBlank(text.charCodeAt(at))) at++;
  return at;
}

function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x09;
}
