import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/article/types.ts';
import { createJekyllSite, parseArticle } from '../../src/index.ts';
import { countCharacters } from '../../src/text/count-characters.ts';
import { makeExcerpt } from '../../src/text/make-excerpt.ts';
import { seedExcerpt, seedText } from './_seed.ts';

const position = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };
const graphemes = (text: string) => countCharacters(text).withSpaces;

describe('makeExcerpt', () => {
  it('returns a short text whole, without its note', () => {
    expect(makeExcerpt(seedExcerpt, { maxLength: 300 })).toBe(seedText);
  });

  it('prefers a sentence end in the last 40% of the budget', () => {
    // The first sentence ends at grapheme 77.
    expect(makeExcerpt(seedExcerpt, { maxLength: 100 })).toBe(
      '한반도 평화와 안전을 위해 김정은 북한 국무위원장과 블라디미르 푸틴 러시아 대통령이 평양에서 전략적 협력을 강조하며 정상회담을 진행했습니다.',
    );
  });

  it('otherwise ends at a word boundary with an ellipsis', () => {
    const excerpt = makeExcerpt(seedExcerpt);
    expect(excerpt).toBe(
      '한반도 평화와 안전을 위해 김정은 북한 국무위원장과 블라디미르 푸틴 러시아 대통령이 평양에서 전략적 협력을 강조하며 정상회담을 진행했습니다. 김 위원장은 러시아와의 전략적 소통을 강화하고 러시아 정책을 무조건적으로 지지할 것이라고 강조했고, 푸틴 대통령은 북한의 확고한 지지에…',
    );
    expect(graphemes(excerpt)).toBeLessThanOrEqual(160);
    expect(makeExcerpt('한반도 평화와 안전을 위해', { maxLength: 10, ellipsis: '...' })).toBe('한반도 평화와...');
  });

  it('drops trailing commas before the ellipsis', () => {
    expect(makeExcerpt('하나, 둘, 셋, 넷, 다섯', { maxLength: 7 })).toBe('하나, 둘…');
  });

  it('never cuts an emoji sequence or a 어절', () => {
    expect(makeExcerpt('좋아요 👨‍👩‍👧‍👦👍🏽 가족 사진입니다', { maxLength: 7 })).toBe('좋아요 👨‍👩‍👧‍👦👍🏽…');
    expect(makeExcerpt('초장문어절하나로만된텍스트입니다', { maxLength: 5 })).toBe('…');
  });

  it('cuts Japanese between words', () => {
    // Intl.Segmenter's words: 東京タワー, に, 行, っ, た, …
    expect(makeExcerpt('東京タワーに行ったのは去年の夏でした', { maxLength: 8 })).toBe('東京タワーに行…');
    expect(makeExcerpt('東京タワーに行ったのは去年の夏でした', { maxLength: 7 })).toBe('東京タワーに…');
    expect(makeExcerpt('東京タワーに行った。今日は良い天気でした。', { maxLength: 16 })).toBe('東京タワーに行った。');
  });

  it('strips Markdown, HTML and entities', () => {
    const featureText = '## 뉴스다오 실시간 뉴스 속보입니다.\n\n한·투르크메니스탄 정상회담 주요 내용  2023년 6월 10일';
    expect(makeExcerpt(featureText)).toBe('뉴스다오 실시간 뉴스 속보입니다. 한·투르크메니스탄 정상회담 주요 내용 2023년 6월 10일');
    expect(
      makeExcerpt(
        '> **굵게** 와 __밑줄__, *기울임*, `코드`, [링크](https://x.kr) ![사진](a.png)\n- 항목\n1. 번호\n<p>문단 <b>굵</b>게</p><br/>&nbsp;&amp;&lt;b&gt;&#39;&#x1F44D;<!-- 주석 -->',
      ),
    ).toBe("굵게 와 밑줄, 기울임, 코드, 링크 항목 번호 문단 굵게 &<b>'👍");
    expect(makeExcerpt('snake_case_name 2 * 3 \\*literal\\* ## not heading')).toBe(
      'snake_case_name 2 * 3 *literal* ## not heading',
    );
  });

  it('builds an article’s excerpt from its paragraphs, not its tables', () => {
    const article = {
      paragraphs: [
        { text: '첫 문단입니다.', position },
        { text: '둘째 **문단** (단어 수: 2)', position },
      ],
      tables: [{ rows: [['사진 출처'], ['조선중앙통신']], headerRows: 0, position }],
    } as unknown as Article;
    expect(makeExcerpt(article)).toBe('첫 문단입니다. 둘째 **문단**');
    expect(makeExcerpt(article, { mode: 'jekyll' })).toBe('첫 문단입니다.');
  });

  it('offers Jekyll’s excerpt_separator semantics', () => {
    const body = '## 제목\n\n첫 **문단**입니다.\n둘째 줄.\n\n다음 문단 <!--more--> 끝';
    expect(makeExcerpt(body, { mode: 'jekyll' })).toBe('제목');
    expect(makeExcerpt(body, { mode: 'jekyll', separator: '<!--more-->' })).toBe('제목 첫 문단입니다. 둘째 줄. 다음 문단');
    expect(makeExcerpt(body, { mode: 'jekyll', separator: '<!--none-->', maxLength: 12 })).toBe('제목 첫 문단입니다.');
  });

  it('starts an article’s excerpt with its prose: no credit or source line, no link or image alone', () => {
    const source = [
      '---',
      'title: 전통시장 지원 확대',
      '---',
      '',
      '[출처: 전통시장 금융사기 예방 프로젝트](https://newsdao.kr/4171) \\| 뉴스다오',
      '',
      '사진 출처: 연합뉴스',
      '',
      '![시장 사진](/a.jpg)',
      '',
      '## 전통시장 지원',
      '',
      '[원문보기](https://newsdao.kr/4128)',
      '',
      'https://newsdao.kr/4128',
      '',
      '정부가 전통시장 지원을 확대합니다. 상인 1,200명이 혜택을 받습니다.<br>사진=뉴스다오',
      '',
      '기사 제목 - 문화체육관광부 \\| 뉴스다오',
      '',
      '둘째 문단입니다.',
      '',
    ].join('\n');
    const article = parseArticle(source);
    expect(article.paragraphs.map((p) => p.text)).toEqual([
      '출처: 전통시장 금융사기 예방 프로젝트 | 뉴스다오',
      '사진 출처: 연합뉴스',
      '원문보기',
      'https://newsdao.kr/4128',
      '정부가 전통시장 지원을 확대합니다. 상인 1,200명이 혜택을 받습니다.\n사진=뉴스다오',
      '기사 제목 - 문화체육관광부 | 뉴스다오',
      '둘째 문단입니다.',
    ]);
    expect(makeExcerpt(article)).toBe('정부가 전통시장 지원을 확대합니다. 상인 1,200명이 혜택을 받습니다. 둘째 문단입니다.');
  });

  it('decodes every entity kramdown knows, as the Article’s text has it, and leaves the others as readers see them', () => {
    const markdown = 'Caf&eacute; &hellip; &Eacute;t&eacute; &#233;&#xE9; &#128; &amp;lt; &bigstar; &eacute sans point-virgule &#0;끝';
    expect(makeExcerpt(markdown)).toBe('Café … Été éé € &lt; &bigstar; &eacute sans point-virgule 끝');
    expect(makeExcerpt(markdown)).toBe(parseArticle(markdown).text.normalize('NFC'));
  });

  it('takes Jekyll’s excerpt from an article: the body before the excerpt_separator, the front matter’s first', () => {
    const body = '첫 문단입니다.\n\n둘째 문단 <!-- more --> 뒤\n\n셋째 문단.\n';
    const article = parseArticle(`---\ntitle: 글\n---\n${body}`);
    expect(makeExcerpt(article, { mode: 'jekyll' })).toBe('첫 문단입니다.');
    expect(makeExcerpt(article, { mode: 'jekyll', separator: '<!-- more -->' })).toBe('첫 문단입니다. 둘째 문단');
    expect(makeExcerpt(article, { mode: 'jekyll', separator: '<!-- none -->' })).toBe('첫 문단입니다. 둘째 문단 뒤 셋째 문단.');
    const own = parseArticle(`---\ntitle: 글\nexcerpt_separator: <!-- more -->\n---\n${body}`);
    expect(makeExcerpt(own, { mode: 'jekyll', separator: '\n\n' })).toBe('첫 문단입니다. 둘째 문단');
    // The site's excerpt_separator, from its configuration; `separator` and the front matter's win.
    const site = createJekyllSite({ excerpt_separator: '<!-- more -->' });
    expect(makeExcerpt(parseArticle(`---\ntitle: 글\n---\n${body}`, { site }), { mode: 'jekyll', site })).toBe('첫 문단입니다. 둘째 문단');
    expect(makeExcerpt(article, { mode: 'jekyll', site, separator: '\n\n' })).toBe('첫 문단입니다.');
    expect(makeExcerpt(article, { mode: 'jekyll', site: createJekyllSite() })).toBe('첫 문단입니다.');
    // Jekyll splits the file's text: with CRLF line ends, `\n\n` is nowhere, and the excerpt is the whole post.
    expect(makeExcerpt(parseArticle(`---\r\ntitle: 글\r\n---\r\n${body.replace(/\n/g, '\r\n')}`), { mode: 'jekyll' })).toBe('첫 문단입니다. 둘째 문단 뒤 셋째 문단.');
  });

  it('handles empty input and tiny budgets', () => {
    expect(makeExcerpt('')).toBe('');
    expect(makeExcerpt(' \n\t ')).toBe('');
    expect(makeExcerpt('가나 다라', { maxLength: 0 })).toBe('');
    expect(makeExcerpt('가나 다라', { maxLength: 2, ellipsis: '(…)' })).toBe('');
  });

  it('normalises to NFC', () => {
    expect(makeExcerpt(seedText.normalize('NFD'))).toBe(makeExcerpt(seedText));
  });
});
