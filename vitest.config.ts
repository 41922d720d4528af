import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * Files that run in a fresh module graph each: those that replace a module (`vi.mock`), and the
 * growth audit (V8 counts blocks exactly only in code compiled after counting starts; code other
 * files already ran made its exponents drift to 1.5). Every other file shares its worker's
 * modules with the files before it (`isolate: false`), so that the parser's modules load once per
 * worker, not once per file: 216 s became 148 s on two cores.
 */
const ISOLATED = ['test/cli/cache.test.ts', 'test/cli/fix-io.test.ts', 'test/growth/growth.test.ts'];

export default defineConfig({
  test: {
    // No test or hook may fail for being slow: a machine three times slower, or loaded by other
    // suites, must pass as a quiet one does. These bounds only stop a hang.
    testTimeout: 600_000,
    hookTimeout: 600_000,
    // Every core (Vitest's default leaves one for itself: a single worker on a 2-core CI machine).
    // The tests spend much of their time in child processes and I/O, so both cores stay busy.
    maxWorkers: availableParallelism(),
    projects: [
      { extends: true, test: { name: 'isolated', include: ISOLATED, isolate: true } },
      { extends: true, test: { name: 'shared', include: ['test/**/*.test.ts'], exclude: ISOLATED, isolate: false } },
    ],
  },
});
