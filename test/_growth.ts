/**
 * Work done, counted rather than timed, so that a loaded machine measures what a quiet one does.
 *
 * `blocks`: V8's precise block coverage, every function call and basic block executed in this
 * process (or worker), node_modules included (parse5, yaml, liquidjs). It cannot see inside native
 * builtins (the regex engine, indexOf), hence `scanned`: kramdown's own tally (src/kramdown/work.ts)
 * of patterns tried and characters read by hand. Each is judged on its own.
 */
import { Session } from 'node:inspector/promises';
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

type Coverage = { result: { scriptId: string; url: string; functions: { functionName: string; ranges: { startOffset: number; count: number }[] }[] }[] };

let session: Session | undefined;

async function coverage(): Promise<Session> {
  if (session !== undefined) return session;
  const opened = new Session();
  opened.connect();
  await opened.post('Profiler.enable');
  await opened.post('Profiler.startPreciseCoverage', { callCount: true, detailed: true });
  session = opened;
  return opened;
}

/** Stops counting and closes the inspector session (afterAll), so that no later test runs under coverage. */
export async function stopMeasuring(): Promise<void> {
  if (session === undefined) return;
  const closing = session;
  session = undefined;
  await closing.post('Profiler.stopPreciseCoverage');
  await closing.post('Profiler.disable');
  if (debuggerEnabled) await closing.post('Debugger.disable');
  debuggerEnabled = false;
  closing.disconnect();
}

let debuggerEnabled = false;
/** The code V8 ran for a script of a coverage result (for `--explain`: transformed TypeScript, with its inline source map). */
export async function scriptSource(scriptId: string): Promise<string> {
  const profiler = await coverage();
  if (!debuggerEnabled) await profiler.post('Debugger.enable');
  debuggerEnabled = true;
  return ((await profiler.post('Debugger.getScriptSource', { scriptId })) as { scriptSource: string }).scriptSource;
}

/** Precise coverage of one run of `input`, counters reset just before it (taking coverage resets them). */
export async function coverageOf(input: string, run: Run = parseAndValidate): Promise<Coverage['result']> {
  const profiler = await coverage();
  await profiler.post('Profiler.takePreciseCoverage');
  run(input);
  return ((await profiler.post('Profiler.takePreciseCoverage')) as Coverage).result;
}

const blocksOf = (result: Coverage['result']): number => {
  let blocks = 0;
  for (const script of result) for (const fn of script.functions) for (const range of fn.ranges) blocks += range.count;
  return blocks;
};

/**
 * The work of one run of each input, in order. One coverage taken between runs ends one count and
 * starts the next: what runs between a run's end and the next run's start (this loop) is the same
 * every time, a constant that growthExponent's subtraction of make(0) takes off.
 */
export async function workOfEach(inputs: readonly string[], run: Run = parseAndValidate): Promise<Work[]> {
  const profiler = await coverage();
  const results: Coverage['result'][] = [];
  const scanned: number[] = [];
  await profiler.post('Profiler.takePreciseCoverage');
  for (const input of inputs) {
    const before = work.count;
    run(input);
    scanned.push(work.count - before);
    results.push(((await profiler.post('Profiler.takePreciseCoverage')) as Coverage).result);
  }
  return results.map((result, i) => ({ blocks: blocksOf(result), scanned: scanned[i] ?? 0 }));
}

export async function workOf(input: string, run: Run = parseAndValidate): Promise<Work> {
  const [measured] = await workOfEach([input], run);
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
 * log(work) against log(length). 1 is linear, 2 square.
 */
export async function growthExponent(make: (n: number) => string, n: number, run: Run = parseAndValidate): Promise<Exponents> {
  const base = make(0);
  const inputs = SCALES.map((scale) => make(scale * n));
  // A first run compiles and fills lazy tables; a smaller input, so that nothing kept from it serves a measured one.
  const [, empty, ...measured] = await workOfEach([make(Math.max(1, n >> 1)), base, ...inputs], run);
  const points = measured.map((work, i) => ({
    length: inputs[i]!.length - base.length,
    blocks: work.blocks - empty!.blocks,
    scanned: work.scanned - empty!.scanned,
  }));
  // Net work can only be nil where a measure sees nothing of the family (scanned, outside kramdown).
  const slope = (of: 'blocks' | 'scanned'): number => logLogSlope(points.map((p) => ({ x: p.length, y: Math.max(1, p[of]) })));
  const last = points[points.length - 1]!;
  return { blocks: slope('blocks'), scanned: slope('scanned'), at8n: { blocks: last.blocks, scanned: last.scanned } };
}
