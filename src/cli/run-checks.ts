import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { type CheckOptions, type CheckOutcome, checkFile, describeError, relativePath } from './check-file.ts';

export interface RunOptions extends CheckOptions {
  /** Worker threads to use; 1 checks on the main thread (default: available parallelism). */
  concurrency?: number;
  /** Called after each file, for a progress line. */
  onProgress?: (done: number, total: number) => void;
}

/** Below this many files, starting workers (each loads and warms up its own copy of the parser) costs more than it saves. */
const WORKER_THRESHOLD = 500;
/** Files read ahead per thread, so that parsing one overlaps reading the next. */
const IN_FLIGHT = 4;

/** The worker script beside this module, when this module runs as built JavaScript. */
function workerUrl(): URL | undefined {
  const url = new URL('./worker.js', import.meta.url);
  return import.meta.url.endsWith('.js') ? url : undefined;
}

/** Checks every file; outcomes come back in the order of `files`, whatever finishes first. */
export async function runChecks(files: readonly string[], options: RunOptions): Promise<CheckOutcome[]> {
  const { concurrency = availableParallelism(), onProgress, ...check } = options;
  const outcomes: CheckOutcome[] = new Array(files.length);
  const script = workerUrl();
  let done = 0;
  if (concurrency <= 1 || files.length < WORKER_THRESHOLD || !script) {
    let next = 0;
    const lane = async (): Promise<void> => {
      while (next < files.length) {
        const index = next++;
        const file = files[index] as string;
        // checkFile reports read and write errors itself; anything else is this file's alone.
        outcomes[index] = await checkFile(file, check).catch((error: unknown): CheckOutcome => ({ kind: 'unreadable', filePath: relativePath(file, check.cwd), message: describeError(error) }));
        onProgress?.(++done, files.length);
      }
    };
    await Promise.all(Array.from({ length: IN_FLIGHT }, lane));
    return outcomes;
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
                worker.postMessage({ index, file: files[index], options: check });
              } else if (pending === 0) {
                resolve();
              }
            };
            worker.on('message', (message: { index: number; outcome: CheckOutcome }) => {
              pending--;
              outcomes[message.index] = message.outcome;
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
