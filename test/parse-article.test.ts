import { describe, expect, it } from 'vitest';
import { parseArticle, validateArticle } from '../src/index.ts';
import { seed000, seed001 } from './helpers.ts';

describe('parseArticle on seed 000', () => {
  const article = parseArticle(seed000(), { path: '_posts/2024-06-19-pyongyang-summit.md' });

  it('reads the front matter fields', () => {
    const { frontMatter } = article;
    expect(frontMatter.title).toBe('김정은 푸틴과의 새로운 관계 전성기. 기초 완벽 준비');
    expect(frontMatter.categories).toEqual(['News']);
    expect(frontMatter.image).toBe('/assets/img/newsdao_breakingnews.jpg');
    expect(frontMatter.featureImage).toBeUndefined();
    expect(frontMatter.excerpt?.startsWith('한반도 평화와 안전을 위해 김정은')).toBe(true);
    expect(frontMatter.excerpt?.endsWith('(단어 수: 88, 문자 수: 553)\n')).toBe(true);
    expect(frontMatter.featureText).toBe(frontMatter.excerpt);
    expect(Object.keys(frontMatter.data)).toEqual(['title', 'categories', 'excerpt', 'feature_text', 'image']);
    expect(frontMatter.position).toEqual({ start: { line: 1, column: 1, offset: 0 }, end: { line: 12, column: 1, offset: seed000().indexOf('\n---\n') + 6 } });
    expect(article.title).toBe(frontMatter.title);
  });

  it('takes date and slug from the Jekyll file name', () => {
    expect(article.date).toBe('2024-06-19');
    expect(article.slug).toBe('pyongyang-summit');
    expect(article.path).toBe('_posts/2024-06-19-pyongyang-summit.md');
  });

  it('lists the headings with their file lines', () => {
    expect(article.headings.map((h) => [h.level, h.text, h.position.start.line, h.position.start.column])).toEqual([
      [1, '평양 정상회담, 김정은-푸틴 회담 개요', 14, 1],
      [2, '회담 내용', 18, 1],
      [2, '푸틴 대통령의 발언', 22, 1],
      [2, '시사점', 26, 1],
    ]);
    expect(article.headings[0]?.position.end).toEqual({ line: 14, column: 31, offset: seed000().indexOf('</h1>') + 5 });
  });

  it('reads the table rows, the paragraphs and the image', () => {
    expect(article.tables).toHaveLength(1);
    expect(article.tables[0]?.rows).toEqual([['사진 출처'], ['조선중앙통신']]);
    expect(article.tables[0]?.headerRows).toBe(0);
    expect(article.tables[0]?.syntax).toBe('html');
    expect(article.tables[0]?.position.start.line).toBe(32);
    expect(article.paragraphs).toHaveLength(4);
    expect(article.paragraphs[0]?.text.startsWith('19일, 김정은 북한 국무위원장과')).toBe(true);
    expect(article.paragraphs[0]?.position.start.line).toBe(16);
    expect(article.images).toEqual([
      {
        src: '/assets/img/newsdao_breakingnews.jpg',
        alt: 'pcversion 속보',
        position: expect.objectContaining({ start: { line: 12, column: 4, offset: seed000().indexOf('<img') } }),
      },
    ]);
  });

  it('reads the contact list as a list and as a tip-line', () => {
    expect(article.lists).toHaveLength(1);
    expect(article.lists[0]?.ordered).toBe(false);
    expect(article.lists[0]?.items.map((i) => [i.text, i.position.start.line])).toEqual([
      ['제보하기 ▷ 전화 : 02-781-1234, 4444', 46],
      ['이메일 : kbs1234@kbs.co.kr', 47],
      ["카카오톡 : 'KBS제보' 검색, 채널 추가", 48],
      ['네이버, 유튜브에서 KBS뉴스를 구독해주세요!', 49],
    ]);
    expect(article.tipLines).toHaveLength(1);
    const [tipLine] = article.tipLines;
    expect(tipLine?.label).toBe('제보하기');
    expect(tipLine?.channels.map((c) => [c.kind, c.value, c.raw, c.position.start.line])).toEqual([
      ['phone', '02-781-1234', '02-781-1234', 46],
      ['phone', '02-781-4444', '4444', 46],
      ['email', 'kbs1234@kbs.co.kr', 'kbs1234@kbs.co.kr', 47],
      ['kakaotalk', 'KBS제보', expect.stringContaining('KBS제보'), 48],
      ['subscribe', expect.stringContaining('KBS뉴스'), expect.any(String), 49],
    ]);
    const subscribe = tipLine?.channels[4]?.value ?? '';
    expect(subscribe).toContain('네이버');
    expect(subscribe).toContain('유튜브');
    expect(tipLine?.channels[0]?.position.start).toEqual({ line: 46, column: 21, offset: seed000().indexOf('02-781-1234') });
  });

  it('has no problems and plain text without markup', () => {
    expect(article.problems).toEqual([]);
    expect(article.text.startsWith('평양 정상회담, 김정은-푸틴 회담 개요\n')).toBe(true);
    expect(article.text).not.toContain('<');
    expect(article.text.endsWith('네이버, 유튜브에서 KBS뉴스를 구독해주세요!\n\n\u00a0')).toBe(true);
  });
});

describe('parseArticle on seed 001', () => {
  const article = parseArticle(seed001());

  it('takes a table header row from <th>', () => {
    expect(article.tables[0]?.rows[0]).toEqual(['핵심 내용']);
    expect(article.tables[0]?.headerRows).toBe(1);
    expect(article.tables[0]?.position.start.line).toBe(20);
  });

  it('has no date or slug without a path', () => {
    expect(article.date).toBeUndefined();
    expect(article.slug).toBeUndefined();
    expect(article.headings[0]).toMatchObject({ level: 2, text: "러시아와 북한의 '포괄적 전략 동반자 협정'", id: '' });
  });
});

describe('parseArticle input handling', () => {
  it('throws a TypeError for a non-string', () => {
    expect(() => parseArticle(42 as unknown as string)).toThrow(new TypeError("parseArticle expects the post's text as a string, got number"));
    expect(() => parseArticle(null as unknown as string)).toThrow(TypeError);
  });

  it('takes a file without front matter', () => {
    const article = parseArticle('# 제목\n\n본문입니다.\n');
    expect(article.frontMatter).toEqual({ categories: [], data: {} });
    expect(article.title).toBe('제목');
    expect(article.headings[0]).toMatchObject({ level: 1, text: '제목', id: '제목' });
    expect(article.paragraphs).toEqual([{ text: '본문입니다.', position: { start: { line: 3, column: 1, offset: 6 }, end: { line: 3, column: 7, offset: 12 } } }]);
    expect(article.problems).toEqual([]);
  });

  it('gives an empty title when there is none', () => {
    expect(parseArticle('').title).toBe('');
    expect(parseArticle('').blocks).toEqual([]);
  });

  it('makes a single category an array', () => {
    expect(parseArticle('---\ncategories: News\n---\n').frontMatter.categories).toEqual(['News']);
    expect(parseArticle('---\ncategories: [News, Politics]\n---\n').frontMatter.categories).toEqual(['News', 'Politics']);
  });

  it('handles a BOM and CRLF line endings', () => {
    const source = '\ufeff---\r\ntitle: 윈도 줄바꿈\r\n---\r\n\r\n## 소제목\r\n\r\n첫 문단\r\n둘째 줄\r\n';
    const article = parseArticle(source);
    expect(article.frontMatter.title).toBe('윈도 줄바꿈');
    expect(article.headings.map((h) => [h.text, h.position.start.line, h.position.start.column])).toEqual([['소제목', 5, 1]]);
    expect(article.paragraphs.map((p) => [p.text, p.position.start.line, p.position.end.line])).toEqual([['첫 문단 둘째 줄', 7, 8]]);
  });

  it('ignores a date that is not a calendar date', () => {
    const article = parseArticle('', { path: '_posts/2024-02-30-nope.md' });
    expect(article.date).toBeUndefined();
    expect(parseArticle('', { path: 'C:\\blog\\_posts\\2024-02-29-leap.markdown' })).toMatchObject({ date: '2024-02-29', slug: 'leap' });
  });
});

describe('maxLength', () => {
  const post = '---\ntitle: 긴 글\n---\n첫 문단입니다.\n\n둘째 문단입니다.\n\n셋째 문단입니다.\n';

  it('reads up to the last line end within it, and says where it stopped', () => {
    const article = parseArticle(post, { maxLength: 40 });
    expect(article.source).toBe(post);
    expect(article.paragraphs.map((p) => p.text)).toEqual(['첫 문단입니다.', '둘째 문단입니다.']);
    expect(article.problems).toEqual([
      {
        ruleId: 'post-too-long',
        severity: 'error',
        message: 'The post is 50 characters long, over the 40 that are read (the maxLength option): it is not read from here on',
        line: 8,
        column: 1,
      },
    ]);
    expect(validateArticle(article).filter((d) => d.ruleId === 'post-too-long').map((d) => `${d.line}:${d.column} ${d.severity}`)).toEqual(['8:1 error']);
  });

  it('cuts a line without a line end at maxLength itself', () => {
    const article = parseArticle('가나다라마바사', { maxLength: 3 });
    expect(article.text).toBe('가나다');
    expect(article.problems.map((p) => `${p.ruleId} ${p.line}:${p.column}`)).toEqual(['post-too-long 1:4']);
  });

  it('reads a post of maxLength or less whole, without a problem', () => {
    expect(parseArticle(post, { maxLength: post.length }).problems).toEqual([]);
    expect(parseArticle(post).problems).toEqual([]);
  });
});
