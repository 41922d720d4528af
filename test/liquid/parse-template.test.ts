import { Liquid, Tag, type TagToken, type TopLevelToken } from 'liquidjs';
import { describe, expect, it } from 'vitest';
import { parseTemplate, peekToken } from '../../src/liquid/parse-template.ts';
import { parseArticle } from '../../src/index.ts';

const FM = '---\ntitle: t\n---\n\n';

describe('parseTemplate', () => {
  it('hands tags the rest of the tokens as a queue, which they read as they read an array', () => {
    const liquid = new Liquid();
    const seen: Array<{ isArray: boolean; length: number; next: string | undefined }> = [];
    liquid.registerTag(
      'peek',
      class extends Tag {
        constructor(token: TagToken, remainTokens: TopLevelToken[], engine: Liquid) {
          super(token, remainTokens, engine);
          seen.push({ isArray: Array.isArray(remainTokens), length: remainTokens.length, next: peekToken(remainTokens)?.getText() });
        }
        render(): string {
          return '!';
        }
      },
    );
    const text = 'a{% peek %}b{% if x %}c{% peek %}{% endif %}{{ "d" | upcase }}';
    const templates = parseTemplate(liquid, text);
    // The first peek sees the six tokens after it; the one inside `if`, the two from endif on.
    expect(seen).toEqual([
      { isArray: false, length: 6, next: 'b' },
      { isArray: false, length: 2, next: '{% endif %}' },
    ]);
    expect(peekToken([])).toBeUndefined();
    expect(liquid.renderSync(templates, { x: true })).toBe('a!bc!D');
    expect(liquid.renderSync(templates, { x: true })).toBe(liquid.parseAndRenderSync(text, { x: true }));
  });

  it('reads 12,000 comment, if and raw tags in a post as Jekyll does', () => {
    const body = '{% comment %}x{% endcomment %}가{% if page.title %}나{% else %}다{% endif %}{% raw %}{{ y }}{% endraw %}\n'.repeat(4_000);
    const article = parseArticle(`${FM}${body}`);
    expect(article.problems).toEqual([]);
    expect(article.paragraphs).toHaveLength(1);
    expect(article.paragraphs[0]?.text).toBe(Array(4_000).fill('가나{{ y }}').join(' '));
  });
});
