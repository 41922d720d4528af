import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.ts';
import type { Position } from '../src/index.ts';
import { readFixture } from './helpers.ts';

const at = (p: Position): string => `${p.start.line}:${p.start.column}-${p.end.line}:${p.end.column}`;
const fixture = (name: string) => parseArticle(readFixture(name));

describe('kramdown behaviours', () => {
  it('keeps a pasted <html> document as HTML, indented lines included', () => {
    const article = fixture('html-document');
    expect(article.headings.map((h) => [h.level, h.text, at(h.position)])).toEqual([[1, '봄꽃 축제가 열립니다', '11:5-11:25']]);
    expect(article.paragraphs.map((p) => [p.text, at(p.position)])).toEqual([
      ['올해 축제는 강변 공원에서 사흘 동안 열립니다.', '13:9-13:42'],
      ['입장료는 없으며 누구나 참여할 수 있습니다.', '15:5-15:36'],
      ['축제 기간에는 셔틀버스가 운행됩니다.', '19:1-19:21'],
    ]);
    expect(article.blocks.some((b) => b.type === 'code')).toBe(false);
  });

  it('ends an HTML block at the line that closes it: the next line is a paragraph', () => {
    const article = fixture('html-block-then-text');
    expect(article.headings.map((h) => [h.text, at(h.position)])).toEqual([['물가 동향', '7:1-7:15']]);
    expect(article.paragraphs.map((p) => [p.text, at(p.position)])).toEqual([
      ['지난달 소비자물가는 전년 대비 2.4% 올랐습니다.', '8:1-8:29'],
      ['통계청 발표 자료를 바탕으로 작성했습니다.', '11:1-11:31'],
      ['이어지는 설명은 별도의 문단이 됩니다.', '13:1-13:22'],
      ['한 줄에 닫힌 문단', '15:1-15:18'],
      ['뒤에 붙은 글도 새 문단입니다.', '15:18-15:35'],
    ]);
    expect(article.blocks.map((b) => b.type)).toEqual(['heading', 'paragraph', 'html', 'paragraph', 'paragraph', 'paragraph']);
  });

  it('prints a block-level tag inside a paragraph as text, and records where', () => {
    const article = fixture('literal-block-tag');
    expect(article.paragraphs.map((p) => p.text)).toEqual([
      '정부는 새 지원책을 발표했습니다.<p>지원 대상은 청년층입니다.</p>',
      '지원 금액은 최대 300만 원이며 신청은 다음 달부터입니다.</b> 자세한 내용은 누리집을 참고하세요.',
      '</div>',
    ]);
    expect(article.html).toContain('발표했습니다.&lt;p&gt;지원');
    expect(article.literalHtml.map((l) => [l.tagName, l.raw, at(l.position)])).toEqual([
      ['p', '<p>', '6:19-6:22'],
      ['p', '</p>', '6:36-6:40'],
      ['b', '</b>', '8:41-8:45'],
      ['div', '</div>', '10:1-10:7'],
    ]);
  });

  it('makes a line with | a table even without a delimiter row', () => {
    const article = fixture('credit-line-table');
    expect(article.tables.map((t) => [t.rows, t.headerRows, t.syntax, t.hasDelimiterRow, at(t.position)])).toEqual([
      [[['출처: 전통시장 디지털 전환 지원 확대', '예시뉴스']], 0, 'markdown', false, '8:1-8:61'],
    ]);
    expect(article.links.map((l) => [l.href, l.text, at(l.position)])).toEqual([
      ['https://example.com/news/101', '출처: 전통시장 디지털 전환 지원 확대', '8:1-8:54'],
    ]);
    expect(article.paragraphs.map((p) => p.text)).toEqual([
      '시장 상인들은 이번 지원을 반기고 있습니다. 출처 | 예시뉴스 줄이 문단 안에 있으면 표가 되지 않습니다.',
    ]);
  });

  it('reads a pipe table with a header row, and not one that runs into a paragraph', () => {
    const article = fixture('pipe-table-with-header');
    expect(article.tables.map((t) => [t.rows, t.headerRows, t.hasDelimiterRow, at(t.position)])).toEqual([
      [[['지역', '인구'], ['서울', '940만'], ['부산', '330만']], 1, true, '6:1-9:14'],
    ]);
    expect(article.paragraphs.map((p) => p.text)).toEqual(['| 한 줄 | 표 | 다음 줄이 바로 이어지면 표가 아닙니다.']);
  });

  it('leaves a single ~ alone and strikes through ~~x~~', () => {
    const article = fixture('tilde-and-strikethrough');
    expect(article.paragraphs.map((p) => p.text)).toEqual(['할인율은 0~60%이며 기간은 3월~5월입니다.', '이전 공지는 취소되었습니다. 새 공지를 확인하세요.']);
    expect(article.html).toContain('<p><del>이전 공지는 취소되었습니다.</del> 새 공지를 확인하세요.</p>');
  });

  it('takes ** as emphasis next to Hangul and punctuation', () => {
    const article = fixture('strong-next-to-hangul');
    expect(article.html).toContain('<strong>정부는 전기요금 동결을 결정했다&lt;자료출처=정책브리핑&gt;</strong>빠르고');
    expect(article.html).toContain('<strong>‘청년 도약 계좌’</strong>가입자가 늘었고, <em>가입 조건</em>은');
    expect(article.paragraphs[2]?.text).toBe('단어_중간의_밑줄은 강조가 아닙니다.');
  });

  it('parses Markdown between HTML blocks and not inside them', () => {
    const article = fixture('markdown-between-html');
    expect(article.tables[0]?.rows).toEqual([['**굵게가 아님**']]);
    expect(article.headings.map((h) => [h.level, h.text, h.id, at(h.position)])).toEqual([
      [2, '주요 내용', '주요-내용', '12:1-12:9'],
      [2, '세부 사항', '세부-사항', '16:1-17:10'],
    ]);
    expect(article.links.map((l) => [l.href, l.text, at(l.position)])).toEqual([['https://example.com/a', '링크', '14:8-14:40']]);
    expect(article.lists.map((l) => [l.ordered, l.items.map((i) => [i.text, at(i.position)])])).toEqual([
      [false, [['첫째 항목', '19:1-19:8'], ['둘째 항목 이어지는 줄', '20:1-21:9']]],
      [true, [['하나', '23:1-23:6'], ['둘', '24:1-24:5']]],
      [false, [['HTML 목록', '36:5-36:21']]],
    ]);
    expect(article.images.map((i) => [i.src, i.alt, at(i.position)])).toEqual([['https://example.com/photo.jpg', '사진 설명', '33:1-33:40']]);
    expect(article.blocks.map((b) => [b.type, at(b.position)])).toEqual([
      ['table', '6:1-10:9'],
      ['heading', '12:1-12:9'],
      ['paragraph', '14:1-14:60'],
      ['heading', '16:1-17:10'],
      ['list', '19:1-21:9'],
      ['list', '23:1-24:5'],
      ['blockquote', '26:1-27:13'],
      ['code', '29:1-29:14'],
      ['thematicBreak', '31:1-31:4'],
      ['list', '35:1-37:6'],
    ]);
    expect(article.blocks[7]).toMatchObject({ type: 'code', value: '들여쓴 코드 블록\n' });
    expect(article.blocks[6]).toMatchObject({ type: 'blockquote', text: '인용된 문장입니다. 두 번째 줄입니다.' });
  });
});
