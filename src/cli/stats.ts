import type { Article } from '../article/types.ts';
import { countCharacters } from '../text/count-characters.ts';
import { countWords } from '../text/count-words.ts';
import { readingText } from '../text/reading-text.ts';
import { readingTime } from '../text/reading-time.ts';
import { safeText } from './safe-text.ts';

export interface PostStats {
  filePath: string;
  /** 어절 and other words of the text readers read (`countWords(readingText(article))`: no code). */
  words: number;
  characters: number;
  charactersWithoutSpaces: number;
  readingMinutes: number;
  headings: number;
  paragraphs: number;
  tables: number;
}

/** The counts of one post, each as the API gives it for the Article: one reading of its text, `readingText`. */
export function statsOf(filePath: string, article: Article): PostStats {
  const text = readingText(article);
  const characters = countCharacters(text);
  return {
    filePath,
    words: countWords(text),
    characters: characters.withSpaces,
    charactersWithoutSpaces: characters.withoutSpaces,
    readingMinutes: Math.round(readingTime(article).minutes * 10) / 10,
    headings: article.headings.length,
    paragraphs: article.paragraphs.length,
    tables: article.tables.length,
  };
}

export function totalOf(stats: readonly PostStats[]): PostStats {
  const sum = (key: Exclude<keyof PostStats, 'filePath'>): number => stats.reduce((n, s) => n + s[key], 0);
  return {
    filePath: 'total',
    words: sum('words'),
    characters: sum('characters'),
    charactersWithoutSpaces: sum('charactersWithoutSpaces'),
    readingMinutes: Math.round(sum('readingMinutes') * 10) / 10,
    headings: sum('headings'),
    paragraphs: sum('paragraphs'),
    tables: sum('tables'),
  };
}

const COLUMNS = [
  ['words', 'words (어절)'],
  ['characters', 'chars'],
  ['charactersWithoutSpaces', 'chars w/o spaces'],
  ['readingMinutes', 'reading min'],
  ['headings', 'headings'],
  ['paragraphs', 'paragraphs'],
  ['tables', 'tables'],
] as const;

/** A plain-text table, one row per file and a total row; file names through {@link safeText}. */
export function statsTable(stats: readonly PostStats[]): string {
  const rows = [...stats, totalOf(stats)];
  const header = ['file', ...COLUMNS.map(([, title]) => title)];
  const cells = rows.map((row) => [safeText(row.filePath), ...COLUMNS.map(([key]) => (key === 'readingMinutes' ? row[key].toFixed(1) : String(row[key])))]);
  const widths = header.map((title, i) => cells.reduce((max, c) => Math.max(max, (c[i] ?? '').length), title.length));
  const line = (values: string[]): string =>
    values.map((v, i) => (i === 0 ? v.padEnd(widths[i] ?? 0) : v.padStart(widths[i] ?? 0))).join('  ').trimEnd();
  return `${[line(header), ...cells.map(line)].join('\n')}\n`;
}
