import type { KNode } from '../nodes.ts';
import type { KramdownOptions } from '../options.ts';
import { basicId, type Writer } from './convert.ts';

/**
 * kramdown's converter-side generate_id, for headers the parser gave no id (with the kramdown
 * input, or inside HTML the GFM parser does not visit). Without the stringex gem, which Debian's
 * kramdown lacks, transliterated_header_ids changes nothing.
 */
export function generateId(w: Writer, text: string): string {
  let id = basicId(text);
  if (id === '') id = 'section';
  const used = w.usedIds.get(id);
  if (used === undefined) {
    w.usedIds.set(id, 0);
  } else {
    w.usedIds.set(id, used + 1);
    id = `${id}-${used + 1}`;
  }
  return `${w.options.auto_id_prefix}${id}`;
}

/** kramdown's in_toc?: the level is listed, and no `no_toc` class. */
export const inToc = (options: KramdownOptions, el: KNode): boolean =>
  options.toc_levels.includes(el.level ?? 1) && !/\bno_toc\b/.test(el.attrs?.['class'] ?? '');

export const outputHeaderLevel = (options: KramdownOptions, level: number): number =>
  Math.max(Math.min(level + options.header_offset, 6), 1);
