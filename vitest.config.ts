import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // No test or hook may fail for being slow: a machine three times slower, or loaded by other
    // suites, must pass as a quiet one does. These bounds only stop a hang.
    testTimeout: 600_000,
    hookTimeout: 600_000,
    // Every core (Vitest's default leaves one for itself: a single worker on a 2-core CI machine).
    // The tests spend much of their time in child processes and I/O, so both cores stay busy.
    maxWorkers: availableParallelism(),
  },
});
