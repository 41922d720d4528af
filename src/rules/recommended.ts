import type { RuleSetting } from '../validate/config.ts';

/**
 * The default configuration: the one place that gives each rule its severity. Errors are
 * defects a reader meets or that break publishing; a clean, ordinary post has none.
 */
export const recommended: Readonly<Record<string, RuleSetting>> = {
  // Front matter and file
  'file-name': 'error',
  'front-matter-required': 'error',
  'front-matter-type': 'warn',
  'front-matter-image-url': 'warn',
  'date-file-name-mismatch': 'warn',
  'front-matter-unpublished': 'warn',
  // Title and excerpt
  'title-length': 'warn',
  'title-keyword-list': 'warn',
  'title-h1-mismatch': 'warn',
  'excerpt-stated-counts': 'error',
  'excerpt-length': 'warn',
  'excerpt-cut-mid-word': 'warn',
  'feature-text-excerpt-mismatch': 'warn',
  'generator-note-in-text': 'error',
  // What kramdown makes of the body
  'kramdown-literal-html': 'warn',
  'kramdown-accidental-table': 'warn',
  // Headings and tables
  'heading-increment': 'warn',
  'heading-empty': 'warn',
  'multiple-h1': 'warn',
  'table-empty': 'warn',
  'table-ragged': 'warn',
  // HTML, links and images
  'html-document': 'warn',
  'html-unknown-element': 'warn',
  'link-url-invalid': 'error',
  'rel-dofollow': 'warn',
  'image-alt-missing': 'warn',
  'image-url-invalid': 'error',
  // Contacts and characters
  'tip-line-contact': 'warn',
  'text-nfd-hangul': 'warn',
  'text-invisible-characters': 'warn',
};
