/// <reference types="node" />
import { randomBytes } from 'node:crypto';
import { open, realpath, rename, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { firstInvalidUtf8Offset } from './read-post.ts';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Errors from fsyncing a directory that mean "this platform or filesystem will not", not "it failed". */
const DIR_SYNC_REFUSALS = new Set(['EISDIR', 'EPERM', 'EACCES', 'EINVAL', 'ENOTSUP', 'EBADF']);

function codeOf(error: unknown): unknown {
  return (error as { code?: unknown } | null)?.code;
}

/**
 * Replaces the file at `path` with `output` (encoded as UTF-8; a leading U+FEFF becomes the BOM
 * bytes again), atomically and only if the file still holds `expected.bytes`.
 *
 * - A symlink is followed: the real file is replaced and the link stays a link.
 * - The file is read again first; if its bytes differ from `expected.bytes` (or it is gone),
 *   nothing is written and `'changed-on-disk'` is returned.
 * - The new content goes to `.<name>.<random>.tmp` in the same directory (created with 'wx'),
 *   gets the original mode (chmod, so the umask does not matter) and, where permitted, owner,
 *   is fsynced, then renamed over the real path; the directory is fsynced after.
 * - On any error the temp file is removed and the error rethrown.
 *
 * Refuses (throws) when `expected.bytes` is not valid UTF-8 or `output` holds a lone surrogate:
 * re-encoding would replace bytes outside the edits with U+FFFD's.
 */
export async function writeFileSafely(path: string, output: string, expected: { bytes: Uint8Array }): Promise<'written' | 'changed-on-disk'> {
  if (firstInvalidUtf8Offset(expected.bytes) !== undefined) {
    throw new Error(`Refusing to write ${path}: it is not valid UTF-8, and re-encoding it would change bytes outside the fixes`);
  }
  if (LONE_SURROGATE.test(output)) {
    throw new Error(`Refusing to write ${path}: the new text holds a lone surrogate, which UTF-8 cannot encode`);
  }

  let realPath: string;
  let current: Buffer;
  let mode: number;
  let uid: number;
  let gid: number;
  try {
    realPath = await realpath(path);
    const handle = await open(realPath, 'r');
    try {
      const st = await handle.stat();
      current = await handle.readFile();
      mode = st.mode & 0o7777;
      uid = st.uid;
      gid = st.gid;
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (codeOf(error) === 'ENOENT') return 'changed-on-disk';
    throw error;
  }
  if (!current.equals(expected.bytes)) return 'changed-on-disk';

  const dir = dirname(realPath);
  const tempPath = join(dir, `.${basename(realPath)}.${randomBytes(6).toString('hex')}.tmp`);
  let handle: FileHandle | undefined;
  let created = false;
  try {
    handle = await open(tempPath, 'wx', mode & 0o777);
    created = true;
    await handle.writeFile(Buffer.from(output, 'utf8'));
    await handle.chmod(mode);
    const tempStat = await handle.stat();
    if (tempStat.uid !== uid || tempStat.gid !== gid) {
      try {
        await handle.chown(uid, gid);
      } catch {
        // Only root (or the owner, for the group) may; the file then belongs to whoever runs --fix.
      }
      // chown may clear setuid/setgid bits.
      await handle.chmod(mode);
    }
    await handle.sync();
    const closing = handle;
    handle = undefined;
    await closing.close();
    await rename(tempPath, realPath);
    created = false;
  } catch (error) {
    if (handle) await handle.close().catch(() => undefined);
    if (created) await unlink(tempPath).catch(() => undefined);
    throw error;
  }

  await syncDirectory(dir);
  return 'written';
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
