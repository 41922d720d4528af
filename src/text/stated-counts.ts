import { isWhiteSpace } from './_scripts.ts';
import { findNote, NOTE_LOOKBEHIND, NOTE_REACH, type Note } from './_notes.ts';

export interface ParseStatedCountsOptions {
  /** UTF-16 offset to search from, to find the notes after a first one (default: `0`). */
  from?: number;
}

/** What a generator note states, and where the note is. */
export type StatedCounts = Note;

/**
 * Finds the first note in which a text states its own length, as generators append them:
 * `(단어 수: 88, 문자 수: 553)`, `(글자 수: 공백 포함 553자, 공백 제외 400자)`, `word count: 350`,
 * `(words: 88)`. In parentheses a note may stand anywhere; without, it needs a colon and a line
 * of its own.
 */
export function parseStatedCounts(text: string, options?: ParseStatedCountsOptions): StatedCounts | undefined {
  return findNote(text, Math.max(0, options?.from ?? 0));
}

/**
 * Removes every generator note and the white space before it, first note first, until none is
 * left, also none that a removal makes by joining the text around it. Idempotent.
 */
export function stripGeneratorNotes(text: string): string {
  if (findNote(text, 0) === undefined) return text;
  // The result so far, in UTF-16 code units; `text` from `position` on is still to come. Every
  // search looks at a bounded window around the last removal, so the whole runs in linear time.
  const kept: string[] = [];
  let position = 0;
  for (;;) {
    const behind = Math.min(kept.length, NOTE_REACH + NOTE_LOOKBEHIND);
    const window = kept.slice(kept.length - behind).join('') + text.slice(position, position + 2 * NOTE_REACH);
    const complete = position + 2 * NOTE_REACH >= text.length;
    // A note starting before `settled` is seen whole; none can start before `from` any more.
    const settled = complete ? window.length : window.length - NOTE_REACH;
    const note = findNote(window, Math.max(0, behind - NOTE_REACH));

    if (note === undefined || note.start >= settled) {
      if (complete) return kept.join('') + text.slice(position);
      keep(kept, text, position, position + settled - behind);
      position += settled - behind;
      continue;
    }

    const offset = kept.length - behind;
    const start = offset + note.start;
    const end = offset + note.end;
    if (end <= kept.length) {
      const after = kept.splice(end);
      kept.length = start;
      trimEnd(kept);
      for (const unit of after) kept.push(unit);
    } else {
      const next = position + end - kept.length;
      if (start <= kept.length) kept.length = start;
      else keep(kept, text, position, position + start - kept.length);
      trimEnd(kept);
      position = next;
    }
  }
}

function keep(kept: string[], text: string, start: number, end: number): void {
  for (let index = start; index < end; index++) kept.push(text[index] ?? '');
}

function trimEnd(kept: string[]): void {
  while (kept.length > 0 && isWhiteSpace((kept[kept.length - 1] ?? '').charCodeAt(0))) kept.pop();
}
