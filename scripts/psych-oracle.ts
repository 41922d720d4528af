/**
 * Records what Jekyll's YAML loader (Ruby's Psych 4 with libyaml, as `Jekyll::Utils.safe_load_yaml`
 * calls it: `Psych.safe_load(yaml, permitted_classes: [Date, Time], aliases: true)`) makes of
 * front matter, for `test/front-matter/psych.test.ts` to hold article-kit's loader to it without
 * Ruby:
 *
 *   npx tsx scripts/psych-oracle.ts   # writes fixtures/psych/generated.json and fixtures/psych/shared.json
 *
 * - `generated.json`: every scalar form of `SCALARS` as `v: TEXT`, then documents built from
 *   `LINES` at a fixed seed: the YAML and Psych's answer.
 * - `shared.json`: the front matter of every post in ../shared (the corpus and the sites), by
 *   path and SHA-1 of the YAML text, with whether Jekyll reads it and the SHA-1 of the data it
 *   reads (posts and their values are not copied into the project).
 *
 * - `dates.json`: the day Jekyll dates a post for `date: TEXT` (`Time.parse(date.to_s).localtime`,
 *   as `Document#merge_date!` does, with `TZ` set to the site's `timezone`) in four zones, or the
 *   error that stops the build.
 *
 * An answer is `{ value }` (Ruby values encoded: `{ int }`, `{ float }`, `{ date }`, `{ time }` in
 * UTC, `{ hash: [[key, value]…] }`) or `{ error, line?, column? }`. Needs `ruby` on PATH.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { splitFrontMatter } from '../src/front-matter/split-front-matter.ts';
import { canonical, fromRuby, jekyllReads, type RubyAnswer } from '../test/front-matter/psych-answers.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const shared = fileURLToPath(new URL('../../shared/', import.meta.url));

/** Plain, quoted and flow scalars: every form where YAML 1.1 and 1.2 or Psych and yaml differ. */
export const SCALARS = [
  // Booleans and null, YAML 1.1 style.
  'yes', 'Yes', 'YES', 'yEs', 'no', 'No', 'NO', 'on', 'On', 'ON', 'off', 'Off', 'OFF', 'y', 'Y', 'n', 'N',
  'true', 'True', 'TRUE', 'tRUE', 'false', 'False', 'FALSE', 'null', 'Null', 'NULL', 'nUll', '~', '',
  // Integers: octal, hex, binary, separators, signs.
  '0', '1', '-1', '+1', '-0', '010', '0010', '08', '09', '0o17', '0x1A', '0X1A', '0x_1A', '0b101', '0b_1', '1_000', '1__0', '_1', '1_',
  '1,000', '0,7', '1,0,0', '12345678901234567890', '9007199254740993',
  // Sexagesimal.
  '12:30:00', '12:30', '1:20', '1:20:30', '-1:20', '+1:20', '1:70', '190:20:30', '1:20.5', '12:30:00.25', '1_0:20',
  // Floats.
  '1.5', '-1.5', '+1.5', '1.', '.5', '.', '-.', '1.5e3', '1.5e+3', '1.5E-3', '1e5', '1e+5', '1.0e+5', '1_000.5', '1,000.5', '.inf', '.Inf', '.INF', '+.inf', '-.inf', '-.Inf', '.nan', '.NaN', '.NAN', 'inf', 'nan',
  // Dates and times.
  '2024-06-19', '2024-6-9', '2024-06-31', '2024-02-29', '2023-02-29', '2024-13-01', '0024-06-19', '2024-06-19T10:00:00Z', '2024-06-19t10:00:00z',
  '2024-06-19 10:00:00', '2024-06-19 10:00:00 +09:00', '2024-06-19 10:00:00 +0900', '2024-06-19 10:00:00 +09', '2024-06-19 10:00:00 -05:30',
  '2024-06-19 10:00:00.5 -0530', '2024-06-19 10:00:00.123456789', '2024-06-19  10:00:00', '2024-06-19T10:00:00+09:00', '2024-06-19 24:00:00', '2024-06-19 24:30:00', '2024-06-19 10:00:61',
  '2024-06-19 10:00', '2024-06-19 1:02:03', '2024-06-19 10:00:60', '2024-06-19T10:00:00 Z', '20240619', '2024/06/19', '2024-06-19 10:00:00 KST',
  // Strings that look like something else.
  'abc', 'yes please', 'no.', 'On air', 'v1.0', '0.1.2', '1.2.3.4', '1-2', '1e', 'e1', '0x', '0b', '0o', '0xG', '+', '-1-', '1:2:3:4', '한글', '제목 #태그', 'a #b', 'a#b',
  ':sym', ':', '::', 'a:b', 'http://example.com/a?b=1#c', '@user', '`code`', '%percent', '!tag x', '&anchor x', '*alias', '? q', '- item', '| text', '> text',
  // Quoted and flow.
  "'single'", "'it''s'", "''", '"double"', '"esc \\t \\u00e9 \\x41 \\/ \\_ \\N"', '""', "'yes'", '"010"', "'2024-06-19'",
  '[a, b]', '[yes, no, 010, 1_000, 2024-06-19]', '[]', '{a: 1}', '{}', '[a, [b, c]]', '{a: [1, 2], b: {c: on}}',
  // Writer mistakes: a quoted word and more, keyword lists, a colon and space, brackets.
  "'임영웅' 신곡, 1위 달성", "'TV드라마' '한국어' '역대급'", '"임영웅" 신곡', "'a'b", '제목: 부제', '제목:부제', '[속보] 대통령 발표', '{긴급} 공지', "'unclosed", '"unclosed',
  '[unclosed, list', "제목 '인용' 끝", '"a" "b"', "'a' # comment", "'a'  ",
  // Tags: the ones safe_load reads, and Ruby classes it refuses.
  '!!str 010', '!!int 010', '!!float 1', '!!binary aGVsbG8=', '!!timestamp 2024-06-19', '!foo x', '!ruby/string x', '!ruby/object:Foo x', '!ruby/hash {}',
  '!ruby/sym x', '!ruby/regexp /x/', '!ruby/range 1..2', '!!set {a}', '!ruby/object:Object {}',
];

/** Lines that documents are built from: keys of every kind, values, nesting, comments, mistakes. */
const LINES = [
  'title: 제목', "title: '임영웅' 신곡", "title: 'TV드라마' '한국어'", 'title: "따옴표 제목"', 'title: 제목: 부제', 'title: [속보] 제목',
  'date: 2024-06-19', 'date: 2024-06-19 10:00:00 +09:00', 'date: "2024-06-19 10:00"', 'published: no', 'published: false', "published: 'no'",
  'categories:', '  - News', '- News', '  - 010', 'categories: [a, b]', 'tags: [yes, on]', 'excerpt: >', '  첫 줄', '  둘째 줄', 'text: |', '  줄 하나',
  '  nested: 1', '    deeper: on', 'map:', '  a: 1', '  b: [x]', '# comment', '', '   ', 'a: &x 1', 'b: *x', 'c: !!str 010', 'd: !ruby/object:Object {}',
  'yes: 1', 'on: 2', '010: x', '1_000: y', 'null: z', 'key:value', 'key :value', 'dup: 1', 'dup: 2', '\tindented: tab', 'e:\tafter tab',
  'f: "multi', '  line"', "g: 'it''s'", 'h: :symbol', 'i: 12:30:00', 'j: 1,000', '? complex', ': value', 'k: -', 'l: - x', 'm: "\\u00e9\\x41"',
  'n: a # c', 'o:  spaced  ', 'p: {a: 1, b: [2, 3]}', 'q: [1, [2, {r: s}]]',
];

/** `date:` values, plain and quoted, in every form posts write and a few Ruby reads its own way. */
export const DATES = [
  '2024-06-19', '2024-6-9', '2024-06-31', '2024-02-30', '2024-13-01', '2024-00-10', '2024-06-00', '2024-06-32',
  '2024-06-19 10:00:00', '2024-06-19 23:30:00', '2024-06-19 00:10:00', '2024-06-19 10:00:00 +09:00', '2024-06-19 08:00:00 +0900',
  '2024-06-19 23:30:00 -0500', '2024-06-19 02:00:00 +09', '2024-06-19T10:00:00Z', '2024-06-19T23:59:59.999Z', '2024-06-19 24:00:00',
  '2024-06-19 10:00:00 UTC', '2024-06-19 10:00:00 GMT', '2024-06-19 10:00:00 EST', '2024-06-19 22:00:00 PDT', '2024-06-19 10:00',
  '2024-06-19T10:00', '2024-06-19 10:00:60', '2024-06-19 23:59:60', '2024-06-19 24:30:00', '2024-06-19 25:00:00', '2024-06-19 10:60:00',
  '2024-06-19 10:00:00.5 -0530', '2013-05-06 02:12:52 +0200', '2013-02-06 13:35:34 +0000', '2024-03-10 02:30:00', '2024-11-03 01:30:00',
  '', '~', 'yes', 'abc', '오늘', '2024', '20240619', '2024/06/19', 'June 19, 2024', '2024-06-19 10:00:00 KST', '2024-06-19 10:00:00 GMT+9',
  '1:20', '12:30:00',
];
export const DATE_ZONES = ['UTC', 'America/Los_Angeles', 'Asia/Seoul', 'Europe/London'];

/** Every `date:` line of DATES, plain and, where it differs, quoted. */
export const dateLines = (): string[] => [...new Set(DATES.flatMap((text) => [`date: ${text}`, `date: "${text}"`]))];

const DATE_RUBY = String.raw`
require 'yaml'; require 'date'; require 'time'; require 'json'
lines, zones = JSON.parse(STDIN.read)
out = zones.map do |zone|
  ENV['TZ'] = zone
  lines.map do |line|
    begin
      data = Psych.safe_load(line, permitted_classes: [Date, Time], aliases: true)
      Time.parse(data['date'].to_s).localtime.strftime('%Y-%m-%d')
    rescue Exception => e
      { 'error' => e.class.to_s }
    end
  end
end
puts JSON.generate(out)
`;

let seed = 20240619;
const random = (): number => {
  // mulberry32
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = <T>(from: readonly T[]): T => from[Math.floor(random() * from.length)] as T;

export function generatedInputs(count = 1500): string[] {
  const inputs = new Set<string>(SCALARS.map((text) => `v: ${text}\n`));
  // Each scalar as a key, a sequence item and a flow item as well.
  for (const text of SCALARS.slice(0, 80)) inputs.add(`${text}: k\n`);
  for (const text of SCALARS.slice(0, 120)) inputs.add(`s:\n  - ${text}\n`);
  while (inputs.size < SCALARS.length + 200 + count) {
    const lines: string[] = [];
    const length = 1 + Math.floor(random() * 7);
    // Half the documents are flat mappings of scalars, which mostly load; the rest mix every line.
    const flat = random() < 0.5;
    for (let i = 0; i < length; i++) lines.push(flat || random() < 0.25 ? `x${i}: ${pick(SCALARS)}` : pick(LINES));
    // A document whose first line is indented is several documents for libyaml: not front matter.
    if (/^[ \t]/.test(lines[0] ?? '')) continue;
    inputs.add(lines.join(random() < 0.1 ? '\r\n' : '\n') + (random() < 0.9 ? '\n' : ''));
  }
  return [...inputs];
}

const RUBY = String.raw`
require 'yaml'; require 'date'; require 'json'
def enc(v)
  case v
  when nil, true, false, String then v
  when Integer then { 'int' => v.to_s }
  when Float then { 'float' => v.nan? ? 'NaN' : v.infinite? ? (v > 0 ? 'Infinity' : '-Infinity') : v.to_s }
  when Time then { 'time' => v.utc.strftime('%Y-%m-%dT%H:%M:%S.%6NZ') }
  when Date then { 'date' => v.strftime('%Y-%m-%d') }
  when Array then v.map { |x| enc(x) }
  when Hash then { 'hash' => v.map { |k, x| [enc(k), enc(x)] } }
  else { 'other' => v.class.to_s }
  end
end
out = JSON.parse(STDIN.read).map do |s|
  begin
    { 'value' => enc(Psych.safe_load(s, permitted_classes: [Date, Time], aliases: true)) }
  rescue Psych::SyntaxError => e
    { 'error' => 'Psych::SyntaxError', 'line' => e.line, 'column' => e.column }
  rescue Exception => e
    { 'error' => e.class.to_s }
  end
end
puts JSON.generate(out)
`;

export function psych(inputs: readonly string[]): RubyAnswer[] {
  const out = execFileSync('ruby', ['-e', RUBY], { input: JSON.stringify(inputs), encoding: 'utf8', maxBuffer: 1 << 28 });
  return JSON.parse(out) as RubyAnswer[];
}

function sharedPosts(): { path: string; yaml: string }[] {
  const dirs = ['corpus/posts', ...readdirSync(`${shared}sites`, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => `sites/${d.name}/_posts`)];
  const posts: { path: string; yaml: string }[] = [];
  for (const dir of dirs) {
    for (const name of readdirSync(`${shared}${dir}`).sort()) {
      const source = readFileSync(`${shared}${dir}/${name}`, 'utf8');
      const split = splitFrontMatter(source, source.charCodeAt(0) === 0xfeff ? 1 : 0);
      if (split.kind === 'block' && split.language === '') posts.push({ path: `${dir}/${name}`, yaml: split.content });
    }
  }
  return posts;
}

export const sha1 = (text: string): string => createHash('sha1').update(text).digest('hex');

/**
 * An answer as stored for a shared post: whether Jekyll reads the front matter, and the SHA-1 of
 * the data it reads, as JavaScript values in canonical JSON (`canonical(fromRuby(value))`).
 */
export const answerDigest = (answer: RubyAnswer): { reads: boolean; dataSha1?: string } =>
  jekyllReads(answer) && 'value' in answer ? { reads: true, dataSha1: sha1(canonical(answer.value === null ? {} : fromRuby(answer.value))) } : { reads: false };

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  mkdirSync(`${root}fixtures/psych`, { recursive: true });
  const inputs = generatedInputs();
  const answers = psych(inputs);
  writeFileSync(`${root}fixtures/psych/generated.json`, `${JSON.stringify(inputs.map((yaml, i) => ({ yaml, psych: answers[i] })), null, 0).replace(/\},\{"yaml"/g, '},\n{"yaml"')}\n`);
  const posts = sharedPosts();
  const postAnswers = psych(posts.map((p) => p.yaml));
  writeFileSync(
    `${root}fixtures/psych/shared.json`,
    `${JSON.stringify(posts.map((p, i) => ({ path: p.path, sha1: sha1(p.yaml), psych: answerDigest(postAnswers[i] as RubyAnswer) }))).replace(/\},\{"path"/g, '},\n{"path"')}\n`,
  );
  const lines = dateLines();
  const days = JSON.parse(execFileSync('ruby', ['-e', DATE_RUBY], { input: JSON.stringify([lines, DATE_ZONES]), encoding: 'utf8' })) as unknown[][];
  writeFileSync(
    `${root}fixtures/psych/dates.json`,
    `${JSON.stringify(lines.map((line, i) => ({ line, days: Object.fromEntries(DATE_ZONES.map((zone, z) => [zone, days[z]?.[i]])) }))).replace(/\},\{"line"/g, '},\n{"line"')}\n`,
  );
  const errors = answers.filter((a) => 'error' in a).length;
  console.log(`${inputs.length} generated inputs (${errors} Psych errors), ${posts.length} shared front matters`);
}
