import type { Article } from '../article/types.ts';
import { parseStatedCounts } from '../text/stated-counts.ts';
import type { Report, Rule, RuleContext } from './types.ts';

const MAX_TITLE = 1_000;
const MAX_PARAGRAPH = 200_000;
const MAX_NOTES = 50;

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();
const DIGIT = /[0-9]/;

/** The notes in `text`, as `[start, end)` offsets in it. */
function notesIn(text: string): [number, number][] {
  const notes: [number, number][] = [];
  for (let note = parseStatedCounts(text); note && notes.length < MAX_NOTES; note = parseStatedCounts(text, { from: note.end })) {
    if (note.end <= note.start) break;
    notes.push([note.start, note.end]);
  }
  return notes;
}

/** A report at `[start, end)` of the file, with a fix that removes the note and the blanks before it. */
function exact(source: string, start: number, end: number, floor: number, where: string): Report {
  let fixStart = start;
  while (fixStart > floor && (source[fixStart - 1] === ' ' || source[fixStart - 1] === '\t')) fixStart--;
  return { messageId: 'note', data: { where, note: source.slice(start, end) }, start, end, fix: { range: [fixStart, end], text: '' } };
}

function checkTitle(article: Article, context: RuleContext): void {
  const fromFrontMatter = article.frontMatter.title !== undefined;
  const title = (article.frontMatter.title ?? article.title).slice(0, MAX_TITLE);
  const notes = notesIn(title);
  if (notes.length === 0) return;
  const h1 = article.headings.find((heading) => heading.level === 1);
  // Located only when there is a note: the locator parses the whole front matter again.
  const range = fromFrontMatter ? context.yaml.range(['title']) : h1 ? { start: h1.position.start.offset, end: h1.position.end.offset } : undefined;
  if (!range) return;
  let from = range.start;
  for (const [start, end] of notes) {
    const raw = title.slice(start, end);
    const at = context.source.indexOf(raw, from);
    if (at >= 0 && at + raw.length <= range.end) {
      context.report(exact(context.source, at, at + raw.length, range.start, 'the title'));
      from = at + raw.length;
    } else {
      context.report({ messageId: 'note', data: { where: 'the title', note: raw }, start: range.start, end: range.end });
    }
  }
}

/**
 * A generator's note such as `(단어 수: 88, 문자 수: 553)` left in the title or in a paragraph of the
 * body, where readers see it. Reported at the note, with a fix that removes it, when the note is
 * written as is in the file; else at the paragraph (or title), without a fix.
 */
export const generatorNoteInText: Rule = {
  id: 'generator-note-in-text',
  meta: {
    description: 'A word or character count note is left in the title or the body, where readers see it',
    url: 'https://www.npmjs.com/package/article-kit#generator-note-in-text',
    fixable: 'code',
    messages: {
      note: 'A generator note “{{note}}” is left in {{where}}: remove it',
    },
    docs: {
      ok: { source: '---\ntitle: 전통시장 지원 확대\n---\n전통시장 지원이 확대됩니다. 상인 수는 1,200명입니다.\n' },
      notOk: {
        source: '---\ntitle: "전통시장 지원 확대 (글자 수: 11)"\n---\n전통시장 지원이 확대됩니다.\n\n단어 수: 3\n',
        expected: ['2:20: A generator note “(글자 수: 11)” is left in the title: remove it', '6:1: A generator note “단어 수: 3” is left in the body: remove it'],
      },
    },
  },
  check(article, context) {
    checkTitle(article, context);
    const source = context.source;
    for (const paragraph of article.paragraphs) {
      const start = paragraph.position.start.offset;
      const end = paragraph.position.end.offset;
      if (end - start > MAX_PARAGRAPH || paragraph.text.length > MAX_PARAGRAPH) continue;
      // Every note states a count.
      if (!DIGIT.test(paragraph.text)) continue;
      // Notes as written in the file, when readers see the same text: exact, fixable.
      const found = new Map<string, number>();
      const written = source.slice(start, end);
      let visible: string | undefined;
      for (const [noteStart, noteEnd] of notesIn(written)) {
        const raw = written.slice(noteStart, noteEnd);
        const key = collapse(raw);
        visible ??= collapse(paragraph.text);
        if (!visible.includes(key)) continue;
        found.set(key, (found.get(key) ?? 0) + 1);
        context.report(exact(source, start + noteStart, start + noteEnd, start, 'the body'));
      }
      // Notes readers see that markup hides in the file: at the paragraph.
      for (const [noteStart, noteEnd] of notesIn(paragraph.text)) {
        const key = collapse(paragraph.text.slice(noteStart, noteEnd));
        const left = found.get(key) ?? 0;
        if (left > 0) {
          found.set(key, left - 1);
          continue;
        }
        context.report({ messageId: 'note', data: { where: 'the body', note: key }, start, end });
      }
    }
  },
};
