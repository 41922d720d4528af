// A worker thread of `check`: checks the files the main thread sends, one at a time.
import path from 'node:path';
import { parentPort } from 'node:worker_threads';
import { type CheckOptions, checkFile, rememberRealTrees } from './check-file.ts';
import { describeError } from './describe-error.ts';
import { relativePath } from './relative-path.ts';
import { loadConfig } from './load-config.ts';
import type { WorkerJob, WorkerReply } from './run-checks.ts';

/** The `schema` and `plugins` of each configuration file, loaded once by this thread. */
const code = new Map<string, Promise<Pick<CheckOptions, 'schema' | 'plugins'>>>();

function codeOf(file: string): Promise<Pick<CheckOptions, 'schema' | 'plugins'>> {
  let loaded = code.get(file);
  if (loaded === undefined) {
    loaded = loadConfig(path.dirname(file), file).then(({ config }) => ({
      ...(config.schema ? { schema: config.schema } : {}),
      ...(config.plugins ? { plugins: config.plugins } : {}),
    }));
    code.set(file, loaded);
  }
  return loaded;
}

const realTree = rememberRealTrees();

const reply = (message: WorkerReply): void => parentPort?.postMessage(message);

parentPort?.on('message', (job: WorkerJob) => {
  const { codeFrom, ...options } = job.options;
  (codeFrom === undefined ? Promise.resolve({}) : codeOf(codeFrom)).then(
    (loaded) =>
      checkFile(job.file, { ...options, ...loaded, realTree }).then(
        (outcome) => reply({ index: job.index, outcome }),
        (error: unknown) =>
          reply({ index: job.index, outcome: { kind: 'unreadable', filePath: relativePath(job.file, options.cwd), message: describeError(error) } }),
      ),
    (error: unknown) => reply({ index: job.index, error: error instanceof Error ? error.message : String(error) }),
  );
});
