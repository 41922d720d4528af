import type { Exponents } from '../_growth.ts';

/** 1 is linear, 2 square; 1.2 leaves room for a log factor and for fixed costs that only look like growth. */
export const MAX_EXPONENT = 1.2;

/**
 * Below this much net scanning at 8n, kramdown read next to nothing of the family (front matter,
 * Liquid's tags, a text helper): no exponent to judge there.
 */
const MIN_SCANNED = 1_000;

export const judgesScanned = (growth: Exponents): boolean => growth.at8n.scanned >= MIN_SCANNED;
