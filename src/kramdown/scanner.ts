import type { MappedText } from './mapped-text.ts';
import { ClosedSpan } from './syntax.ts';
import { work } from './work.ts';

/**
 * A cursor over a MappedText, in the manner of Ruby's StringScanner, which kramdown is written
 * against. Patterns are compiled sticky (`y`) for anchored matches and global (`g`) for searches,
 * with Ruby's meanings of `.`, `\s` and `^` (src/ruby/regex.ts): `^` is "at a line start", as it
 * always is in Ruby, and a line ends only at `\n`.
 */
export class Scanner {
  pos = 0;
  /** The groups of the last successful match. */
  match: RegExpExecArray | null = null;
  /** Where the last successful match started. */
  matchStart = 0;

  /** The last usable close of each ClosedSpan pattern in this text, looked up once (made on first use: most texts are short). */
  private lastCloses: Map<RegExp, number> | undefined;
  /** Indexes of this text built once by `memo`, by their builder. */
  private memos: Map<(text: string) => unknown, unknown> | undefined;

  constructor(readonly source: MappedText) {}

  get text(): string {
    return this.source.text;
  }

  get eos(): boolean {
    return this.pos >= this.source.text.length;
  }

  origin(index = this.pos): number {
    const { offsets } = this.source;
    return offsets[Math.min(index, offsets.length - 1)] ?? 0;
  }

  /** Matches `re` (sticky) at the cursor without moving it. */
  check(re: RegExp): RegExpExecArray | null {
    if (re instanceof ClosedSpan) {
      this.lastCloses ??= new Map();
      let last = this.lastCloses.get(re);
      if (last === undefined) {
        last = re.lastClose(this.source.text);
        this.lastCloses.set(re, last);
      }
      if (last < this.pos + re.minGap) return null;
    }
    re.lastIndex = this.pos;
    const m = re.exec(this.source.text);
    work.count++;
    if (m) {
      this.match = m;
      this.matchStart = this.pos;
    }
    return m;
  }

  /** Whether `re` (sticky) matches at the cursor, as `check` finds it, without making or keeping the match. */
  matches(re: RegExp): boolean {
    if (re instanceof ClosedSpan) return this.check(re) !== null;
    re.lastIndex = this.pos;
    work.count++;
    return re.test(this.source.text);
  }

  /** Moves past the line the cursor is on, its `\n` included (to the end when it has none). */
  skipLine(): void {
    const text = this.source.text;
    const end = text.indexOf('\n', this.pos);
    work.count += (end < 0 ? text.length : end) - this.pos + 1;
    this.pos = end < 0 ? text.length : end + 1;
  }

  /** Matches `re` (sticky) at the cursor and moves past it. */
  scan(re: RegExp): string | null {
    const m = this.check(re);
    if (!m) return null;
    this.pos += m[0].length;
    return m[0];
  }

  /**
   * Searches for `re` (global) from the cursor; moves past the match and returns everything from
   * the old cursor to the match's end.
   */
  scanUntil(re: RegExp): string | null {
    re.lastIndex = this.pos;
    const m = re.exec(this.source.text);
    work.count++;
    if (!m) return null;
    const from = this.pos;
    this.match = m;
    this.matchStart = m.index;
    this.pos = m.index + m[0].length;
    return this.source.text.slice(from, this.pos);
  }

  /** What `build` makes of this text (an index of it), built on first use and kept. */
  memo<T>(build: (text: string) => T): T {
    this.memos ??= new Map();
    let value = this.memos.get(build) as T | undefined;
    if (value === undefined) {
      value = build(this.source.text);
      work.count += this.source.text.length;
      this.memos.set(build, value);
    }
    return value;
  }

  rest(): string {
    return this.source.text.slice(this.pos);
  }
}
