// A worker thread of `check`: checks the files the main thread sends, one at a time.
import { parentPort } from 'node:worker_threads';
import { type CheckOptions, checkFile, describeError, relativePath } from './check-file.ts';

interface Job {
  index: number;
  file: string;
  options: CheckOptions;
}

parentPort?.on('message', (job: Job) => {
  checkFile(job.file, job.options).then(
    (outcome) => parentPort?.postMessage({ index: job.index, outcome }),
    (error: unknown) =>
      parentPort?.postMessage({
        index: job.index,
        outcome: { kind: 'unreadable', filePath: relativePath(job.file, job.options.cwd), message: describeError(error) },
      }),
  );
});
