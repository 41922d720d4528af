import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/jekyll/csv.ts';
import { dataKey, readDataFile } from '../../src/jekyll/data-file.ts';

// Expectations are what Ruby 3.1's CSV and Jekyll's DataReader give for the same text.
describe('dataKey (DataReader#sanitize_filename)', () => {
  it.each([
    ['my data', 'my_data'],
    [' lead', 'lead'],
    ['trail ', 'trail_'],
    ['a  b', 'a_b'],
    ['a - b', 'a_-_b'],
    ['foo.bar', 'foobar'],
    ['a 한 b', 'a_b'],
    ['한 a', '_a'],
    ['x y  z ', 'x_y_z_'],
    ['-x-', '-x-'],
    ['a\tb', 'a_b'],
    ['a __ b', 'a____b'],
    ['a  -  b', 'a_-_b'],
    ['é a', '_a'],
    ['a é', 'a_'],
    ['한글', ''],
  ])('%j is %j', (name, key) => {
    expect(dataKey(name)).toBe(key);
  });
});

describe('parseCsv (CSV.read with headers)', () => {
  const rows = (text: string, options = {}) => parseCsv(text, options);
  it('gives hashes, nil for empty fields, first header of a name winning', () => {
    expect(rows('a,b\n1,2\n')).toEqual({ rows: [{ a: '1', b: '2' }] });
    expect(rows('a,b\n1,2\n\n3,4\n')).toEqual({ rows: [{ a: '1', b: '2' }, { a: null, b: null }, { a: '3', b: '4' }] });
    expect(rows('a,a\n1,2\n')).toEqual({ rows: [{ a: '1' }] });
    expect(rows('a,b\n1\n')).toEqual({ rows: [{ a: '1', b: null }] });
    expect(rows('a,b\n1,2,3\n')).toEqual({ rows: [{ a: '1', b: '2', '': '3' }] });
    expect(rows('a,b\r\n1,"x""y"\r\n')).toEqual({ rows: [{ a: '1', b: 'x"y' }] });
    expect(rows('a,b\n"1\n2",""\n')).toEqual({ rows: [{ a: '1\n2', b: '' }] });
    expect(rows('a b,c\n 1 , 2\n')).toEqual({ rows: [{ 'a b': ' 1 ', c: ' 2' }] });
    expect(rows('\ufeffname,n\nx,1\n')).toEqual({ rows: [{ '\ufeffname': 'x', n: '1' }] });
    expect(rows('')).toEqual({ rows: [] });
    expect(rows('a,b\n')).toEqual({ rows: [] });
    expect(rows('a,b\n1,2\n', { headers: false })).toEqual({ rows: [['a', 'b'], ['1', '2']] });
  });

  it('converts numbers with csv_converters', () => {
    const numeric = rows('a\n0x1A\n1_000\n 12 \n1e3\n.5\n1.\n-3\n+4\n012\n', { converters: ['numeric'] });
    expect(numeric).toEqual({ rows: [26, 1000, 12, 1000, 0.5, '1.', -3, 4, 10].map((a) => ({ a })) });
  });

  it('fails where Ruby raises CSV::MalformedCSVError', () => {
    expect(rows('a,b\n1,"2\n')).toEqual({ error: { message: 'Unclosed quoted field in line 2.', line: 2 } });
    expect(rows('a,b\n1,2 "3"\n')).toEqual({ error: { message: 'Illegal quoting in line 2.', line: 2 } });
    expect(rows('a,b\n1,"2"x\n')).toEqual({ error: { message: "Any value after quoted field isn't allowed in line 2.", line: 2 } });
    expect(rows('a,b\n1,2\r\n')).toEqual({ error: { message: 'Unquoted fields do not allow new line <"\\r\\n"> in line 2.', line: 2 } });
  });
});

describe('readDataFile', () => {
  it('reads YAML and JSON as Psych does, CSV and TSV with Ruby CSV', () => {
    expect(readDataFile('f.yml', 'key: value\nflag: yes\nwhen: 2024-01-02\n')).toEqual({ value: { key: 'value', flag: true, when: new Date(Date.UTC(2024, 0, 2)) }, problems: [] });
    expect(readDataFile('j.json', '{"k": [1, 2, {"z": null}], "s": "yes"}\n')).toEqual({ value: { k: [1, 2, { z: null }], s: 'yes' }, problems: [] });
    expect(readDataFile('tabs.tsv', 'a\tb\nx\t"y"\n')).toEqual({ value: [{ a: 'x', b: 'y' }], problems: [] });
    expect(readDataFile('p.csv', 'name,n\n"be,ta","2.5"\nlast,0x10\n', { csv_reader: { csv_converters: ['numeric'] } })).toEqual({ value: [{ name: 'be,ta', n: 2.5 }, { name: 'last', n: 16 }], problems: [] });
    expect(readDataFile('empty.yml', '')).toEqual({ value: null, problems: [] });
    expect(readDataFile('bad.yml', 'a: [1\n').problems).toEqual([expect.objectContaining({ offset: expect.any(Number) })]);
  });
});
