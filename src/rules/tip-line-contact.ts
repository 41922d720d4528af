import type { Article } from '../article/types.ts';
import type { Rule } from './types.ts';

/** Only this many characters of a line are examined. */
const MAX_LINE_LENGTH = 2000;

/** A list item or paragraph that names a contact channel: `전화:`, `이메일 :`, `문의：` … */
const CONTACT_LABEL = /(?:전화|이메일|메일|문의)[ \t\u00a0]{0,3}[:：]/;

/**
 * Digit groups joined by `-` or `.`, optionally after an area code in parentheses: a candidate
 * phone number. Groups of any length (`02-781-123456789` is a malformed number too, not none); the
 * groups cannot overlap (a separator between them), a digit run cannot start inside another (the
 * look-behind), and a line is read up to MAX_LINE_LENGTH, so matching is linear.
 * Groups: 1 the area in parentheses, 2 the digits and separators.
 */
const phoneCandidate = (): RegExp => /(?<![\w./=@-])(?:\((0\d{1,3})\) ?)?(\d+(?:[-.]\d+){1,3})(?![\w-])/g;

/** A first group that reads as a Korean area or mobile prefix (`02`, `0xx`, `050x`). */
const PREFIX_LIKE = /^0(?:2|\d{2}|50\d)$/;
/** Area and mobile prefixes in use. */
const AREA = /^(?:02|0[3-6][1-5]|0[78]0|01[016-9]|050[2-8])$/;
/** Nationwide service numbers: 15xx, 16xx, 18xx. */
const SERVICE = /^1[568]\d{2}$/;

const LOCAL = /^[A-Za-z0-9._%+-]$/;
const DOMAIN = /^[A-Za-z0-9.-]$/;
const LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;

interface Token {
  messageId: 'phone' | 'email';
  index: number;
  text: string;
}

/**
 * A malformed phone number or email address in a tip-line, or in a list item or paragraph that
 * names a contact channel (`전화:`, `이메일:`, `메일:`, `문의:`). Phone numbers are Korean: an
 * area code (02, 031…064) or a mobile (010…) or 070/080/050x prefix, then 3–4 and 4 digits; or a
 * service number 15xx/16xx/18xx-xxxx. Three digit groups starting with such a prefix, or a service
 * number's two groups, must have those lengths (`02-781-123` and `1588-123` are reported). An email
 * address is a word with `@` in it (`news@example` is reported, `@handle` is not).
 *
 * At most one finding per line, at the first malformed token; only a line's first 2,000
 * characters are read.
 */
export const tipLineContact: Rule = {
  id: 'tip-line-contact',
  meta: {
    description: 'A malformed phone number or email address in a tip-line or contact line',
    url: 'https://www.npmjs.com/package/article-kit#tip-line-contact',
    messages: {
      phone: '`{{value}}` is not a complete phone number (an area code, then 3–4 and 4 digits, e.g. 02-781-1234 or 010-1234-5678; or 1588-1234): check the digits',
      email: '`{{value}}` is not a valid email address: check it (e.g. news@example.com)',
    },
    docs: {
      ok: {
        source:
          '---\ntitle: 정상\n---\n\n본문입니다.\n\n- 전화: 02-781-1234, 010-1234-5678\n- 이메일: news@example.com\n- 문의: 고객센터(1588-1234)\n',
      },
      notOk: {
        source:
          '---\ntitle: 잘못된 연락처\n---\n\n본문입니다.\n\n- 전화: 02-781-123\n- 이메일: news@example\n- 문의: 고객센터(1588-123), 010-1234-567\n',
        expected: [
          '7:7: `02-781-123` is not a complete phone number (an area code, then 3–4 and 4 digits, e.g. 02-781-1234 or 010-1234-5678; or 1588-1234): check the digits',
          '8:8: `news@example` is not a valid email address: check it (e.g. news@example.com)',
          '9:12: `1588-123` is not a complete phone number (an area code, then 3–4 and 4 digits, e.g. 02-781-1234 or 010-1234-5678; or 1588-1234): check the digits',
        ],
      },
    },
  },
  check(article, context) {
    const source = typeof article.source === 'string' ? article.source : '';
    const seen = new Set<number>();
    for (const [start, end] of contactRanges(article)) {
      for (const [lineStart, lineEnd] of linesIn(source, start, end)) {
        if (seen.has(lineStart)) continue;
        seen.add(lineStart);
        const text = source.slice(lineStart, Math.min(lineEnd, lineStart + MAX_LINE_LENGTH));
        const token = firstMalformed(text);
        if (!token) continue;
        context.report({
          messageId: token.messageId,
          data: { value: token.text.length > 80 ? `${token.text.slice(0, 79)}…` : token.text },
          start: lineStart + token.index,
          end: lineStart + token.index + token.text.length,
        });
      }
    }
  },
};

/** File ranges to read: tip-lines, and list items and paragraphs that name a contact channel. */
function contactRanges(article: Article): [number, number][] {
  const ranges: [number, number][] = [];
  for (const tipLine of article.tipLines ?? []) {
    if (tipLine?.position) ranges.push([tipLine.position.start.offset, tipLine.position.end.offset]);
  }
  const items = [...(article.lists ?? []).flatMap((list) => list?.items ?? []), ...(article.paragraphs ?? [])];
  for (const item of items) {
    if (!item?.position || typeof item.text !== 'string') continue;
    if (!CONTACT_LABEL.test(item.text.slice(0, MAX_LINE_LENGTH))) continue;
    ranges.push([item.position.start.offset, item.position.end.offset]);
  }
  return ranges.sort((a, b) => a[0] - b[0]);
}

/** The lines of `source[start, end)`: each clipped to the range. */
function* linesIn(source: string, start: number, end: number): Generator<[number, number]> {
  let at = Math.max(0, start);
  const stop = Math.min(source.length, end);
  while (at < stop) {
    let next = at;
    while (next < stop && source[next] !== '\n' && source[next] !== '\r') next++;
    yield [at, next];
    at = next + 1;
    if (source[next] === '\r' && source[next + 1] === '\n') at++;
  }
}

function firstMalformed(text: string): Token | undefined {
  const phone = firstMalformedPhone(text);
  const email = firstMalformedEmail(text, phone?.index ?? text.length);
  return email ?? phone;
}

function firstMalformedPhone(text: string): Token | undefined {
  const pattern = phoneCandidate();
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text)) !== null) {
    const paren = match[1];
    const groups = (match[2] ?? '').split(/[-.]/);
    const all = paren === undefined ? groups : [paren, ...groups];
    if (!isMalformedPhone(all, paren !== undefined)) continue;
    return { messageId: 'phone', index: match.index, text: match[0] };
  }
  return undefined;
}

function isMalformedPhone(groups: string[], parenthesised: boolean): boolean {
  const [first = '', second = '', third] = groups;
  if (groups.length === 3 && PREFIX_LIKE.test(first)) {
    return !(AREA.test(first) && second.length >= 3 && second.length <= 4 && third?.length === 4);
  }
  if (groups.length === 2 && !parenthesised && SERVICE.test(first)) return second.length !== 4;
  return false;
}

/** The first word with `@` before `before` that is not an email address. */
function firstMalformedEmail(text: string, before: number): Token | undefined {
  let at = text.indexOf('@');
  while (at >= 0 && at < before) {
    let start = at;
    while (start > 0 && at - start <= 64 && LOCAL.test(text[start - 1] ?? '')) start--;
    let end = at + 1;
    while (end < text.length && end - at <= 255 && DOMAIN.test(text[end] ?? '')) end++;
    // A sentence's full stop after the address is not part of it.
    while (end > at + 1 && text[end - 1] === '.') end--;
    if (start < at && start < before) {
      const local = text.slice(start, at);
      const domain = text.slice(at + 1, end);
      const truncated = (start > 0 && LOCAL.test(text[start - 1] ?? '')) || text[end] === '@';
      if (truncated || !isEmail(local, domain)) return { messageId: 'email', index: start, text: text.slice(start, end) };
    }
    at = text.indexOf('@', Math.max(at + 1, end));
  }
  return undefined;
}

function isEmail(local: string, domain: string): boolean {
  if (local.length === 0 || local.length > 64 || local.startsWith('.') || local.endsWith('.') || local.includes('..')) return false;
  const labels = domain.split('.');
  if (labels.length < 2 || domain.length > 253) return false;
  if (!labels.every((label) => LABEL.test(label))) return false;
  return /^[A-Za-z]{2,24}$/.test(labels[labels.length - 1] ?? '');
}
