import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { fromParse5 } from 'hast-util-from-parse5';
import { toText } from 'hast-util-to-text';
import { type DefaultTreeAdapterTypes, defaultTreeAdapter, html as html5, parse, parseFragment } from 'parse5';
import { describe, expect, it } from 'vitest';
import { innerText, innerTextRecording } from '../../src/html/inner-text.ts';
import { parseArticle } from '../../src/index.ts';

type Node = DefaultTreeAdapterTypes.ParentNode | DefaultTreeAdapterTypes.ChildNode;
type Element = DefaultTreeAdapterTypes.Element;

const reference = (node: Node): string => toText(fromParse5(node as never) as never);

/** `node` and every node under it (template contents included), without recursion. */
function nodesOf(root: Node): Node[] {
  const nodes: Node[] = [];
  const pending: Node[] = [root];
  while (pending.length > 0) {
    const node = pending.pop() as Node;
    nodes.push(node);
    if ('childNodes' in node) for (let i = node.childNodes.length - 1; i >= 0; i--) pending.push(node.childNodes[i] as Node);
    if ('content' in node) pending.push(node.content);
  }
  return nodes;
}

const describeNode = (node: Node): string => ('tagName' in node ? `<${node.tagName}>` : node.nodeName);

/** The first node under `root` whose innerText differs from hast-util-to-text's, described. */
function firstDifference(root: Node, label: string): string | undefined {
  for (const node of nodesOf(root)) {
    const expected = reference(node);
    const actual = innerText(node);
    if (actual !== expected) {
      return `${label}: ${describeNode(node)}\nexpected ${JSON.stringify(expected)}\nreceived ${JSON.stringify(actual)}`;
    }
  }
  return undefined;
}

function bodyOf(source: string): Element {
  const document = parse(source);
  const root = document.childNodes.find((node) => node.nodeName === 'html') as Element;
  return root.childNodes.find((node) => node.nodeName === 'body') as Element;
}

function find(root: Node, tagName: string): Element {
  const found = nodesOf(root).find((node): node is Element => 'tagName' in node && node.tagName === tagName);
  if (found === undefined) throw new Error(`no <${tagName}>`);
  return found;
}

/** innerText of `node`, checked against hast-util-to-text on the way. */
function textOf(node: Node): string {
  const text = innerText(node);
  expect(text, 'hast-util-to-text disagrees').toBe(reference(node));
  return text;
}

const bodyText = (source: string): string => textOf(bodyOf(source));

/** An element built by hand (a fragment for `#`), with elements and text as children. */
function build(tagName: string, namespace: html5.NS, ...children: Array<Node | string>): DefaultTreeAdapterTypes.ParentNode {
  const parent = tagName === '#' ? defaultTreeAdapter.createDocumentFragment() : defaultTreeAdapter.createElement(tagName, namespace, []);
  for (const child of children) {
    if (typeof child === 'string') defaultTreeAdapter.insertText(parent, child);
    else defaultTreeAdapter.appendChild(parent, child as DefaultTreeAdapterTypes.ChildNode);
  }
  return parent;
}

describe('innerText', () => {
  describe('line breaks', () => {
    it('gives block-level elements one required line break either side, dropped at the edges', () => {
      expect(bodyText('<div>a</div><div>b</div>')).toBe('a\nb');
      expect(bodyText('a<ul><li>b</li><li>c</li></ul>d')).toBe('a\nb\nc\nd');
      expect(bodyText('<ul>\n<li>a</li>\n<li>b</li>\n</ul>')).toBe('a\nb');
    });

    it('gives <p> two, and a run of breaks its largest count', () => {
      expect(bodyText('x<p>a</p>y')).toBe('x\n\na\n\ny');
      expect(bodyText('<p>a</p><p>b</p>')).toBe('a\n\nb');
      expect(bodyText('<div>a</div><p>b</p>')).toBe('a\n\nb');
      expect(bodyText('<h2>t</h2>\n<p>p</p>')).toBe('t\n\np');
    });

    it('turns <br> into a line feed, kept even at the edges', () => {
      expect(bodyText('a<br>b')).toBe('a\nb');
      expect(bodyText('<br><br>a<br><br>')).toBe('\n\na\n\n');
      // The space before a <br> goes, the one after it stays.
      expect(bodyText('<span>a <br> b</span>')).toBe('a\n b');
    });
  });

  describe('tables', () => {
    it('separates cells with tabs and rows with line feeds', () => {
      expect(bodyText('<table><tr><td>a</td><td>b</td></tr><tr><th>c</th><td>d</td></tr></table>')).toBe('a\tb\nc\td');
      expect(bodyText('<table><thead><tr><th>h</th></tr></thead><tbody><tr><td>1</td></tr><tr><td>2</td></tr></tbody></table>')).toBe(
        'h\n1\n2',
      );
      expect(bodyText('<table><caption>c</caption><tr><td>a</td></tr></table>')).toBe('c\na');
    });

    it('drops white space between table parts, but not inside cells', () => {
      expect(bodyText('<table>\n<tr> <td> a </td> <td> b </td> </tr>\n</table>')).toBe(' a \t b ');
      // Form feeds and carriage returns count there (and only there).
      expect(bodyText('<table>\f<tr><td>a</td></tr>&#13;</table>')).toBe('a');
    });

    it('gives a table no breaks of its own', () => {
      expect(bodyText('before<table><tr><td>a</td></tr></table>after')).toBe('beforeaafter');
      expect(bodyText('<table><tr><td>a</td></tr></table><table><tr><td>b</td></tr></table>')).toBe('ab');
    });

    it('keeps the white space of a cell with nowrap', () => {
      expect(bodyText('<table><tr><td nowrap>a   b</td><td>c   d</td></tr></table>')).toBe('a   b\tc d');
      expect(bodyText('<table><tr><th nowrap="">a \n b</th></tr></table>')).toBe('a \n b');
    });
  });

  describe('preformatted text', () => {
    it('keeps white space in pre, listing, plaintext, xmp, textarea and nobr', () => {
      expect(bodyText('<pre>  a\n   b  </pre>')).toBe('  a\n   b  ');
      expect(bodyText('<pre wrap>a  b</pre>')).toBe('a  b');
      expect(bodyText('<listing>\n a  b</listing>')).toBe(' a  b');
      expect(bodyText('<xmp> a  <b> </xmp>')).toBe(' a  <b> ');
      expect(bodyText('<plaintext>  a  </b>')).toBe('  a  </b>');
      expect(bodyText('<textarea>  a\n b </textarea>')).toBe('  a\n b ');
      expect(bodyText('<nobr>a   b</nobr>')).toBe('a   b');
    });
  });

  describe('elements that are not rendered', () => {
    it('skips elements with a hidden attribute, whatever its value', () => {
      for (const attribute of ['hidden', 'hidden=""', 'hidden="hidden"', 'hidden="false"']) {
        expect(bodyText(`<div ${attribute}>x</div>y`)).toBe('y');
      }
      expect(bodyText('<table><tr><td>a<td hidden>b<td>c</table>')).toBe('a\tc');
    });

    it('keeps an SVG element with an empty hidden attribute, which hast keeps as ""', () => {
      expect(bodyText('<svg hidden="">x</svg>y')).toBe('xy');
      expect(bodyText('<svg hidden="h">x</svg>y')).toBe('y');
    });

    it('skips a dialog without open', () => {
      expect(bodyText('<dialog>x</dialog>y')).toBe('y');
      expect(bodyText('<dialog open>x</dialog>y')).toBe('x\ny');
      expect(bodyText('<dialog open="false">x</dialog>y')).toBe('x\ny');
    });

    it('skips head, title, style, script, template, noscript and rp', () => {
      expect(textOf(parse('<title>T</title><style>s</style><script>j</script><p>a</p>'))).toBe('a');
      expect(bodyText('<template>t</template>a<noscript>n</noscript>')).toBe('a');
      expect(bodyText('<ruby>漢<rp>(</rp><rt>kan</rt><rp>)</rp></ruby>')).toBe('漢kan');
    });

    it('still gives the text of such an element when asked for it, but not of a template', () => {
      expect(textOf(find(parse('<script>  j  k </script>'), 'script'))).toBe(' j k ');
      expect(textOf(find(bodyOf('<div hidden>x</div>'), 'div'))).toBe('x');
      expect(textOf(find(bodyOf('<p>a<template>t</template>'), 'template'))).toBe('');
    });
  });

  describe('white space', () => {
    it('ignores comments, which still split the text around them', () => {
      expect(bodyText('a<!-- x -->b')).toBe('ab');
      expect(bodyText('<p> a</p>')).toBe('a');
      expect(bodyText('<p><!--c--> a</p>')).toBe(' a');
    });

    it('collapses spaces, tabs and line feeds, but no other white space', () => {
      expect(bodyText(' a&#13;b&#9;&#9;c&nbsp; d ')).toBe('a\rb c\u00a0 d');
      expect(bodyText('<p>a\fb \f c</p>')).toBe('a\fb \f c');
      expect(bodyText('<p>a \n b</p><p>a\n\n\nb</p>')).toBe('a b\n\na b');
      expect(bodyText('<b>a</b>\n<b>b</b>x<span> \t </span>y')).toBe('a bx y');
    });

    it('turns a line feed into a space even between Hangul, but not next to a zero-width space', () => {
      expect(bodyText('한\n국')).toBe('한 국');
      expect(bodyText('a\u200b\nb')).toBe('a\u200bb');
      expect(bodyText('a\n&#x200B;b')).toBe('a\u200bb');
    });

    it('drops bidi controls as if they were not there', () => {
      expect(bodyText('a\u200eb \u200e c&#x202A;')).toBe('ab c');
    });
  });

  describe('other nodes', () => {
    it('collapses the white space of a text or comment node', () => {
      const fragment = parseFragment('  a \n b  <!--  x   y  -->');
      expect(textOf(fragment.childNodes[0] as Node)).toBe('a b');
      expect(textOf(fragment.childNodes[1] as Node)).toBe('x y');
    });

    it('gives nothing for a doctype', () => {
      expect(textOf(parse('<!doctype html>a').childNodes[0] as Node)).toBe('');
    });

    it('reads a tag name as hastscript does, as a selector', () => {
      expect(bodyText('<p.x>a</p.x>b')).toBe('a\n\nb');
      expect(bodyText('a<br#x></br#x>b')).toBe('a\nb');
      // No name at all (only in built trees) is a `div`, or a `g` in SVG.
      expect(textOf(build('#', html5.NS.HTML, 'a', build('', html5.NS.HTML, 'b'), 'c'))).toBe('a\nb\nc');
      expect(textOf(build('#', html5.NS.HTML, 'a', build('', html5.NS.SVG, 'b'), 'c'))).toBe('abc');
    });

    it('gives nothing for an HTML template even with children (hast would move them to its content)', () => {
      expect(innerText(build('template', html5.NS.HTML, 'a'))).toBe('');
      expect(textOf(build('template', html5.NS.SVG, 'a'))).toBe('a');
    });
  });

  it('walks deep trees without recursion', () => {
    expect(bodyText(`${'<div><span>'.repeat(150)}x`)).toBe('x');
    const nest = (depth: number): DefaultTreeAdapterTypes.ParentNode => {
      let tree = build('b', html5.NS.HTML, ' x ', build('br', html5.NS.HTML));
      for (let i = 0; i < depth; i++) tree = build(i % 2 ? 'p' : 'li', html5.NS.HTML, tree);
      return tree;
    };
    expect(textOf(nest(300))).toBe(' x\n');
    // Far deeper than hast-util-to-text itself could go.
    expect(innerText(nest(100_000))).toBe(' x\n');
  });
});

describe('innerText against hast-util-to-text', () => {
  it('agrees on every node of every corpus post', () => {
    const dir = new URL('../../../shared/corpus/posts/', import.meta.url);
    const files = readdirSync(dir)
      .filter((file) => file.endsWith('.md'))
      .sort();
    expect(files.length).toBeGreaterThan(0);
    let nodes = 0;
    for (const file of files) {
      const { html } = parseArticle(readFileSync(new URL(file, dir), 'utf8'));
      const body = bodyOf(html);
      nodes += nodesOf(body).length;
      expect(firstDifference(body, file)).toBeUndefined();
    }
    expect(nodes).toBeGreaterThan(10_000);
  });

  it('agrees on every node of random HTML', () => {
    const tags = ['p', 'div', 'span', 'br', 'table', 'tbody', 'tr', 'td', 'th', 'caption', 'pre', 'ul', 'li', 'h2', 'b', 'a'];
    const rare = ['textarea', 'dialog', 'template', 'script', 'style', 'td nowrap', 'div hidden', 'dialog open', 'svg', 'thead'];
    const open = fc.constantFrom(...tags, ...tags, ...rare, 'listing', 'nobr', 'svg hidden=""', 'div hidden="false"', 'p.x');
    const close = fc.constantFrom(...tags, 'textarea', 'dialog', 'template', 'svg', 'pre', 'listing').map((tag) => `</${tag}>`);
    const text = fc.constantFrom(
      ' ', '  ', '\t', '\n', '\n\n', ' \n ', '\r', '\r\n', '&#13;', '\f', ' \f&#13;\n', '\u00a0', '&nbsp;', '\u200b', '&#x200B;', '\u200e',
      '한국어', '글', 'a', 'b c', '&amp;', '&lt;p&gt;', '&#9;', '<!-- c -->',
    );
    const token = fc.oneof({ weight: 3, arbitrary: open.map((tag) => `<${tag}>`) }, { weight: 2, arbitrary: close }, { weight: 5, arbitrary: text });
    const source = fc.array(token, { maxLength: 40 }).map((tokens) => tokens.join(''));
    fc.assert(
      fc.property(source, (html) => {
        const difference = firstDifference(parse(html), 'document') ?? firstDifference(parseFragment(html), 'fragment');
        if (difference !== undefined) throw new Error(`${JSON.stringify(html)}\n${difference}`);
      }),
      { seed: 20261122, numRuns: 300 },
    );
  });
});

/** The first element recorded by innerTextRecording(root) (every element wanted) whose text is not innerText's, described; and how many were recorded. */
function firstRecordingDifference(root: Node, label: string): { difference: string | undefined; recorded: number } {
  const texts = new Map<Node, string>();
  const text = innerTextRecording(root, () => true, texts);
  if (text !== innerText(root)) return { difference: `${label}: the root's own text differs`, recorded: texts.size };
  for (const [node, recorded] of texts) {
    const alone = innerText(node);
    if (recorded !== alone) return { difference: `${label}: ${describeNode(node)}\nalone ${JSON.stringify(alone)}\nrecorded ${JSON.stringify(recorded)}`, recorded: texts.size };
  }
  return { difference: undefined, recorded: texts.size };
}

describe('innerTextRecording', () => {
  it('records the text innerText gives each element of every corpus post', () => {
    const dir = new URL('../../../shared/corpus/posts/', import.meta.url);
    const files = readdirSync(dir).filter((file) => file.endsWith('.md')).sort();
    let recorded = 0;
    for (const file of files) {
      const found = firstRecordingDifference(bodyOf(parseArticle(readFileSync(new URL(file, dir), 'utf8')).html), file);
      expect(found.difference).toBeUndefined();
      recorded += found.recorded;
    }
    expect(recorded).toBeGreaterThan(10_000);
  });

  it('records the text innerText gives each element of random HTML', () => {
    const tags = ['p', 'div', 'span', 'br', 'table', 'tbody', 'tr', 'td', 'th', 'caption', 'pre', 'ul', 'li', 'h2', 'b', 'a'];
    const rare = ['textarea', 'dialog', 'template', 'script', 'td nowrap', 'div hidden', 'dialog open', 'svg', 'thead', 'listing', 'nobr'];
    const open = fc.constantFrom(...tags, ...tags, ...rare).map((tag) => `<${tag}>`);
    const close = fc.constantFrom(...tags, 'pre', 'listing', 'nobr', 'dialog').map((tag) => `</${tag}>`);
    const text = fc.constantFrom(' ', '  ', '\t', '\n', '\n\n', ' \n ', '\u200b', '한국어', 'a', 'b c', '&#9;');
    const token = fc.oneof({ weight: 3, arbitrary: open }, { weight: 2, arbitrary: close }, { weight: 5, arbitrary: text });
    const source = fc.array(token, { maxLength: 40 }).map((tokens) => tokens.join(''));
    fc.assert(
      fc.property(source, (html) => {
        const { difference } = firstRecordingDifference(parse(html), 'document');
        if (difference !== undefined) throw new Error(`${JSON.stringify(html)}\n${difference}`);
      }),
      { seed: Number(process.env['FUZZ_SEED'] ?? 20261204), numRuns: Number(process.env['FUZZ_RUNS'] ?? 2000) },
    );
  });

  it('records a cell and a paragraph, not a row, whose text would differ alone', () => {
    const body = bodyOf('<table><tr><td>가</td><td>나</td></tr><tr><td>다</td></tr></table><pre><p>  라  </p></pre><p> 마 <b>바</b></p>');
    const texts = new Map<Node, string>();
    expect(innerTextRecording(body, () => true, texts)).toBe('가\t나\n다\n\n  라  \n\n마 바');
    expect(texts.get(find(body, 'td'))).toBe('가');
    expect(texts.get(find(body, 'b'))).toBe('바');
    expect(texts.get(find(body, 'pre'))).toBe('  라  ');
    expect(texts.has(find(find(body, 'pre'), 'p'))).toBe(false);
    expect(texts.has(find(body, 'tr'))).toBe(false);
    expect(texts.has(find(body, 'tbody'))).toBe(false);
  });
});
