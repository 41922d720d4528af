import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Point, TipLine } from '../../src/article/types.ts';
import { findTipLines, type TipLineCandidate } from '../../src/extract/tip-lines.ts';

const pointer =
  (source: string) =>
  (offset: number): Point => {
    const before = source.slice(0, offset);
    const lineStart = before.lastIndexOf('\n') + 1;
    return { line: before.split('\n').length, column: offset - lineStart + 1, offset };
  };

/** A list candidate: one line per item, each found in `source` with indexOf. */
function list(source: string, items: string[], written: string[] = items): TipLineCandidate {
  let from = 0;
  const lines = items.map((text, i) => {
    const raw = written[i] ?? text;
    const start = source.indexOf(raw, from);
    if (start < 0) throw new Error(`not in source: ${raw}`);
    from = start + raw.length;
    return { text, start, end: start + raw.length };
  });
  return { lines, start: lines[0]?.start ?? 0, end: lines[lines.length - 1]?.end ?? 0 };
}

/** A paragraph candidate: every line carries the paragraph's span, as the extractor gives them. */
function paragraph(source: string, inner: string): TipLineCandidate {
  const start = source.indexOf(inner);
  const end = start + inner.length;
  return { lines: inner.split('\n').map((text) => ({ text, start, end })), start, end };
}

const run = (source: string, ...candidates: TipLineCandidate[]): TipLine[] => findTipLines(candidates, source, pointer(source));

const summary = (tipLine: TipLine | undefined) =>
  tipLine?.channels.map((c) => [c.kind, c.value, c.raw, c.position.start.line, c.position.start.column]);

describe('findTipLines', () => {
  it('reads the broadcaster contact list', () => {
    const items = [
      '제보하기 ▷ 전화 : 02-781-1234, 4444',
      '이메일 : kbs1234@kbs.co.kr',
      "카카오톡 : 'KBS제보' 검색, 채널 추가",
      '네이버, 유튜브에서 KBS뉴스를 구독해주세요!',
    ];
    const source = `<p>본문입니다.</p>\n\n<ul>\n${items.map((i) => `  <li>${i}</li>\n`).join('')}</ul>\n`;
    const candidate = list(source, items);
    const [tipLine, ...rest] = run(source, candidate);
    expect(rest).toEqual([]);
    expect(tipLine?.label).toBe('제보하기');
    expect(summary(tipLine)).toEqual([
      ['phone', '02-781-1234', '02-781-1234', 4, 19],
      ['phone', '02-781-4444', '4444', 4, 32],
      ['email', 'kbs1234@kbs.co.kr', 'kbs1234@kbs.co.kr', 5, 13],
      ['kakaotalk', 'KBS제보', 'KBS제보', 6, 15],
      ['subscribe', '네이버, 유튜브: KBS뉴스', '네이버, 유튜브에서 KBS뉴스를 구독해주세요', 7, 7],
    ]);
    const phone = tipLine?.channels[0]?.position;
    expect(phone?.start.offset).toBe(source.indexOf('02-781-1234'));
    expect(phone?.end.offset).toBe(source.indexOf('02-781-1234') + '02-781-1234'.length);
    expect(tipLine?.channels[1]?.position.start.offset).toBe(source.indexOf('4444'));
    expect(tipLine?.position.start).toEqual(pointer(source)(candidate.start));
    expect(tipLine?.position.end).toEqual(pointer(source)(candidate.end));
  });

  it('reads a 문의 paragraph with a phone and an email', () => {
    const inner = '문의: 예시부 정책기획과\n전화 044-201-3860, 이메일 policy@example.go.kr';
    const source = `# 제목\n\n${inner}\n`;
    const [tipLine] = run(source, paragraph(source, inner));
    expect(tipLine?.label).toBe('문의');
    expect(summary(tipLine)).toEqual([
      ['phone', '044-201-3860', '044-201-3860', 4, 4],
      ['email', 'policy@example.go.kr', 'policy@example.go.kr', 4, 22],
    ]);
  });

  it('reads a service number and a website', () => {
    const items = ['고객센터 ▷ ☎1588-1234', '홈페이지: https://www.example.com/help.'];
    const source = `<ul>\n<li>${items[0]}</li>\n<li>${items[1]}</li>\n</ul>`;
    const [tipLine] = run(source, list(source, items));
    expect(tipLine?.label).toBe('고객센터');
    expect(summary(tipLine)).toEqual([
      ['phone', '1588-1234', '1588-1234', 2, 13],
      ['website', 'https://www.example.com/help', 'https://www.example.com/help', 3, 11],
    ]);
  });

  it('reads a mobile number and an unquoted KakaoTalk id', () => {
    const items = ['전화 : 010-1234-5678', '카톡 : example_tips'];
    const source = `- ${items[0]}\n- ${items[1]}\n`;
    const [tipLine] = run(source, list(source, items));
    expect(tipLine?.label).toBeUndefined();
    expect(summary(tipLine)).toEqual([
      ['phone', '010-1234-5678', '010-1234-5678', 1, 8],
      ['kakaotalk', 'example_tips', 'example_tips', 2, 8],
    ]);
  });

  it('normalises separators, +82 and an area code in parentheses', () => {
    const inner = '대표전화 (02) 781.1234, 휴대폰 +82 10 1234 5678\n상담 1577 1234 또는 031–123–4567';
    const source = `${inner}\n`;
    const [tipLine] = run(source, paragraph(source, inner));
    expect(tipLine?.channels.map((c) => [c.value, c.raw])).toEqual([
      ['02-781-1234', '(02) 781.1234'],
      ['010-1234-5678', '+82 10 1234 5678'],
      ['1577-1234', '1577 1234'],
      ['031-123-4567', '031–123–4567'],
    ]);
    expect(tipLine?.channels.map((c) => c.position.start.line)).toEqual([1, 1, 2, 2]);
  });

  it('expands only a shorthand as long as the last group', () => {
    const items = ['제보 ▷ 02-781-1234, 4444, 5555', '문의 031-123-4567, 2024년 개편', '팩스 02-781-9999, 123'];
    const source = items.join('\n');
    const [tipLine] = run(source, list(source, items));
    expect(tipLine?.channels.map((c) => [c.value, c.raw])).toEqual([
      ['02-781-1234', '02-781-1234'],
      ['02-781-4444', '4444'],
      ['02-781-5555', '5555'],
      ['031-123-4567', '031-123-4567'],
      ['02-781-9999', '02-781-9999'],
    ]);
  });

  it('reads a subscribe line without platforms', () => {
    const items = ['제보 메일: tips@example.com', "'예시뉴스'를 구독하세요"];
    const source = items.join('\n');
    const [tipLine] = run(source, list(source, items));
    expect(summary(tipLine)?.[1]).toEqual(['subscribe', '예시뉴스', "'예시뉴스'를 구독하세요", 2, 1]);
  });

  it('points at the line when the visible text differs from the source', () => {
    const written = ['전화: 02&#45;781&#45;1234', '카카오톡 : &#39;예시제보&#39; 검색'];
    const items = ['전화: 02-781-1234', "카카오톡 : '예시제보' 검색"];
    const source = `<ul>\n<li>${written[0]}</li>\n<li>${written[1]}</li>\n</ul>`;
    const candidate = list(source, items, written);
    const [tipLine] = run(source, candidate);
    expect(tipLine?.channels.map((c) => [c.kind, c.value, c.position.start.offset, c.position.end.offset])).toEqual([
      ['phone', '02-781-1234', candidate.lines[0]?.start, candidate.lines[0]?.end],
      ['kakaotalk', '예시제보', source.indexOf('예시제보'), source.indexOf('예시제보') + 4],
    ]);
  });

  it('skips a paragraph that mentions a number once', () => {
    const one = '시청은 오늘 새 버스 노선을 발표했으며, 자세한 내용은 교통정책과(031-123-4567)로 문의하면 된다고 밝혔다.';
    const two = `${one}\n노선은 다음 달부터 운행되며 요금은 기존과 같다.`;
    const three = '문의: 예시부 정책과(044-201-3860)';
    const source = [one, two, three].join('\n\n');
    expect(run(source, paragraph(source, one))).toEqual([]);
    expect(run(source, paragraph(source, two))).toEqual([]);
    expect(run(source, paragraph(source, three))).toEqual([]);
  });

  it('skips a long news sentence that mentions two numbers', () => {
    const filler = '지역 주민들은 이번 결정이 오랜 숙원이었다며 환영의 뜻을 밝혔고, 시는 내년까지 관련 시설을 차례로 늘릴 계획이다. '.repeat(4);
    const inner = `${filler}교통정책과(031-123-4567)와 도로과(031-123-4568)가 맡는다.`;
    expect(run(inner, paragraph(inner, inner))).toEqual([]);
  });

  it('skips lists without contact lines', () => {
    const items = ['사과 2개', '배 3개', '전화 02-781-1234'];
    const source = items.join('\n');
    expect(run(source, list(source, items))).toEqual([]);
    expect(run('', { lines: [], start: 0, end: 0 })).toEqual([]);
  });

  it('finds no channel in a 60k-digit run or a 50k-character address', () => {
    const bogus = [
      `전화 : ${'1'.repeat(60_000)}`,
      `전화 : 02-781-${'1'.repeat(60_000)}`,
      `전화 : 010${'1234'.repeat(15_000)}`,
      `전화 : ${'0'.repeat(1993)}02-781-1234`,
      `전화 : ${'x'.repeat(1983)} 02-781-12345`,
      `이메일 : ${'a'.repeat(50_000)}@`,
      `이메일 : a@${'a'.repeat(50_000)}`,
      `이메일 : ${'a'.repeat(50_000)}@example.com`,
      `홈페이지 : https://${'w'.repeat(50_000)}`,
    ];
    for (const line of bogus) {
      const items = ['문의 ▷ 02-781-1234', line, '메일: tips@example.com'];
      const source = items.join('\n');
      const [tipLine, ...rest] = run(source, list(source, items));
      expect(rest).toEqual([]);
      expect(summary(tipLine)).toEqual([
        ['phone', '02-781-1234', '02-781-1234', 1, 6],
        ['email', 'tips@example.com', 'tips@example.com', 3, 5],
      ]);
    }
    const source = bogus.join('\n');
    expect(run(source, list(source, bogus))).toEqual([]);
  });

  it('never throws and keeps every channel inside its line', () => {
    const piece = fc.constantFrom('02-781-1234', ', 4444', '1588-1234', '010', '-', '.', ' ', '@', 'a', 'kbs.co.kr', '문의', '카카오톡 : ', "'", 'www.', '에서 ', '를 구독하세요', '7', '\n');
    fc.assert(
      fc.property(fc.array(fc.array(piece, { maxLength: 12 }).map((p) => p.join('')), { minLength: 1, maxLength: 5 }), (texts) => {
        const source = texts.join('\n');
        const candidate = list(source, texts);
        for (const tipLine of run(source, candidate)) {
          for (const channel of tipLine.channels) {
            expect(channel.value).not.toBe('');
            if (channel.kind === 'phone') expect(channel.value).toMatch(/^(?:0\d{1,3}-\d{3,4}|1\d{3})-\d{4}$/);
            const inside = candidate.lines.some((l) => channel.position.start.offset >= l.start && channel.position.end.offset <= l.end);
            expect(inside).toBe(true);
          }
        }
      }),
    );
  });
});
