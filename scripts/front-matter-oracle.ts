/**
 * Checks splitFrontMatter against Jekyll's own regular expression, run by Ruby:
 * `Jekyll::Document::YAML_FRONT_MATTER_REGEXP`, `\A(---\s*\n.*?\n?)^((---|\.\.\.)\s*$\n?)`, /m.
 *
 *   npx tsx scripts/front-matter-oracle.ts [COUNT] [SEED]   # default 2000 inputs, seed 1
 *
 * Inputs: every short combination of the pieces below after an opening `---`, then random ones
 * (fixed seed), piece by piece and line by line. For each, Ruby gives the end of group 1 (where the closing delimiter starts) and of
 * the match (where the body starts), or no match; splitFrontMatter must give the same offsets for a
 * plain `---` block, and no block (none or unclosed) where Ruby finds none. A language block
 * (`---js`) is article-kit's own: Ruby must find no front matter there. Needs `ruby` on PATH.
 * Exit code 1 on any difference.
 */
import { execFileSync } from 'node:child_process';
import { splitFrontMatter } from '../src/front-matter/split-front-matter.ts';

const PIECES = ['---', '...', '----', '--- x', ' ', '\t', '\r', '\n', '\r\n', '\f', '\v', 'a: 1', 'x', '-', '.', '# c', '본문'];
const count = Number(process.argv[2] ?? 2000);
let seed = Number(process.argv[3] ?? 1);
const random = (): number => {
  // mulberry32
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = (from: readonly string[] = PIECES): string => from[Math.floor(random() * from.length)] ?? '';
// Line by line: delimiter-like lines among YAML, with every kind of line end and trailing space.
const LINES = ['---', '...', '---', '...', '----', '--- x', '...x', '', '', 'a: 1', 'title: "t"', '  - b', '# c', '본문', '---js'];
const ENDS = ['\n', '\n', '\n', '\r\n', '\r', '', ' \n', '\t\n', ' ', '\n\n', '\f\n', '\v'];
const byLines = (): string => {
  let text = '---' + pick(['', '', ' ', '\t', '\r', ' x']) + pick(ENDS);
  const length = 1 + Math.floor(random() * 6);
  for (let i = 0; i < length; i++) text += pick(LINES) + pick(ENDS);
  return text;
};

const inputs = new Set<string>();
for (const a of PIECES) for (const b of PIECES) inputs.add(`---${a}${b}`);
for (const a of PIECES) for (const b of PIECES) inputs.add(`---\n${a}\n${b}`);
while (inputs.size < count) {
  if (random() < 0.6) {
    inputs.add(byLines());
    continue;
  }
  let text = random() < 0.9 ? '---' : pick();
  const length = 1 + Math.floor(random() * 12);
  for (let i = 0; i < length; i++) text += pick();
  inputs.add(text);
}
const list = [...inputs];

const ruby = `
require 'json'
re = %r!\\A(---\\s*\\n.*?\\n?)^((---|\\.\\.\\.)\\s*$\\n?)!m
JSON.parse(STDIN.read).each do |s|
  m = re.match(s)
  puts(m ? "#{m.begin(2)} #{m.end(0)}" : "-")
end
`;
const out = execFileSync('ruby', ['-e', ruby], { input: JSON.stringify(list), encoding: 'utf8', maxBuffer: 1 << 26 }).trim().split('\n');

let failures = 0;
list.forEach((input, i) => {
  const expected = out[i] ?? '?';
  const split = splitFrontMatter(input, 0);
  const actual = split.kind === 'block' && split.language === '' ? `${split.contentOffset + split.content.length} ${split.end}` : '-';
  if (actual !== expected) {
    failures++;
    if (failures <= 20) console.log(`${JSON.stringify(input)}: Jekyll ${expected}, splitFrontMatter ${actual} (${split.kind})`);
  }
});
const matched = out.filter((line) => line !== '-').length;
console.log(`${list.length} inputs (${matched} with front matter for Jekyll), ${failures} differences`);
process.exitCode = failures === 0 ? 0 : 1;
