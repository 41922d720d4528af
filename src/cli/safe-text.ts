/**
 * Text a post controls (titles, quoted text, hrefs, file names, front matter values) made safe
 * for a terminal or a CI log: nothing in it can move the cursor, clear the screen, plant an OSC 8
 * link, ring the bell, reorder what is shown, or start a new line (where a CI runner would read
 * `::error …` as a command).
 */

/**
 * C0 controls, DEL, C1 controls (ESC, CSI, OSC, BEL, NEL…), the Unicode line and paragraph
 * separators, and the bidirectional controls: embeddings and overrides (U+202A–U+202E),
 * isolates (U+2066–U+2069) and the marks (U+200E, U+200F, U+061C).
 */
const UNSAFE = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;
/** The same without tab. */
const UNSAFE_BUT_TAB = /[\u0000-\u0008\u000A-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;
/** The same without CR and LF, which GitHub's workflow commands encode as %0D and %0A themselves. */
const UNSAFE_BUT_BREAKS = /[\u0000-\u0009\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;
/** What JSON.stringify leaves raw among them (it escapes C0 itself). */
const UNSAFE_IN_JSON = /[\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;

const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

const hex = (code: number, width: number): string => code.toString(16).toUpperCase().padStart(width, '0');

/** `\n`, `\r`, `\t`, `\x1B` (C0, DEL, C1) or `\u202E` (the rest), as JavaScript writes them. */
function escapeOne(char: string): string {
  const code = char.charCodeAt(0);
  return NAMED[char] ?? (code <= 0xff ? `\\x${hex(code, 2)}` : `\\u${hex(code, 4)}`);
}

/**
 * `text` with every control, line break and bidi control written as an escape (`\x1B`, `\n`,
 * `\u202E`), so that it shows as one inert line. `keep: 'tab'` leaves tabs (diff lines);
 * `keep: 'breaks'` leaves CR and LF for a caller that encodes them (GitHub's `%0A`).
 */
export function safeText(text: string, keep?: 'tab' | 'breaks'): string {
  const pattern = keep === 'tab' ? UNSAFE_BUT_TAB : keep === 'breaks' ? UNSAFE_BUT_BREAKS : UNSAFE;
  return text.replace(pattern, escapeOne);
}

/**
 * JSON text with the characters JSON.stringify leaves raw (DEL, C1, U+2028/U+2029, bidi
 * controls) written as `\uXXXX` escapes: the same JSON value, but bytes a terminal cannot act on.
 * Only valid on JSON text: these characters can only stand inside its strings.
 */
export function safeJson(json: string): string {
  return json.replace(UNSAFE_IN_JSON, (char) => `\\u${hex(char.charCodeAt(0), 4).toLowerCase()}`);
}
