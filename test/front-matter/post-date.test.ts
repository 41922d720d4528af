import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/front-matter/parse-yaml.ts';
import { postDate } from '../../src/front-matter/post-date.ts';
import { createJekyllSite, parseArticle } from '../../src/index.ts';
import { root } from '../helpers.ts';

// The day Jekyll 4.3.1 dated a post for each `date:` line, in four zones (`Time.parse(date.to_s).localtime`
// with TZ set), recorded from Ruby by `npx tsx scripts/psych-oracle.ts`.
const recorded = JSON.parse(readFileSync(`${root}fixtures/psych/dates.json`, 'utf8')) as { line: string; days: Record<string, string | { error: string }> }[];

const dayOf = (line: string, zone: string) => {
  const yaml = `${line}\n`;
  const { data, loaded } = parseYaml(yaml);
  return loaded ? postDate(data, yaml, zone) : { problem: { ruleId: 'yaml-syntax', severity: 'error' } };
};

describe('the day Jekyll dates a post', () => {
  it.each<[string, string, string]>([
    ['date: 2024-06-19', 'Pacific/Honolulu', '2024-06-19'],
    ['date: 2024-06-19 02:00:00 +09:00', 'America/Los_Angeles', '2024-06-18'],
    ['date: 2024-06-19 02:00:00 +09:00', 'Asia/Seoul', '2024-06-19'],
    ['date: 2024-06-19 23:30:00 -0500', 'UTC', '2024-06-20'],
    ['date: "2024-06-19 23:30"', 'Asia/Seoul', '2024-06-19'],
    ['date: 2024-06-31', 'UTC', '2024-07-01'],
    ['date: 2024-06-19 24:00:00', 'UTC', '2024-06-20'],
  ])('%s in %s is %s', (line, zone, day) => {
    expect(dayOf(line, zone)).toEqual({ date: day });
  });

  it('agrees with Jekyll on every recorded line and zone where it names a day, and never names one where Jekyll stops', () => {
    const disagreements: string[] = [];
    let named = 0;
    let unknown = 0;
    for (const { line, days } of recorded) {
      for (const [zone, jekyll] of Object.entries(days)) {
        const ours = dayOf(line, zone);
        if ('date' in ours && ours.date !== undefined) {
          named++;
          if (ours.date !== jekyll) disagreements.push(`${line} in ${zone}: ${ours.date}, Jekyll ${JSON.stringify(jekyll)}`);
        } else if (ours.problem?.severity === 'error') {
          if (typeof jekyll === 'string') disagreements.push(`${line} in ${zone}: an error, Jekyll ${jekyll}`);
        } else {
          unknown++;
        }
      }
    }
    expect(disagreements).toEqual([]);
    expect({ lines: recorded.length, named, unknown }).toEqual({ lines: 94, named: 216, unknown: 80 });
  });

  it('reports a date that stops the build, and one read by rules not reproduced, at the value', () => {
    expect(parseArticle('---\ntitle: 글\ndate:\n---\n').problems).toEqual([
      {
        ruleId: 'front-matter-date',
        severity: 'error',
        message: '`date` is empty, which Jekyll cannot read as a date (Invalid date: no time information in ""): the whole site fails to build; write it as YYYY-MM-DD HH:MM:SS +09:00',
        line: 3,
        column: 6,
      },
    ]);
    expect(parseArticle('---\ntitle: 글\ndate: 2024-13-01\n---\n').problems.map((p) => `${p.line}:${p.column} ${p.severity} ${p.message}`)).toEqual([
      '3:7 error `date: 2024-13-01` is not a date Jekyll can read (Invalid date: mon out of range): the whole site fails to build; write it as YYYY-MM-DD HH:MM:SS +09:00',
    ]);
    const article = parseArticle('---\ntitle: 글\ndate: June 19, 2024\n---\n', { path: '_posts/2024-06-12-x.md' });
    expect(article.problems.map((p) => `${p.line}:${p.column} ${p.severity} ${p.ruleId}`)).toEqual(['3:7 warning front-matter-date']);
    expect(article.date).toBe('2024-06-12');
  });

  it('gives article.date from the front matter over the file name, in the site’s time zone', () => {
    const source = '---\ntitle: 글\ndate: 2024-06-19 02:00:00 +09:00\n---\n본문\n';
    expect(parseArticle(source, { path: '_posts/2024-06-12-x.md' }).date).toBe('2024-06-18');
    expect(parseArticle(source, { path: '_posts/2024-06-12-x.md', site: createJekyllSite({ timezone: 'Asia/Seoul' }) }).date).toBe('2024-06-19');
    expect(parseArticle('---\ntitle: 글\n---\n본문\n', { path: '_posts/2024-06-12-x.md' }).date).toBe('2024-06-12');
    expect(parseArticle('---\ntitle: 글\ndate: 2024-06-19\n---\n본문\n').date).toBe('2024-06-19');
  });
});
