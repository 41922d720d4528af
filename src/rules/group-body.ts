import { headingEmpty } from './heading-empty.ts';
import { headingIncrement } from './heading-increment.ts';
import { htmlDocument } from './html-document.ts';
import { htmlUnknownElement } from './html-unknown-element.ts';
import { imageAltMissing } from './image-alt-missing.ts';
import { imageUrlInvalid } from './image-url-invalid.ts';
import { linkUrlInvalid } from './link-url-invalid.ts';
import { multipleH1 } from './multiple-h1.ts';
import { relDofollow } from './rel-dofollow.ts';
import { tableEmpty } from './table-empty.ts';
import { tableRagged } from './table-ragged.ts';
import { textInvisibleCharacters } from './text-invisible-characters.ts';
import { textNfdHangul } from './text-nfd-hangul.ts';
import { tipLineContact } from './tip-line-contact.ts';
import type { Rule } from './types.ts';

/** Rules on the rendered body: headings, tables, HTML, links, images, tip-lines and text. */
export const bodyRules: readonly Rule<never>[] = [
  headingIncrement as Rule<never>,
  headingEmpty as Rule<never>,
  multipleH1 as Rule<never>,
  tableEmpty as Rule<never>,
  tableRagged as Rule<never>,
  htmlDocument as Rule<never>,
  htmlUnknownElement as Rule<never>,
  linkUrlInvalid as Rule<never>,
  relDofollow as Rule<never>,
  imageAltMissing as Rule<never>,
  imageUrlInvalid as Rule<never>,
  tipLineContact as Rule<never>,
  textNfdHangul as Rule<never>,
  textInvisibleCharacters as Rule<never>,
];
