import { describe, expect, it } from 'vitest';
import { slugify } from '../../src/jekyll/slugify.ts';

// Answers of Debian's Jekyll 4.3.1: `ruby -rjekyll -e 'p Jekyll::Utils.slugify(text, mode: mode)'`.
describe("Jekyll's Utils.slugify", () => {
  it('transliterates in latin mode as I18n does: Latin-1 and Extended-A only', () => {
    expect(slugify('Ĳ Test', { mode: 'latin' })).toBe('ij-test');
    expect(slugify('Ǎb', { mode: 'latin' })).toBe('b');
    expect(slugify('ŉ x', { mode: 'latin' })).toBe('n-x');
    expect(slugify('İstanbul', { mode: 'latin' })).toBe('istanbul');
    expect(slugify('Þórr', { mode: 'latin', cased: true })).toBe('Thorr');
    expect(slugify('ÀB', { mode: 'latin', cased: true })).toBe('AB');
  });

  it('lower-cases as Ruby does, without a final sigma', () => {
    expect(slugify('İSTANBUL ΣΑΣ')).toBe('i̇stanbul-σασ');
    expect(slugify('ΣΑΣ', { mode: 'none' })).toBe('σασ');
  });
});
