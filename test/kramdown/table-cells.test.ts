import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { identityText, type MappedText, sliceText } from '../../src/kramdown/mapped-text.ts';
import { plainCells, rowCells } from '../../src/kramdown/table.ts';

const cellsOf = (cells: MappedText[]): Array<[string, number[]]> => cells.map((c) => [c.text, [...c.offsets]]);

describe('plainCells', () => {
  it('reads a plain row as the general reading does, texts and offsets alike', () => {
    const char = fc.constantFrom(' ', ' ', '\t', '\v', '\f', '\r', '\0', '|', '|', 'a', '가', '\u00a0');
    fc.assert(
      fc.property(fc.array(char, { maxLength: 24 }), fc.nat(6), fc.boolean(), (chars, lead, leadingPipe) => {
        const row = chars.join('');
        const source = identityText(`${'x'.repeat(lead)}${row}\n`, 100);
        const plain = plainCells(source, lead, lead + row.length, leadingPipe);
        const general = rowCells(sliceText(source, lead, lead + row.length), leadingPipe);
        expect(cellsOf(plain)).toEqual(cellsOf(general));
      }),
      { seed: 20261204, numRuns: 5000 },
    );
  });

  it('strips each cell and keeps a blank one empty at its start', () => {
    const source = identityText('|  가 |\t \t| b\0 |\n', 0);
    expect(cellsOf(plainCells(source, 0, 15, true))).toEqual([
      ['가', [3, 4]],
      ['', [6]],
      ['b', [11, 12]],
    ]);
  });
});
