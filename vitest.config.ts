import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    // Every core (Vitest's default leaves one for itself: a single worker on a 2-core CI machine).
    // The tests spend much of their time in child processes and I/O, so both cores stay busy.
    maxWorkers: availableParallelism(),
  },
});
