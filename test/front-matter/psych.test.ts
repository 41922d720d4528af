import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/front-matter/parse-yaml.ts';
import { readPlainYaml } from '../../src/front-matter/plain-yaml.ts';
import { splitFrontMatter } from '../../src/front-matter/split-front-matter.ts';
import { parseArticle } from '../../src/index.ts';
import { loadYaml } from '../../src/ruby/psych-yaml.ts';
import { sha1 } from '../../scripts/psych-oracle.ts';
import { root, shared } from '../helpers.ts';
import { canonical, fromRuby, jekyllReads, type RubyAnswer } from './psych-answers.ts';

// What Jekyll 4.3.1's loader (Psych 4.0.3, libyaml 0.2.5: `Psych.safe_load(yaml, permitted_classes:
// [Date, Time], aliases: true)`) gave, recorded by `npx tsx scripts/psych-oracle.ts`.
const generated = JSON.parse(readFileSync(`${root}fixtures/psych/generated.json`, 'utf8')) as { yaml: string; psych: RubyAnswer }[];
const sharedAnswers = JSON.parse(readFileSync(`${root}fixtures/psych/shared.json`, 'utf8')) as { path: string; sha1: string; psych: { reads: boolean; dataSha1?: string } }[];
const answerFor = (yaml: string): RubyAnswer | undefined => generated.find((entry) => entry.yaml === yaml)?.psych;

describe('front matter scalars, as Jekyll reads them', () => {
  const date = (iso: string): Date => new Date(iso);
  it.each<[string, unknown]>([
    ['published: no', false],
    ['published: No', false],
    ['published: off', false],
    ['published: on', true],
    ['published: yes', true],
    ['published: y', 'y'],
    ['published: n', 'n'],
    ["published: 'no'", 'no'],
    ['published: false', false],
    ['published: ~', null],
    ['published:', null],
    ['v: 010', 8],
    ['v: 08', '08'],
    ['v: 0x1A', 26],
    ['v: 0o17', '0o17'],
    ['v: 0b101', 5],
    ['v: 1_000', 1000],
    ['v: 1,000', 1000],
    ['v: 12:30:00', 45000],
    ['v: 1:20', 4800],
    ['v: 1.5e3', '1.5e3'],
    ['v: 1.5e+3', 1500],
    ['v: .inf', Number.POSITIVE_INFINITY],
    ['v: 2024-06-19', date('2024-06-19T00:00:00Z')],
    ['v: 2024-6-9', date('2024-06-09T00:00:00Z')],
    ['v: 2024-06-31', '2024-06-31'],
    ['v: 2024-06-19 10:00:00 +09:00', date('2024-06-19T01:00:00Z')],
    ['v: 2024-06-19 10:00:00', date('2024-06-19T10:00:00Z')],
    ['v: 2024-06-19T10:00:00Z', date('2024-06-19T10:00:00Z')],
    ["v: '2024-06-19'", '2024-06-19'],
  ])('%s', (yaml, expected) => {
    const line = `${yaml}\n`;
    const key = yaml.slice(0, yaml.indexOf(':'));
    const { data, loaded } = parseYaml(line);
    expect(loaded).toBe(true);
    expect(data[key]).toEqual(expected);
    // The same answer Psych gave, where the recorded set holds the form.
    const recorded = answerFor(line.replace(/^published:/, 'v:'));
    if (recorded && 'value' in recorded) expect((fromRuby(recorded.value) as Record<string, unknown>)['v']).toEqual(expected);
  });

  it('has Psych answers for every form above', () => {
    for (const form of ['no', 'on', '010', '1_000', '12:30:00', '2024-06-19', '2024-06-19 10:00:00 +09:00']) expect(answerFor(`v: ${form}\n`)).toBeDefined();
  });

  it('reads keys as Psych does: `on` is true, `010` is 8', () => {
    expect(parseYaml('on: a\n010: b\ny: c\n').data).toEqual({ true: 'a', 8: 'b', y: 'c' });
  });

  it('keeps the last of two equal keys, as Psych does, and warns', () => {
    expect(parseYaml('title: 하나\ntitle: 둘\n')).toEqual({
      data: { title: '둘' },
      loaded: true,
      problems: [
        {
          ruleId: 'yaml-duplicate-key',
          severity: 'warning',
          message: '`title` is given again: Jekyll keeps this value and drops the one before',
          offset: 10,
          endOffset: 15,
        },
      ],
    });
  });

  it('refuses what safe_load refuses: a symbol, a Ruby object, an empty key', () => {
    expect(parseYaml('tag: :ruby\n')).toMatchObject({ data: {}, loaded: false, problems: [{ ruleId: 'yaml-syntax', offset: 5, endOffset: 10, fix: { range: [5, 10], text: '":ruby"' } }] });
    expect(parseYaml('d: !ruby/object:Object {}\n')).toMatchObject({ loaded: false, problems: [{ message: '`!ruby/object:Object` makes a Ruby Object, which Jekyll refuses to load (Tried to load unspecified class: Object)' }] });
    expect(parseYaml(': value\n')).toMatchObject({ loaded: false, problems: [{ ruleId: 'yaml-syntax', offset: 0 }] });
  });
});

describe('parseYaml against Psych', () => {
  it(`agrees on all ${generated.length} recorded documents: whether Jekyll reads them, and what it reads`, () => {
    const disagreements: string[] = [];
    for (const { yaml, psych } of generated) {
      const result = parseYaml(yaml);
      const reads = jekyllReads(psych);
      if (result.loaded !== reads) disagreements.push(`${JSON.stringify(yaml)}: loaded ${result.loaded}, Psych ${JSON.stringify(psych)}`);
      else if (reads && 'value' in psych && canonical(result.data) !== canonical(psych.value === null ? {} : fromRuby(psych.value))) {
        disagreements.push(`${JSON.stringify(yaml)}: ${canonical(result.data)}, Psych ${canonical(fromRuby(psych.value))}`);
      }
    }
    expect(disagreements).toEqual([]);
    expect(generated.filter((g) => jekyllReads(g.psych)).length).toBeGreaterThan(1000);
  });

  it(`agrees on the front matter of every shared post (${sharedAnswers.length})`, () => {
    const disagreements: string[] = [];
    for (const answer of sharedAnswers) {
      const source = readFileSync(`${shared}${answer.path}`, 'utf8');
      const split = splitFrontMatter(source, source.charCodeAt(0) === 0xfeff ? 1 : 0);
      if (split.kind !== 'block') {
        disagreements.push(`${answer.path}: no front matter`);
        continue;
      }
      expect(sha1(split.content), `${answer.path} changed since the answers were recorded`).toBe(answer.sha1);
      const result = parseYaml(split.content);
      if (result.loaded !== answer.psych.reads) disagreements.push(`${answer.path}: loaded ${result.loaded}`);
      else if (result.loaded && sha1(canonical(result.data)) !== answer.psych.dataSha1) disagreements.push(`${answer.path}: other data`);
    }
    expect(disagreements).toEqual([]);
    expect(sharedAnswers.filter((a) => !a.psych.reads).map((a) => a.path)).toEqual(['corpus/posts/2024-06-12-11.md', 'corpus/posts/2024-07-14-33.md']);
  });

  it('has a fast path that gives what the full loader gives, on the recorded documents and the shared posts', () => {
    let answered = 0;
    const texts = [
      ...generated.map((g) => g.yaml),
      ...sharedAnswers.map((a) => {
        const source = readFileSync(`${shared}${a.path}`, 'utf8');
        const split = splitFrontMatter(source, 0);
        return split.kind === 'block' ? split.content : '';
      }),
    ];
    for (const text of texts) {
      const fast = readPlainYaml(text);
      if (fast === undefined) continue;
      answered++;
      const full = loadYaml(text, { permitDates: true });
      expect(full.problems, JSON.stringify(text)).toEqual([]);
      expect(canonical(fast), JSON.stringify(text)).toBe(canonical(full.value));
    }
    expect(answered).toBeGreaterThan(1000);
  });
});

describe('what Jekyll makes of the post', () => {
  it('does not publish `published: no`, and says so in the Article', () => {
    expect(parseArticle('---\ntitle: 초안\npublished: no\n---\n본문\n').published).toBe(false);
    expect(parseArticle("---\ntitle: 초안\npublished: 'no'\n---\n본문\n").published).toBe(true);
    expect(parseArticle('---\ntitle: 글\n---\n본문\n').published).toBe(true);
  });
});
