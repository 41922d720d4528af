// kramdown's typographic symbols (parser/kramdown/typographic_symbol.rb).
const SYMBOLS = /---|--|\.\.\.|\\<<|\\>>|<< | >>|<<|>>/y;

export type TypographicMatch = { length: number; symbol: string } | { length: number; entity: 'lt' | 'gt' };

const NAMES: Record<string, string> = { '---': 'mdash', '--': 'ndash', '...': 'hellip', '<< ': 'laquo_space', ' >>': 'raquo_space', '<<': 'laquo', '>>': 'raquo' };

export function matchTypographic(text: string, pos: number): TypographicMatch | undefined {
  SYMBOLS.lastIndex = pos;
  const m = SYMBOLS.exec(text);
  if (m === null) return undefined;
  const written = m[0];
  if (written === '\\<<') return { length: 3, entity: 'lt' };
  if (written === '\\>>') return { length: 3, entity: 'gt' };
  return { length: written.length, symbol: NAMES[written] as string };
}

/** Where a symbol may start: `--`, `...`, and `<<`/`>>` after an optional space or backslash. */
export function mayStartTypographic(text: string, pos: number): boolean {
  const c = text[pos];
  if (c === '-') return text[pos + 1] === '-';
  if (c === '.') return text[pos + 1] === '.' && text[pos + 2] === '.';
  const at = c === ' ' || c === '\\' ? pos + 1 : pos;
  const a = text[at];
  return (a === '<' || a === '>') && text[at + 1] === a;
}
