import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createJekyllSite, type Diagnostic, parseArticle, rules, validateArticle } from '../src/index.ts';
import { shared } from './helpers.ts';

const IDS = [
  'file-name',
  'front-matter-required',
  'front-matter-type',
  'date-file-name-mismatch',
  'front-matter-unpublished',
  'front-matter-image-url',
  'title-length',
  'title-keyword-list',
  'title-h1-mismatch',
  'excerpt-length',
  'excerpt-cut-mid-word',
  'feature-text-excerpt-mismatch',
  'generator-note-in-text',
] as const;
type Id = (typeof IDS)[number];

const OFF = Object.fromEntries(rules.map((rule) => [rule.id, 'off' as const]));
const PATH = '_posts/2024-06-12-example.md';

function diagnostics(id: Id, source: string, options: { path?: string | null; options?: Record<string, unknown>; timezone?: string } = {}): Diagnostic[] {
  const path = options.path === null ? undefined : (options.path ?? PATH);
  const site = options.timezone === undefined ? undefined : createJekyllSite({ timezone: options.timezone });
  const article = parseArticle(source, { ...(path === undefined ? {} : { path }), ...(site ? { site } : {}) });
  return validateArticle(article, { rules: { ...OFF, [id]: options.options ? ['warn', options.options] : 'warn' } }).filter((d) => d.ruleId === id);
}

const run = (id: Id, source: string, options?: { path?: string | null; options?: Record<string, unknown>; timezone?: string }): string[] =>
  diagnostics(id, source, options).map((d) => `${d.line}:${d.column}: ${d.message}`);

const applyFixes = (source: string, list: Diagnostic[]): string =>
  list
    .flatMap((d) => (d.fix ? [d.fix] : []))
    .sort((a, b) => b.range[0] - a.range[0])
    .reduce((text, fix) => text.slice(0, fix.range[0]) + fix.text + text.slice(fix.range[1]), source);

describe('front-matter rules', () => {
  it('are all registered, with the documented urls', () => {
    for (const id of IDS) {
      const rule = rules.find((r) => r.id === id);
      expect(rule?.meta.url).toBe(`https://www.npmjs.com/package/article-kit#${id}`);
    }
  });
});

describe('front-matter-required', () => {
  it('reports a file without front matter once, at 1:1', () => {
    expect(run('front-matter-required', '# 제목\n\n본문입니다.\n')).toEqual([
      '1:1: The file has no front matter, so Jekyll does not treat it as a post: add a `---` block with `title`, `categories`',
    ]);
  });

  it('treats unclosed front matter as none', () => {
    expect(run('front-matter-required', '---\ntitle: 닫히지 않음\n본문\n')).toHaveLength(1);
  });

  it('reports every missing key at the opening line, after a BOM too', () => {
    expect(run('front-matter-required', '\uFEFF---\n---\n본문\n')).toEqual([
      '1:2: The front matter has no `title`',
      '1:2: The front matter has no `categories`',
    ]);
  });

  it('reads its keys option, and reports empty values at their key', () => {
    const source = '---\ntitle: 제목\ncategories: []\nexcerpt: ""\n---\n본문\n';
    expect(run('front-matter-required', source, { options: { keys: ['title', 'categories', 'excerpt', 'image'] } })).toEqual([
      '1:1: The front matter has no `image`',
      '3:1: `categories` is empty',
      '4:1: `excerpt` is empty',
    ]);
  });

  it('refuses a malformed option, naming it', () => {
    expect(() => run('front-matter-required', '---\ntitle: 제목\n---\n', { options: { keys: 'title' } })).toThrow(
      'Invalid options for rule "front-matter-required" in options.rules: "keys" must be an array of strings, got "title"',
    );
  });
});

describe('front-matter-type', () => {
  it('points at a nested category', () => {
    const source = '---\ntitle: 제목\ncategories:\n  - 경제\n  - 정책:\n      하위: 복지\n  - 2024\n---\n본문\n';
    expect(run('front-matter-type', source)).toEqual([
      '5:5: Category 2 should be a string, but is a mapping',
      '7:5: Category 3 should be a string, but is a number',
    ]);
  });

  it('accepts a single string category and empty values, and reports a mapping of categories', () => {
    expect(run('front-matter-type', '---\ntitle:\ncategories: 경제\n---\n')).toEqual([]);
    expect(run('front-matter-type', '---\ncategories: { 경제: 1 }\nexcerpt: [요약]\n---\n')).toEqual([
      '2:13: `categories` should be a string or a list of strings, but is a mapping',
      '3:10: `excerpt` should be a string, but is a list',
    ]);
  });

  it('reports a boolean feature_text', () => {
    expect(run('front-matter-type', '---\nfeature_text: true\n---\n')).toEqual(['2:15: `feature_text` should be a string, but is a boolean']);
  });
});

describe('date-file-name-mismatch', () => {
  it("reads the day Jekyll gives the post: a time with a zone in the site's time zone, UTC without one", () => {
    const late = '---\ndate: 2024-06-12 23:30:00 -0500\n---\n';
    expect(run('date-file-name-mismatch', late)).toEqual(['2:7: `date` is 2024-06-13, but the file name says 2024-06-12: Jekyll dates and files the post by `date`']);
    expect(run('date-file-name-mismatch', late, { timezone: 'America/Chicago' })).toEqual([]);
    const early = '---\ndate: 2024-06-12T00:10:00+09:00\n---\n';
    expect(run('date-file-name-mismatch', early)).toEqual(['2:7: `date` is 2024-06-11, but the file name says 2024-06-12: Jekyll dates and files the post by `date`']);
    expect(run('date-file-name-mismatch', early, { timezone: 'Asia/Seoul' })).toEqual([]);
    // A day alone, and a time without a zone, are that day wherever the site is.
    expect(run('date-file-name-mismatch', '---\ndate: 2024-06-12\n---\n', { timezone: 'Pacific/Honolulu' })).toEqual([]);
    expect(run('date-file-name-mismatch', "---\ndate: '2024-6-11 22:00'\n---\n", { timezone: 'Asia/Seoul' })).toEqual([
      '2:7: `date` is 2024-06-11, but the file name says 2024-06-12: Jekyll dates and files the post by `date`',
    ]);
  });

  it('says nothing without a dated file name, or for a date it cannot read', () => {
    expect(run('date-file-name-mismatch', '---\ndate: 2024-06-13\n---\n', { path: null })).toEqual([]);
    expect(run('date-file-name-mismatch', '---\ndate: 2024-06-13\n---\n', { path: 'about.md' })).toEqual([]);
    expect(run('date-file-name-mismatch', '---\ndate: 다음 주\n---\n')).toEqual([]);
    expect(run('date-file-name-mismatch', '---\ndate:\n---\n')).toEqual([]);
  });
});

describe('file-name', () => {
  it('is skipped without a path, and for drafts', () => {
    expect(run('file-name', '본문\n', { path: null })).toEqual([]);
    expect(run('file-name', '본문\n', { path: '_drafts/전통시장.md' })).toEqual([]);
  });

  it('accepts Jekyll names, in any directory and extension case', () => {
    expect(run('file-name', '본문\n', { path: 'C:\\blog\\_posts\\2024-06-12-전통시장.MARKDOWN' })).toEqual([]);
    expect(run('file-name', '본문\n', { path: '2024-06-12-a.b.html' })).toEqual([]);
  });

  it('reports other names and impossible dates at 1:1', () => {
    expect(run('file-name', '---\ntitle: 제목\n---\n', { path: '_posts/2024-06-12-.md' })).toEqual([
      '1:1: The file name `2024-06-12-.md` is not `YYYY-MM-DD-slug.md` (or `.markdown`, `.html`): Jekyll does not publish it as a post',
    ]);
    expect(run('file-name', '본문\n', { path: '_posts/2024-06-12-slug.txt' })).toHaveLength(1);
    expect(run('file-name', '본문\n', { path: '_posts/2023-02-29-slug.md' })).toEqual([
      '1:1: The file name `2023-02-29-slug.md` has 2023-02-29, which is not a real date',
    ]);
  });
});

describe('front-matter-image-url', () => {
  it('accepts absolute and root-relative URLs', () => {
    expect(run('front-matter-image-url', '---\nimage: http://example.com/a.jpg\nfeature_image: /a.jpg\n---\n')).toEqual([]);
  });

  it('reports protocol-relative and empty values', () => {
    expect(run('front-matter-image-url', "---\nimage: //cdn.example.com/a.jpg\nfeature_image: ''\n---\n")).toEqual([
      '2:8: `image` should be an absolute http(s) URL or a path from the site root (`/assets/…`), not `//cdn.example.com/a.jpg`',
      '3:16: `feature_image` should be an absolute http(s) URL or a path from the site root (`/assets/…`), not ``',
    ]);
  });
});

describe('excerpt-length', () => {
  it('reads maxLength, and counts graphemes with white space collapsed', () => {
    const source = '---\nexcerpt: |\n  가나다라마    바사아자차\n  카타파하\n---\n';
    expect(run('excerpt-length', source, { options: { maxLength: 16, minLength: 1 } })).toEqual([]);
    expect(run('excerpt-length', source, { options: { maxLength: 15, minLength: 1 } })).toEqual(['2:10: The excerpt has 16 characters, more than 15']);
  });
});

describe('excerpt-cut-mid-word', () => {
  it('reports an excerpt that is a prefix of the body, at the ellipsis', () => {
    const source = '---\nexcerpt: "배추 가격이 폭... (단어 수: 3)"\n---\n배추 가격이 폭염으로 올랐습니다.\n';
    expect(run('excerpt-cut-mid-word', source)).toEqual(['2:19: The excerpt is cut inside the word “폭염으로”: end it at a word boundary']);
    const [diagnostic] = diagnostics('excerpt-cut-mid-word', source);
    expect(diagnostic?.endColumn).toBe(22);
  });

  it('says nothing at a word boundary, after punctuation, or when the body does not go on', () => {
    expect(run('excerpt-cut-mid-word', '---\nexcerpt: 배추 가격이 폭염으로…\n---\n배추 가격이 폭염으로 올랐습니다.\n')).toEqual([]);
    expect(run('excerpt-cut-mid-word', '---\nexcerpt: 배추 가격이 올랐다.…\n---\n배추 가격이 올랐다.다\n')).toEqual([]);
    expect(run('excerpt-cut-mid-word', '---\nexcerpt: 전혀 다른 요약입니다…\n---\n배추 가격이 올랐습니다.\n')).toEqual([]);
  });

  it('finds the excerpt\'s end inside a rewritten body, only when every occurrence goes on', () => {
    const excerpt = '---\nexcerpt: >\n  채소값 급등 원인 7월 중순 현재 배추, 무 등의 주요 채소류 가격이 폭…\n---\n';
    const body = '출처: 예시뉴스\n\n채소 가격 분석 7월 중순 현재 배추, 무 등의 주요 채소류 가격이 폭염과 장마로 올랐습니다.\n';
    expect(run('excerpt-cut-mid-word', excerpt + body)).toEqual(['3:43: The excerpt is cut inside the word “폭염과”: end it at a word boundary']);
    expect(run('excerpt-cut-mid-word', `${excerpt}${body}\n7월 중순 현재 배추, 무 등의 주요 채소류 가격이 폭 넓게 올랐다.\n`)).toEqual([]);
  });

  it('decides as collapsing the whole body would, on generated excerpts and bodies', () => {
    // The rule reads the body as written where it can; this is the collapsing reading it stands for.
    const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();
    const word = /^[\p{L}\p{N}]/u;
    const expected = (excerpt: string, text: string): string | undefined => {
      const before = collapse(excerpt.replace(/…$/, ''));
      const body = collapse(text);
      let next = -1;
      if (body.startsWith(before)) next = word.test(body.slice(before.length, before.length + 2)) ? before.length : -1;
      else {
        const tail = before.slice(Math.max(0, before.length - 24));
        for (let at = tail.length < 8 ? -1 : body.indexOf(tail), seen = 0; at >= 0 && seen < 50; at = body.indexOf(tail, at + 1), seen++) {
          if (!word.test(body.slice(at + tail.length, at + tail.length + 2))) return undefined;
          if (next < 0) next = at + tail.length;
        }
      }
      if (next < 0) return undefined;
      const stem = before.slice(Math.max(before.lastIndexOf(' ') + 1, before.length - 40));
      return (stem + (/^\S{0,40}/.exec(body.slice(next, next + 40))?.[0] ?? '')).replace(/[^\p{L}\p{N}]+$/u, '');
    };
    let seed = 7;
    const random = (n: number): number => ((seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648), Math.floor(seed / 65_536) % n);
    const pieces = ['가격', '폭염', '배추', 'a.b', '(x)', '*', '1', '?', ' ', '  ', '\u3000', '\t'];
    const phrase = (n: number): string => Array.from({ length: n }, () => pieces[random(pieces.length)]).join('');
    let reported = 0;
    for (let i = 0; i < 1500; i++) {
      const shared = phrase(6 + random(10)).trim() || '가격';
      const cut = `${phrase(random(3))}${shared}`.replace(/\s+/g, ' ').trim();
      const body = `${phrase(random(4))}\n\n${random(2) ? cut.replaceAll(' ', ['  ', '\u3000', ' \t'][random(3)] ?? ' ') : phrase(5)}${phrase(1 + random(3))} ${phrase(3)}\n\n${random(2) ? shared : ''}${phrase(2)}\n`;
      const excerpt = `${cut}…`;
      if (!/\p{L}$/u.test(cut)) continue;
      const article = parseArticle(`---\nexcerpt: '${excerpt.replaceAll("'", "''")}'\n---\n${body}`, { path: PATH });
      const found = validateArticle(article, { rules: { ...OFF, 'excerpt-cut-mid-word': 'warn' } }).map((d) => /“(.*)”/.exec(d.message)?.[1]);
      const want = expected(article.frontMatter.excerpt ?? '', article.text);
      expect(found, JSON.stringify([excerpt, article.text])).toEqual(want === undefined ? [] : [want]);
      if (want !== undefined) reported++;
    }
    expect(reported).toBeGreaterThan(100);
  });
});

describe('generator-note-in-text', () => {
  it('reports notes exactly, and its fixes remove them', () => {
    const source = '---\ntitle: 전통시장 지원 확대\n---\n전통시장 지원이 확대됩니다. (단어 수: 3, 문자 수: 15)\n뒷문장입니다.\n';
    const found = diagnostics('generator-note-in-text', source);
    expect(found.map((d) => `${d.line}:${d.column}-${d.endLine}:${d.endColumn}`)).toEqual(['4:17-4:36']);
    expect(applyFixes(source, found)).toBe('---\ntitle: 전통시장 지원 확대\n---\n전통시장 지원이 확대됩니다.\n뒷문장입니다.\n');
  });

  it('reports a note in an h1 title, and one that markup splits at its paragraph, without a fix', () => {
    const source = '# 전통시장 지원 (words: 3)\n\n본문입니다. (단어 수: **3**)\n';
    const found = diagnostics('generator-note-in-text', source);
    expect(found.map((d) => `${d.line}:${d.column}: ${d.message} ${d.fix ? 'fix' : 'no fix'}`)).toEqual([
      '1:11: A generator note “(words: 3)” is left in the title: remove it fix',
      '3:1: A generator note “(단어 수: 3)” is left in the body: remove it no fix',
    ]);
  });
});

describe('title-length', () => {
  it('reads maxLength and counts graphemes', () => {
    expect(run('title-length', '---\ntitle: "👍🏽 전통시장"\n---\n', { options: { maxLength: 6 } })).toEqual([]);
    expect(run('title-length', '---\ntitle: "👍🏽 전통시장"\n---\n', { options: { maxLength: 5 } })).toEqual(['2:8: The title has 6 characters, more than 5']);
  });

  it('says nothing when there is no title', () => {
    expect(run('title-length', '본문입니다.\n')).toEqual([]);
  });
});

describe('title-keyword-list', () => {
  it('reports curly-quoted keyword lists from an h1', () => {
    expect(run('title-keyword-list', '# ‘TV드라마’, ‘한국어’, ‘역대급’ 총정리\n\n본문\n')).toEqual(['1:1: The title is a list of 3 quoted keywords: write it as a headline']);
  });

  it('accepts headlines that quote a few words', () => {
    expect(run('title-keyword-list', "---\ntitle: \"'TV드라마' '한국어' '역대급' 키워드로 본 올해의 드라마 시장 흐름\"\n---\n")).toEqual([]);
    expect(run('title-keyword-list', "---\ntitle: \"'' '' '' 빈 따옴표\"\n---\n")).toEqual([]);
  });
});

describe('title-h1-mismatch', () => {
  it('needs both a front matter title and an h1', () => {
    expect(run('title-h1-mismatch', '# 제목\n')).toEqual([]);
    expect(run('title-h1-mismatch', '---\ntitle: 제목\n---\n## 다른 제목\n')).toEqual([]);
  });

  it('reports the first h1 only', () => {
    expect(run('title-h1-mismatch', '---\ntitle: "“따옴표” 제목"\n---\n\n제목 다른\n=====\n\n# 또 다른 제목\n')).toEqual([
      '5:1: The first h1 “제목 다른” differs from the front matter title ““따옴표” 제목”',
    ]);
  });
});

describe('on odd input', () => {
  const odd = [
    '',
    '---',
    '---\n---',
    '---\n- a\n- b\n---\n',
    '---\ntitle: [unclosed\n---\n',
    '---\n: : :\n---\n',
    '---json\n{"title": 1}\n---\n',
    '---\ntitle: &a x\nexcerpt: *a\ncategories: !!binary aGVsbG8=\ndate: !!timestamp 2024-06-13\n---\n',
    `---\ntitle: "${"'가' ".repeat(5000)}"\nexcerpt: "${'가'.repeat(30000)}…"\nfeature_text: "${'## a\\n'.repeat(3000)}"\n---\n${'가나다 '.repeat(20000)}\n`,
    '# \n\n(단어 수: 1)(단어 수: 2)(단어 수: 3)\n',
  ];
  it.each(odd.map((source, index) => [index, source] as const))('never throws (%i)', (_, source) => {
    for (const path of [undefined, '', '/', '_posts/2024-06-12-x.md', '2024-99-99-x.md']) {
      const article = parseArticle(source, path === undefined ? {} : { path });
      const found = validateArticle(article, { rules: Object.fromEntries(IDS.map((id) => [id, 'warn'])) });
      expect(found.filter((d) => d.message.startsWith('Rule '))).toEqual([]);
    }
  });
});

describe('on the corpus', () => {
  const dir = `${shared}corpus/posts`;
  const files = readdirSync(dir).filter((name) => name.endsWith('.md'));

  it('runs every rule on every post, well positioned, without failing', () => {
    expect(files.length).toBeGreaterThan(0);
    const settings = Object.fromEntries(IDS.map((id) => [id, 'warn' as const]));
    for (const file of files) {
      const source = readFileSync(`${dir}/${file}`, 'utf8');
      const found = validateArticle(parseArticle(source, { path: `_posts/${file}` }), { rules: settings });
      for (const d of found) {
        expect(d.line, `${file} ${d.ruleId}`).toBeGreaterThanOrEqual(1);
        expect(d.column, `${file} ${d.ruleId}`).toBeGreaterThanOrEqual(1);
        expect(d.message.startsWith(`Rule ${d.ruleId} failed`), `${file}: ${d.message}`).toBe(false);
      }
    }
  });

  it('finds no feature_text that differs from its excerpt in ordinary posts', () => {
    for (const file of files) {
      const source = readFileSync(`${dir}/${file}`, 'utf8');
      expect(run('feature-text-excerpt-mismatch', source, { path: `_posts/${file}` }), file).toEqual([]);
    }
  });
});
