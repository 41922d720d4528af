import { describe, expect, it } from 'vitest';
import { parseDateValue, parseTime } from '../../src/jekyll/parse-time.ts';
import { localTime, RubyTime, rubyTimeToS, wallClock, zoneOffset } from '../../src/ruby/ruby-time.ts';

const show = (text: string, zone: string): string => {
  const parsed = parseTime(text, zone);
  return parsed.time ? rubyTimeToS(parsed.time) : `error: ${parsed.error}`;
};

// Each expectation is what Ruby 3.1 prints for `Time.parse(text).localtime` with TZ=zone.
describe('parseTime, as Time.parse(text).localtime', () => {
  it.each([
    ['2024-02-30', '2024-03-01 00:00:00 +0900'],
    ['2024-2-3', '2024-02-03 00:00:00 +0900'],
    ['24-06-12', '2024-06-12 00:00:00 +0900'],
    ['2024-06-12 10:00', '2024-06-12 10:00:00 +0900'],
    ['2024-06-12 10:00:00 +0100', '2024-06-12 18:00:00 +0900'],
    ['2024-06-12T10:00:00Z', '2024-06-12 19:00:00 +0900'],
    ['2024-06-12 10:00:00 UTC', '2024-06-12 19:00:00 +0900'],
    ['June 12, 2024', '2024-06-12 00:00:00 +0900'],
    ['2024-06-12 10:00:00 -05', '2024-06-13 00:00:00 +0900'],
    ['2024-06-31', '2024-07-01 00:00:00 +0900'],
    ['2024-06-12 10:00:00 EST', '2024-06-13 00:00:00 +0900'],
    ['2024-13-01', 'error: mon out of range'],
    ['2024-06-32', 'error: argument out of range'],
    ['2024-06-12 25:00', 'error: hour out of range'],
  ])('Asia/Seoul: %j', (text, expected) => {
    expect(show(text, 'Asia/Seoul')).toBe(expected);
  });

  it.each([
    ['2024-06-12 10:00:00 FOO', '2024-06-12 10:00:00 +0100'],
    ['2024-06-12 10:00:00 +9', '2024-06-12 10:00:00 +0100'],
    ['2024-06-12 10:00:00 +09', '2024-06-12 02:00:00 +0100'],
    ['2024-06-12 10:00:00 +0930', '2024-06-12 01:30:00 +0100'],
    ['2024-06-12 10:00:00 +09:30:15', '2024-06-12 01:29:45 +0100'],
    ['2024-03-31 01:30', '2024-03-31 02:30:00 +0100'],
    ['2024-10-27 01:30', '2024-10-27 01:30:00 +0000'],
    ['2024-06-12 24:00', '2024-06-13 00:00:00 +0100'],
    ['2024-06-12 23:59:60', '2024-06-13 00:00:00 +0100'],
    ['2024-06-12 10:00 pm', '2024-06-12 22:00:00 +0100'],
    ['2024/06/12', '2024-06-12 00:00:00 +0100'],
    ['20240612', '2024-06-12 00:00:00 +0100'],
    ['12 June 2024', '2024-06-12 00:00:00 +0100'],
    ['Jun 12 2024 10:00', '2024-06-12 10:00:00 +0100'],
    ['  2024-06-12  ', '2024-06-12 00:00:00 +0100'],
    ['99-01-01', '1999-01-01 00:00:00 +0000'],
    ['49-01-01', '2049-01-01 00:00:00 +0000'],
    ['2024-06-12 10:00:00 CEST', '2024-06-12 10:00:00 +0100'],
    ['2024-06-12 10:00:00 Z', '2024-06-12 11:00:00 +0100'],
  ])('Europe/London: %j', (text, expected) => {
    expect(show(text, 'Europe/London')).toBe(expected);
  });

  it("stops at Date._parse's limit of 128 characters", () => {
    expect(show(`2024-01-01${' '.repeat(130)}`, 'UTC')).toBe('error: string length (140) exceeds the limit 128');
  });

  it('keeps fractions of a second', () => {
    expect(parseTime('2024-06-12T10:00:00.123456789+01:00', 'UTC').time?.getTime()).toBe(Date.UTC(2024, 5, 12, 9, 0, 0, 123));
  });

  it('reads a YAML date as that day at local midnight, and a Time as its instant', () => {
    expect(rubyTimeToS(parseDateValue(new Date(Date.UTC(2024, 5, 12)), 'Asia/Seoul').time as RubyTime)).toBe('2024-06-12 00:00:00 +0900');
    expect(rubyTimeToS(parseDateValue(new Date(Date.UTC(2024, 5, 12, 23, 30)), 'Asia/Seoul').time as RubyTime)).toBe('2024-06-13 08:30:00 +0900');
    expect(parseDateValue(true, 'UTC')).toEqual({ error: 'no time information in "true"' });
  });
});

describe('RubyTime', () => {
  it('is a Date with the UTC offset Ruby shows it in', () => {
    const time = localTime('America/New_York', 2024, 11, 3, 1, 30);
    expect(time).toBeInstanceOf(Date);
    // The hour the change back repeats reads with the offset after it, as Ruby's Time.local does.
    expect([rubyTimeToS(time), time.utcOffset]).toEqual(['2024-11-03 01:30:00 -0500', -18000]);
    expect(rubyTimeToS(localTime('America/New_York', 2024, 3, 10, 2, 30))).toBe('2024-03-10 03:30:00 -0400');
    expect(rubyTimeToS(localTime('Australia/Lord_Howe', 2024, 4, 7, 1, 45))).toBe('2024-04-07 01:45:00 +1030');
    expect(wallClock(time)).toMatchObject({ year: 2024, month: 11, day: 3, hour: 1, minute: 30, weekday: 0, yearDay: 308 });
  });

  it("reads the runtime's own zone, without a name, as the named zone reads", () => {
    const before = process.env['TZ'];
    try {
      process.env['TZ'] = 'Asia/Seoul';
      // Seoul's local mean time before 1908 is +08:27:52; getTimezoneOffset() would say +08:27.
      expect(zoneOffset(undefined, Date.UTC(1899, 11, 31, 15, 32, 8))).toBe(30_472);
      expect(localTime(null, 1987, 7, 1, 12).utcOffset).toBe(36_000);
      expect(rubyTimeToS(localTime(undefined, 2024, 6, 12, 9, 30))).toBe('2024-06-12 09:30:00 +0900');
      process.env['TZ'] = 'America/New_York';
      expect([rubyTimeToS(localTime(undefined, 2024, 11, 3, 1, 30)), rubyTimeToS(localTime(undefined, 2024, 3, 10, 2, 30))]).toEqual([
        '2024-11-03 01:30:00 -0500',
        '2024-03-10 03:30:00 -0400',
      ]);
      for (let ms = -6e12; ms < 5e12; ms += 7.3e9 + 12_345) expect(zoneOffset(undefined, ms)).toBe(zoneOffset('America/New_York', ms));
    } finally {
      if (before === undefined) delete process.env['TZ'];
      else process.env['TZ'] = before;
    }
  });

  it('takes an unknown zone as UTC, as the C library takes an unknown TZ', () => {
    expect(zoneOffset('Mars/Olympus', Date.UTC(2024, 0, 1))).toBe(0);
  });
});
