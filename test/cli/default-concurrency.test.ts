import { describe, expect, it } from 'vitest';
import { defaultConcurrency } from '../../src/cli/run-checks.ts';

describe('defaultConcurrency', () => {
  it('checks on the main thread on two cores or fewer, and on a thread per core beyond', () => {
    expect([1, 2, 3, 4, 16].map((cores) => defaultConcurrency(cores))).toEqual([1, 1, 3, 4, 16]);
  });
});
