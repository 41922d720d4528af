/**
 * Why a one-line front matter value does not load, read from how it is written: a quoted word
 * and more, quoted words in a row, a `[…]` or `{…}` and more, a reserved first character, a `: `.
 */

/**
 * What a value's first characters make of it: whether quoting the whole value is surely meant,
 * and whether the value surely fails to load as written (else only loading it can tell).
 */
export interface Diagnosis {
  message: (subject: string, noun: string) => string;
  quote: boolean;
  fails: boolean;
}

/** Characters that make a value surely fail where they start it. */
const FAILS_AT_START = new Set(['@', '`', '%']);

const RESERVED: Readonly<Record<string, string>> = {
  '@': 'which YAML reserves',
  '`': 'which YAML reserves',
  '%': 'which YAML reserves for directives',
  '*': 'which YAML reads as a reference to an anchor',
  '&': 'which YAML reads as an anchor',
  '!': 'which YAML reads as a tag',
  '|': 'which YAML reads as the start of a block of lines',
  '>': 'which YAML reads as the start of a folded block',
  '-': 'which YAML reads as a list item',
  '?': 'which YAML reads as a complex key',
  ',': 'which YAML reserves',
};

/** The end of a quoted scalar that starts at `from`, just past its closing quote; -1 when the line never closes it. */
function quoteEnd(value: string, from: number): number {
  const quote = value[from];
  for (let at = from + 1; at < value.length; at++) {
    const c = value[at];
    if (quote === '"' && c === '\\') at++;
    else if (c === quote) {
      if (quote === "'" && value[at + 1] === "'") at++;
      else return at + 1;
    }
  }
  return -1;
}

/** The end of a flow collection that starts at `from`, past its closing bracket; -1 when the line never closes it. */
function flowEnd(value: string, from: number): number {
  let depth = 0;
  for (let at = from; at < value.length; at++) {
    const c = value[at] ?? '';
    if ((c === "'" || c === '"') && (at === from || /[\s,[{]/.test(value[at - 1] ?? ''))) {
      const end = quoteEnd(value, at);
      if (end === -1) return -1;
      at = end - 1;
    } else if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') {
      depth--;
      if (depth === 0) return at + 1;
    }
  }
  return -1;
}

/** Only quoted words, two or more, apart by spaces or commas: `'TV드라마' '한국어' '역대급'`. */
function isQuotedWords(value: string): boolean {
  let count = 0;
  for (let at = 0; at < value.length; ) {
    if (value[at] !== "'" && value[at] !== '"') return false;
    const end = quoteEnd(value, at);
    if (end === -1) return false;
    count++;
    at = end;
    while (at < value.length && /[\s,]/.test(value[at] ?? '')) at++;
  }
  return count >= 2;
}

/** After a closed quote or bracket: nothing, or only a comment. */
const isRestEmpty = (rest: string): boolean => /^(?:\s+#.*|\s*)$/.test(rest);

/** Why a one-line value does not load, read from how it is written. */
export function diagnose(value: string): Diagnosis {
  const first = value[0] ?? '';
  if (first === "'" || first === '"') {
    const end = quoteEnd(value, 0);
    if (end === -1) return { message: (s, n) => `${s} opens a quote (\`${first}\`) that is never closed: close it, or quote the whole ${n}`, quote: false, fails: true };
    if (!isRestEmpty(value.slice(end))) {
      if (isQuotedWords(value)) return { message: (s, n) => `${s} is several quoted words in a row, which YAML cannot read: quote the whole ${n}`, quote: true, fails: true };
      return { message: (s, n) => `${s} starts with a quoted word and goes on: quote the whole ${n}`, quote: true, fails: true };
    }
    if (first === '"' && /\\/.test(value)) return { message: (s) => `${s} has a \`\\\` that starts no escape YAML knows: write \`\\\\\` for a backslash`, quote: false, fails: false };
  }
  if (first === '[' || first === '{') {
    const kind = first === '[' ? 'a list' : 'a mapping';
    const close = first === '[' ? ']' : '}';
    const end = flowEnd(value, 0);
    if (end === -1) return { message: (s, n) => `${s} opens ${kind} with \`${first}\` that is never closed: close it with \`${close}\`, or quote the whole ${n}`, quote: false, fails: true };
    if (!isRestEmpty(value.slice(end))) return { message: (s, n) => `${s} starts with \`${value.slice(0, end)}\`, which YAML reads as ${kind}: quote the whole ${n}`, quote: true, fails: true };
  }
  const reserved = RESERVED[first];
  const code = first === '`' ? '`` ` ``' : `\`${first}\``;
  const sequenceOrKey = (first === '-' || first === '?') && /^.\s/.test(value);
  if (reserved && (first !== '-' || sequenceOrKey)) {
    return { message: (s, n) => `${s} starts with ${code}, ${reserved}: quote the whole ${n}`, quote: true, fails: FAILS_AT_START.has(first) || sequenceOrKey };
  }
  const plain = value.replace(/\s#.*$/, '');
  if (/:(?:\s|$)/.test(plain)) return { message: (s, n) => `${s} holds \`: \`, which YAML reads as the start of another key: quote the whole ${n}`, quote: true, fails: true };
  return { message: (s, n) => `${s} is not valid YAML as written: quote the whole ${n}`, quote: false, fails: false };
}
