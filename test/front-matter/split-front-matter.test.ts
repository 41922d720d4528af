import { describe, expect, it } from 'vitest';
import { splitFrontMatter, type SplitResult } from '../../src/front-matter/split-front-matter.ts';

// Every `block` row with language '' is where Jekyll 4.3's YAML_FRONT_MATTER_REGEXP,
// `\A(---\s*\n.*?\n?)^((---|\.\.\.)\s*$\n?)`m, run by Ruby, puts the closing delimiter
// (contentOffset + content.length) and the end of its match (`end`); every `none` and
// `unclosed` row is where it finds no front matter. scripts/front-matter-oracle.ts checks 2,000
// generated inputs the same way (`npx tsx scripts/front-matter-oracle.ts`).
const block = (content: string, contentOffset: number, end: number, language = ''): SplitResult => ({ kind: 'block', language, content, contentOffset, end });
const unclosed = (openingEnd: number, language = ''): SplitResult => ({ kind: 'unclosed', language, openingEnd });
const none: SplitResult = { kind: 'none' };

const TABLE: [string, string, SplitResult][] = [
  ['a plain block', '---\ntitle: t\n---\nbody', block('title: t\n', 4, 17)],
  ['an empty block', '---\n---\n', block('', 4, 8)],
  ['an empty block closed by ...', '---\n...\n', block('', 4, 8)],
  ['... closing', '---\ntitle: t\n...\nbody', block('title: t\n', 4, 17)],
  ['blank lines after the opening belong to it', '---\n\n\ntitle: t\n---\n', block('title: t\n', 6, 19)],
  ['a blank line alone is an empty block', '---\n\n---\n', block('', 5, 9)],
  ['spaces and a blank line after the opening', '---  \t\n\n  a: 1\n---\n', block('  a: 1\n', 8, 19)],
  ['blank lines after the closing belong to it', '---\ntitle: t\n---\n\n\nbody', block('title: t\n', 4, 19)],
  ['trailing spaces and a blank line after the closing', '---\ntitle: t\n---   \n  \nbody', block('title: t\n', 4, 23)],
  ['the body keeps the indentation of its first line', '---\na: 1\n---\n  indented body\n', block('a: 1\n', 4, 13)],
  ['every Ruby space after the closing', '---\na: 1\n--- \t\f\v\r\n\nbody', block('a: 1\n', 4, 19)],
  ['`--- x` does not close', '---\ntitle: t\n--- x\n---\n', block('title: t\n--- x\n', 4, 23)],
  ['`---x` does not close', '---\n---x\n---\n', block('---x\n', 4, 13)],
  ['`...x` does not close', '---\n...x\n... \n\n', block('...x\n', 4, 15)],
  ['an indented `---` in YAML does not close', '---\na: |\n  ---\n---\n', block('a: |\n  ---\n', 4, 19)],
  ['a lone CR does not end a closing line', '---\na\n--- \rb\n---\n', block('a\n--- \rb\n', 4, 17)],
  ['CRLF', '---\r\ntitle: t\r\n---\r\nbody', block('title: t\r\n', 5, 20)],
  ['the closing at the end of the file', '---\ntitle: t\n---', block('title: t\n', 4, 16)],
  ['the closing with spaces at the end of the file', '---\ntitle: t\n---  ', block('title: t\n', 4, 18)],
  ['four dashes do not close', '---\ntitle: t\n----\n', unclosed(4)],
  ['no closing line', '---\ntitle: t\n', unclosed(4)],
  ['the opening alone', '---\n', unclosed(4)],
  ['a CR-closed line does not close', '---\ntitle: t\r---\rbody\n', unclosed(4)],
  ['CR-only line ends: no front matter', '---\rtitle: t\r---\r', none],
  ['dashes and no line end', '---', none],
  ['an indented opening', ' ---\na\n---\n', none],
  ['four dashes do not open', '----\n', none],
  ['`--- -` does not open', '--- -\n', none],
  // Beyond Jekyll, which publishes these files whole: the language is reported, never run.
  ['a language', '---js\n{}\n---\n', block('{}\n', 6, 13, 'js')],
  ['text after the opening dashes is a language', '--- x\na: 1\n---\n', block('a: 1\n', 6, 15, 'x')],
];

describe('splitFrontMatter, as Jekyll 4.3 splits a post', () => {
  it.each(TABLE)('%s', (_name, source, expected) => {
    expect(splitFrontMatter(source, 0)).toEqual(expected);
  });

  it('starts after a byte order mark when told to', () => {
    expect(splitFrontMatter('\ufeff---\na: 1\n---\n', 1)).toEqual(block('a: 1\n', 5, 14));
    expect(splitFrontMatter('\ufeff---\na: 1\n---\n', 0)).toEqual(none);
  });

  it('ends the opening of an unclosed block at its first line, blank lines after it aside', () => {
    expect(splitFrontMatter('---\n\n\ntitle: t\n', 0)).toEqual(unclosed(4));
  });

  it('stays linear on 100k hostile lines', () => {
    const inputs = [
      `---\n${'--- x\n'.repeat(100_000)}`,
      `---\n${'---\t\r'.repeat(100_000)}`,
      `---\n${'...x \r\n'.repeat(100_000)}`,
      `---${' '.repeat(100_000)}\n${'a\n'.repeat(100_000)}`,
      `---\n${'\n'.repeat(100_000)}x`,
      `---\na: 1\n---${' \t'.repeat(100_000)}\nbody`,
    ];
    for (const source of inputs) {
      splitFrontMatter(source, 0);
    }
    expect(splitFrontMatter(inputs[0] ?? '', 0)).toEqual(unclosed(4));
    expect(splitFrontMatter(inputs[4] ?? '', 0)).toEqual(unclosed(4));
    expect(splitFrontMatter(inputs[5] ?? '', 0)).toMatchObject({ kind: 'block', content: 'a: 1\n', end: 12 + 200_000 + 1 });
  });
});
