import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { type CheckOptions, type CheckOutcome, checkFile, rememberRealTrees } from './check-file.ts';
import { describeError } from './describe-error.ts';
import { relativePath } from './relative-path.ts';
import { inLanes } from './in-lanes.ts';

export interface RunOptions extends CheckOptions {
  /** Worker threads to use; 1 checks on the main thread (default: {@link defaultConcurrency}). */
  concurrency?: number;
  /** Called after each file, for a progress line. */
  onProgress?: (done: number, total: number) => void;
  /** Called with each file's outcome as soon as it is known (files finish in any order). */
  onOutcome?: (index: number, outcome: CheckOutcome) => void;
  /** The configuration file `schema` and `plugins` came from, for the workers to load (see below). */
  configFile?: string;
}

/** What a worker is sent for a file: the options that survive structured cloning. */
export interface WorkerJob {
  index: number;
  file: string;
  options: Omit<CheckOptions, 'schema' | 'plugins'> & {
    /** The configuration whose `schema` and `plugins` the worker loads itself (once). */
    codeFrom?: string;
  };
}

/** What a worker answers: the file's outcome, or why it could not load the configuration. */
export type WorkerReply = { index: number; outcome: CheckOutcome } | { index: number; error: string };

/** Below this many files, starting workers (each loads and warms up its own copy of the parser) costs more than it saves. */
const WORKER_THRESHOLD = 500;
/** Files read ahead per thread, so that parsing one overlaps reading the next. */
const IN_FLIGHT = 4;

/**
 * Threads a run uses unless told: one on two cores or fewer, where the main thread alone is
 * faster (V8 compiles and collects garbage for it on the other core; two threads side by side
 * each parse about 1.7× slower: 1,902 posts took 3.45 s on one thread and 3.92 s on two, see
 * the README), else one per core.
 */
export const defaultConcurrency = (cores: number = availableParallelism()): number => (cores <= 2 ? 1 : cores);

/** The worker script beside this module, when this module runs as built JavaScript. */
function workerUrl(): URL | undefined {
  const url = new URL('./worker.js', import.meta.url);
  return import.meta.url.endsWith('.js') ? url : undefined;
}

/** Checks every file; outcomes come back in the order of `files`, whatever finishes first. */
export async function runChecks(files: readonly string[], options: RunOptions): Promise<CheckOutcome[]> {
  const { concurrency = defaultConcurrency(), onProgress, onOutcome, configFile, ...check } = options;
  const outcomes: CheckOutcome[] = new Array(files.length);
  const script = workerUrl();
  // A schema and plugins are functions, which postMessage cannot copy. Each worker then imports
  // the configuration file itself, once (as ESLint's --concurrency does), rather than checking
  // everything on this thread: a big site with plugins is where the threads help most.
  const { schema, plugins, ...cloneable } = check;
  const code = schema !== undefined || plugins !== undefined;
  let done = 0;
  if (concurrency <= 1 || files.length < WORKER_THRESHOLD || !script || (code && configFile === undefined)) {
    const each = { ...check, realTree: rememberRealTrees() };
    return inLanes(files, IN_FLIGHT, async (file, index) => {
      // checkFile reports read and write errors itself; anything else is this file's alone.
      const outcome = await checkFile(file, each).catch((error: unknown): CheckOutcome => ({ kind: 'unreadable', filePath: relativePath(file, check.cwd), message: describeError(error) }));
      onOutcome?.(index, outcome);
      onProgress?.(++done, files.length);
      return outcome;
    });
  }
  let next = 0;
  const workers = Array.from({ length: Math.min(concurrency, files.length) }, () => new Worker(script, { resourceLimits: { maxYoungGenerationSizeMb: 64 } }));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            let pending = 0;
            const send = (): void => {
              if (next < files.length) {
                const index = next++;
                pending++;
                const job: WorkerJob = { index, file: files[index] as string, options: code ? { ...cloneable, codeFrom: configFile } : cloneable };
                worker.postMessage(job);
              } else if (pending === 0) {
                resolve();
              }
            };
            worker.on('message', (message: WorkerReply) => {
              if ('error' in message) {
                reject(new Error(message.error));
                return;
              }
              pending--;
              outcomes[message.index] = message.outcome;
              onOutcome?.(message.index, message.outcome);
              onProgress?.(++done, files.length);
              send();
            });
            worker.on('error', reject);
            for (let i = 0; i < IN_FLIGHT; i++) send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return outcomes;
}
