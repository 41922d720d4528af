import { decodeEntities } from './_entities.ts';

// Block-level tags stand between words; inline ones (b, span, a, …) do not.
const BLOCK_TAG =
  /^(?:address|article|aside|blockquote|br|dd|div|dl|dt|figcaption|figure|footer|h[1-6]|header|hr|li|main|nav|ol|p|pre|section|table|tbody|td|tfoot|th|thead|tr|ul)$/i;
const FENCE = /^[ \t]{0,3}(?:```|~~~)/;
const BLOCKQUOTE = /^[ \t]{0,3}>[> \t]*/;
const HEADING = /^[ \t]{0,3}#{1,6}(?:[ \t]+|$)/;
const BREAK = /^(?:-{3,}|\*{3,}|_{3,}|={2,})$/;
const LIST_MARKER = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+/;

/**
 * Plain text from Markdown mixed with HTML: tags and comments removed, heading, blockquote and
 * list marks, emphasis, code backticks and link syntax dropped (images entirely), entities
 * decoded. Lines are kept; white space is not collapsed.
 */
export function stripMarkup(text: string): string {
  const html = removeComments(text)
    .replace(/<((?:https?|mailto|ftp):[^<>\s]*)>/gi, '$1')
    .replace(/<(\/?)([A-Za-z][A-Za-z\d-]{0,30})(?:[\s/][^<>]*)?>/g, (_: string, _slash: string, name: string) =>
      BLOCK_TAG.test(name) ? '\n' : '',
    );
  const lines = html.split('\n').map(stripLine);
  const inline = lines
    .join('\n')
    .replace(/!\[[^[\]\n]*\]\([^()\n]*\)/g, '')
    .replace(/\[([^[\]\n]*)\]\([^()\n]*\)/g, '$1')
    .replace(/\[([^[\]\n]*)\]\[[^[\]\n]*\]/g, '$1')
    .replace(/\*\*|__|~~|`+/g, '')
    .replace(/(?<![\\\w*])\*([^*\s](?:[^*\n]*[^*\s\\])?)\*(?![\w*])/g, '$1')
    .replace(/(?<![\\\w])_([^_\s](?:[^_\n]*[^_\s\\])?)_(?!\w)/g, '$1')
    .replace(/\\([!-/:-@[-`{-~])/g, '$1');
  return decodeEntities(inline);
}

function removeComments(text: string): string {
  let result = '';
  let last = 0;
  for (let open = text.indexOf('<!--'); open >= 0; open = text.indexOf('<!--', last)) {
    const close = text.indexOf('-->', open + 4);
    result += text.slice(last, open);
    last = close < 0 ? text.length : close + 3;
  }
  return result + text.slice(last);
}

function stripLine(line: string): string {
  if (FENCE.test(line)) return '';
  let result = line.replace(BLOCKQUOTE, '');
  if (BREAK.test(result.replace(/[ \t]/g, ''))) return '';
  if (HEADING.test(result)) result = removeClosingHashes(result.replace(HEADING, ''));
  return result.replace(LIST_MARKER, '');
}

/** `## Title ##` → `Title`: a closing sequence needs white space before it. */
function removeClosingHashes(heading: string): string {
  const trimmed = heading.trimEnd();
  let end = trimmed.length;
  while (end > 0 && trimmed[end - 1] === '#') end--;
  if (end === trimmed.length) return heading;
  if (end === 0) return '';
  return trimmed[end - 1] === ' ' || trimmed[end - 1] === '\t' ? trimmed.slice(0, end) : heading;
}
