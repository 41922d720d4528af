import { guessLexer } from './guess-lexer.ts';
import { ROUGE_LEXERS } from './rouge-lexers.ts';

let registry: Map<string, string> | undefined;

/** Rouge's `Lexer.find`: a tag or alias, exactly as registered (no case folding). */
function find(name: string): string | undefined {
  registry ??= new Map(ROUGE_LEXERS.flatMap(([tag, aliases]) => [tag, ...aliases].map((n) => [n, tag] as const)));
  return registry.get(name);
}

/** CGI.unescape: `+` is a space, `%XX` runs are UTF-8 bytes. */
function unescape(value: string): string {
  return value.replaceAll('+', ' ').replace(/(?:%[0-9a-fA-F]{2})+/g, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return '\uFFFD';
    }
  });
}

/** The `mimetype` of a `?k=v&k2=v2` query, when it is given exactly once with a value (else no mimetype guesser applies). */
function mimetypeOf(query: string): string | undefined {
  const values: string[] = [];
  for (const pair of query.split(/[&;]/)) {
    if (pair === '') continue;
    const at = pair.indexOf('=');
    if (unescape(at < 0 ? pair : pair.slice(0, at)) === 'mimetype' && at >= 0) values.push(unescape(pair.slice(at + 1)));
  }
  return values.length === 1 ? values[0] : undefined;
}

/**
 * Rouge 3.30's `Lexer.find_fancy(lang, code)` as kramdown calls it: the tag of the lexer for
 * `lang`, or `undefined`. `lang` may carry lexer options (`erb?parent=html`: only the name
 * before `?` picks the lexer); `guess`, `guess?mimetype=…` or no `lang` at all guesses from `code`.
 * @throws {AmbiguousLexerError} when a guess fits more than one lexer (Jekyll's build fails there).
 */
export function findLexer(lang: string | undefined, code = ''): string | undefined {
  if (lang !== undefined && !lang.includes('?') && lang !== 'guess') return find(lang);
  const at = lang?.indexOf('?') ?? -1;
  const name = lang === undefined || at < 0 ? lang : lang.slice(0, at);
  if (name === undefined || name === 'guess') return guessLexer(code, at < 0 ? undefined : mimetypeOf(lang!.slice(at + 1)));
  return find(name);
}
