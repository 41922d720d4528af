import { entityByCodePoint, entityByName } from '../kramdown/entities.ts';

/** What a numeric reference becomes for readers: kramdown's character for it, then the browser's reading. */
function numeric(code: number): string {
  // kramdown passes a code point past Unicode on as written; the browser reads U+FFFD.
  if (!(code <= 0x10ffff)) return '\ufffd';
  // kramdown writes the character (`&#128;` as `€`, as it maps C1 code points); a browser drops NUL from text.
  const char = String.fromCodePoint(entityByCodePoint(code).codePoint);
  return char === '\0' ? '' : char;
}

/**
 * Decodes character references as a post's readers get them, once (`&amp;lt;` becomes `&lt;`):
 * `&name;` for every name kramdown knows (HTML 4's 252, `&eacute;` among them), which it passes
 * on for the browser to decode, and numeric references (`&#233;`, `&#xE9;`) as kramdown writes
 * them. A name kramdown does not know, or one without its `;`, stays as written, as kramdown
 * prints it.
 */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(?:#(\d+)|#[xX]([\da-fA-F]+)|([A-Za-z][A-Za-z\d]{0,31}));/g, (whole: string, decimal?: string, hex?: string, name?: string) => {
    if (name !== undefined) {
      const entity = entityByName(name);
      return entity ? String.fromCodePoint(entity.codePoint) : whole;
    }
    return numeric(decimal === undefined ? parseInt(hex ?? '', 16) : Number(decimal));
  });
}
