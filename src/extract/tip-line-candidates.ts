import type { Element } from 'hast';
import type { Collected } from './collect.ts';
import { type ExtractContext, isBlank, textOf } from './hast-helpers.ts';
import type { TipLineCandidate } from './tip-lines.ts';

/** The lists (one line per item) and paragraphs (one line per text line) to look for contacts in. */
export function tipLineCandidates(groups: Collected['lineGroups'], ctx: ExtractContext): TipLineCandidate[] {
  const range = (el: Element): { start: number; end: number } => {
    const start = ctx.map.start(el.position?.start.offset ?? 0);
    return { start, end: Math.max(start, ctx.map.end(el.position?.end.offset ?? 0)) };
  };
  return groups.map(({ element, lines }) => {
    const whole = range(element);
    if (lines !== 'paragraph') {
      return { ...whole, lines: lines.map((li) => ({ text: textOf(li, ctx), ...range(li) })) };
    }
    const paragraphLines = textOf(element, ctx)
      .split('\n')
      .filter((line) => !isBlank(line))
      .map((text) => ({ text, ...whole }));
    return { ...whole, lines: paragraphLines };
  });
}
