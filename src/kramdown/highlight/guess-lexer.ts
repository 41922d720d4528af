import { analyze, DETECTORS } from './detect-source.ts';
import { modelineNames } from './modeline.ts';
import { ROUGE_LEXERS, type RougeLexerRow } from './rouge-lexers.ts';

/** Rouge's `Guesser::Ambiguous`: Jekyll's build stops on it. */
export class AmbiguousLexerError extends Error {
  readonly alternatives: string[];
  constructor(alternatives: string[]) {
    super(`Ambiguous guess: can't decide between ${JSON.stringify(alternatives)}`);
    this.name = 'AmbiguousLexerError';
    this.alternatives = alternatives;
  }
}

type Filter = (lexers: readonly RougeLexerRow[]) => readonly RougeLexerRow[];

const byMimetype =
  (mimetype: string): Filter =>
  (lexers) =>
    lexers.filter((l) => l[2].includes(mimetype));

/** Vim and Emacs modelines in the first and last five lines. */
const byModeline =
  (source: string): Filter =>
  (lexers) => {
    if (lexers.length === 1) return lexers;
    const names = modelineNames(source);
    if (names.size === 0) return lexers;
    return lexers.filter((l) => names.has(l[0]) || l[1].some((a) => names.has(a)));
  };

const bySource =
  (source: string): Filter =>
  (lexers) => {
    if (lexers.length === 1) return lexers;
    const text = analyze(source);
    return lexers.filter((l) => l[3] && DETECTORS[l[0]]?.(text) === true);
  };

/**
 * Rouge's `Lexer.guess(source:, mimetype:)`: the tag of the one lexer left after the filters,
 * `plaintext` when none narrowed anything down.
 * @throws {AmbiguousLexerError} when more than one is left.
 */
export function guessLexer(code: string, mimetype: string | undefined): string {
  const source = code.replace(/^\uFEFF/, '').replaceAll('\r\n', '\n');
  const filters = [...(mimetype === undefined ? [] : [byMimetype(mimetype)]), byModeline(source), bySource(source)];
  let lexers: readonly RougeLexerRow[] = ROUGE_LEXERS;
  for (const filter of filters) {
    const narrowed = filter(lexers);
    if (narrowed.length > 0) lexers = narrowed;
  }
  if (lexers.length === ROUGE_LEXERS.length || lexers.length === 0) return 'plaintext';
  if (lexers.length > 1) throw new AmbiguousLexerError(lexers.map((l) => l[0]));
  return lexers[0]![0];
}
