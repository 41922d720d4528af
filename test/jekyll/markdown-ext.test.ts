import { describe, expect, it } from 'vitest';
import { isMarkdownPath, rubyExtname } from '../../src/jekyll/markdown-ext.ts';
import { createJekyllSite } from '../../src/jekyll/site.ts';

describe('rubyExtname', () => {
  // Ruby 3.1's File.extname on Linux.
  it.each([
    ['a.md', '.md'],
    ['.md', ''],
    ['..md', ''],
    ['a..md', '.md'],
    ['a.', '.'],
    ['.a.md', '.md'],
    ['x/.md', ''],
    ['x/a.MD', '.MD'],
    ['a.md/', '.md'],
    ['a', ''],
    ['a.b/c', ''],
    ['a.tar.gz', '.gz'],
    ['_posts/2024-06-12-글.markdown', '.markdown'],
  ])('%s → %s', (path, extension) => {
    expect(rubyExtname(path)).toBe(extension);
  });
});

describe('isMarkdownPath', () => {
  it.each([
    ['_posts/2024-06-12-a.md', true],
    ['_posts/2024-06-12-a.MD', true],
    ['_posts/2024-06-12-a.markdown', true],
    ['_posts/2024-06-12-a.mkdn', true],
    ['_posts/2024-06-12-a.html', false],
    ['_posts/2024-06-12-a.txt', false],
    ['_posts/.md', false],
    ['_posts\\2024-06-12-a.md', true],
  ])("%s with Jekyll's markdown_ext: %s", (path, expected) => {
    expect(isMarkdownPath(path)).toBe(expected);
    expect(isMarkdownPath(path, createJekyllSite())).toBe(expected);
  });

  it('reads markdown_ext as Jekyll does: split on commas, lower-cased, not trimmed', () => {
    const site = createJekyllSite({ markdown_ext: 'MD, txt,Text' });
    expect(isMarkdownPath('a.md', site)).toBe(true);
    expect(isMarkdownPath('a.txt', site)).toBe(false);
    expect(isMarkdownPath('a.TEXT', site)).toBe(true);
    expect(isMarkdownPath('a.markdown', site)).toBe(false);
    // `",md".split(",")` keeps the empty name first: `.` matches a name ending in a dot.
    expect(isMarkdownPath('a.', createJekyllSite({ markdown_ext: ',md' }))).toBe(true);
    expect(isMarkdownPath('a.', createJekyllSite({ markdown_ext: 'md,' }))).toBe(false);
  });
});
