import { CHANNEL_HINT } from './_contact-patterns.ts';
import type { Collected } from './collect.ts';
import { type ExtractContext, isBlank, spanOf, textOf } from './dom.ts';
import type { TipLineCandidate } from './tip-lines.ts';

/**
 * The lists (one line per item) and paragraphs (one line per text line) to look for contacts in;
 * groups with no hint of a channel in any line are left out.
 */
export function tipLineCandidates(groups: Collected['lineGroups'], ctx: ExtractContext): TipLineCandidate[] {
  const candidates: TipLineCandidate[] = [];
  for (const { element, lines } of groups) {
    if (lines !== 'paragraph') {
      if (!lines.some((li) => CHANNEL_HINT.test(textOf(li, ctx)))) continue;
      candidates.push({ ...spanOf(element, ctx), lines: lines.map((li) => ({ text: textOf(li, ctx), ...spanOf(li, ctx) })) });
      continue;
    }
    // A paragraph's lines are pieces of its text: no hint in the text, none in a line.
    const text = textOf(element, ctx);
    if (!CHANNEL_HINT.test(text)) continue;
    const whole = spanOf(element, ctx);
    const paragraphLines = text
      .split('\n')
      .filter((line) => !isBlank(line))
      .map((line) => ({ text: line, ...whole }));
    candidates.push({ ...whole, lines: paragraphLines });
  }
  return candidates;
}
