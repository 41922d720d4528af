import type { FrontMatter, Problem } from '../article/types.ts';
import type { LineIndex } from '../position/line-index.ts';
import { parseYaml } from './parse-yaml.ts';
import { postDate } from './post-date.ts';
import { splitFrontMatter } from './split-front-matter.ts';

export interface FrontMatterResult {
  frontMatter: FrontMatter;
  /** Where the body begins. */
  bodyOffset: number;
  problems: Problem[];
  /** The day the front matter's `date` gives the post in the site's time zone, when it gives one. */
  date?: string;
  /** Jekyll's `published?`: false only for `published: false` (or `no`, `off`, …). */
  published: boolean;
}

export interface ReadFrontMatterOptions {
  /** The site's `timezone` (default: none, read as UTC). */
  timezone?: string | null;
}

const YAML_LANGUAGES = new Set(['', 'yaml', 'yml']);

const text = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined;

function categories(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(text).filter((v): v is string => v !== undefined);
  const single = text(value);
  return single === undefined ? [] : [single];
}

/** Jekyll's well-known keys, typed; the whole mapping stays in `data`. */
export function toFrontMatter(data: Record<string, unknown>): FrontMatter {
  const frontMatter: FrontMatter = { categories: categories(data['categories']), data };
  const fields = [
    ['title', 'title'],
    ['excerpt', 'excerpt'],
    ['featureText', 'feature_text'],
    ['image', 'image'],
    ['featureImage', 'feature_image'],
  ] as const;
  for (const [field, key] of fields) {
    const value = text(data[key]);
    if (value !== undefined) frontMatter[field] = value;
  }
  return frontMatter;
}

/** Reads the front matter at the top of `source` (after an optional BOM). Never throws. */
export function readFrontMatter(source: string, lines: LineIndex, options: ReadFrontMatterOptions = {}): FrontMatterResult {
  const start = source.charCodeAt(0) === 0xfeff ? 1 : 0;
  const split = splitFrontMatter(source, start);
  const problem = (ruleId: string, message: string, offset: number, end?: number): Problem & { severity: 'error' } => {
    const at = lines.point(offset);
    const until = end === undefined ? undefined : lines.point(end);
    return {
      ruleId,
      severity: 'error',
      message,
      line: at.line,
      column: at.column,
      ...(until ? { endLine: until.line, endColumn: until.column } : {}),
    };
  };
  if (split.kind === 'none') return { frontMatter: toFrontMatter({}), bodyOffset: start, problems: [], published: true };
  if (split.kind === 'unclosed') {
    return {
      frontMatter: toFrontMatter({}),
      bodyOffset: start,
      problems: [problem('front-matter-unclosed', 'Front matter opens with `---` but no `---` line closes it', start, split.openingEnd)],
      published: true,
    };
  }
  const position = lines.position(start, split.end);
  if (!YAML_LANGUAGES.has(split.language.toLowerCase())) {
    return {
      frontMatter: { ...toFrontMatter({}), position },
      bodyOffset: split.end,
      problems: [
        problem(
          'front-matter-language',
          `Front matter in \`${split.language}\` is not read (only YAML is; code in front matter is never run)`,
          start,
          split.contentOffset,
        ),
      ],
      published: true,
    };
  }
  // A lone CR ends a line for Jekyll and editors; yaml only knows LF and CRLF. Same length, same offsets.
  const text = split.content.replace(/\r(?!\n)/g, '\n');
  const yaml = parseYaml(text);
  const dated = yaml.loaded ? postDate(yaml.data, text, options.timezone) : {};
  const at = (offset: number): number => split.contentOffset + offset;
  const problems = [...yaml.problems, ...(dated.problem ? [dated.problem] : [])].map((p) => ({
    ...problem(p.ruleId, p.message, at(p.offset), p.endOffset === undefined ? undefined : at(p.endOffset)),
    severity: p.severity,
    ...(p.fix ? { fix: { range: [at(p.fix.range[0]), at(p.fix.range[1])] as [number, number], text: p.fix.text } } : {}),
  }));
  const frontMatter: FrontMatter = { ...toFrontMatter(yaml.data), position, yamlOffset: split.contentOffset, yaml: split.content };
  if (!yaml.loaded) frontMatter.unreadable = true;
  return {
    frontMatter,
    bodyOffset: split.end,
    problems,
    ...(dated.date === undefined ? {} : { date: dated.date }),
    published: !(Object.hasOwn(yaml.data, 'published') && yaml.data['published'] === false),
  };
}
