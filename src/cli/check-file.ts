import { realpathSync } from 'node:fs';
import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { checkText, type TextCheckOptions, type Timing } from './check-text.ts';
import { describeError } from './describe-error.ts';
import { relativePath } from './relative-path.ts';
import { inside, treeOf } from './find-files.ts';
import { readPost } from './read-post.ts';
import { sha256 } from './result-cache.ts';
import type { FileResult } from './types.ts';
import { unifiedDiff } from './unified-diff.ts';
import { type WriteOutcome, writeFileSafely } from './write-file-safely.ts';

/** How to check files: the rule settings (see `rulesForFile`) and the rest. */
export interface CheckOptions extends Omit<TextCheckOptions, 'fix' | 'filePath' | 'spent'> {
  fix: boolean;
  dryRun: boolean;
  /** Read and write through symbolic links out of the tree (default: false; see `findPostFiles`). */
  allowOutsideLinks?: boolean;
  /** Give the sha256 of the bytes a result describes, for `--cache` (default: false). */
  hash?: boolean;
  /** Give the milliseconds the file's parsing and rules took (`TIMING=1`; default: false). */
  timing?: boolean;
  /** The real path of a tree, remembered over a run's files (default: asked of the file system per file). */
  realTree?: (tree: string) => Promise<string>;
}

/** A tree's real path (the tree itself when it has none). */
const realTreeOf = (tree: string): Promise<string> => realpath(tree).catch(() => tree);

/** `realpath` of trees, each asked once: a run's files share a few. */
export function rememberRealTrees(): (tree: string) => Promise<string> {
  const known = new Map<string, Promise<string>>();
  return (tree) => {
    let real = known.get(tree);
    if (real === undefined) {
      real = realTreeOf(tree);
      known.set(tree, real);
    }
    return real;
  };
}

export type CheckOutcome =
  /**
   * `writeError`: why `--fix` could not write the file (it is then reported with the text as it
   * was). `sha256`: with `hash`, of the file's bytes when the result describes them as they are
   * on disk (nothing was fixed).
   */
  | { kind: 'checked'; result: FileResult; diff?: string; note?: string; writeError?: string; sha256?: string; timing?: Timing }
  | { kind: 'unreadable'; filePath: string; message: string };

/** Reads, parses and validates one post; with `fix`, applies the rules' fixes safely. */
export async function checkFile(file: string, options: CheckOptions): Promise<CheckOutcome> {
  const { timing, ...rest } = options;
  const spent: Timing | undefined = timing ? { parse: 0, rules: 0 } : undefined;
  const outcome = await readAndCheck(file, rest, spent);
  return spent && outcome.kind === 'checked' ? { ...outcome, timing: spent } : outcome;
}

async function readAndCheck(file: string, options: Omit<CheckOptions, 'timing'>, spent: Timing | undefined): Promise<CheckOutcome> {
  const filePath = relativePath(file, options.cwd);
  let post: ReturnType<typeof readPost>;
  let real: string;
  try {
    // Listed inside the tree, but a link may have been put in its place since: look again, read
    // the real file, and write only that one.
    // One realpath(3) call, synchronous as the read below is (see readPost).
    real = realpathSync.native(file);
    if (!options.allowOutsideLinks) {
      const tree = treeOf(path.resolve(file), options.cwd);
      if (!inside(real, await (options.realTree ?? realTreeOf)(tree))) {
        return { kind: 'unreadable', filePath, message: `it is now a symbolic link out of ${tree} (to ${real}): not read` };
      }
    }
    post = readPost(real);
  } catch (error) {
    return { kind: 'unreadable', filePath, message: error instanceof Error ? error.message : String(error) };
  }
  const checked = await checkText(post, file, { ...options, filePath, ...(spent ? { spent } : {}) });
  if (checked.output === post.text) return { kind: 'checked', result: checked.result, ...(options.hash ? { sha256: sha256(post.bytes) } : {}) };
  const text = checked.output;
  /** The file as it is, when the fixes could not be written. */
  const unfixed = async (): Promise<FileResult> => (await checkText(post, file, { ...options, filePath, fix: false })).result;
  if (options.dryRun) return { kind: 'checked', result: checked.result, diff: unifiedDiff(filePath, post.text, text) };
  let written: WriteOutcome;
  try {
    written = await writeFileSafely(file, text, { bytes: post.bytes, realPath: real });
  } catch (error) {
    return { kind: 'checked', result: await unfixed(), writeError: `${describeError(error)}; not fixed` };
  }
  if (written === 'changed-on-disk') {
    return { kind: 'checked', result: await unfixed(), note: `${filePath} changed on disk while it was checked: not fixed` };
  }
  if (written === 'changed-while-written') {
    return { kind: 'checked', result: await unfixed(), note: `${filePath} was changed by another program while it was fixed: its text is kept, not fixed` };
  }
  return { kind: 'checked', result: checked.result };
}
