import { describe, expect, it } from 'vitest';

const EXPORTS = [
  'countCharacters',
  'countWords',
  'createJekyllSite',
  'makeExcerpt',
  'parseArticle',
  'parseStatedCounts',
  'readingText',
  'readingTime',
  'recommended',
  'rules',
  'stripGeneratorNotes',
  'validateArticle',
];

describe('public API', () => {
  it('exports exactly these names', async () => {
    expect(Object.keys(await import('../src/index.ts')).sort()).toEqual(EXPORTS);
  });

  it('is what the built package exports, in ESM and CommonJS', async () => {
    const { createRequire } = await import('node:module');
    const require = createRequire(import.meta.url);
    const esm = await import('../dist/index.js');
    const cjs = require('../dist/index.cjs') as Record<string, unknown>;
    expect(Object.keys(esm).sort()).toEqual(EXPORTS);
    expect(Object.keys(cjs).sort()).toEqual(EXPORTS);
    expect((cjs['parseArticle'] as typeof esm.parseArticle)('# 제목\n').title).toBe('제목');
  });

  it('has a Node-only entry with loadJekyllSite, in ESM and CommonJS', async () => {
    const { createRequire } = await import('node:module');
    const require = createRequire(import.meta.url);
    const esm = await import('../dist/node.js');
    const cjs = require('../dist/node.cjs') as Record<string, unknown>;
    expect(Object.keys(esm).sort()).toEqual(['loadJekyllSite']);
    expect(Object.keys(cjs).sort()).toEqual(['loadJekyllSite']);
  });
});
