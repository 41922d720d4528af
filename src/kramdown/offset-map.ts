import { lastAtMost } from '../position/last-at-most.ts';

/**
 * Offsets in generated (marked) HTML, mapped back to the file. Each write records where its text came
 * from; a verbatim write maps character by character, any other to its source's start.
 */
export interface OffsetMap {
  /** The file offset of the generated character at `offset`. */
  start(offset: number): number;
  /** The file offset just past the generated text that ends at `offset` (exclusive). */
  end(offset: number): number;
}

export class OffsetMapBuilder {
  private readonly parts: string[] = [];
  private readonly markedParts: string[] = [];
  private readonly generated: number[] = [];
  private readonly original: number[] = [];
  private readonly verbatim: boolean[] = [];
  private length = 0;

  /** `marked`: write the marked HTML and the map too, not only the published HTML. */
  constructor(readonly marked = true) {}

  write(text: string, origin: number, verbatim = false): void {
    if (text) this.writeBoth(text, text, origin, verbatim);
  }

  /**
   * Writes `text` into the published HTML and `marked` (the same with a marker attribute) into
   * the marked one, where the map's offsets point. Not verbatim.
   */
  writeMarked(text: string, marked: string, origin: number): void {
    this.writeBoth(text, marked, origin, false);
  }

  private writeBoth(text: string, marked: string, origin: number, verbatim: boolean): void {
    this.parts.push(text);
    if (!this.marked) return;
    this.markedParts.push(marked);
    this.generated.push(this.length);
    this.original.push(origin);
    this.verbatim.push(verbatim);
    this.length += marked.length;
  }

  html(): string {
    return this.parts.join('');
  }

  /** The length of the marked HTML written so far. */
  get markedLength(): number {
    return this.length;
  }

  markedHtml(): string {
    return this.markedParts.join('');
  }

  build(): OffsetMap {
    const { generated, original, verbatim } = this;
    const keyAt = (i: number): number => generated[i] ?? 0;
    const locate = (offset: number): number => lastAtMost(generated.length, keyAt, offset);
    const at = (offset: number, shift: number): number => {
      if (generated.length === 0) return 0;
      const i = locate(offset);
      const base = original[i] ?? 0;
      return verbatim[i] ? base + (offset - (generated[i] ?? 0)) + shift : base;
    };
    return {
      start: (offset) => at(offset, 0),
      end: (offset) => at(Math.max(0, offset - 1), 1),
    };
  }
}
