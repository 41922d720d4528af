import type { ChannelKind, Point, TipLine, TipLineChannel } from '../article/types.ts';
import {
  CHANNEL_WORDS,
  CONTACT_KEYWORD,
  KAKAO_AFTER_COLON,
  KAKAO_KEYWORD,
  KAKAO_QUOTED,
  LABEL_PATTERN,
  MAX_CHANNEL_LINE_BASE,
  MAX_CHANNEL_LINE_PER_CHANNEL,
  MAX_KEYWORD_LINE_LENGTH,
  MAX_LINE_LENGTH,
  PLATFORM_SEPARATOR,
  SUBSCRIBE_CALL,
  URL_TRAILING,
  WEBSITE_KEYWORD,
  emailPattern,
  normalizeLine,
  phonePattern,
  servicePhonePattern,
  shorthandPattern,
  urlPattern,
} from './_contact-patterns.ts';

export interface TipLineCandidate {
  /** The visible text of each line of one list (its items) or one paragraph (its lines), in order. */
  lines: { text: string; start: number; end: number }[];
  /** UTF-16 offsets of the whole list or paragraph in the file. */
  start: number;
  end: number;
}

/** A channel found in one line's text: `index`/`end` are offsets in that text. */
interface Found {
  kind: ChannelKind;
  value: string;
  raw: string;
  index: number;
  end: number;
}

interface ReadLine {
  channels: Found[];
  /** Channels on a line not much longer than them, or a contact keyword on a short line. */
  contact: boolean;
}

/**
 * Finds the candidates made mostly of contact lines and reads their channels.
 *
 * A candidate is a tip-line when at least half of its lines are contact lines, and those lines
 * hold two channels, or one channel and another contact line. A contact line is a line with
 * channels that is at most 100 + 60 × channels characters long (a long news sentence that
 * mentions a number is not one), or a line of at most 80 characters with a contact keyword such
 * as `제보`, `문의`, `전화`, `이메일`, `카카오톡`, `홈페이지`, `팩스`, `구독`. Every channel of a
 * tip-line is reported, those of its longer lines too. Only the first 2,000 characters of a line
 * are read.
 *
 * Channels, in the order written:
 * - `phone`: value `02-781-1234` (`-` separators; `+82 2 …` becomes `02-…`); a shorthand after a
 *   number (`02-781-1234, 4444`) gives `02-781-4444` with raw `4444`.
 * - `email`: the address as written.
 * - `kakaotalk`: the quoted id (raw without the quotes), or the word after `카카오톡 :`.
 * - `website`: a URL on a line that says 홈페이지, 누리집, 웹사이트 or website.
 * - `subscribe`: `네이버, 유튜브: KBS뉴스` (platforms joined by `, `, a colon, the channel
 *   subscribed to); just the channel or just the platforms when only one is written. Raw runs
 *   from the first platform (or the channel) to the end of the call (`…구독해주세요`).
 *
 * A channel's position is where its raw text is found in the line's span of `source` (searching on
 * from the previous channel's raw); when the visible text differs from the source (entities), the
 * position is the line's span. A tip-line's position spans the candidate; its label is the lead
 * word of the first line before `▷`, `:` or `>` (`제보하기 ▷ 전화 : …`), unless that word names a
 * channel (`전화 : …`, `이메일 : …`).
 */
export function findTipLines(candidates: TipLineCandidate[], source: string, toPoint: (offset: number) => Point): TipLine[] {
  const tipLines: TipLine[] = [];
  for (const candidate of candidates) {
    const read = candidate.lines.map((line) => readLine(line.text));
    const contactLines = read.filter((r) => r.contact).length;
    const channelCount = read.reduce((sum, r) => sum + (r.contact ? r.channels.length : 0), 0);
    if (channelCount === 0 || contactLines * 2 < candidate.lines.length) continue;
    if (contactLines < 2 && channelCount < 2) continue;
    const channels = positionChannels(candidate, read, source, toPoint);
    const label = readLabel(candidate.lines[0]?.text ?? '');
    tipLines.push({
      ...(label === undefined ? {} : { label }),
      channels,
      position: { start: toPoint(candidate.start), end: toPoint(Math.max(candidate.start, candidate.end)) },
    });
  }
  return tipLines;
}

function positionChannels(
  candidate: TipLineCandidate,
  read: ReadLine[],
  source: string,
  toPoint: (offset: number) => Point,
): TipLineChannel[] {
  const clamp = (n: number): number => Math.min(Math.max(0, n), source.length);
  const channels: TipLineChannel[] = [];
  let previousEnd = -1;
  candidate.lines.forEach((line, i) => {
    const lineStart = clamp(line.start);
    const lineEnd = Math.max(lineStart, clamp(line.end));
    // Paragraph lines share the paragraph's span: go on from the previous channel found in it.
    let cursor = previousEnd >= lineStart && previousEnd <= lineEnd ? previousEnd : lineStart;
    for (const found of read[i]?.channels ?? []) {
      const at = found.raw === '' ? -1 : source.slice(cursor, lineEnd).indexOf(found.raw);
      let start = lineStart;
      let end = lineEnd;
      if (at >= 0) {
        start = cursor + at;
        end = start + found.raw.length;
        cursor = end;
        previousEnd = end;
      }
      channels.push({ kind: found.kind, value: found.value, raw: found.raw, position: { start: toPoint(start), end: toPoint(end) } });
    }
  });
  return channels;
}

function readLabel(text: string): string | undefined {
  const lead = LABEL_PATTERN.exec(text.slice(0, 64))?.[1];
  if (lead === undefined || CHANNEL_WORDS.includes(lead.toLowerCase()) || /[\d@.]/.test(lead)) return undefined;
  return lead;
}

/** Reads the channels of one line of visible text. */
function readLine(fullText: string): ReadLine {
  const written = fullText.slice(0, MAX_LINE_LENGTH);
  const text = normalizeLine(written);
  // A match that runs into the cut might be the head of something longer: drop it.
  const cut = fullText.length > MAX_LINE_LENGTH ? text.length : Number.POSITIVE_INFINITY;
  const found: Found[] = [];
  const add = (kind: ChannelKind, value: string, index: number, end: number): void => {
    if (end < cut) found.push({ kind, value, raw: written.slice(index, end), index, end });
  };
  // Cheap tests first: most lines have no `@` and no four-digit run, which every address and number needs.
  if (text.includes('@')) readEmails(text, add);
  if (WEBSITE_KEYWORD.test(text)) readUrls(text, add);
  if (FOUR_DIGITS.test(text)) readPhones(text, add);
  readKakao(text, add);
  // Keep the first of overlapping matches (an address or a URL over the digits in it).
  found.sort((a, b) => a.index - b.index || b.end - a.end);
  const channels: Found[] = [];
  let reached = 0;
  for (const f of found) {
    if (f.index < reached) continue;
    channels.push(f);
    reached = f.end;
  }
  const subscribe = readSubscribe(text, written);
  if (subscribe !== undefined && subscribe.end < cut) {
    const at = channels.findIndex((c) => c.index > subscribe.index);
    channels.splice(at < 0 ? channels.length : at, 0, subscribe);
  }
  const length = fullText.trim().length;
  const contact =
    channels.length > 0
      ? length <= MAX_CHANNEL_LINE_BASE + MAX_CHANNEL_LINE_PER_CHANNEL * channels.length
      : length <= MAX_KEYWORD_LINE_LENGTH && CONTACT_KEYWORD.test(text);
  return { channels, contact };
}

const FOUR_DIGITS = /\d{4}/;

type Add = (kind: ChannelKind, value: string, index: number, end: number) => void;

function readPhones(text: string, add: Add): void {
  for (const m of text.matchAll(phonePattern())) {
    const g = m.groups ?? {};
    const area = g.intl === undefined ? (g.paren ?? g.area ?? '') : `0${g.intl}`;
    const mid = g.mid ?? '';
    const last = g.last ?? '';
    add('phone', `${area}-${mid}-${last}`, m.index, m.index + m[0].length);
    readShorthands(text, m.index + m[0].length, last.length, (digits) => `${area}-${mid}-${digits}`, add);
  }
  for (const m of text.matchAll(servicePhonePattern())) {
    const head = m.groups?.head ?? '';
    const last = m.groups?.last ?? '';
    add('phone', `${head}-${last}`, m.index, m.index + m[0].length);
    readShorthands(text, m.index + m[0].length, last.length, (digits) => `${head}-${digits}`, add);
  }
}

/** `, 4444` after a number: the same number with its last group replaced (same length only). */
function readShorthands(text: string, from: number, lastLength: number, expand: (digits: string) => string, add: Add): void {
  const sticky = shorthandPattern();
  sticky.lastIndex = from;
  for (let m = sticky.exec(text); m !== null; m = sticky.exec(text)) {
    const digits = m[1] ?? '';
    if (digits.length !== lastLength) return;
    const end = sticky.lastIndex;
    add('phone', expand(digits), end - digits.length, end);
  }
}

function readEmails(text: string, add: Add): void {
  for (const m of text.matchAll(emailPattern())) add('email', m[0], m.index, m.index + m[0].length);
}

function readUrls(text: string, add: Add): void {
  for (const m of text.matchAll(urlPattern())) {
    const url = m[0].replace(URL_TRAILING, '');
    if (url.length > 8) add('website', url, m.index, m.index + url.length);
  }
}

function readKakao(text: string, add: Add): void {
  const keyword = KAKAO_KEYWORD.exec(text);
  if (keyword === null) return;
  const from = keyword.index + keyword[0].length;
  const after = text.slice(from, from + 120);
  const quoted = KAKAO_QUOTED.exec(after);
  if (quoted !== null && quoted[1] !== undefined && quoted[1].trim() !== '') {
    const id = quoted[1].trim();
    const index = from + quoted.index + quoted[0].indexOf(id);
    add('kakaotalk', id, index, index + id.length);
    return;
  }
  const colon = KAKAO_AFTER_COLON.exec(after);
  if (colon !== null && colon[1] !== undefined) {
    const id = colon[1];
    const index = from + colon[0].length - id.length;
    add('kakaotalk', id, index, index + id.length);
  }
}

/** `네이버, 유튜브에서 KBS뉴스를 구독해주세요` → `네이버, 유튜브: KBS뉴스`. */
function readSubscribe(text: string, written: string): Found | undefined {
  const call = SUBSCRIBE_CALL.exec(text);
  if (call === null) return undefined;
  const end = call.index + call[0].length;
  const windowStart = Math.max(0, call.index - 200);
  const before = text.slice(windowStart, call.index).trimEnd();
  // The channel: the word before 을/를 right before the call.
  const object = /(\S{1,60})[을를]$/u.exec(before);
  const channel = object?.[1] === undefined ? '' : stripQuotes(object[1]);
  const lead = object === null ? before : before.slice(0, object.index).trimEnd();
  // The platforms: the single words joined by commas before 에서, read from the end.
  const platforms: { name: string; index: number }[] = [];
  if (lead.endsWith('에서')) {
    const names = lead.slice(0, -2);
    const pieces = names.split(PLATFORM_SEPARATOR);
    let searchEnd = names.length;
    for (let k = pieces.length - 1; k >= 0 && searchEnd >= 0; k--) {
      const piece = (pieces[k] ?? '').trim().split(' ');
      const name = stripQuotes(piece[piece.length - 1] ?? '');
      if (name === '' || name.length > 20 || /[\d@]/.test(name)) break;
      const index = names.lastIndexOf(name, searchEnd);
      if (index < 0) break;
      platforms.unshift({ name, index });
      searchEnd = index - 1;
      if (piece.length > 1) break;
    }
  }
  let value: string;
  let rawIndex: number;
  const firstPlatform = platforms[0];
  const names = platforms.map((p) => p.name).join(', ');
  if (firstPlatform !== undefined) {
    value = channel === '' ? names : `${names}: ${channel}`;
    rawIndex = firstPlatform.index;
  } else if (object !== null && channel !== '') {
    value = channel;
    rawIndex = object.index;
  } else {
    const last = /\S{1,60}$/u.exec(before);
    if (last === null) return undefined;
    value = stripQuotes(last[0]);
    rawIndex = last.index;
  }
  if (value === '') return undefined;
  const index = windowStart + rawIndex;
  return { kind: 'subscribe', value, raw: written.slice(index, end), index, end };
}

function stripQuotes(word: string): string {
  return word.replace(/^['"‘’“”「『[(]+|['"‘’“”」』\])]+$/g, '');
}
