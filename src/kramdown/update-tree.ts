import { applyIal } from './attribute-list.ts';
import { entityByName, entityChar } from './entities.ts';
import type { KNode } from './nodes.ts';
import { readRaw } from './span-parser.ts';
import type { ParseState } from './state.ts';

/**
 * kramdown's update_tree, after block parsing: the raw text of every element is read as spans
 * (in document order), `eob` markers are dropped and the blank lines they separated merged, and
 * each block takes its IAL (referenced ALDs first). A header's or term's text is kept for its id.
 * Walked with an explicit stack: raw HTML nests deeply.
 */
export function updateTree(state: ParseState, root: KNode, stripHeaderText: boolean): void {
  readRaw(state, root);
  // Each entry: an element, and the block children it had before its spans were read.
  const stack: Array<{ el: KNode; blocks: KNode[]; next: number; spans: boolean }> = [{ el: root, blocks: root.children, next: 0, spans: false }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1] as (typeof stack)[number];
    if (top.next < top.blocks.length) {
      const child = top.blocks[top.next++] as KNode;
      if (child.type === 'eob' || child.type === 'blank') continue;
      const blocks = child.children;
      const spans = child.raw !== undefined;
      readRaw(state, child);
      stack.push({ el: child, blocks, next: 0, spans });
      continue;
    }
    stack.pop();
    if (!top.spans) finishChildren(state, top.el, stripHeaderText);
  }
}

function finishChildren(state: ParseState, el: KNode, stripHeaderText: boolean): void {
  const kept: KNode[] = [];
  let lastBlank: KNode | undefined;
  for (const child of el.children) {
    if (child.type === 'eob') {
      if (child.ial !== undefined) applyTo(state, child);
      continue;
    }
    if (child.type === 'blank') {
      if (lastBlank !== undefined) {
        lastBlank.value = `${lastBlank.value ?? ''}${child.value ?? ''}`;
        lastBlank.end = child.end;
        continue;
      }
      lastBlank = child;
      kept.push(child);
      continue;
    }
    lastBlank = undefined;
    kept.push(child);
  }
  el.children = kept;
  // IALs and raw text of the element's block children, now that their content is read. (An
  // element read as spans is not finished here: its children took their IALs as they were read.)
  for (const child of kept) {
    if (child.ial !== undefined) applyTo(state, child);
    if (child.type === 'dt' || (child.type === 'header' && stripHeaderText)) child.rawText = rawTextOf(child);
  }
}

function applyTo(state: ParseState, el: KNode): void {
  el.attrs ??= {};
  if (!applyIal(el.attrs, el.ial ?? { attrs: {}, refs: [] }, state.alds)) {
    state.notes.push({ ruleId: 'kramdown-warning', severity: 'warning', message: 'Attribute list definitions refer to each other in a loop: the loop is cut', offset: el.start });
  }
}

/** kramdown-parser-gfm's update_raw_text: the element's text, entities and quotes as characters. */
export function rawTextOf(el: KNode): string {
  let text = '';
  const pending: KNode[] = [el];
  while (pending.length > 0) {
    const child = pending.pop() as KNode;
    switch (child.type) {
      case 'text':
      case 'codespan':
      case 'math':
        text += child.value ?? '';
        break;
      case 'entity':
        text += entityChar({ codePoint: child.codePoint ?? 0, name: child.entityName }) ?? '';
        break;
      case 'smart_quote': {
        const entity = entityByName(child.value ?? '');
        text += entity ? (entityChar(entity) ?? '') : '';
        break;
      }
      case 'typographic_sym':
        // kramdown-parser-gfm writes these with a no-break space.
        text += child.value === 'laquo_space' ? '«\u00a0' : child.value === 'raquo_space' ? '\u00a0»' : entityChar(entityByName(child.value ?? '') ?? { codePoint: -1, name: undefined }) ?? '';
        break;
      default:
        for (let i = child.children.length - 1; i >= 0; i--) pending.push(child.children[i] as KNode);
    }
  }
  return text;
}
