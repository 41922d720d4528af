/// <reference types="node" />
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { kindOf } from './find-files.ts';

/** The largest post read (as `loadJekyllSite` reads a file): a larger one is an error, not read. */
export const MAX_POST_BYTES = 10 * 1024 * 1024;

/** UTF-8 as a post is read: a byte order mark kept (as U+FEFF), invalid bytes refused. */
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export interface ReadPostResult {
  /** The file decoded as UTF-8; a BOM stays in it as U+FEFF, invalid sequences become U+FFFD. */
  text: string;
  /** The file's bytes exactly as read (the baseline `writeFileSafely` compares against). */
  bytes: Uint8Array;
  /** Present when the file is not valid UTF-8: the UTF-16 offset in `text` of the first U+FFFD standing for invalid bytes. */
  invalidUtf8?: { offset: number };
  stat: { mode: number; mtimeMs: number; size: number };
}

/** Reads a file up to {@link MAX_POST_BYTES}, whatever its size said (it may grow, or be a /proc file). */
function readCapped(fd: number, sizeHint: number): Buffer {
  // One byte more than the size said, so that a file that grew is read on; only the bytes read
  // are ever returned, so the buffer need not be zeroed first.
  let buffer = Buffer.allocUnsafe(Math.min(Math.max(sizeHint + 1, 4096), MAX_POST_BYTES + 1));
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      if (buffer.length > MAX_POST_BYTES) throw coded(`larger than ${MAX_POST_BYTES / 1024 / 1024} MiB: not read`, 'EFBIG');
      const grown = Buffer.allocUnsafe(Math.min(buffer.length * 2, MAX_POST_BYTES + 1));
      buffer.copy(grown);
      buffer = grown;
    }
    const bytesRead = readSync(fd, buffer, length, buffer.length - length, length);
    if (bytesRead === 0) return buffer.subarray(0, length);
    length += bytesRead;
  }
}

/** An error with a `code`, as Node's are. */
const coded = (message: string, code: string): Error => Object.assign(new Error(message), { code });

/**
 * Reads a post once, keeping its bytes for a later safe write. Throws only for I/O errors
 * (missing file, a directory, permission), with the original error as `cause` and its `code` copied.
 *
 * Only a regular file is read: it is opened without blocking (a FIFO with no writer does not
 * hang the open) and checked on the open descriptor, so a FIFO, socket or device is refused (code
 * `ENOTREG`; a directory `EISDIR`) whatever the path was when it was listed; at most
 * {@link MAX_POST_BYTES} are read (`EFBIG` past that, so `/dev/zero` or a growing file cannot
 * fill the memory).
 *
 * Synchronous: a post is a few kilobytes, most often in the page cache, and the four round trips
 * through libuv's thread pool that `fs/promises` takes cost more than the reading (0.9 s of a
 * 1,902-post check on one thread; see the README's figures).
 */
export function readPost(path: string): ReadPostResult {
  let bytes: Uint8Array;
  let stat: ReadPostResult['stat'];
  try {
    const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      const st = fstatSync(fd);
      if (st.isDirectory()) throw coded('EISDIR: illegal operation on a directory', 'EISDIR');
      if (!st.isFile()) throw coded(`not a regular file (${kindOf(st)})`, 'ENOTREG');
      bytes = readCapped(fd, st.size);
      stat = { mode: st.mode, mtimeMs: st.mtimeMs, size: bytes.byteLength };
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    const wrapped = new Error(`Cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    const code = (error as { code?: unknown } | null)?.code;
    if (typeof code === 'string') Object.assign(wrapped, { code });
    throw wrapped;
  }
  try {
    return { text: STRICT_UTF8.decode(bytes), bytes, stat };
  } catch {
    // Not valid UTF-8: decoded with U+FFFD for the invalid bytes, and where the first is said.
    const text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(bytes);
    return { text, bytes, invalidUtf8: { offset: firstInvalidUtf8Offset(bytes) ?? text.length }, stat };
  }
}

/**
 * The UTF-16 offset (in the decoded text) of the first ill-formed UTF-8 sequence, or undefined
 * when the bytes are well-formed. Everything before it is valid, so the offset is exact: it is
 * where the decoder puts its first U+FFFD for invalid bytes.
 */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number | undefined {
  try {
    STRICT_UTF8.decode(bytes);
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
