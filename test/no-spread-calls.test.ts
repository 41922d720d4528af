import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pushAll, fromCharCodes } from '../src/util/push-all.ts';
import { root } from './helpers.ts';

const sourceFiles = (dir: string): string[] =>
  readdirSync(`${root}${dir}`, { withFileTypes: true }).flatMap((entry) => {
    const rel = `${dir}/${entry.name}`;
    return entry.isDirectory() ? sourceFiles(rel) : rel.endsWith('.ts') ? [rel] : [];
  });

// A spread passes each item as an argument, and past about 100,000 a call overflows the stack; a
// post can hold more words, lines, cells or footnotes than that.
describe('calls with a spread of items', () => {
  it('are not used in src/ but on a few bytes (pushAll and fromCharCodes instead)', () => {
    const offenders: string[] = [];
    for (const file of sourceFiles('src')) {
      if (file === 'src/util/push-all.ts') continue;
      readFileSync(`${root}${file}`, 'utf8').split('\n').forEach((line, index) => {
        if (!/\.(?:push|unshift|fromCharCode|fromCodePoint|min|max)\(\.\.\./.test(line)) return;
        // One character's UTF-8 bytes, or one `%XX`: four at most.
        if (/bytes\.push\(\.\.\.(?:utf8\(char\)|\[\.\.\.text\.slice\(i, i \+ 3\)\])/.test(line)) return;
        offenders.push(`${file}:${index + 1}`);
      });
    }
    expect(offenders).toEqual([]);
  });

  it('pushAll and fromCharCodes take more items than a call has arguments', () => {
    const many = Array.from({ length: 300_000 }, (_, i) => 65 + (i % 26));
    expect(() => [].push(...(many as never[]))).toThrow(RangeError);
    const target = [1, 2];
    expect(pushAll(target, many)).toBe(target);
    expect(target).toHaveLength(300_002);
    expect(target.slice(0, 5)).toEqual([1, 2, 65, 66, 67]);
    expect(target.at(-1)).toBe(65 + (299_999 % 26));
    const text = fromCharCodes(many);
    expect(text).toHaveLength(300_000);
    expect(text.slice(0, 3)).toBe('ABC');
    expect(text.slice(8_190, 8_194)).toBe(String.fromCharCode(...many.slice(8_190, 8_194)));
    expect(fromCharCodes([0x48, 0x69])).toBe('Hi');
  });
});
