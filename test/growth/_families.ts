/**
 * The construct families of the growth audit: each a post (or a text) made with n repetitions
 * of one construct. `n` is chosen so that make(8n) is some 6k characters (more where nesting must
 * pass a depth limit at every size, so that every size takes the same path).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { countCharacters, countWords, makeExcerpt, readingTime } from '../../src/index.ts';
import { readDom } from '../../src/extract/read-dom.ts';
import { parseKramdown } from '../../src/kramdown/parse.ts';
import type { Run } from '../_growth.ts';

export interface Family {
  name: string;
  make: (n: number) => string;
  n: number;
  /** What is measured of the input (default: parse and validate it as a post). */
  run?: Run;
}

const FM = '---\ntitle: t\n---\n\n';
const post = (body: (n: number) => string) => (n: number): string => FM + body(n);
/** `n` lines (or items) made by `line(i)`. */
const lines = (n: number, line: (i: number) => string): string => Array.from({ length: n }, (_, i) => line(i)).join('');
const frontMatter = (yaml: (n: number) => string) => (n: number): string => `---\n${yaml(n)}---\n본문\n`;
/** A body's DOM as readDom reads it in parts, whatever its length. */
const inParts: Run = (body) => readDom(parseKramdown(body, 0).fragment, 0);

const kramdownBlocks: Family[] = [
  { name: 'paragraphs', n: 34, make: post((n) => 'A paragraph of text.\n\n'.repeat(n)) },
  { name: 'one long paragraph', n: 149, make: post((n) => 'word '.repeat(n)) },
  { name: 'blank lines', n: 747, make: post((n) => `x\n${'\n'.repeat(n)}y\n`) },
  { name: 'lines of spaces', n: 149, make: post((n) => `x\n\n${'    \n'.repeat(n)}y\n`) },
  { name: 'setext headers', n: 34, make: post((n) => 'Title\n=====\n\nSub\n---\n\n'.repeat(n)) },
  { name: 'atx headers, one title (ids -1, -2 …)', n: 49, make: post((n) => '## Same title\n\n'.repeat(n)) },
  { name: 'atx headers with ids', n: 31, make: post((n) => lines(n, (i) => `### Header ${i} {#h${i}}\n\n`)) },
  { name: 'blockquote lines', n: 53, make: post((n) => '> quoted line\n'.repeat(n)) },
  { name: 'blockquotes two deep', n: 57, make: post((n) => '> > quoted\n>\n'.repeat(n)) },
  { name: 'backtick fences', n: 14, make: post((n) => '```\ncode\n```\n\n'.repeat(n)) },
  { name: 'tilde fences with a language', n: 10, make: post((n) => '~~~ ruby\nputs 1\n~~~\n\n'.repeat(n)) },
  { name: 'one long highlighted fence', n: 8, make: post((n) => `\`\`\`ruby\n${'x = [1, "a"] # c\n'.repeat(n)}\`\`\`\n`) },
  { name: 'indented code', n: 53, make: post((n) => '    code line\n'.repeat(n)) },
  { name: 'horizontal rules', n: 106, make: post((n) => '* * *\n\n'.repeat(n)) },
  { name: 'unordered list', n: 106, make: post((n) => '* item\n'.repeat(n)) },
  { name: 'ordered list', n: 93, make: post((n) => '1. item\n'.repeat(n)) },
  { name: 'loose list', n: 93, make: post((n) => '- item\n\n'.repeat(n)) },
  { name: 'lists nested three deep', n: 37, make: post((n) => '* a\n  * b\n    * c\n'.repeat(n)) },
  { name: 'list markers nested on each line', n: 93, make: post((n) => '- - - a\n'.repeat(n)) },
  { name: 'blockquote markers n deep on one line', n: 750, make: post((n) => `${'>'.repeat(n)} a\n`) },
  { name: 'list items with paragraphs', n: 41, make: post((n) => '1. first\n\n   more\n'.repeat(n)) },
  { name: 'definition lists', n: 39, make: post((n) => 'term\n: definition\n\n'.repeat(n)) },
  { name: 'HTML blocks', n: 46, make: post((n) => '<div>\nx\n</div>\n\n'.repeat(n)) },
  { name: 'HTML blocks with markdown="1"', n: 24, make: post((n) => '<div markdown="1">\n*x*\n</div>\n\n'.repeat(n)) },
  { name: 'math blocks', n: 49, make: post((n) => '$$\nx^2 + y\n$$\n\n'.repeat(n)) },
  { name: 'footnote definitions', n: 6, make: post((n) => lines(n, (i) => `Text[^${i}].\n\n[^${i}]: Note ${i}.\n\n`)) },
  { name: 'link definitions', n: 16, make: post((n) => lines(n, (i) => `[x][l${i}]\n\n[l${i}]: http://example.com/${i} "T"\n`)) },
  { name: 'abbreviation definitions', n: 30, make: post((n) => `HTML here.\n\n${lines(n, (i) => `*[HT${i}]: Hyper Text ${i}\n`)}`) },
  { name: 'block IALs', n: 32, make: post((n) => '{:.cls #id}\nParagraph\n\n'.repeat(n)) },
  { name: 'ALDs and their uses', n: 25, make: post((n) => lines(n, (i) => `{:r${i}: .a${i}}\nPara\n{: r${i}}\n\n`)) },
  { name: 'comment extensions', n: 27, make: post((n) => '{::comment}\nx\n{:/comment}\n\n'.repeat(n)) },
  { name: 'nomarkdown extensions', n: 26, make: post((n) => '{::nomarkdown}<b>x</b>{:/}\n\n'.repeat(n)) },
  { name: 'options extensions', n: 20, make: post((n) => '{::options auto_ids="false" /}\n\n# H\n\n'.repeat(n)) },
  { name: '{:toc} over many headers', n: 63, make: post((n) => `* toc\n{:toc}\n\n${'## Header\n\n'.repeat(n)}`) },
  { name: 'end-of-block markers', n: 106, make: post((n) => 'para\n^\n'.repeat(n)) },
];

const kramdownSpans: Family[] = [
  { name: 'emphasis and strong', n: 37, make: post((n) => '*a* **b** _c_ __d__ '.repeat(n)) },
  { name: 'unmatched *', n: 182, make: post((n) => '*a '.repeat(n)) },
  { name: 'unmatched **', n: 171, make: post((n) => '**a '.repeat(n)) },
  { name: 'unmatched _ inside words', n: 187, make: post((n) => 'a_b '.repeat(n)) },
  { name: 'unmatched _ opening words', n: 150, make: post((n) => '_a_b '.repeat(n)) },
  { name: 'unmatched * before a later <', n: 150, make: post((n) => `${'*a '.repeat(n)}<b>x</b>`) },
  { name: 'code spans', n: 106, make: post((n) => '`code` '.repeat(n)) },
  { name: 'inline links', n: 32, make: post((n) => '[a](http://x.com/ "t") '.repeat(n)) },
  { name: 'reference links', n: 106, make: post((n) => `${'[a][r] '.repeat(n)}\n\n[r]: http://x.com/\n`) },
  { name: 'unresolved references', n: 53, make: post((n) => '[a][nope] [b] '.repeat(n)) },
  { name: 'images', n: 57, make: post((n) => '![x](/a.png) '.repeat(n)) },
  { name: 'autolinks', n: 23, make: post((n) => '<http://example.com/> <a@b.com> '.repeat(n)) },
  { name: 'span HTML', n: 27, make: post((n) => 'x <span class="a">y</span> '.repeat(n)) },
  { name: 'unclosed span HTML', n: 200, make: post((n) => 'x <span>y '.repeat(n)) },
  { name: 'entities', n: 20, make: post((n) => '&amp; &copy; &#1234; &#x41; &bogus; '.repeat(n)) },
  { name: 'smart quotes and typographic symbols', n: 29, make: post((n) => '"a" \'b\' -- --- ... << >> '.repeat(n)) },
  { name: 'escapes', n: 41, make: post((n) => '\\* \\_ \\` \\[ \\\\ \\| '.repeat(n)) },
  { name: 'footnote markers', n: 10, make: post((n) => `${'x[^1] '.repeat(n)}\n\n[^1]: note\n`) },
  { name: 'abbreviation uses', n: 149, make: post((n) => `${'HTML '.repeat(n)}\n\n*[HTML]: Hyper Text\n`) },
  { name: 'inline math', n: 62, make: post((n) => '$$x^2$$ and '.repeat(n)) },
  { name: 'line breaks', n: 93, make: post((n) => 'a  \nb\\\\\n'.repeat(n)) },
  { name: 'inline IALs', n: 83, make: post((n) => '*a*{:.c} '.repeat(n)) },
  { name: 'link openers with no ]', n: 150, make: post((n) => '[a '.repeat(n)) },
  { name: 'runs of [', n: 750, make: post((n) => `${'['.repeat(n)}a`) },
  { name: 'emphasis n deep', n: 375, make: post((n) => `${'*'.repeat(n)}a${'*'.repeat(n)}`) },
  { name: 'links n deep in link text', n: 125, make: post((n) => '[a'.repeat(n) + '](u)'.repeat(n)) },
  { name: 'runs of <', n: 750, make: post((n) => '<'.repeat(n)) },
  { name: 'runs of &', n: 750, make: post((n) => '&'.repeat(n)) },
  { name: 'strikethrough-like tildes', n: 124, make: post((n) => '~~a~~ '.repeat(n)) },
];

const html: Family[] = [
  { name: 'nested <div>', n: 200, make: post((n) => '<div>'.repeat(n)) },
  { name: 'nested <span> in a paragraph', n: 223, make: post((n) => `x ${'<span>'.repeat(n)}\n`) },
  { name: 'unclosed <div> blocks', n: 200, make: post((n) => '<div>\n\n'.repeat(n)) },
  { name: 'unclosed <p> in a block', n: 63, make: post((n) => `<div>\n${'<p>x\n'.repeat(n)}</div>\n`) },
  // kramdown nests a <b> for each: n over build-dom's depth limit (180), so that every size goes to parse5.
  { name: 'misnested <b><i></b></i> in a block', n: 200, make: post((n) => `<div>${'<b><i>x</b></i>'.repeat(n)}</div>\n`) },
  { name: 'misnested <b><i></b></i>, a block each', n: 100, make: post((n) => '<div><b><i>x</b></i></div>\n\n'.repeat(n)) },
  { name: 'misnested <b><i></b></i> in a paragraph', n: 200, make: post((n) => `x ${'<b><i>y</b></i> '.repeat(n)}\n`) },
  { name: 'unclosed <b> in a block', n: 200, make: post((n) => `<div>${'<b>x'.repeat(n)}</div>\n`) },
  { name: '<a> in <a>', n: 18, make: post((n) => 'x <a href="/1">a <a href="/2">b</a></a> '.repeat(n)) },
  { name: 'stray <td> in a block', n: 74, make: post((n) => `<div>${'<td>x</td>'.repeat(n)}</div>\n`) },
  // A post's DOM read in parts (as one of 100,000 characters or more is): each block alone.
  { name: 'in parts: reshaped blocks among paragraphs', n: 17, make: (n) => 'A paragraph.\n\n<p>a <div>b</div> c</p>\n\n'.repeat(n), run: inParts },
  { name: 'in parts: markup placed by locations', n: 17, make: (n) => 'A paragraph.\n\n{::nomarkdown}<b>x</b>{:/}\n\n'.repeat(n), run: inParts },
  { name: 'in parts: a block left open after paragraphs', n: 34, make: (n) => `${'A paragraph.\n\n'.repeat(n)}{::nomarkdown}<div>{:/}\n\n${'A paragraph.\n\n'.repeat(n)}`, run: inParts },
  { name: 'stray <td> and <tr> in a paragraph', n: 37, make: post((n) => `x ${'<tr><td>y</td></tr> '.repeat(n)}\n`) },
  { name: 'stray </span> in a block', n: 106, make: post((n) => `<div>${'</span>'.repeat(n)}</div>\n`) },
  { name: 'stray </span> in a paragraph', n: 106, make: post((n) => `x ${'</span>'.repeat(n)}\n`) },
  { name: 'HTML comments', n: 62, make: post((n) => '<!-- c -->\n\n'.repeat(n)) },
  { name: 'HTML comments in text', n: 57, make: post((n) => 'x <!-- c --> '.repeat(n)) },
  { name: 'entities in HTML', n: 20, make: post((n) => '<p>&nbsp;&amp;&lt;&#39;&hellip;</p>\n'.repeat(n)) },
  { name: '<p>&nbsp;</p>', n: 53, make: post((n) => '<p>&nbsp;</p>\n'.repeat(n)) },
  { name: '<textarea> raw text', n: 23, make: post((n) => '<textarea>x < y *z*</textarea>\n\n'.repeat(n)) },
  { name: '<script> blocks', n: 22, make: post((n) => '<script>var a = 1 < 2;</script>\n\n'.repeat(n)) },
  { name: 'one long <script>', n: 49, make: post((n) => `<script>\n${'var a = 1 < 2;\n'.repeat(n)}</script>\n`) },
  { name: '<style> blocks', n: 27, make: post((n) => '<style>a { b: c }</style>\n\n'.repeat(n)) },
  { name: '<pre> blocks', n: 50, make: post((n) => '<pre>\na\n</pre>\n'.repeat(n)) },
  // n past buildDom's depth limit (180), so that parse5 reads every size.
  { name: '<span> opened n deep in a <div>', n: 190, make: post((n) => `<div>${'<span>'.repeat(n)}</div>\n`) },
  { name: 'attributes on one element', n: 82, make: post((n) => `<div ${lines(n, (i) => `a${i}="b" `)}>x</div>\n`) },
  { name: 'an HTML document', n: 35, make: (n) => `---\nlayout: none\n---\n<html><body>\n${'<p>x <b>y</b></p>\n'.repeat(n)}</body></html>\n` },
];

const tables: Family[] = [
  { name: 'table rows', n: 74, make: post((n) => `| a | b |\n|---|---|\n${'| 1 | 2 |\n'.repeat(n)}`) },
  { name: 'table columns', n: 62, make: post((n) => `|${' a |'.repeat(n)}\n|${'---|'.repeat(n)}\n|${' 1 |'.repeat(n)}\n`) },
  { name: 'lines of pipes only', n: 106, make: post((n) => '|||\n'.repeat(n)) },
  { name: 'one line of pipes', n: 310, make: post((n) => `${'|'.repeat(n)}\n`) },
  { name: 'cells with code spans', n: 46, make: post((n) => `| a | b |\n|---|---|\n${'| `x|y` | `z` |\n'.repeat(n)}`) },
  { name: 'cells with <code>', n: 19, make: post((n) => `| a | b |\n|---|---|\n${'| <code>x</code> | <code>y|z</code> |\n'.repeat(n)}`) },
  { name: 'table footers and separators', n: 62, make: post((n) => `| a |\n|---|\n${'| 1 |\n|---|\n'.repeat(n)}|===|\n| f |\n`) },
];

const tipLines: Family[] = [
  { name: 'tip lines, one paragraph', n: 24, make: post((n) => '제보 전화 02-123-4567 이메일 a@b.com\n'.repeat(n)) },
  { name: 'tip lines, one a paragraph', n: 24, make: post((n) => '제보 전화 02-123-4567 이메일 a@b.com\n\n'.repeat(n)) },
  { name: 'tip lines with ▶ and KakaoTalk', n: 18, make: post((n) => '▶ 제보: 카카오톡 okjebo / 이메일 jebo@yna.co.kr\n\n'.repeat(n)) },
  {
    name: 'tip-line lists',
    n: 6,
    make: post((n) => "* 제보하기 ▷ 전화 : 02-123-4567, 8888\n* 이메일 : tips@example.co.kr\n* 카카오톡 : '예시뉴스제보' 검색\n* 네이버, 유튜브에서 예시뉴스를 구독해주세요!\n\n".repeat(n)),
  },
  { name: 'homepage lines', n: 14, make: post((n) => '홈페이지 https://www.example.co.kr/jebo 문의 02-123-4567\n\n'.repeat(n)) },
  { name: 'a long line of phone numbers', n: 57, make: post((n) => `전화 ${'02-123-4567, '.repeat(n)}\n`) },
  { name: 'news sentences with numbers', n: 17, make: post((n) => '시청은 2024년 예산 1234억 원을 편성했다고 밝혔다. 문의는 없었다.\n'.repeat(n)) },
];

const notes: Family[] = [
  { name: 'generator notes', n: 32, make: post((n) => '본문 (단어 수: 2, 문자 수: 5)\n\n'.repeat(n)) },
  { name: 'generator notes in one paragraph', n: 34, make: post((n) => '본문 (단어 수: 2, 문자 수: 5) '.repeat(n)) },
  { name: 'character-count notes', n: 21, make: post((n) => '본문 (글자 수: 공백 포함 553자, 공백 제외 400자)\n\n'.repeat(n)) },
  { name: 'English word-count notes', n: 34, make: post((n) => 'Text word count: 350\n\n'.repeat(n)) },
  { name: 'a note in a long excerpt', n: 106, make: (n) => `---\ntitle: t\nexcerpt: "${'요약 문장. '.repeat(n)}(단어 수: 2, 문자 수: 5)"\n---\n본문\n` },
];

const yaml: Family[] = [
  { name: 'YAML: many keys', n: 91, make: frontMatter((n) => lines(n, (i) => `k${i}: v\n`)) },
  { name: 'YAML: many quoted keys', n: 58, make: frontMatter((n) => lines(n, (i) => `"k ${i}": 'v'\n`)) },
  { name: 'YAML: many dates', n: 44, make: frontMatter((n) => lines(n, (i) => `d${i}: 2024-01-${String((i % 28) + 1).padStart(2, '0')}\n`)) },
  { name: 'YAML: nested mappings (depth < guard)', n: 9, make: frontMatter((n) => lines(n, (i) => `${'  '.repeat(i)}k${i}:\n`) + `${'  '.repeat(n)}v: 1\n`) },
  { name: 'YAML: nested flow sequences (depth < guard)', n: 20, make: frontMatter((n) => `a: ${'['.repeat(n)}1${']'.repeat(n)}\n`) },
  { name: 'YAML: a long flow sequence', n: 249, make: frontMatter((n) => `tags: [${'a, '.repeat(n)}b]\n`) },
  { name: 'YAML: a long block sequence', n: 124, make: frontMatter((n) => `tags:\n${'  - a\n'.repeat(n)}`) },
  // Anchored one-line scalars and their aliases: read by the fast path, from a Map of the anchors.
  { name: 'YAML: anchors and aliases of scalars', n: 91, make: frontMatter((n) => lines(n, (i) => `a${i}: &x${i} v\nb${i}: *x${i}\n`)) },
  // yaml finds each alias's anchor by a scan of every anchor and alias before it (n² for n pairs):
  // past MAX_ANCHORS_AND_ALIASES (2,000) the front matter is refused unread, so n starts past it.
  { name: 'YAML: anchors and aliases of collections (past the limit)', n: 1001, make: frontMatter((n) => lines(n, (i) => `a${i}: &x${i} [v]\nb${i}: *x${i}\n`)) },
  { name: 'YAML: one anchor, many aliases (within the limit)', n: 10, make: frontMatter((n) => `a: &x v\nl:\n${'  - *x\n'.repeat(n)}`) },
  { name: 'YAML: a long block scalar', n: 44, make: frontMatter((n) => `excerpt: |\n${'  a line of text\n'.repeat(n)}`) },
  { name: 'YAML: a long folded scalar', n: 44, make: frontMatter((n) => `excerpt: >\n${'  a line of text\n'.repeat(n)}`) },
  { name: 'YAML: a long quoted scalar', n: 149, make: frontMatter((n) => `title: "${'a \\" '.repeat(n)}"\n`) },
  { name: 'YAML: comments', n: 62, make: frontMatter((n) => `title: t\n${'# a comment\n'.repeat(n)}`) },
  { name: 'YAML: syntax errors', n: 64, make: frontMatter((n) => 'a: b: c\n'.repeat(n)) },
  { name: 'YAML: merge keys', n: 53, make: frontMatter((n) => `b: &b {x: 1}\n${lines(n, (i) => `k${i}: {<<: *b}\n`)}`) },
];

const liquid: Family[] = [
  { name: 'Liquid: {% if %}', n: 17, make: post((n) => '{% if page.title %}x{% else %}y{% endif %}\n'.repeat(n)) },
  { name: 'Liquid: {% for %} over a small array', n: 18, make: post((n) => '{% for x in (1..3) %}{{ x }}{% endfor %}\n'.repeat(n)) },
  { name: 'Liquid: output with filters', n: 18, make: post((n) => '{{ page.title | upcase | append: "!" }}\n'.repeat(n)) },
  { name: 'Liquid: {% raw %}', n: 25, make: post((n) => '{% raw %}{{ x }}{% endraw %}\n'.repeat(n)) },
  { name: 'Liquid: one long {% raw %}', n: 93, make: post((n) => `{% raw %}${'{{ x }} '.repeat(n)}{% endraw %}\n`) },
  { name: 'Liquid: {% comment %}', n: 24, make: post((n) => '{% comment %}x{% endcomment %}\n'.repeat(n)) },
  { name: 'Liquid: {% highlight ruby %}', n: 15, make: post((n) => '{% highlight ruby %}\nputs 1\n{% endhighlight %}\n\n'.repeat(n)) },
  { name: 'Liquid: {% assign %}', n: 17, make: post((n) => lines(n, (i) => `{% assign v${i} = "a" | upcase %}{{ v${i} }}\n`)) },
  { name: 'Liquid: unknown tags', n: 44, make: post((n) => '{% nosuchtag %}\n\n'.repeat(n)) },
  { name: 'Liquid: unclosed {% if %}', n: 62, make: post((n) => '{% if a %}x\n'.repeat(n)) },
  { name: 'Liquid: unclosed {{', n: 106, make: post((n) => 'x {{ a '.repeat(n)) },
  { name: 'Liquid: runs of {{', n: 375, make: post((n) => '{{'.repeat(n)) },
];

const characters: Family[] = [
  { name: 'control characters', n: 149, make: post((n) => 'a\u0001b\u0007 '.repeat(n)) },
  { name: 'U+2028 in a paragraph', n: 187, make: post((n) => 'a\u2028b '.repeat(n)) },
  { name: 'U+2029 between lines', n: 187, make: post((n) => 'a\u2029b\n'.repeat(n)) },
  { name: 'CRLF line ends', n: 93, make: post((n) => 'a line\r\n'.repeat(n)) },
  { name: 'CR line ends', n: 107, make: post((n) => 'a line\r'.repeat(n)) },
  { name: 'NUL characters', n: 249, make: post((n) => 'a\u0000 '.repeat(n)) },
];

/**
 * bench-hostile.mjs's CASES, each scaled by n. Those not here are families above: U+2028 in a
 * paragraph, nested <div>, table rows, unclosed <div> blocks, stray </span> in a block, tip
 * lines (one paragraph), generator notes, <p>&nbsp;</p>, images.
 */
const hostile: Family[] = [
  { name: 'hostile: table rows of | and <code>', n: 106, make: post((n) => '|<code>'.repeat(n)) },
  { name: 'hostile: unclosed link titles [a](b "', n: 106, make: post((n) => '[a](b "'.repeat(n)) },
  { name: 'hostile: unclosed autolinks <http:', n: 124, make: post((n) => '<http:'.repeat(n)) },
  { name: "hostile: a list item's first line of spaces", n: 1000, make: post((n) => `* ${' '.repeat(n)}x\n`) },
  { name: 'hostile: leading tabs', n: 187, make: post((n) => '\t\ta\n'.repeat(n)) },
  { name: 'hostile: ever shorter backtick runs', n: 10, make: post((n) => lines(n, (i) => `${'`'.repeat(n - i)}a `)) },
  { name: 'hostile: ever shorter unclosed fences', n: 10, make: post((n) => lines(n, (i) => `${'`'.repeat(n + 3 - i)}\n`)) },
  { name: 'hostile: fence openers with info, never closed', n: 74, make: post((n) => '```js x\na\n'.repeat(n)) },
  { name: 'hostile: unclosed start tags with many attributes', n: 124, make: post((n) => `<div ${'a="b" '.repeat(n)}\n`) },
  { name: 'hostile: front matter with many keys', n: 91, make: frontMatter((n) => lines(n, (i) => `k${i}: v\n`)) },
  { name: 'hostile: lines of 200 pipes', n: 2, make: post((n) => `${'|'.repeat(200)}\n`.repeat(n)) },
  { name: 'hostile: real posts, one file', n: 1, make: post((n) => realPosts().repeat(n)) },
];

let fixturePosts: string | undefined;
/**
 * Whole bodies of fixtures/*\/post.md, in name order, to some 1,500 characters: repeated rather than
 * cut at n characters, so that each size holds the same constructs (a cut would let the larger sizes
 * reach the posts that need parse5, and measure a change of path as growth).
 */
function realPosts(): string {
  if (fixturePosts !== undefined) return fixturePosts;
  const dir = new URL('../../fixtures/', import.meta.url);
  const names = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(new URL(`${entry.name}/post.md`, dir)))
    .map((entry) => entry.name)
    .sort();
  let posts = '';
  for (const name of names) {
    if (posts.length >= 1_500) break;
    posts += `${readFileSync(new URL(`${name}/post.md`, dir), 'utf8').replace(/^---[\s\S]*?\n---\n/, '')}\n\n`;
  }
  fixturePosts = posts;
  return posts;
}

const TEXTS = {
  Korean: '전통시장 지원이 확대되어 상인들의 부담이 줄어듭니다. ',
  English: 'The market support grows, and the traders pay less. ',
  Japanese: '市場への支援が拡大され、商人の負担が減ります。',
  Thai: 'การสนับสนุนตลาดเพิ่มขึ้น และพ่อค้าจ่ายน้อยลง ',
};
const HELPERS: Record<string, Run> = {
  countWords: (text) => countWords(text),
  countCharacters: (text) => countCharacters(text),
  readingTime: (text) => readingTime(text),
  makeExcerpt: (text) => makeExcerpt(text),
};
const textHelpers: Family[] = Object.entries(HELPERS).flatMap(([helper, run]) =>
  Object.entries(TEXTS).map(([language, text]) => ({ name: `${helper} on ${language}`, n: 15, make: (n: number) => text.repeat(n), run })),
);

/** The families by the part of the reader they exercise, for the audit's summary. */
export const FAMILY_GROUPS: Readonly<Record<string, readonly Family[]>> = {
  'kramdown blocks': kramdownBlocks,
  'kramdown spans': kramdownSpans,
  HTML: html,
  tables,
  'tip lines': tipLines,
  'generator notes': notes,
  'YAML front matter': yaml,
  Liquid: liquid,
  'control characters, separators': characters,
  'bench-hostile cases': hostile,
  'text helpers': textHelpers,
};

export const FAMILIES: readonly Family[] = Object.values(FAMILY_GROUPS).flat();
