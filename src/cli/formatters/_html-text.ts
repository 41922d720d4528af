/**
 * Text from posts made safe and visible in HTML: `&`, `<`, `>`, `"` and `'` escaped (so it may
 * stand in text and in quoted attributes alike), and the characters a reader cannot see or that
 * reorder what follows (C0 and C1 controls but tab, zero-width characters, bidi controls, BOM)
 * shown as `U+XXXX` badges, so that a report about them shows them and is not reshaped by them.
 *
 * @internal
 */
export function htmlText(text: string): string {
  return text.replace(INVISIBLE, (char) => `\u0000${char.codePointAt(0)}\u0000`).replace(SPECIAL, (char) => {
    // A NUL of the text itself was turned into a badge above; the NUL pairs are the badges.
    return ESCAPES[char] ?? char;
  }).replace(BADGE, (_, code: string) => {
    const name = `U+${Number(code).toString(16).toUpperCase().padStart(4, '0')}`;
    return `<span class="invisible" title="${name}">${name}</span>`;
  });
}

/** {@link htmlText} for attribute values: escaped, without badges. @internal */
export function htmlAttribute(text: string): string {
  return text.replace(SPECIAL, (char) => ESCAPES[char] ?? char);
}

const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
const SPECIAL = /[&<>"']/g;
const BADGE = /\u0000(\d+)\u0000/g;
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
