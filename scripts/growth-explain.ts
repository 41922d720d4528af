/** `--explain`: where a family's work grows faster than its input, by function, from make(n) to make(8n). */
import { type ScriptCoverage, scriptSource } from '../test/growth/_coverage.ts';
import { SourceMap } from 'node:module';
import { coverageOfEach, parseAndValidate } from '../test/_growth.ts';
import type { Family } from '../test/growth/_families.ts';

export interface FunctionGrowth {
  /** `path:line name`, the line of the file as written. */
  where: string;
  atN: number;
  at8n: number;
  /** Calls and blocks at 8n beyond eight times those at n: what is not linear. */
  excess: number;
}

/** Each function's calls and blocks executed, by where it is. */
function countsByFunction(result: readonly ScriptCoverage[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const script of result) {
    let where: ((offset: number) => string) | undefined;
    for (const fn of script.functions) {
      const total = fn.ranges.reduce((sum, range) => sum + range.count, 0);
      if (total === 0) continue;
      where ??= locator(script);
      const key = `${where(fn.ranges[0]?.startOffset ?? 0)} ${fn.functionName || '(anonymous)'}`;
      counts.set(key, (counts.get(key) ?? 0) + total);
    }
  }
  return counts;
}

const locators = new Map<string, (offset: number) => string>();
/** Offsets in the code V8 ran to `path:line` of the file written, through tsx's or Vite's inline source map. */
function locator(script: ScriptCoverage): (offset: number) => string {
  const known = locators.get(script.url);
  if (known !== undefined) return known;
  const code = scriptSource(script.scriptId);
  const lineStarts = [0];
  for (let i = 0; i < code.length; i++) if (code.charCodeAt(i) === 10) lineStarts.push(i + 1);
  const inline = /\/\/# sourceMappingURL=data:application\/json;(?:charset=utf-8;)?base64,([A-Za-z0-9+/=]+)\s*$/.exec(code);
  const map = inline?.[1] === undefined ? undefined : new SourceMap(JSON.parse(Buffer.from(inline[1], 'base64').toString('utf8')));
  const path = script.url.replace(/^file:\/\/.*?\/(src|node_modules|test|scripts)\//, '$1/');
  const locate = (offset: number): string => {
    let line = lineStarts.findLastIndex((start) => start <= offset);
    const entry = map?.findEntry(line, offset - (lineStarts[line] ?? 0));
    if (entry !== undefined && 'originalLine' in entry) line = entry.originalLine;
    return `${path}:${line + 1}`;
  };
  locators.set(script.url, locate);
  return locate;
}

export function explainGrowth(family: Family, top = 10): FunctionGrowth[] {
  const run = family.run ?? parseAndValidate;
  run(family.make(Math.max(1, family.n >> 1)));
  const [atN, at8n] = coverageOfEach([family.make(family.n), family.make(8 * family.n)], run);
  const small = countsByFunction(atN!.coverage);
  const large = countsByFunction(at8n!.coverage);
  return [...large]
    .map(([where, at8n]) => ({ where, atN: small.get(where) ?? 0, at8n, excess: at8n - 8 * (small.get(where) ?? 0) }))
    .sort((a, b) => b.excess - a.excess)
    .slice(0, top);
}
