import { parseDocument } from 'yaml';
import { readPlainYaml } from './plain-yaml.ts';

export interface YamlProblem {
  ruleId: string;
  severity: 'error' | 'warning';
  message: string;
  /** Offset in the YAML text. */
  offset: number;
  endOffset?: number;
}

export interface YamlResult {
  data: Record<string, unknown>;
  problems: YamlProblem[];
}

/** yaml recurses once per flow level and can exhaust the stack past any try/catch. */
export const MAX_FLOW_DEPTH = 200;

/** @internal The offset where flow collections nest past MAX_FLOW_DEPTH, if they do. */
export function flowDepthExceeded(text: string): number | undefined {
  let depth = 0;
  let quote = 0; // the open quote's char code, 0 outside quotes
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote || c === 0x0a) quote = 0;
      continue;
    }
    if (c === 0x22 || c === 0x27) quote = c;
    else if (c === 0x5b || c === 0x7b) {
      depth++;
      if (depth > MAX_FLOW_DEPTH) return i;
    } else if ((c === 0x5d || c === 0x7d) && depth > 0) depth--;
    else if (c === 0x23 && (i === 0 || /\s/.test(text[i - 1] ?? ''))) {
      const eol = text.indexOf('\n', i);
      i = eol === -1 ? text.length : eol;
    }
  }
  return undefined;
}

const firstLine = (message: string): string => (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');

/**
 * Parses front matter YAML without ever throwing: syntax errors, alias bombs and excessive
 * nesting become problems at their offsets. The result is always a plain mapping.
 */
export function parseYaml(text: string): YamlResult {
  const problems: YamlProblem[] = [];
  const tooDeep = flowDepthExceeded(text);
  if (tooDeep !== undefined) {
    problems.push({
      ruleId: 'yaml-too-deep',
      severity: 'error',
      message: `Front matter nests more than ${MAX_FLOW_DEPTH} flow collections: not parsed`,
      offset: tooDeep,
    });
    return { data: {}, problems };
  }
  // Most front matter is a flat mapping of simple scalars: read it without the full parser.
  const plain = readPlainYaml(text);
  if (plain !== undefined) return { data: plain, problems };
  let value: unknown;
  try {
    const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false, strict: true });
    for (const error of doc.errors) {
      problems.push({ ruleId: 'yaml-syntax', severity: 'error', message: firstLine(error.message), offset: error.pos[0], endOffset: error.pos[1] });
    }
    for (const warning of doc.warnings) {
      problems.push({ ruleId: 'yaml-syntax', severity: 'warning', message: firstLine(warning.message), offset: warning.pos[0], endOffset: warning.pos[1] });
    }
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    problems.push({
      ruleId: 'yaml-syntax',
      severity: 'error',
      message: error instanceof Error ? error.message : String(error),
      offset: 0,
    });
    return { data: {}, problems };
  }
  if (value === null || value === undefined) return { data: {}, problems };
  if (typeof value !== 'object' || Array.isArray(value)) {
    problems.push({ ruleId: 'front-matter-not-mapping', severity: 'error', message: 'Front matter must be a mapping of keys to values', offset: 0 });
    return { data: {}, problems };
  }
  return { data: value as Record<string, unknown>, problems };
}
