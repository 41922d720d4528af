import { describe, expect, it } from 'vitest';

describe('public API', () => {
  it('exports exactly these names', async () => {
    expect(Object.keys(await import('../src/index.ts')).sort()).toEqual(['parseArticle']);
  });

  it('is what the built package exports, in ESM and CommonJS', async () => {
    const { createRequire } = await import('node:module');
    const require = createRequire(import.meta.url);
    const esm = await import('../dist/index.js');
    const cjs = require('../dist/index.cjs') as Record<string, unknown>;
    expect(Object.keys(esm).sort()).toEqual(['parseArticle']);
    expect(Object.keys(cjs).sort()).toEqual(['parseArticle']);
    expect((cjs['parseArticle'] as typeof esm.parseArticle)('# 제목\n').title).toBe('제목');
  });
});
