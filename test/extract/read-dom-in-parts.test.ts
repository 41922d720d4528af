import { existsSync, readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collect } from '../../src/extract/collect.ts';
import { readDom } from '../../src/extract/read-dom.ts';
import { readDomInParts } from '../../src/extract/read-dom-in-parts.ts';
import { treeFacts } from '../../src/extract/tree-facts.ts';
import { readFrontMatter } from '../../src/front-matter/read-front-matter.ts';
import { buildDom } from '../../src/html/build-dom.ts';
import type { ChildNode, Element } from '../../src/html/parse-html.ts';
import { parseKramdown } from '../../src/kramdown/parse.ts';
import { markedHtml } from '../../src/kramdown/writer/marked-html.ts';
import { createLineIndex } from '../../src/position/line-index.ts';
import { shared } from '../helpers.ts';

/** The DOM's shape and texts, markers left out: what a browser builds. */
function shape(root: Element): string {
  const out: string[] = [];
  const pending: Array<ChildNode | string> = [root];
  while (pending.length > 0) {
    const next = pending.pop() as ChildNode | string;
    if (typeof next === 'string') out.push(next);
    else if ('tagName' in next) {
      out.push(`<${next.tagName} ${next.attrs.filter((a) => a.name !== '@').map((a) => `${a.name}=${JSON.stringify(a.value)}`).join(' ')}>`);
      pending.push(`</${next.tagName}>`);
      for (let i = next.childNodes.length - 1; i >= 0; i--) pending.push(next.childNodes[i] as ChildNode);
    } else if ('value' in next) out.push(`#text${JSON.stringify(next.value)}`);
    else if ('data' in next) out.push(`#comment${JSON.stringify(next.data)}`);
  }
  return out.join('\n');
}

/** What an Article reads of a body's DOM, read in parts wherever it can be (`from` 0) or whole (`Infinity`). */
function readAs(body: string, from: number): { shape: string; parts: string; flattened: boolean } {
  const result = parseKramdown(body, 0);
  const dom = readDom(result.fragment, from);
  const facts = treeFacts(result.root, result.footnotes);
  const parts = collect(dom.body, { elements: dom.elements, map: dom.map, lines: createLineIndex(body), pipeTables: facts.pipeTables, texts: new Map(), ...(dom.bodyTexts ? { bodyTexts: dom.bodyTexts } : {}) });
  return { shape: dom.body ? shape(dom.body) : '', parts: JSON.stringify(parts, (_key, value: unknown) => (typeof value === 'object' && value !== null && 'nodeName' in value ? `<${String(value.nodeName)}>` : value)), flattened: dom.flattened !== undefined };
}

const inParts = (body: string): boolean => {
  const fragment = parseKramdown(body, 0).fragment;
  return readDomInParts(fragment, markedHtml(fragment)) !== undefined;
};

const BLOCKS = [
  '# 제목', '글 **굵게** [링크](/a "t") 끝', '- 하나\n- 둘', '| a | b |\n|---|---|\n| 1 | 2 |', '```ruby\ndef a\n```', '> 인용', '![그림](/b.png)', '각주[^1]\n\n[^1]: 주석',
  '<p>앞 <div>블록</div> 뒤</p>', '<b><i>어긋</b>남</i>', '<div>안 닫힘', '<table><td>칸</td></table>', '<a href="/1">바깥 <a href="/2">안</a></a>', '글 {::nomarkdown}<b>x</b>{:/}',
  '<textarea>글', '<!-- 안 닫힌 주석', '<select><option>x', '<template>t</template>', '<font color="red">x</font>', '<svg><style>x</style></svg>', '<pre>\nx</pre>', '</p>', '</div>',
  '<video src="/v"></video>', '<li>떨어진 항목</li>', '<tr><td>x</td></tr>', '<caption>c</caption>', '<b>열림', '<nobr>x', '<plaintext>끝까지', '<xmp>a<b>b</xmp>', '<iframe src="/f"></iframe>',
  '<noscript><p>n</p></noscript>', '<p>문단', '<i>기울', '<span>s', '<center>c</center>', '<dl><dt>t<dd>d</dl>', '<math><mi>x</mi></math>', '<marquee>m</marquee>', '<object>o</object>',
  '<ruby>r<rt>t</rt></ruby>', '<hr>', '<br>', '<h2>h</h2>', '<ul><li>a<li>b</ul>', '<table><tr><td>a<table><tr><td>b</table></table>', '<a href="/x">링크', '<div><p>p</div>', '글 <b>굵',
  '<리스트>\n<li>항목</li>\n</리스트>', '{::nomarkdown}글 그대로{:/}', '{::nomarkdown}&#10;{:/}', '<div markdown="1">\n*a*\n</div>', '$$\nx^2\n$$', '<details><summary>s</summary>d</details>',
];

describe('readDomInParts', () => {
  it('reads every post of the shared sets that parse5 reads as a whole parse does', () => {
    const dirs = [`${shared}corpus/posts/`, ...readdirSync(`${shared}sites`).map((site) => `${shared}sites/${site}/_posts/`)].filter((dir) => existsSync(dir));
    let read = 0;
    for (const dir of dirs) {
      for (const name of readdirSync(dir).filter((f) => /\.(md|markdown)$/.test(f))) {
        const source = readFileSync(`${dir}${name}`, 'utf8');
        const body = source.slice(readFrontMatter(source, createLineIndex(source)).bodyOffset);
        if (buildDom(parseKramdown(body, 0).fragment) !== undefined || !inParts(body)) continue;
        read++;
        expect(readAs(body, 0), name).toEqual(readAs(body, Infinity));
      }
    }
    expect(read).toBeGreaterThanOrEqual(7); // the posts buildDom declines whole and some blocks of which it builds
  });

  it('reads generated documents of blocks a browser keeps and blocks it reshapes as a whole parse does', () => {
    let read = 0;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...BLOCKS), { minLength: 2, maxLength: 12 }), (blocks) => {
        const body = `${blocks.join('\n\n')}\n`;
        if (inParts(body)) read++;
        expect(readAs(body, 0)).toEqual(readAs(body, Infinity));
      }),
      { seed: Number(process.env['FUZZ_SEED'] ?? 20261202), numRuns: Number(process.env['FUZZ_RUNS'] ?? 600) },
    );
    expect(read).toBeGreaterThan(100);
  });

  it('declines what a part cannot be read alone for, and what leaves the document open', () => {
    expect(inParts('# a\n\n<p>앞 <div>블록</div> 뒤</p>\n\n# b\n')).toBe(true);
    expect(inParts('{::nomarkdown}<!DOCTYPE html>{:/}\n\n<p>앞 <div>블록</div> 뒤</p>\n\n# b\n')).toBe(false);
    expect(inParts('# a\n\n<form>\n\n<p>앞 <div>블록</div> 뒤</p>\n')).toBe(false);
    expect(inParts('# a\n\n{::nomarkdown}</body>{:/}\n\n<p>앞 <div>블록</div> 뒤</p>\n')).toBe(false);
    // Open from the first block to the end: the whole document is one run, the caller's to parse.
    expect(inParts('{::nomarkdown}<div>{:/}\n\n# a\n\n# b\n')).toBe(false);
    // Open from the second block on: the first is built, the rest parsed as one run.
    expect(inParts('# a\n\n{::nomarkdown}<div>{:/}\n\n# b\n\n# c\n')).toBe(true);
  });
});
