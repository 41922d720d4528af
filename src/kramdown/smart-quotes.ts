// kramdown's smart quotes (parser/kramdown/smart_quotes.rb): which quote a `'` or `"` becomes,
// from the characters around it. Ruby's `\s` and `\w` are ASCII, but its `\b` and `\B` see any
// letter or digit as a word character (`'을` has a word boundary).
const WORD = String.raw`[\p{L}\p{M}\p{Nd}\p{Pc}]`;
const BOUNDARY = `(?:(?<=${WORD})(?!${WORD})|(?<!${WORD})(?=${WORD}))`;
const NOT_BOUNDARY = `(?:(?<=${WORD})(?=${WORD})|(?<!${WORD})(?!${WORD}))`;
const PUNCT = '[!"#$%\'()*+,\\-./:;<=>?@\\[\\\\\\]^_`{|}~]';
const CLOSE = String.raw`[^ \\\t\r\n\[{(-]`;

type Part = number | 'lquote1' | 'rquote1' | 'lquote2' | 'rquote2' | 'ldquo' | 'lsquo' | 'rsquo';

/**
 * What a rule needs at the cursor before its pattern can match: a quote (its pattern starts with
 * `("|')`), a quote or white space (with `[ \t\n\v\f\r]?` before the quote), white space, or
 * anything. Skipping the rules that cannot match spares most of them on text such as `a="b"`.
 */
type First = 'quote' | 'quote-or-space' | 'space' | 'any';

/** The rules, tried in order at the cursor: the first that matches decides. */
export const RULES: ReadonlyArray<[RegExp, Part[], First]> = [
  [/("|')(?=[_*]{1,2}[^ \t\n\v\f\r])/y, ['lquote1'], 'quote'],
  [new RegExp(`("|')(?=${PUNCT}(?!\\.\\.)${NOT_BOUNDARY})`, 'yu'), ['rquote1'], 'quote'],
  [/([ \t\n\v\f\r]?)"'(?=\w)/y, [1, 'ldquo', 'lsquo'], 'quote-or-space'],
  [/([ \t\n\v\f\r]?)'"(?=\w)/y, [1, 'lsquo', 'ldquo'], 'quote-or-space'],
  [/([ \t\n\v\f\r]?)'(?=\d\ds)/y, [1, 'rsquo'], 'quote-or-space'],
  [/([ \t\n\v\f\r])('|")(?=\w)/y, [1, 'lquote2'], 'space'],
  [new RegExp(`(${CLOSE})('|")`, 'yu'), [1, 'rquote2'], 'any'],
  [new RegExp(`("|')(?=[ \\t\\n\\v\\f\\r]|s${BOUNDARY}|(?![^\\n]))`, 'yu'), ['rquote1'], 'quote'], // Ruby's `$`: before a `\n`
  [/([\s\S]?)'/uy, [1, 'lsquo'], 'any'],
  [/([\s\S]?)"/uy, [1, 'ldquo'], 'any'],
];

export type QuoteName = 'lsquo' | 'rsquo' | 'ldquo' | 'rdquo';

/** What the smart quote rules read at `pos`: its length, and text and quotes in order. */
export interface SmartQuoteMatch {
  length: number;
  parts: Array<{ text: string; at: number } | { quote: QuoteName; at: number }>;
}

/** A `"` or `'` that follows the cursor's character (not a backslash), or is at it. */
export function mayStartSmartQuote(text: string, pos: number): boolean {
  const c = text.charCodeAt(pos);
  if (c === 0x22 || c === 0x27) return true;
  if (c === 0x5c || Number.isNaN(c)) return false;
  const next = text.charCodeAt(pos + (c >= 0xd800 && c <= 0xdbff ? 2 : 1));
  return next === 0x22 || next === 0x27;
}

export function matchSmartQuote(text: string, pos: number): SmartQuoteMatch | undefined {
  const c = text.charCodeAt(pos);
  const quote = c === 0x22 || c === 0x27;
  const space = c === 0x20 || (c >= 0x09 && c <= 0x0d);
  for (const [re, parts, first] of RULES) {
    if (first === 'quote' ? !quote : first === 'quote-or-space' ? !quote && !space : first === 'space' && !space) continue;
    re.lastIndex = pos;
    const m = re.exec(text);
    if (m === null) continue;
    const out: SmartQuoteMatch['parts'] = [];
    for (const part of parts) {
      if (typeof part === 'number') {
        const group = m[part] ?? '';
        if (group !== '') out.push({ text: group, at: m.index + m[0].indexOf(group) });
        continue;
      }
      const group = part.endsWith('1') ? m[1] : part.endsWith('2') ? m[2] : undefined;
      const at = group === undefined ? m.index : m.index + m[0].lastIndexOf(group);
      out.push({ quote: quoteName(part, group), at });
    }
    return { length: m[0].length, parts: out };
  }
  return undefined;
}

function quoteName(part: Exclude<Part, number>, quote: string | undefined): QuoteName {
  switch (part) {
    case 'rquote1':
    case 'rquote2':
      return quote === '"' ? 'rdquo' : 'rsquo';
    case 'lquote1':
    case 'lquote2':
      return quote === '"' ? 'ldquo' : 'lsquo';
    default:
      return part;
  }
}
