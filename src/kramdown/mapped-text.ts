/**
 * A string whose every character remembers its offset in the original file. kramdown re-parses
 * text it has cut out and rewritten (blockquote content without `> `, list items without their
 * indent, table cells); the offsets let every node of that text point back into the file.
 * `offsets` has one entry more than `text`: the offset just past the last character.
 */
export interface MappedText {
  text: string;
  offsets: Int32Array;
}

export function identityText(text: string, base: number): MappedText {
  const offsets = new Int32Array(text.length + 1);
  for (let i = 0; i <= text.length; i++) offsets[i] = base + i;
  return { text, offsets };
}

export function sliceText(source: MappedText, start: number, end = source.text.length): MappedText {
  return { text: source.text.slice(start, end), offsets: source.offsets.subarray(start, end + 1) };
}

/** Builds a MappedText from slices of others and from inserted characters. */
export class MappedTextBuilder {
  private readonly parts: string[] = [];
  private readonly offsetParts: Int32Array[] = [];
  private length = 0;
  private end = 0;
  /** The text so far when it is one slice of one source, which build() can then share. */
  private only: { source: MappedText; start: number; end: number } | undefined;

  append(source: MappedText, start = 0, end = source.text.length): this {
    if (end <= start) {
      if (this.parts.length === 0) this.end = source.offsets[start] ?? this.end;
      return this;
    }
    this.only = this.parts.length === 0 ? { source, start, end } : undefined;
    this.parts.push(source.text.slice(start, end));
    this.offsetParts.push(source.offsets.subarray(start, end));
    this.length += end - start;
    this.end = source.offsets[end] ?? this.end;
    return this;
  }

  /** Characters that stand for no character of the file sit at `offset`. */
  insert(text: string, offset: number): this {
    if (text.length === 0) return this;
    this.only = undefined;
    this.parts.push(text);
    this.offsetParts.push(new Int32Array(text.length).fill(offset));
    this.length += text.length;
    this.end = offset;
    return this;
  }

  get size(): number {
    return this.length;
  }

  build(): MappedText {
    if (this.only !== undefined) return sliceText(this.only.source, this.only.start, this.only.end);
    const offsets = new Int32Array(this.length + 1);
    let at = 0;
    for (const part of this.offsetParts) {
      offsets.set(part, at);
      at += part.length;
    }
    offsets[this.length] = this.end;
    return { text: this.parts.join(''), offsets };
  }
}

/** The parts of a paragraph's (or header's) raw text, as one text. */
export function joinRaw(parts: MappedText[]): MappedText {
  if (parts.length === 1 && parts[0]) return parts[0];
  const text = parts.map((p) => p.text).join('');
  const offsets = new Int32Array(text.length + 1);
  let at = 0;
  for (const part of parts) {
    offsets.set(part.offsets.subarray(0, part.text.length), at);
    at += part.text.length;
    offsets[at] = part.offsets[part.text.length] ?? 0;
  }
  return { text, offsets };
}
