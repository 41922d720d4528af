/// <reference types="node" />
import { randomBytes } from 'node:crypto';
import { constants, readdirSync, unlinkSync } from 'node:fs';
import { access, open, readdir, realpath, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import process from 'node:process';
import { firstInvalidUtf8Offset } from './read-post.ts';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Errors from fsyncing a directory that mean "this platform or filesystem will not", not "it failed". */
const DIR_SYNC_REFUSALS = new Set(['EISDIR', 'EPERM', 'EACCES', 'EINVAL', 'ENOTSUP', 'EBADF']);

/** How often a write raced by another writer is put back before giving up. */
const MAX_RESTORES = 8;

/** `.<name>.article-kit-<pid>-<12 hex>.tmp`: the temporary files of `--fix`, with the process that made them. */
export const TEMP_FILE = /^\.(.+)\.article-kit-(\d+)-[0-9a-f]{12}\.tmp$/;

/** What a write did. */
export type WriteOutcome =
  /** The new text is in the file. */
  | 'written'
  /** The file no longer held what was read: nothing was written. */
  | 'changed-on-disk'
  /** Another program wrote the file while it was replaced: its text is back in the file, the fix is not. */
  | 'changed-while-written';

/** A file `--fix` must not write: read-only, not writable by this user. The run reports it and goes on. */
export class WriteRefusedError extends Error {
  readonly code = 'EWRITEREFUSED';

  constructor(message: string) {
    super(message);
    this.name = 'WriteRefusedError';
  }
}

function codeOf(error: unknown): unknown {
  return (error as { code?: unknown } | null)?.code;
}

/** The temporary files this thread has open, removed by {@link removeTempFilesSync} on a signal. */
const live = new Set<string>();

function tempPathFor(realPath: string): string {
  return join(dirname(realPath), `.${basename(realPath)}.article-kit-${process.pid}-${randomBytes(6).toString('hex')}.tmp`);
}

async function readAll(handle: FileHandle): Promise<Buffer> {
  const { size } = await handle.stat();
  const chunks: Buffer[] = [];
  let position = 0;
  for (;;) {
    const buffer = Buffer.alloc(Math.max(size - position, 0) + 65536);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, position);
    if (bytesRead === 0) break;
    chunks.push(buffer.subarray(0, bytesRead));
    position += bytesRead;
  }
  return Buffer.concat(chunks);
}

interface Owner {
  mode: number;
  uid: number;
  gid: number;
}

/**
 * Writes `bytes` to a new temporary file beside `realPath` with `owner`'s mode, owner and group,
 * synced. Returns its path, or undefined when the owner or group cannot be given to it (then the
 * caller writes in place, which keeps them).
 */
async function writeTemp(realPath: string, bytes: Buffer, owner: Owner): Promise<{ path: string; ino: number } | undefined> {
  const tempPath = tempPathFor(realPath);
  let handle: FileHandle | undefined;
  live.add(tempPath);
  try {
    handle = await open(tempPath, 'wx', owner.mode & 0o777);
    await handle.writeFile(bytes);
    const st = await handle.stat();
    if (st.uid !== owner.uid || st.gid !== owner.gid) {
      try {
        await handle.chown(owner.uid, owner.gid);
      } catch {
        await handle.close();
        handle = undefined;
        await unlink(tempPath);
        live.delete(tempPath);
        return undefined;
      }
    }
    // After chown, which may clear setuid and setgid; chmod so that the umask does not matter.
    await handle.chmod(owner.mode);
    await handle.sync();
    const closing = handle;
    handle = undefined;
    await closing.close();
    return { path: tempPath, ino: st.ino };
  } catch (error) {
    if (handle) await handle.close().catch(() => undefined);
    await unlink(tempPath).catch(() => undefined);
    live.delete(tempPath);
    throw error;
  }
}

/** Renames a temporary file from {@link writeTemp} over `realPath` (removing it if that fails) and syncs the folder. */
async function replaceWith(tempPath: string, realPath: string): Promise<void> {
  try {
    await rename(tempPath, realPath);
  } catch (error) {
    await unlink(tempPath).catch(() => undefined);
    throw error;
  } finally {
    live.delete(tempPath);
  }
  await syncDirectory(dirname(realPath));
}

/** Refuses a file its owner may not write (even for root) and one this user may not write. */
async function checkWritable(realPath: string, mode: number): Promise<void> {
  if ((mode & 0o200) === 0) {
    throw new WriteRefusedError(`it is read-only (mode ${(mode & 0o7777).toString(8).padStart(4, '0')})`);
  }
  try {
    await access(realPath, constants.W_OK);
  } catch (error) {
    throw new WriteRefusedError(`this user may not write it (${String(codeOf(error) ?? 'EACCES')})`);
  }
}

/**
 * Writes `output` over the file in place, through the same inode: for hard links (every name
 * keeps seeing the file) and for files whose owner a new file could not be given. The text is
 * compared under the same open handle first, and read back after.
 */
async function writeInPlace(realPath: string, bytes: Buffer, expected: Uint8Array): Promise<WriteOutcome> {
  const handle = await open(realPath, constants.O_RDWR | constants.O_NOFOLLOW);
  try {
    if (!(await readAll(handle)).equals(expected)) return 'changed-on-disk';
    await handle.write(bytes, 0, bytes.length, 0);
    await handle.truncate(bytes.length);
    await handle.sync();
    const after = await readAll(handle);
    // Bytes appended after the write are the other writer's and stay; anything else is a race.
    return after.subarray(0, bytes.length).equals(bytes) ? 'written' : 'changed-while-written';
  } finally {
    await handle.close();
  }
}

/**
 * Replaces the file at `path` with `output` (encoded as UTF-8; a leading U+FEFF becomes the BOM
 * bytes again), only if it still holds `expected.bytes`, without losing what another program
 * writes to it meanwhile.
 *
 * - A symlink is followed: the real file is written and the link stays a link. With
 *   `expected.realPath` (where the text was read), a path that leads elsewhere now (a link put
 *   in the file's place) is `'changed-on-disk'`, and nothing is written.
 * - A file whose owner has no write bit is refused, even for root, and so is one this user may
 *   not write ({@link WriteRefusedError}).
 * - The file is read again under an open handle; if it differs from `expected.bytes` (or is
 *   gone), nothing is written: `'changed-on-disk'`.
 * - The new content goes to `.<name>.article-kit-<pid>-<random>.tmp` in the same directory
 *   (created with `wx`), with the file's mode, owner and group, is synced, and renamed over it;
 *   the folder is synced. Then the replaced file is read again through the handle: if another
 *   program wrote to it between the check and the rename, its text is put back (with whatever it
 *   appended to the new file since), and `'changed-while-written'` is returned.
 * - A file with more than one hard link, or whose owner or group a new file cannot be given
 *   (not running as root), is written in place instead, so every link and the owner stay.
 * - On any error the temporary file is removed and the error rethrown.
 *
 * Refuses (throws) when `expected.bytes` is not valid UTF-8 or `output` holds a lone surrogate:
 * re-encoding would replace bytes outside the edits with U+FFFD's.
 */
export async function writeFileSafely(path: string, output: string, expected: { bytes: Uint8Array; realPath?: string }): Promise<WriteOutcome> {
  if (firstInvalidUtf8Offset(expected.bytes) !== undefined) {
    throw new Error(`Refusing to write ${path}: it is not valid UTF-8, and re-encoding it would change bytes outside the fixes`);
  }
  if (LONE_SURROGATE.test(output)) {
    throw new Error(`Refusing to write ${path}: the new text holds a lone surrogate, which UTF-8 cannot encode`);
  }
  const bytes = Buffer.from(output, 'utf8');

  let realPath: string;
  let original: FileHandle;
  try {
    realPath = await realpath(path);
    if (expected.realPath !== undefined && realPath !== expected.realPath) return 'changed-on-disk';
    original = await open(realPath, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    if (codeOf(error) === 'ENOENT') return 'changed-on-disk';
    throw error;
  }
  try {
    const st = await original.stat();
    if (!st.isFile()) throw new WriteRefusedError('it is no longer a regular file');
    await checkWritable(realPath, st.mode);
    if (!(await readAll(original)).equals(expected.bytes)) return 'changed-on-disk';
    const owner = { mode: st.mode & 0o7777, uid: st.uid, gid: st.gid };
    if (st.nlink > 1) return await writeInPlace(realPath, bytes, expected.bytes);

    const temp = await writeTemp(realPath, bytes, owner);
    if (temp === undefined) return await writeInPlace(realPath, bytes, expected.bytes);
    // Last look before the rename: still the same file, still what was read.
    const now = await stat(realPath).catch(() => undefined);
    if (!now || now.ino !== st.ino || now.dev !== st.dev || !(await readAll(original)).equals(expected.bytes)) {
      await unlink(temp.path).catch(() => undefined);
      live.delete(temp.path);
      return 'changed-on-disk';
    }
    await replaceWith(temp.path, realPath);
    const replaced = await readAll(original);
    if (replaced.equals(expected.bytes)) return 'written';
    return await restore(realPath, replaced, bytes, temp.ino, owner);
  } finally {
    await original.close().catch(() => undefined);
  }
}

/**
 * Another program wrote `theirs` into the file just replaced, and may have appended to the new
 * one (which held `ours`). Puts their text back, followed by what they appended since, until a
 * replacement loses nothing; gives up (leaving their latest text) if the file is replaced by
 * something else or after {@link MAX_RESTORES} rounds.
 */
async function restore(realPath: string, theirs: Buffer, ours: Buffer, oursIno: number, owner: Owner): Promise<WriteOutcome> {
  let base = theirs;
  let current = ours;
  let currentIno = oursIno;
  for (let round = 0; round < MAX_RESTORES; round++) {
    const handle = await open(realPath, constants.O_RDONLY | constants.O_NOFOLLOW);
    try {
      if ((await handle.stat()).ino !== currentIno) break;
      const now = await readAll(handle);
      if (!now.subarray(0, current.length).equals(current)) break;
      const wanted = Buffer.concat([base, now.subarray(current.length)]);
      const temp = await writeTemp(realPath, wanted, owner);
      if (temp === undefined) break;
      await replaceWith(temp.path, realPath);
      const after = await readAll(handle);
      if (after.equals(now)) return 'changed-while-written';
      if (!after.subarray(0, now.length).equals(now)) break;
      base = Buffer.concat([wanted, after.subarray(now.length)]);
      current = wanted;
      currentIno = temp.ino;
    } finally {
      await handle.close();
    }
  }
  throw new Error('it was changed by another program while it was fixed, and could not be put back as that program left it: check it');
}

async function syncDirectory(dir: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch (error) {
    if (!DIR_SYNC_REFUSALS.has(codeOf(error) as string)) throw error;
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/**
 * Removes, synchronously (for a signal handler), this process's temporary files: those this
 * thread has open, and those in `dirs` named with this process id (worker threads' included).
 */
export function removeTempFilesSync(dirs: Iterable<string>): void {
  for (const file of live) {
    try {
      unlinkSync(file);
    } catch {
      // already renamed or removed
    }
  }
  live.clear();
  const pid = String(process.pid);
  for (const dir of dirs) {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      continue;
    }
    for (const name of names) {
      if (TEMP_FILE.exec(name)?.[2] !== pid) continue;
      try {
        unlinkSync(join(dir, name));
      } catch {
        // gone
      }
    }
  }
}

/** A temporary file of `--fix` found in a folder, and the process that left it. */
export interface LeftoverTempFile {
  path: string;
  pid: number;
  /** Whether a process with that id is running (then it may still be writing it). */
  running: boolean;
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return codeOf(error) === 'EPERM';
  }
}

/** The temporary files of `--fix` runs in `dirs`, other than this process's. */
export async function findLeftoverTempFiles(dirs: Iterable<string>): Promise<LeftoverTempFile[]> {
  const found: LeftoverTempFile[] = [];
  for (const dir of dirs) {
    let names: string[];
    try {
      names = await readdir(dir);
    } catch {
      continue;
    }
    for (const name of names.sort()) {
      const match = TEMP_FILE.exec(name);
      if (!match) continue;
      const pid = Number(match[2]);
      if (pid === process.pid) continue;
      found.push({ path: join(dir, name), pid, running: isRunning(pid) });
    }
  }
  return found;
}
