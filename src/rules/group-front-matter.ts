import { dateFileNameMismatch } from './date-file-name-mismatch.ts';
import { excerptCutMidWord } from './excerpt-cut-mid-word.ts';
import { excerptLength } from './excerpt-length.ts';
import { featureTextExcerptMismatch } from './feature-text-excerpt-mismatch.ts';
import { fileName } from './file-name.ts';
import { frontMatterRequired } from './front-matter-required.ts';
import { frontMatterType } from './front-matter-type.ts';
import { frontMatterUnpublished } from './front-matter-unpublished.ts';
import { generatorNoteInText } from './generator-note-in-text.ts';
import { imageUrl } from './front-matter-image-url.ts';
import { titleH1Mismatch } from './title-h1-mismatch.ts';
import { titleKeywordList } from './title-keyword-list.ts';
import { titleLength } from './title-length.ts';
import type { Rule } from './types.ts';

/** Rules on the front matter, the file name, the title and the excerpt. */
export const frontMatterRules: readonly Rule<never>[] = [
  fileName as Rule<never>,
  frontMatterRequired as Rule<never>,
  frontMatterType as Rule<never>,
  dateFileNameMismatch as Rule<never>,
  frontMatterUnpublished as Rule<never>,
  imageUrl as Rule<never>,
  titleLength as Rule<never>,
  titleKeywordList as Rule<never>,
  titleH1Mismatch as Rule<never>,
  excerptLength as Rule<never>,
  excerptCutMidWord as Rule<never>,
  featureTextExcerptMismatch as Rule<never>,
  generatorNoteInText as Rule<never>,
];
