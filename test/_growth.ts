/**
 * Work done, counted rather than timed, so that a loaded machine measures what a quiet one does.
 *
 * `blocks`: every function call and basic block executed (V8's block coverage, test/growth/_coverage.ts),
 * node_modules included (parse5, yaml, liquidjs). It cannot see inside native builtins (the regex
 * engine, indexOf), hence `scanned`: kramdown's own tally (src/kramdown/work.ts) of patterns tried
 * and characters read by hand. Each is judged on its own.
 */
// First, so that coverage starts before src/ is evaluated (see its comment).
import { type ScriptCoverage, stopCoverage, takeCoverage } from './growth/_coverage.ts';
import { parseArticle, validateArticle } from '../src/index.ts';
import { work } from '../src/kramdown/work.ts';

export interface Work {
  blocks: number;
  scanned: number;
}

export interface Exponents {
  blocks: number;
  scanned: number;
  /** Net work (over make(0)) at 8n, the largest input. */
  at8n: Work;
}

/** What is measured of an input: by default a post read and checked, as the CLI does. */
export type Run = (input: string) => unknown;

export const parseAndValidate: Run = (input) => validateArticle(parseArticle(input));

export const stopMeasuring = stopCoverage;

/**
 * One run of each input, in order, with its coverage and its scan count. One coverage taken between
 * runs ends one count and starts the next: what runs between a run's end and the next run's start
 * (this loop) is the same every time, a constant that growthExponent's subtraction of make(0) takes off.
 */
export function coverageOfEach(inputs: readonly string[], run: Run = parseAndValidate): { coverage: ScriptCoverage[]; scanned: number }[] {
  const measured: { coverage: ScriptCoverage[]; scanned: number }[] = [];
  takeCoverage();
  for (const input of inputs) {
    const before = work.count;
    run(input);
    const scanned = work.count - before;
    measured.push({ coverage: takeCoverage(), scanned });
  }
  return measured;
}

const blocksOf = (coverage: readonly ScriptCoverage[]): number => {
  let blocks = 0;
  for (const script of coverage) for (const fn of script.functions) for (const range of fn.ranges) blocks += range.count;
  return blocks;
};

export function workOfEach(inputs: readonly string[], run: Run = parseAndValidate): Work[] {
  return coverageOfEach(inputs, run).map(({ coverage, scanned }) => ({ blocks: blocksOf(coverage), scanned }));
}

export function workOf(input: string, run: Run = parseAndValidate): Work {
  const [measured] = workOfEach([input], run);
  return measured!;
}

/** Least-squares slope of log(y) against log(x). */
function logLogSlope(points: readonly { x: number; y: number }[]): number {
  const xs = points.map((p) => Math.log(p.x));
  const ys = points.map((p) => Math.log(p.y));
  const mean = (values: number[]): number => values.reduce((sum, v) => sum + v, 0) / values.length;
  const mx = mean(xs);
  const my = mean(ys);
  let covariance = 0;
  let variance = 0;
  for (let i = 0; i < xs.length; i++) {
    covariance += (xs[i]! - mx) * (ys[i]! - my);
    variance += (xs[i]! - mx) ** 2;
  }
  return covariance / variance;
}

export const SCALES = [1, 2, 4, 8] as const;

/**
 * How work grows with the input: make(n), make(2n), make(4n), make(8n), each net of make(0)
 * (an empty post's fixed cost and the rules'), in length and in work; the slope of
 * log(work) against log(length), for each measure. 1 is linear, 2 square.
 */
export function growthExponent(make: (n: number) => string, n: number, run: Run = parseAndValidate): Exponents {
  const base = make(0);
  const inputs = SCALES.map((scale) => make(scale * n));
  // A first run, not measured, compiles and fills lazy tables; a smaller input, so that nothing kept from it serves a measured one.
  run(make(Math.max(1, n >> 1)));
  const [empty, ...measured] = workOfEach([base, ...inputs], run);
  const points = measured.map((at, i) => ({
    length: inputs[i]!.length - base.length,
    blocks: at.blocks - empty!.blocks,
    scanned: at.scanned - empty!.scanned,
  }));
  // Net work can only be nil where a measure sees nothing of the family (scanned, outside kramdown).
  const slope = (of: 'blocks' | 'scanned'): number => logLogSlope(points.map((p) => ({ x: p.length, y: Math.max(1, p[of]) })));
  const last = points[points.length - 1]!;
  return { blocks: slope('blocks'), scanned: slope('scanned'), at8n: { blocks: last.blocks, scanned: last.scanned } };
}
