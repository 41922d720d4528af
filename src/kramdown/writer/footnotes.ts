import { entityByName, type Entity } from '../entities.ts';
import { type KNode, node } from '../nodes.ts';
import { convertTree, entityString, indentedBlockHtml, type Writer } from './convert.ts';
import { escapeText, Fragment } from './fragment.ts';

export interface FootnoteState {
  counter: number;
  start: number;
  /** Footnotes in the order their first marker was written. */
  list: Array<{ name: string; content: KNode; number: number; repeats: number; marker: KNode }>;
  byName: Map<string, FootnoteState['list'][number]>;
  /** Where `{:footnotes}` asked the footnotes to go. */
  placeholder: Fragment | undefined;
}

/** kramdown's convert_footnote: the numbered reference, counting repeats. */
export function footnoteMarker(w: Writer, el: KNode, out: Fragment): void {
  const name = `${w.options.footnote_prefix}${el.name ?? ''}`;
  const { footnotes } = w;
  let repeat = '';
  let footnote = footnotes.byName.get(name);
  if (footnote !== undefined) {
    footnote.repeats += 1;
    repeat = `:${footnote.repeats}`;
  } else {
    footnote = { name, content: el.footnote ?? node('footnote_def', el.start), number: footnotes.counter, repeats: 0, marker: el };
    footnotes.counter += 1;
    footnotes.list.push(footnote);
    footnotes.byName.set(name, footnote);
  }
  const sup = { id: `fnref:${name}${repeat}`, role: 'doc-noteref' };
  const a = { href: `#fn:${name}`, class: 'footnote', rel: 'footnote' };
  out
    .start('sup', sup, el, false, `<sup id="fnref:${name}${repeat}" role="doc-noteref">`)
    .start('a', a, el, false, `<a href="#fn:${name}" class="footnote" rel="footnote">`)
    .text(String(footnote.number), el.start)
    .end('a', el.end)
    .end('sup', el.end);
}

const NBSP = entityByName('nbsp') as Entity;

/**
 * kramdown's FOOTNOTE_BACKLINK_FMT, written as elements rather than raw HTML, so that a DOM can be
 * built from it: `&nbsp;<a href="#fnref:NAME" class="reversefootnote" role="doc-backlink">&#8617;<sup>2</sup></a>`.
 */
export function footnoteBacklink(w: Writer, el: KNode, out: Fragment): void {
  const target = el.name ?? '';
  const attrs = { href: `#fnref:${target}`, class: 'reversefootnote', role: 'doc-backlink' };
  out
    .text(el.value ?? '', el.start)
    .start('a', attrs, el, false, `<a href="#fnref:${target}" class="reversefootnote" role="doc-backlink">`)
    .text(escapeText(w.options.footnote_backlink), el.start);
  if (el.level !== undefined) out.start('sup', undefined, el).text(String(el.level), el.start).end('sup', el.end);
  out.end('a', el.end);
}

/** kramdown's footnote_content: the list of the footnotes referenced, with their backlinks. */
export function footnoteContent(w: Writer): Fragment {
  const { footnotes } = w;
  if (footnotes.list.length === 0) return new Fragment();
  const items = new Fragment();
  const nbsp = entityString(w, NBSP);
  for (const footnote of footnotes.list) {
    const { name, content, repeats } = footnote;
    const li = node('li', content.start, content.end, { attrs: { id: `fn:${name}`, role: 'doc-endnote' } });
    li.children = [...content.children];
    let para: KNode | undefined;
    let insertSpace = false;
    const lastType = li.children.at(-1)?.type;
    if (lastType === 'p' || w.options.footnote_backlink_inline) {
      // Copies along the way down, so that the definition itself is left as it was.
      let parent = li;
      for (;;) {
        const last = parent.children.at(-1);
        if (last === undefined || last.type === 'p' || last.type === 'header') break;
        const copy = { ...last, children: [...last.children] };
        parent.children[parent.children.length - 1] = copy;
        parent = copy;
      }
      const last = parent.children.at(-1);
      if (last !== undefined) {
        para = { ...last, children: [...last.children] };
        parent.children[parent.children.length - 1] = para;
      }
      insertSpace = true;
    }
    if (para === undefined) {
      para = node('p', content.end, content.end);
      li.children.push(para);
      insertSpace = false;
    }
    if (w.options.footnote_backlink !== '') {
      const backlink = (space: string, target: string, repeat?: number): KNode => node('footnote_backlink', content.end, content.end, { value: space, name: target, level: repeat });
      para.children.push(backlink(insertSpace ? nbsp : '', name));
      for (let index = 1; index <= repeats; index++) para.children.push(backlink(nbsp, `${name}:${index}`, index + 1));
    }
    convertTree(w, li, 4, items);
  }
  const olAttrs = footnotes.start !== 1 ? { start: String(footnotes.start) } : undefined;
  const first = footnotes.list[0]?.content ?? node('ol', 0);
  const last = footnotes.list.at(-1)?.content ?? first;
  const ol = indentedBlockHtml('ol', olAttrs, items, 2, node('ol', first.start, last.end));
  const div = node('html_element', first.start, last.end, { name: 'div', category: 'block' });
  return indentedBlockHtml('div', { class: 'footnotes', role: 'doc-endnotes' }, ol, 0, div);
}
