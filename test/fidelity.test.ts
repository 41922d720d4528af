import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { root, shared } from './helpers.ts';

// The shared tool compares the built package (npm test builds first) with kramdown's renderings.
function fidelity(posts: string, renderings: string): number {
  const output = execFileSync(process.execPath, [`${shared}tools/fidelity.mjs`, root, `${shared}${posts}`, `${shared}${renderings}`, '0'], {
    encoding: 'utf8',
  });
  const figure = /fidelity ([\d.]+)%/.exec(output);
  if (!figure) throw new Error(`no fidelity figure in:\n${output}`);
  return Number(figure[1]);
}

describe('fidelity with kramdown', () => {
  it('is 100% on the seeds', () => {
    expect(fidelity('seeds', 'seeds/kramdown')).toBe(100);
  });

  it('is at least 99% on the shared corpus', () => {
    expect(fidelity('corpus/posts', 'corpus/kramdown')).toBeGreaterThanOrEqual(99);
  });
});
