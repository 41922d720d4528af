import { alt, capture, char, compile, exec, lit, notAhead, opt, plus, seq, star } from './pike-vm.ts';

// Rouge's Vim and Emacs modeline patterns (guessers/modeline.rb), with Ruby's ASCII `\s` and `\w`.
const ws = char((c) => c === ' ' || (c >= '\t' && c <= '\r'));
const word = (c: string): boolean => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c === '_';
const w = char(word);
const key = char((c) => word(c) || c === '-');
const value = char((c) => word(c) || c === '-' || c === '+');
const line = char((c) => c !== '\n');

const EMACS = compile(
  seq(
    lit('-*-'),
    star(ws),
    star(seq(notAhead('mode'), plus(key), star(ws), lit(':'), star(ws), plus(value), star(ws), opt(lit(';')), star(ws))),
    opt(seq(lit('mode'), star(ws), lit(':'))),
    star(ws),
    capture(plus(value)),
    star(ws),
    star(seq(lit(';'), star(ws), notAhead('mode'), plus(key), star(ws), lit(':'), star(ws), plus(value), star(ws))),
    opt(lit(';')),
    star(ws),
    lit('-*-'),
  ),
);
const FILETYPE = seq(alt(lit('ft'), lit('filetype'), lit('syntax')), lit('='), capture(plus(w)));
const VIM_1 = compile(seq(alt(lit('vim'), lit('vi'), lit('ex')), lit(':'), star(ws), FILETYPE, opt(ws)));
const VIM_2 = compile(
  seq(alt(lit('vim'), lit('vi'), lit('Vim'), lit('ex')), lit(':'), star(ws), lit('se'), opt(lit('t')), star(line), ws, FILETYPE, opt(ws), star(line), lit(':')),
);

/** The names Rouge's modeline guesser reads in the first and last five lines of `source`. */
export function modelineNames(source: string): Set<string> {
  const lines = source.split('\n');
  while (lines.length > 0 && lines.at(-1) === '') lines.pop();
  const space = [...lines.slice(0, 5), ...lines.slice(-5)].join('\n');
  const names = new Set<string>();
  if (space.includes('-*-')) names.add(exec(EMACS, space) ?? '');
  if (space.includes(':')) for (const prog of [VIM_1, VIM_2]) names.add(exec(prog, space) ?? '');
  names.delete('');
  return names;
}
