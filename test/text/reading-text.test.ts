import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { statsOf } from '../../src/cli/stats.ts';
import { countCharacters, countWords, parseArticle, readingText, readingTime } from '../../src/index.ts';
import { shared } from '../helpers.ts';

describe('readingText', () => {
  it('reads headings, paragraphs, lists, tables, definition lists, quotes and HTML blocks, not code', () => {
    const article = parseArticle(
      '# 제목\n\n- 하나\n  - 둘\n- 셋\n\n> 인용 문단\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n용어\n: 정의\n\n```\nconst code = 1;\n```\n\n---\n\n<div>블록 <b>HTML</b></div>\n\n끝 문단.\n',
    );
    expect(readingText(article)).toBe('제목\n\n하나\n둘\n셋\n\n인용 문단\n\na\tb\n1\t2\n\n용어\n정의\n\n블록 HTML\n\n끝 문단.');
    expect(countWords(readingText(article))).toBe(16);
    expect(readingTime(article).words).toBe(16);
  });

  it('gives the API and `article-kit stats` the same counts on every corpus post', () => {
    const dir = `${shared}corpus/posts`;
    const files = readdirSync(dir).filter((name) => name.endsWith('.md'));
    for (const file of files) {
      const article = parseArticle(readFileSync(`${dir}/${file}`, 'utf8'), { path: `_posts/${file}` });
      const text = readingText(article);
      const stats = statsOf(file, article);
      const time = readingTime(article);
      expect([stats.words, stats.characters, stats.charactersWithoutSpaces, stats.readingMinutes], file).toEqual([
        countWords(text),
        countCharacters(text).withSpaces,
        countCharacters(text).withoutSpaces,
        Math.round(time.minutes * 10) / 10,
      ]);
      expect(time.words, file).toBe(stats.words);
    }
    const first = parseArticle(readFileSync(`${dir}/2024-06-12-103.md`, 'utf8'));
    expect(statsOf('2024-06-12-103.md', first)).toEqual({
      filePath: '2024-06-12-103.md',
      words: 163,
      characters: 702,
      charactersWithoutSpaces: 537,
      readingMinutes: 0.8,
      headings: 0,
      paragraphs: 3,
      tables: 0,
    });
    expect(readingTime(first).minutes).toBeCloseTo(163 / 202, 12);
  });
});
