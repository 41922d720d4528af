/// <reference types="node" />
import { open } from 'node:fs/promises';

export interface ReadPostResult {
  /** The file decoded as UTF-8; a BOM stays in it as U+FEFF, invalid sequences become U+FFFD. */
  text: string;
  /** The file's bytes exactly as read (the baseline `writeFileSafely` compares against). */
  bytes: Uint8Array;
  /** Present when the file is not valid UTF-8: the UTF-16 offset in `text` of the first U+FFFD standing for invalid bytes. */
  invalidUtf8?: { offset: number };
  stat: { mode: number; mtimeMs: number; size: number };
}

/**
 * Reads a post once, keeping its bytes for a later safe write. Throws only for I/O errors
 * (missing file, a directory, permission), with the original error as `cause` and its `code` copied.
 */
export async function readPost(path: string): Promise<ReadPostResult> {
  let bytes: Uint8Array;
  let stat: ReadPostResult['stat'];
  try {
    const handle = await open(path, 'r');
    try {
      const st = await handle.stat();
      bytes = await handle.readFile();
      stat = { mode: st.mode, mtimeMs: st.mtimeMs, size: bytes.byteLength };
    } finally {
      await handle.close();
    }
  } catch (error) {
    const wrapped = new Error(`Cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    const code = (error as { code?: unknown } | null)?.code;
    if (typeof code === 'string') Object.assign(wrapped, { code });
    throw wrapped;
  }
  const text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(bytes);
  const offset = firstInvalidUtf8Offset(bytes);
  return offset === undefined ? { text, bytes, stat } : { text, bytes, invalidUtf8: { offset }, stat };
}

/**
 * The UTF-16 offset (in the decoded text) of the first ill-formed UTF-8 sequence, or undefined
 * when the bytes are well-formed. Everything before it is valid, so the offset is exact: it is
 * where the decoder puts its first U+FFFD for invalid bytes.
 */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number | undefined {
  try {
    new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    return undefined;
  } catch {
    // Fall through to find where.
  }
  let units = 0;
  let i = 0;
  const n = bytes.length;
  const cont = (j: number, lo = 0x80, hi = 0xbf): boolean => {
    const b = bytes[j];
    return b !== undefined && b >= lo && b <= hi;
  };
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i += 1;
      units += 1;
    } else if (b >= 0xc2 && b <= 0xdf) {
      if (!cont(i + 1)) return units;
      i += 2;
      units += 1;
    } else if (b >= 0xe0 && b <= 0xef) {
      const lo = b === 0xe0 ? 0xa0 : 0x80;
      const hi = b === 0xed ? 0x9f : 0xbf;
      if (!cont(i + 1, lo, hi) || !cont(i + 2)) return units;
      i += 3;
      units += 1;
    } else if (b >= 0xf0 && b <= 0xf4) {
      const lo = b === 0xf0 ? 0x90 : 0x80;
      const hi = b === 0xf4 ? 0x8f : 0xbf;
      if (!cont(i + 1, lo, hi) || !cont(i + 2) || !cont(i + 3)) return units;
      i += 4;
      units += 2;
    } else {
      return units;
    }
  }
  // The fatal decoder disagreed with this scan; report the end rather than nothing.
  return units;
}
