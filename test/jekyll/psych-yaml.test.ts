import { describe, expect, it } from 'vitest';
import { loadYaml, psychPlainScalar } from '../../src/ruby/psych-yaml.ts';

const date = (iso: string): Date => new Date(iso);

// What Ruby 3.1's Psych 4.0.3 loads for `v: TEXT` (YAML.safe_load, Date and Time permitted).
describe('psychPlainScalar', () => {
  it.each<[string, unknown]>([
    ['yes', true],
    ['YES', true],
    ['yEs', true],
    ['on', true],
    ['Off', false],
    ['no', false],
    ['tRUE', true],
    ['y', 'y'],
    ['n', 'n'],
    ['null', null],
    ['nUll', null],
    ['~', null],
    ['', null],
    ['1', 1],
    ['+1', 1],
    ['010', 8],
    ['08', '08'],
    ['0x1A', 26],
    ['0b101', 5],
    ['0o17', '0o17'],
    ['1_000', 1000],
    ['1,000', 1000],
    ['0,7', 7],
    ['1.5', 1.5],
    ['1.', 1],
    ['.5', 0.5],
    ['.', '.'],
    ['1.5e3', '1.5e3'],
    ['1.5e+3', 1500],
    ['1e5', '1e5'],
    ['.inf', Number.POSITIVE_INFINITY],
    ['-.inf', Number.NEGATIVE_INFINITY],
    ['1:20', 4800],
    ['1:20:30', 4830],
    ['-1:20', -2400],
    ['1:70', '1:70'],
    ['2024-01-01', date('2024-01-01T00:00:00Z')],
    ['2024-1-1', date('2024-01-01T00:00:00Z')],
    ['2024-02-30', '2024-02-30'],
    ['2024-01-01 10:20:30', date('2024-01-01T10:20:30Z')],
    ['2024-01-01 10:20:30 +09:00', date('2024-01-01T01:20:30Z')],
    ['2024-01-01 10:20:30.5 -05:30', date('2024-01-01T15:50:30.500Z')],
    ['2024-02-31 00:00:00', date('2024-03-02T00:00:00Z')],
    ['abc', 'abc'],
    ['yes please', 'yes please'],
    ['한글', '한글'],
    ['v1.0', 'v1.0'],
    ['0.1.2', '0.1.2'],
  ])('%s', (text, expected) => {
    const value = psychPlainScalar(text);
    if (expected instanceof Date) expect((value as Date).toISOString()).toBe(expected.toISOString());
    else expect(value).toEqual(expected);
  });
});

describe('loadYaml', () => {
  it('resolves plain scalars as Psych does, keys included, and leaves quoted and tagged ones alone', () => {
    const { value, problems } = loadYaml('a: yes\nb: "yes"\nc: !!str 1\nd: y\non: 1\ne: 1\ne: 2\n', { permitDates: true });
    expect(problems).toEqual([]);
    expect(value).toEqual({ a: true, b: 'yes', c: '1', d: 'y', true: 1, e: 2 });
  });

  it('keeps merge keys', () => {
    expect(loadYaml('base: &b {x: 1}\nm:\n  <<: *b\n  y: 2\n').value).toEqual({ base: { x: 1 }, m: { x: 1, y: 2 } });
  });

  it('reports what Psych refuses: a Ruby symbol, a date where none is permitted', () => {
    expect(loadYaml('a: :numeric\n', { permitDates: true })).toMatchObject({
      value: { a: ':numeric' },
      problems: [{ message: '`:numeric` is a Ruby symbol, which Jekyll refuses to load (Tried to load unspecified class: Symbol)', offset: 3, endOffset: 11 }],
    });
    expect(loadYaml('a: 2024-01-01\n').problems).toEqual([
      { message: '`2024-01-01` is a date, which kramdown refuses to load (Tried to load unspecified class: Date)', offset: 3, endOffset: 13 },
    ]);
  });

  it('gives no value for a syntax error, an alias bomb or 201 nested flows, and positions keys', () => {
    expect(loadYaml('a: [b\nc: d\n')).toMatchObject({ value: undefined, problems: [{ offset: 6 }] });
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 7; i++) bomb.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    expect(loadYaml(bomb.join('\n')).value).toBeUndefined();
    expect(loadYaml(`a: ${'['.repeat(201)}`).value).toBeUndefined();
    const loaded = loadYaml('title: x\nkramdown:\n  toc_levels: "1..9"\n');
    expect(loaded.rangeOf(['kramdown', 'toc_levels'])).toEqual([33, 39]);
    expect(loaded.rangeOf(['kramdown', 'missing'])).toBeUndefined();
  });
});
