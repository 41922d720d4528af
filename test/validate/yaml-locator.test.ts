import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/index.ts';
import { createYamlLocator } from '../../src/validate/yaml-locator.ts';

/** A front matter in the plain subset (read entry by entry), and the same with an anchor added, which is not (read whole). */
const entries = [
  'title: "따옴표 제목"',
  '# 주석 줄',
  'excerpt: >',
  '  첫 줄',
  '  둘째 줄…',
  '',
  'categories: [뉴스, "정치"]',
  'tags:',
  '- 하나',
  '- 둘',
  'image: /a.png # 끝 주석',
];
const plain = `---\n${entries.join('\n')}\n---\n본문\n`;
const whole = `---\n${entries.join('\n')}\nextra: &a 값\n---\n본문\n`;

const at = (source: string, text: string): number => source.indexOf(text);

describe('the YAML locator', () => {
  for (const [name, source] of [['plain, entry by entry', plain], ['with an anchor, whole', whole]] as const) {
    describe(name, () => {
      const yaml = createYamlLocator(parseArticle(source));
      it('finds a top-level value and its key', () => {
        expect(yaml.range(['title'])).toEqual({ start: at(source, '"따옴표'), end: at(source, '"따옴표') + '"따옴표 제목"'.length });
        expect(yaml.keyRange('title')).toEqual({ start: at(source, 'title'), end: at(source, 'title') + 5 });
        expect(yaml.keyRange('image')).toEqual({ start: at(source, 'image'), end: at(source, 'image') + 5 });
      });
      it('finds a block scalar from its indicator to past its last line', () => {
        expect(yaml.range(['excerpt'])).toEqual({ start: at(source, '>\n  첫'), end: at(source, '\ncategories') });
      });
      it('finds items of flow and block sequences', () => {
        expect(yaml.range(['categories', 1])).toEqual({ start: at(source, '"정치"'), end: at(source, '"정치"') + 4 });
        expect(yaml.range(['tags', 1])).toEqual({ start: at(source, '둘\n'), end: at(source, '둘\n') + 1 });
      });
      it('falls back to the nearest node there is', () => {
        expect(yaml.range(['tags', 5])).toEqual(yaml.range(['tags']));
        expect(yaml.range(['image'])).toEqual({ start: at(source, '/a.png'), end: at(source, '/a.png') + 6 });
      });
    });
  }

  it('reads a key the plain front matter does not have from the whole: the mapping', () => {
    const yaml = createYamlLocator(parseArticle(plain));
    expect(yaml.range(['missing'])).toEqual({ start: at(plain, 'title'), end: at(plain, '\n---\n본문') + 1 });
    expect(yaml.keyRange('missing')).toBeUndefined();
  });

  it('is undefined without front matter', () => {
    expect(createYamlLocator(parseArticle('본문\n')).range(['title'])).toBeUndefined();
  });
});
