// First, so that coverage starts before src/ is evaluated (see its comment).
import './_coverage.ts';
import { afterAll, describe, expect, it } from 'vitest';
import { growthExponent, stopMeasuring } from '../_growth.ts';
import { FAMILIES } from './_families.ts';
import { MAX_EXPONENT, judgesScanned } from './_limits.ts';

// Linear on every construct family, proved by counting work (test/_growth.ts) at n, 2n, 4n and 8n:
// never by timing it. `npm run audit:growth` prints the same figures as a table.

afterAll(stopMeasuring);

describe('work grows linearly with the input', () => {
  it.each(FAMILIES.map((family) => [family.name, family] as const))('%s', (_name, family) => {
    const growth = growthExponent(family.make, family.n, family.run);
    expect(growth.blocks).toBeLessThanOrEqual(MAX_EXPONENT);
    if (judgesScanned(growth)) expect(growth.scanned).toBeLessThanOrEqual(MAX_EXPONENT);
  });
});
