import { describe, expect, it } from 'vitest';
import { parseArticle, validateArticle } from '../../src/index.ts';

const FM = '---\ntitle: 인라인 설정을 시험하는 글의 제목\ncategories: [뉴스]\n---\n';
const findings = (body: string, options: Parameters<typeof validateArticle>[1] = {}, frontMatter = FM): string[] =>
  validateArticle(parseArticle(frontMatter + body), options).map((d) => `${d.line}:${d.column} ${d.ruleId} ${d.severity}: ${d.message}`);

const BODY = [
  '<!-- article-kit-disable rel-dofollow -->',
  '',
  '[하나](https://a.example){:rel="dofollow"}',
  '',
  '<!-- article-kit-enable rel-dofollow -->',
  '',
  '[둘](https://b.example){:rel="dofollow"}',
  '',
  '![](/a.png) <!-- article-kit-disable-line image-alt-missing -->',
  '',
  '<!-- article-kit-disable-next-line -->',
  '![](/b.png)',
  '',
  '![](/c.png)',
  '',
].join('\n');

describe('inline configuration', () => {
  it('reports everything without directives', () => {
    expect(findings(BODY.replace(/<!--[^\n]*?-->/g, '')).map((f) => f.slice(0, f.indexOf(' ', f.indexOf(' ') + 1)))).toEqual([
      '7:1 rel-dofollow',
      '11:1 rel-dofollow',
      '13:1 image-alt-missing',
      '16:1 image-alt-missing',
      '18:1 image-alt-missing',
    ]);
  });

  it('turns rules off between disable and enable, on a line, and on the next line', () => {
    expect(findings(BODY)).toEqual([
      '11:1 rel-dofollow warning: `dofollow` is not a rel value and does nothing (links are followed unless they say `nofollow`): remove it',
      '18:1 image-alt-missing warning: This image has no alt text: describe what it shows for readers who cannot see it',
    ]);
  });

  it('turns rules off for the whole file from the front matter', () => {
    const frontMatter = '---\ntitle: 인라인 설정을 시험하는 글의 제목\ncategories: [뉴스]\narticle-kit-disable: [image-alt-missing]\n---\n';
    expect(findings('![](/a.png)\n', {}, frontMatter)).toEqual([]);
    expect(findings('![](/a.png)\n', {}, frontMatter.replace('[image-alt-missing]', 'rel-dofollow, image-alt-missing'))).toEqual([]);
  });

  it('never turns off a parse error, which breaks the build', () => {
    expect(findings('<!-- article-kit-disable -->\n\n{% include nope.html %}\n')).toEqual([
      `7:1 liquid-include-missing error: Could not locate the included file 'nope.html' in any of ["_includes"]. Ensure it exists in one of those directories and, if it is a symlink, does not point outside your site source.`,
    ]);
  });

  it('reads no directive written inside code, where readers see it as text', () => {
    expect(findings('```\n<!-- article-kit-disable -->\n```\n\n![](/a.png)\n').map((f) => f.split(' ')[1])).toEqual(['image-alt-missing']);
  });

  it('reports directives that turned nothing off, when asked', () => {
    const body = '<!-- article-kit-disable rel-dofollow, image-alt-missing -->\n\n![](/a.png)\n\n<!-- article-kit-disable-next-line -->\n본문\n';
    expect(findings(body)).toEqual([]);
    expect(findings(body, { reportUnusedDisableDirectives: 'error' })).toEqual([
      "5:1 unused-disable-directive error: Unused article-kit-disable directive (no problems were reported by 'rel-dofollow')",
      '9:1 unused-disable-directive error: Unused article-kit-disable-next-line directive (no problems were reported)',
    ]);
  });
});
