import { describe, expect, it } from 'vitest';
import { matchSmartQuote, RULES } from '../../src/kramdown/smart-quotes.ts';

/** The first rule whose pattern matches at `pos`, every rule tried: what the skipping must keep. */
function firstMatching(text: string, pos: number): number {
  return RULES.findIndex(([re]) => {
    re.lastIndex = pos;
    return re.test(text);
  });
}

describe('matchSmartQuote', () => {
  it('skips only rules that cannot match: the same rule decides at every place of every short text', () => {
    const alphabet = [' ', '\t', '\n', '\v', '\f', '\r', '"', "'", 'a', '1', 's', '*', '.', '(', '\\', '가', '_'];
    let decided = 0;
    for (const a of alphabet) {
      for (const b of alphabet) {
        for (const c of alphabet) {
          const text = `${a}${b}${c}`;
          for (let pos = 0; pos < text.length; pos++) {
            const rule = firstMatching(text, pos);
            const match = matchSmartQuote(text, pos);
            expect(match === undefined, JSON.stringify([text, pos])).toBe(rule < 0);
            if (match === undefined) continue;
            decided++;
            const [re] = RULES[rule] ?? [];
            if (re === undefined) throw new Error('no rule');
            re.lastIndex = pos;
            expect(match.length, JSON.stringify([text, pos])).toBe(re.exec(text)?.[0].length);
          }
        }
      }
    }
    expect(decided).toBe(2_754);
  });

  it('reads kramdown\'s quotes around words, numbers and markup', () => {
    const quotes = (text: string, pos: number) => matchSmartQuote(text, pos)?.parts.map((p) => ('quote' in p ? p.quote : p.text));
    expect(quotes('"a"', 0)).toEqual(['ldquo']);
    expect(quotes('"a"', 1)).toEqual(['a', 'rdquo']);
    expect(quotes(" 'a", 0)).toEqual([' ', 'lsquo']);
    expect(quotes("'80s", 0)).toEqual(['rsquo']);
    expect(quotes('"*a*', 0)).toEqual(['ldquo']);
    expect(quotes('a="b"', 0)).toBeUndefined();
    expect(quotes('a="b"', 3)).toEqual(['b', 'rdquo']);
    expect(quotes('a="b"', 1)).toEqual(['=', 'rdquo']);
  });
});
