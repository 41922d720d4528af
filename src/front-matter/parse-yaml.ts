import { loadYaml, TOO_MANY_ANCHORS } from '../ruby/psych-yaml.ts';
import { flowDepthExceeded, MAX_FLOW_DEPTH } from './flow-depth.ts';
import { readPlainYaml } from './plain-yaml.ts';
import { quoteScalar } from './quote-scalar.ts';
import { topLevelEntries } from './top-level-entries.ts';
import { findYamlMistakes } from './yaml-mistakes.ts';

export { flowDepthExceeded, MAX_FLOW_DEPTH } from './flow-depth.ts';

export interface YamlProblem {
  ruleId: string;
  severity: 'error' | 'warning';
  message: string;
  /** Offset in the YAML text. */
  offset: number;
  endOffset?: number;
  /** An edit of the YAML text that repairs it, when the intent is certain. */
  fix?: { range: [number, number]; text: string };
}

export interface YamlResult {
  data: Record<string, unknown>;
  problems: YamlProblem[];
  /** False when Jekyll cannot read the YAML (it publishes the post without it); `data` is then `{}`. */
  loaded: boolean;
}

const failed = (problems: YamlProblem[]): YamlResult => ({ data: {}, problems, loaded: false });

/** A key given twice at the top level: Psych keeps the last, without a word. */
function duplicateKeys(text: string): YamlProblem[] {
  const seen = new Set<string>();
  const problems: YamlProblem[] = [];
  for (const entry of topLevelEntries(text)) {
    if (seen.has(entry.key)) {
      problems.push({
        ruleId: 'yaml-duplicate-key',
        severity: 'warning',
        message: `\`${entry.key}\` is given again: Jekyll keeps this value and drops the one before`,
        offset: entry.keyStart,
        endOffset: entry.keyEnd,
      });
    }
    seen.add(entry.key);
  }
  return problems;
}

/**
 * Loads front matter YAML as Jekyll does (`Psych.safe_load` with `Date` and `Time` permitted and
 * aliases allowed: YAML 1.1, `yes`/`no`/`on`/`off` booleans, `010` octal, `12:30:00`
 * sexagesimal, dates), without ever throwing. What Psych raises on is a problem in the writer's
 * terms (`findYamlMistakes`), and the data is then `{}`, as Jekyll publishes the post without
 * its front matter. The result is always a plain mapping.
 */
export function parseYaml(text: string): YamlResult {
  const tooDeep = flowDepthExceeded(text);
  if (tooDeep !== undefined) {
    return failed([{ ruleId: 'yaml-too-deep', severity: 'error', message: `Front matter nests more than ${MAX_FLOW_DEPTH} flow collections: not parsed`, offset: tooDeep }]);
  }
  // Most front matter is a flat mapping of simple scalars: read it without the full parser.
  const plain = readPlainYaml(text);
  if (plain !== undefined) return { data: plain, problems: [], loaded: true };
  const load = loadYaml(text, { permitDates: true });
  if (load.value === undefined && load.problems.every((p) => !p.message.startsWith('Excessive alias count') && p.message !== TOO_MANY_ANCHORS)) {
    const mistakes = findYamlMistakes(text);
    if (mistakes.length > 0) return failed(mistakes.map((m) => ({ ruleId: 'yaml-syntax', severity: 'error', ...m })));
  }
  if (load.value === undefined || load.problems.length > 0) {
    // A class Psych refuses (a Ruby symbol, `!ruby/regexp`, …), or aliases that expand too far.
    return failed(
      load.problems.slice(0, 1).map((p) => {
        const source = text.slice(p.offset, p.endOffset ?? p.offset);
        const symbol = /^:[^\s'"]/.test(source) && !source.includes('\n');
        return {
          ruleId: 'yaml-syntax',
          severity: 'error',
          message: symbol ? `${p.message}: quote it` : p.message,
          offset: p.offset,
          ...(p.endOffset === undefined ? {} : { endOffset: p.endOffset }),
          ...(symbol ? { fix: { range: [p.offset, p.endOffset ?? p.offset] as [number, number], text: quoteScalar(source) } } : {}),
        };
      }),
    );
  }
  const value = load.value;
  if (value === null) return { data: {}, problems: [], loaded: true };
  if (typeof value !== 'object' || Array.isArray(value) || value instanceof Date) {
    return failed([{ ruleId: 'front-matter-not-mapping', severity: 'error', message: 'Front matter must be a mapping of keys to values', offset: 0 }]);
  }
  const collectionKeys = load.warnings.map((w): YamlProblem => ({ ruleId: 'yaml-collection-key', severity: 'warning', message: w.message, offset: w.offset, ...(w.endOffset === undefined ? {} : { endOffset: w.endOffset }) }));
  return { data: value as Record<string, unknown>, problems: [...duplicateKeys(text), ...collectionKeys], loaded: true };
}
