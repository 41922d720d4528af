import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { root, shared } from './helpers.ts';

// The shared tools compare the built package (npm test builds first) with real Jekyll's output:
// article.html byte for byte (Rouge's token spans aside), article.text, and the structure.
interface Figures {
  html: number;
  text: number;
  structure: number;
}

function jekyllFidelity(set: string): Figures {
  const args = [`${shared}tools/jekyll-fidelity.mjs`, root, `${shared}${set}`, '0'];
  const output = execFileSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 26 });
  const last = /html ([\d.]+)% · text ([\d.]+)% · structure ([\d.]+)%/.exec(output);
  if (!last) throw new Error(`no figures in:\n${output}`);
  return { html: Number(last[1]), text: Number(last[2]), structure: Number(last[3]) };
}

function suiteFidelity(): number {
  const output = execFileSync(process.execPath, [`${shared}tools/suite-fidelity.mjs`, root], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const figure = /suite ([\d.]+)% exact/.exec(output);
  if (!figure) throw new Error(`no figure in:\n${output}`);
  return Number(figure[1]);
}

const sites = readdirSync(`${shared}sites`).filter((name) => statSync(`${shared}sites/${name}`).isDirectory());

describe('fidelity with Jekyll', () => {
  it('publishes this blog exactly as Jekyll does', () => {
    const corpus = jekyllFidelity('corpus');
    expect(corpus.html).toBeGreaterThanOrEqual(99.5);
    expect(corpus.text).toBeGreaterThanOrEqual(99.8);
    expect(corpus.structure).toBeGreaterThanOrEqual(99.8);
  });

  // Every post, Liquid included, at the floors set for the posts without Liquid (`jekyll-fidelity.mjs
  // . SET 0 --no-liquid` gives those alone; 100% on every site): one run per site keeps the suite short.
  it.each(sites)('publishes every post of %s, Liquid included, as Jekyll does', (site) => {
    const figures = jekyllFidelity(`sites/${site}`);
    expect(figures.html).toBeGreaterThanOrEqual(97);
    expect(figures.text).toBeGreaterThanOrEqual(99);
  });

  it("renders at least 90% of kramdown's own test cases exactly as Jekyll does", () => {
    expect(suiteFidelity()).toBeGreaterThanOrEqual(90);
  });

  it('still matches kramdown on the seeds', () => {
    const output = execFileSync(process.execPath, [`${shared}tools/fidelity.mjs`, root, `${shared}seeds`, `${shared}seeds/kramdown`, '0'], { encoding: 'utf8' });
    expect(/fidelity ([\d.]+)%/.exec(output)?.[1]).toBe('100.0');
  });
});
