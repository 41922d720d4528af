/**
 * @internal Patterns that find contact channels in one line of visible text.
 *
 * Every pattern is linear: no nested unbounded quantifiers, every repetition bounded, and a digit
 * run longer than a phone number never matches (non-digit boundaries on both sides). Patterns with
 * the `g` or `y` flag are built fresh by a function on every call, so the module holds no mutable
 * state (a shared global RegExp would carry its `lastIndex` between calls).
 */

/** Only this many characters of a line are examined. */
export const MAX_LINE_LENGTH = 2000;

/** A line with channels counts as a contact line when at most BASE + PER_CHANNEL × channels long. */
export const MAX_CHANNEL_LINE_BASE = 100;
export const MAX_CHANNEL_LINE_PER_CHANNEL = 60;

/** A keyword-only line (no channel) counts as a contact line only when it is at most this long. */
export const MAX_KEYWORD_LINE_LENGTH = 80;

/** One separator inside a phone number: `-`, `.` (either with a space around it) or a space. */
const SEP = '(?: ?[-.] ?| )';

/** Korean area and mobile prefixes, with their leading zero. */
const AREA = '(?:02|0[3-6][1-5]|0[78]0|01[016-9]|050[2-8])';

/** The same prefixes as written after `+82` (without the leading zero). */
const AREA_INTL = '(?:2|[3-6][1-5]|[78]0|1[016-9]|50[2-8])';

/** Not preceded by a digit, nor by a digit and a separator (`1-02-…` is not a phone). */
const DIGIT_BEFORE = '(?<!\\d|\\d[-.]|\\+)';

/** Not followed by a digit, nor by a separator and a digit (`02-781-1234-5` is not a phone). */
const DIGIT_AFTER = '(?!\\d|[-.]\\d)';

/**
 * `02-781-1234`, `010.1234.5678`, `(02) 781-1234`, `+82-2-781-1234`, `+82 (0)10 1234 5678`.
 * Groups: `intl` (area after +82), `paren` (area in parentheses), `area`, `mid`, `last`.
 */
export const phonePattern = (): RegExp =>
  new RegExp(
    `${DIGIT_BEFORE}(?:\\+82[ -]?(?:\\(0\\) ?)?(?<intl>${AREA_INTL})${SEP}|\\((?<paren>${AREA})\\) ?|(?<area>${AREA})${SEP})` +
      `(?<mid>\\d{3,4})${SEP}(?<last>\\d{4})${DIGIT_AFTER}`,
    'g',
  );

/** Nationwide service numbers: `1588-1234`, `1577 1234`, `1600.1234`, `1899-1234` … Groups: `head`, `last`. */
export const servicePhonePattern = (): RegExp =>
  new RegExp(
    `${DIGIT_BEFORE}(?<head>15(?:22|33|44|66|77|88|99)|16(?:00|44|61|66|68|70|88)|18(?:00|11|33|55|77|99))${SEP}(?<last>\\d{4})${DIGIT_AFTER}`,
    'g',
  );

/** A shorthand right after a number: `, 4444` in `02-781-1234, 4444`. Sticky; group 1 is the digits. */
export const shorthandPattern = (): RegExp => /(?: ?[,/] ?)(\d{3,4})(?!\d|[-.]\d|\p{L})/uy;

/** An email address as written; the local part starts a run (no backtracking into a long run). */
export const emailPattern = (): RegExp =>
  /(?<![A-Za-z0-9._%+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}\.){1,6}[A-Za-z]{2,24}(?![A-Za-z0-9-])/g;

/** `http(s)://…` or `www.…`, up to a space, a bracket, a quote or Hangul; longer than 500 is no URL. */
export const urlPattern = (): RegExp =>
  /(?:https?:\/\/|(?<![A-Za-z0-9./@-])www\.)[^\s<>()[\]{}"'`「」『』\u3131-\u318E\uAC00-\uD7A3]{1,500}(?![^\s<>()[\]{}"'`「」『』\u3131-\u318E\uAC00-\uD7A3])/g;

/** Punctuation a URL does not end with. */
export const URL_TRAILING = /[.,;:!?]+$/;

/** A line that names a website channel. */
export const WEBSITE_KEYWORD = /홈페이지|누리집|웹\s?사이트|website|homepage/i;

/**
 * What every channel needs somewhere in its line: an `@` (email), four digits (phone), a website
 * keyword (URL), `카톡` (KakaoTalk) or `구독` (subscribe call). A group of lines without one has
 * no channel, so it is never a tip-line.
 */
export const CHANNEL_HINT = /@|\d{4}|카톡|카카오톡|구독|홈페이지|누리집|웹\s?사이트|website|homepage/i;

/** `카카오톡` or `카톡`. */
export const KAKAO_KEYWORD = /카카오톡|카톡/;

/** A KakaoTalk id in quotes: straight, typographic or corner quotes. Group 1 is the id. */
export const KAKAO_QUOTED = /['"‘’“”「『]([^'"‘’“”」』\n]{1,40})['"‘’“”」』]/;

/** An unquoted KakaoTalk id after the keyword and a colon: `카카오톡 : KBS제보`. Group 1 is the id. */
export const KAKAO_AFTER_COLON = /^ ?(?:채널|아이디|ID|플러스\s?친구)? ?[:：] ?([^\s,;()[\]]{1,40})/i;

/** A call to subscribe: `구독해주세요`, `구독하세요`, `구독하기` … */
export const SUBSCRIBE_CALL = /구독 ?(?:해 ?주세요|해 ?주십시오|해 ?주시기|하세요|하기|부탁|바랍니다|하시면)/;

/** Separators between platform names in `네이버, 유튜브에서`. */
export const PLATFORM_SEPARATOR = /\s?(?:[,，·/]|\s및\s|\s또는\s)\s?/;

/** Words that make a line a contact line even without a recognised channel. */
export const CONTACT_KEYWORD =
  /제보|문의|전화|연락처|이메일|메일|카카오톡|카톡|홈페이지|누리집|웹\s?사이트|팩스|구독|콜센터|상담센터|☎|\b(?:e-?mail|tel|fax|website|homepage)\b/i;

/** The lead word of a first line, before `▷`, `:` or `>`. Group 1 is the word. */
export const LABEL_PATTERN = /^\s{0,4}([^\s▷▶►:：>»→]{1,20})\s{0,4}(?:▷|▶|►|:|：|>|»|→)/;

/** Lead words that name a channel, not the list: no label for them. */
export const CHANNEL_WORDS: readonly string[] = Object.freeze([
  '전화',
  '전화번호',
  '휴대폰',
  '핸드폰',
  '이메일',
  '메일',
  'email',
  'e-mail',
  '카카오톡',
  '카톡',
  '홈페이지',
  '누리집',
  '웹사이트',
  'website',
  'homepage',
  '팩스',
  'fax',
  'tel',
  'http',
  'https',
]);

/**
 * The text with look-alike spaces turned into a space and look-alike dashes into `-`, one UTF-16
 * unit for one (offsets keep), so the patterns above need only know ` ` and `-`.
 */
export function normalizeLine(text: string): string {
  return text.replace(/[\u00a0\u2007\u202f\u3000\t]/g, ' ').replace(/[\u2010-\u2015\u2212\uff0d]/g, '-');
}
