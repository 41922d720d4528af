import { readFileSync } from 'node:fs';

/** The seed post's `excerpt: >` value: one line, a trailing newline, and a generator note. */
export const seedExcerpt = readFileSync(new URL('../../fixtures/text/seed-excerpt.txt', import.meta.url), 'utf8');

/** The same excerpt without its note, trimmed: the text the figures are for. */
export const seedText = seedExcerpt.replace(' (단어 수: 88, 문자 수: 553)\n', '');
