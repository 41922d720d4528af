import { loadYaml } from '../ruby/psych-yaml.ts';
import { type Diagnosis, diagnose } from './diagnose-value.ts';
import { readPlainYaml } from './plain-yaml.ts';
import { quoteScalar } from './quote-scalar.ts';
import { topLevelEntries, type TopLevelEntry } from './top-level-entries.ts';

/** A YAML mistake in the writer's terms, at its place in the YAML text, with a fix when the intent is certain. */
export interface YamlMistake {
  message: string;
  offset: number;
  endOffset: number;
  fix?: { range: [number, number]; text: string };
}

function subjectOf(key: string): [subject: string, noun: string] {
  if (key === 'title' || key === 'excerpt') return [`The ${key}`, key];
  return [`\`${key}\``, 'value'];
}

const loads = (text: string): boolean => {
  const load = loadYaml(text, { permitDates: true });
  return load.value !== undefined && load.problems.length === 0;
};

/**
 * Whether `value`, alone after a key, loads: what the fast path reads does; what is written as a
 * known mistake does not; the rest is loaded. An alias to an anchor written elsewhere loads.
 */
function valueLoads(value: string, yaml: string, diagnosis: Diagnosis): boolean {
  if (readPlainYaml(`k: ${value}\n`) !== undefined) return true;
  if (diagnosis.fails) return false;
  if (value.startsWith('*')) {
    const name = /^\*([^\s,[\]{}]+)/.exec(value)?.[1];
    if (name !== undefined && yaml.includes(`&${name}`)) return true;
  }
  return loads(`k: ${value}\n`);
}

function entryMistake(entry: TopLevelEntry, yaml: string, diagnosis: Diagnosis): YamlMistake {
  const value = yaml.slice(entry.valueStart, entry.valueEnd);
  const [subject, noun] = subjectOf(entry.key);
  const mistake: YamlMistake = { message: diagnosis.message(subject, noun), offset: entry.valueStart, endOffset: entry.valueEnd };
  // A ` #` could be a comment or part of the text: then the intent is not certain.
  if (diagnosis.quote && !/\s#/.test(value)) {
    const text = quoteScalar(value);
    const check = loadYaml(`k: ${text}\n`, { permitDates: true });
    if ((check.value as { k?: unknown } | undefined)?.k === value) mistake.fix = { range: [entry.valueStart, entry.valueEnd], text };
  }
  return mistake;
}

/** The text with each mistake's value replaced (by its fix, else by `''`), and the map back to `yaml`'s offsets. */
function patch(yaml: string, mistakes: readonly YamlMistake[]): { text: string; original: (offset: number) => number } {
  let text = '';
  let last = 0;
  // Each replacement: where it starts and ends in the patched text, and what it replaced.
  const spans: { start: number; end: number; from: number; to: number }[] = [];
  for (const mistake of mistakes) {
    const replacement = mistake.fix?.text ?? "''";
    text += yaml.slice(last, mistake.offset);
    spans.push({ start: text.length, end: text.length + replacement.length, from: mistake.offset, to: mistake.endOffset });
    text += replacement;
    last = mistake.endOffset;
  }
  text += yaml.slice(last);
  const original = (offset: number): number => {
    const span = spans.findLast((s) => s.start <= offset);
    if (!span) return offset;
    return offset < span.end ? span.from : span.to + (offset - span.end);
  };
  return { text, original };
}

const lineStartOf = (text: string, offset: number): number => text.lastIndexOf('\n', offset - 1) + 1;

/** The first line in `from`…`to` that is indented and holds `key: `. */
function indentedKeyLine(yaml: string, from: number, to: number): [number, number] | undefined {
  for (let start = from; start < to; ) {
    const newline = yaml.indexOf('\n', start);
    const end = Math.min(to, newline === -1 ? yaml.length : newline);
    if (/^[ \t]+[^ \t#].*?:(?:[ \t]|$)/.test(yaml.slice(start, end).replace(/\r$/, ''))) return [start, end - (yaml[end - 1] === '\r' ? 1 : 0)];
    start = end + 1;
  }
  return undefined;
}

/** A mistake the line-by-line reading did not explain, at the first place the loader stops. */
function remainingMistake(yaml: string, offset: number, yamlMessage: string, entries: readonly TopLevelEntry[]): YamlMistake {
  const start = lineStartOf(yaml, Math.min(offset, yaml.length));
  const newline = yaml.indexOf('\n', start);
  const end = (newline === -1 ? yaml.length : newline) - (yaml[newline - 1] === '\r' ? 1 : 0);
  const line = yaml.slice(start, end);
  const at = { offset: start, endOffset: Math.max(start, end) };
  const indent = /^[ \t]*/.exec(line)?.[0] ?? '';
  if (indent.includes('\t')) return { ...at, message: 'This line is indented with a tab, which YAML does not allow: indent with spaces' };
  const owner = entries.findLast((entry) => entry.keyStart <= start);
  if (owner && owner.continued && owner.valueStart < owner.valueEnd && start <= owner.end) {
    // A value on the key's line, then an indented `key: value` under it.
    const nested = indentedKeyLine(yaml, lineStartOf(yaml, owner.valueEnd) , owner.end);
    if (nested) {
      return {
        offset: nested[0],
        endOffset: nested[1],
        message: `This line is indented under \`${owner.key}\`, which already has its value: remove the indentation if it is a key of its own`,
      };
    }
  }
  if (indent === '' && !entries.some((entry) => entry.keyStart === start) && !/^[-#]/.test(line)) {
    return { ...at, message: 'This line is not `key: value`, and YAML cannot read it as part of the value above: add its key, or indent it under the value it belongs to' };
  }
  return { offset, endOffset: Math.max(offset, at.endOffset), message: `Jekyll cannot read the front matter from here: ${yamlMessage}` };
}

/** Past this many, mistakes are no longer read line by line: the rest is reported once. */
const MAX_MISTAKES = 100;

/**
 * Explains why YAML that Psych cannot load fails, one mistake per line that causes it, in the
 * writer's terms (`The title starts with a quoted word and goes on: quote the whole title`), with
 * a fix where quoting the whole value is surely meant. Each top-level value on one line is read on
 * its own; with those mistakes mended, what still fails is reported once, where loading stops, so
 * one mistake never shows as a cascade. Returns nothing for YAML that loads. Linear in the text
 * (the values on their own, and the mended text, are loaded once each at most).
 */
export function findYamlMistakes(yaml: string): YamlMistake[] {
  const entries = topLevelEntries(yaml);
  const mistakes: YamlMistake[] = [];
  for (const entry of entries) {
    if (mistakes.length === MAX_MISTAKES) break;
    if (entry.continued || entry.valueStart === entry.valueEnd) continue;
    const value = yaml.slice(entry.valueStart, entry.valueEnd);
    const diagnosis = diagnose(value);
    if (!valueLoads(value, yaml, diagnosis)) mistakes.push(entryMistake(entry, yaml, diagnosis));
  }
  const patched = patch(yaml, mistakes);
  const load = loadYaml(patched.text, { permitDates: true });
  const first = load.value === undefined ? load.problems[0] : undefined;
  if (first) {
    const offset = patched.original(first.offset);
    const line = lineStartOf(yaml, offset);
    if (!mistakes.some((m) => lineStartOf(yaml, m.offset) === line)) mistakes.push(remainingMistake(yaml, offset, first.message, entries));
  }
  return mistakes.sort((a, b) => a.offset - b.offset);
}
