import { excerptStatedCounts } from './excerpt-stated-counts.ts';
import { bodyRules } from './group-body.ts';
import { frontMatterRules } from './group-front-matter.ts';
import { kramdownAccidentalTable } from './kramdown-accidental-table.ts';
import { kramdownLiteralHtml } from './kramdown-literal-html.ts';
import type { Rule } from './types.ts';

/** Every rule, in the order their findings are reported at the same place. */
export const rules: readonly Rule<never>[] = [
  excerptStatedCounts as Rule<never>,
  kramdownLiteralHtml as Rule<never>,
  kramdownAccidentalTable as Rule<never>,
  ...frontMatterRules,
  ...bodyRules,
];
