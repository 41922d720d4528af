/**
 * Rouge 3.30's `detect?` rules: how `guess` recognises a language from the source itself
 * (shebangs, doctypes, leading directives). One rule per lexer that defines its own `detect?`,
 * keyed by tag; `rouge-lexers.ts` marks the same lexers `detectable`.
 *
 * Ruby's regexes differ from JavaScript's in ways that matter here: `\s` is ASCII only, `.` stops
 * only at `\n`, `^`/`$` are line anchors, and `\b` sees Unicode word characters.
 */

const WORD = String.raw`[\p{Alphabetic}\p{M}\p{Nd}\p{Pc}]`;
/** Ruby's `\b` before a word character. */
const B = `(?<!${WORD})`;
/** Ruby's `\b` after a word character. */
const E = `(?!${WORD})`;
/** Ruby's `\s`. */
const S = String.raw`[ \t\n\v\f\r]`;

const ruby = (source: string, flags = ''): RegExp => new RegExp(source.replaceAll('\\s', S), `${flags}u`);

/** What `TextAnalyzer` tells a rule about the source. */
export interface SourceText {
  text: string;
  /** The shebang line's command, if the source starts with one (after blank space). */
  shebang: string | undefined;
  /** The `<!DOCTYPE …>`'s contents, if the source starts with one (after an optional `<?…?>`). */
  doctype: string | undefined;
}

export function analyze(text: string): SourceText {
  return {
    text,
    shebang: ruby(String.raw`^\s*#!([^\n]*)`).exec(text)?.[1],
    doctype: ruby(String.raw`^\s*(?:<\?[^]*?\?>\s*)?<!DOCTYPE\s+([^]+?)>`).exec(text)?.[1],
  };
}

/** `text.shebang?(name)`: `name` is regex source, as Rouge interpolates it. */
function shebang(t: SourceText, ...names: string[]): boolean {
  return t.shebang !== undefined && names.some((name) => ruby(`${B}(?:${name})(?:\\s|$)`).test(t.shebang ?? ''));
}

const test = (source: string, flags?: string) => {
  const re = ruby(source, flags);
  return (t: SourceText): boolean => re.test(t.text);
};
const onShebang =
  (...names: string[]) =>
  (t: SourceText): boolean =>
    shebang(t, ...names);

/** `/^diff[^\n]*?\ba\/[^\n]*\bb\//`, without its quadratic backtracking. */
function diffCommand(text: string): boolean {
  const end = text.indexOf('\n');
  const first = end < 0 ? text : text.slice(0, end);
  if (!first.startsWith('diff')) return false;
  const a = ruby(`${B}a/`, 'g');
  a.lastIndex = 4;
  const m = a.exec(first);
  if (!m) return false;
  const b = ruby(`${B}b/`, 'g');
  b.lastIndex = m.index + 2;
  return b.test(first);
}

/** `/A[^\n]*?\nB/`, linear: a line holding `a` right before one starting with `b`. */
function nextLineAfter(text: string, a: string, b: string): boolean {
  const lines = text.split('\n');
  return lines.some((line, i) => i + 1 < lines.length && line.includes(a) && lines[i + 1]!.startsWith(b));
}

/** Ruby's `^`: the start of the text or of a line. */
const LINE = String.raw`(?:^|(?<=\n))`;

export const DETECTORS: Readonly<Record<string, (t: SourceText) => boolean>> = {
  awk: onShebang('awk'),
  xml: (t) => {
    if (t.doctype !== undefined && /html/.test(t.doctype)) return false;
    return ruby(String.raw`^<\?xml${E}`).test(t.text) || t.doctype !== undefined;
  },
  biml: test(String.raw`<\s*Biml${E}`),
  coffeescript: onShebang('coffee'),
  crystal: onShebang('crystal'),
  python: onShebang(String.raw`pythonw?(?:[23](?:\.[0-9]+)?)?`),
  diff: (t) => t.text.startsWith('Index: ') || diffCommand(t.text) || nextLineAfter(t.text, '---', '+++') || nextLineAfter(t.text, '+++', '---'),
  yaml: test(String.raw`^\s*%YAML`),
  factor: onShebang('factor'),
  gherkin: onShebang('cucumber'),
  groovy: onShebang('groovy'),
  php: (t) => {
    if (shebang(t, 'php')) return true;
    if (ruby(`${LINE}<\\?hh`).test(t.text)) return false;
    return ruby(`${LINE}<\\?php`).test(t.text);
  },
  hack: (t) =>
    t.text.includes('<?hh') ||
    shebang(t, 'hhvm') ||
    /async function [a-zA-Z]/.test(t.text) ||
    t.text.includes('): Awaitable<'),
  haskell: onShebang('runhaskell'),
  haxe: onShebang('haxe'),
  html: (t) => {
    if (t.doctype !== undefined && ruby(`${B}html${E}`, 'i').test(t.doctype)) return true;
    if (ruby(String.raw`^<\?xml${E}`).test(t.text)) return false;
    return ruby(String.raw`<\s*html${E}`).test(t.text);
  },
  io: onShebang('io'),
  ruby: onShebang('ruby'),
  javascript: onShebang('node', 'jsc'),
  julia: onShebang('julia'),
  lasso: (t) => shebang(t, 'lasso9') || /^[^\n]*?<\?(?:lasso(?:script)?|=)/.test(t.text),
  livescript: onShebang('lsc'),
  lua: onShebang('lua'),
  moonscript: onShebang('moon'),
  mosel: (t) => {
    // `^\s*(model|package)\s+`, linear: the blank run before the word starts the text or spans a line end.
    for (const m of t.text.matchAll(/(?:model|package)[ \t\n\v\f\r]/g)) {
      let i = m.index;
      while (i > 0 && /[ \t\n\v\f\r]/.test(t.text[i - 1]!)) if (t.text[--i] === '\n') return true;
      if (i === 0) return true;
    }
    return false;
  },
  perl: onShebang('perl'),
  postscript: test(`${LINE}%!`),
  praat: onShebang('praat'),
  puppet: onShebang('puppet-apply', 'puppet'),
  r: onShebang('Rscript'),
  racket: (t) => {
    const lang = ruby(String.raw`^#lang\s*([^\n]*?)(?=\n|$)`).exec(t.text)?.[1];
    return lang !== undefined && /racket|scribble/.test(lang);
  },
  rust: onShebang('rustc'),
  sed: onShebang('sed'),
  shell: onShebang('(?:ba|z|k)?sh'),
  solidity: (t) => t.text.startsWith('pragma solidity'),
  tcl: onShebang('tclsh', 'wish', 'jimsh'),
  tex: test(String.raw`^\s*\\(?:documentclass|input|documentstyle|relax|ProvidesPackage|ProvidesClass)`),
  tulip: onShebang('tulip'),
};
