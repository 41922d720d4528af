/**
 * Regex audit: times every regular expression that src/ executes on adversarial inputs of
 * 12.5k, 25k and 50k characters, and fails when one is slow (over 50 ms on a single 50k input)
 * or grows super-linearly (its time on an input at 50k more than 6× its time on the same input at
 * 12.5k, and more than √6× already at 25k; not judged below 2 ms at 50k, where timer noise
 * rules), or when src/ calls one more than 6× as often at 50k as at 12.5k. See `problem` below.
 *
 *   npx tsx scripts/regex-audit.ts            # the slowest 15 regexes, any findings, the verdict
 *   npx tsx scripts/regex-audit.ts --all      # every regex src/ ran, not only the slowest 15
 *   npx tsx scripts/regex-audit.ts --jobs 1   # in this process (default: one process per core, at most 2)
 *
 * How: RegExp.prototype's exec, test and Symbol.replace/match/matchAll/split/search are wrapped
 * before the package is imported (String's replace, match, matchAll, split, search and replaceAll
 * call the Symbol methods). A call counts when its caller, the first frame below the wrapper that
 * is neither native nor Node's, is a file under src/. That is decided once per RegExp object, at
 * its first call, and cached in a WeakMap; once a pattern (source and flags) is known to be src's,
 * later objects of it (src builds some afresh on every call: end tags, stops) and calls too deep
 * in the stack to read it count too. Nested calls (Symbol.replace calling exec) are timed once,
 * by the outermost wrapper, and times are net of the wrapper's own cost per call (calibrated).
 * Each input runs after a forced GC and a 2k-character warm-up of the same input; GC pauses that
 * fall inside a timed call are taken off it (from the 'gc' performance entries). The families are
 * measured by one process per core (at most 2); a suspect is then measured again by
 * one process alone (two processes on two cores preempt each other), up to five times, and keeps
 * its best times.
 * Times are wall-clock: run it on a quiet machine (other processes on the cores stretch every call).
 * Exit code 1 on a finding, on input families left unmeasured (INCOMPLETE), or on a crash.
 */
import { fork } from 'node:child_process';
import { PerformanceObserver } from 'node:perf_hooks';
import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';

const SRC_DIR = fileURLToPath(new URL('../src/', import.meta.url));
const SIZES = [12_500, 25_000, 50_000] as const;
type Size = (typeof SIZES)[number];
const LIMIT_MS = 50;
const GROWTH_LIMIT = 6;
const NOISE_FLOOR_MS = 2;
/**
 * Per process: no new input family is started after this long (on an idle two-core machine the
 * whole audit takes about 50 s; this only stops a loaded one from running on for minutes)…
 */
const MEASURE_BUDGET_MS = 75_000;
/** …and suspects are then re-measured, alone on the machine, within this. */
const CONFIRM_BUDGET_MS = 12_000;

/** Net ms and calls at each size, in SIZES order. */
interface Cell {
  ms: [number, number, number];
  calls: [number, number, number];
}

interface ShardResult {
  /** regex key → { where, how it was called (KIND bits), family → Cell }. */
  regexes: Record<string, { where: string; kinds: number; families: Record<string, Cell> }>;
  measured: number;
  skipped: string[];
  /** The wrapper's own cost per call, for exec/test and for the Symbol methods. */
  overheadNs: { exec: number; symbol: number };
}

/** How src/ called a regex: exec or test, a Symbol method but split, split. */
const KIND = { exec: 1, symbol: 2, split: 4 } as const;

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};

/**
 * Growth is judged on calls that take at least this long at 50k (net). Below, the figure is the
 * wrapper's own variance (its bookkeeping slows as the heap grows, ~100-200 ns a call more at 50k
 * than at 12.5k), not the pattern: a pattern that reads a growing share of a 50k text takes
 * microseconds a call, and calls that multiply are caught by their exact count instead.
 */
const MIN_CALL_NS = 1_000;

/** The wrappers' cost per call (ns), from the shards' calibration: below twice that, a call's net time is mostly error. */
let overheadNs = { exec: 100, symbol: 300 };

/**
 * Over 50 ms at 50k; or, from 2 ms at 50k up, more than 6× the time at 12.5k and super-linear
 * already from 12.5k to 25k (more than √6×: a super-linear cost grows at every doubling), when its
 * calls are slow enough to time (net at least MIN_CALL_NS, and twice the wrapper's own cost); or called
 * more than 6× as often at 50k as at 12.5k (exact counts: a super-linear caller).
 *
 * A regex src/ only splits with is held to the 50 ms limit alone: split builds an array of every
 * piece, and V8 makes a 25k-piece array in its large-object space, 5-9× the time of a 6k-piece one
 * (a plain `'a b '.repeat(n).split(/\s+/)` does it too): that is the allocator, not the pattern.
 */
function problem(cell: Cell, kinds: number): string | undefined {
  const [small, middle, large] = cell.ms;
  const [fewCalls, , manyCalls] = cell.calls;
  if (large > LIMIT_MS) return `${large.toFixed(1)} ms at 50k > ${LIMIT_MS} ms (${manyCalls} calls)`;
  const resolution = kinds & (KIND.symbol | KIND.split) ? overheadNs.symbol : overheadNs.exec;
  const timed = manyCalls > 0 && (large * 1e6) / manyCalls >= Math.max(MIN_CALL_NS, 2 * resolution) && kinds !== KIND.split;
  if (large >= NOISE_FLOOR_MS && timed && large > GROWTH_LIMIT * small && middle > Math.sqrt(GROWTH_LIMIT) * small) {
    return `${large.toFixed(1)} ms at 50k > ${GROWTH_LIMIT} × ${small.toFixed(2)} ms at 12.5k (${middle.toFixed(2)} ms at 25k; calls ${fewCalls} → ${manyCalls})`;
  }
  if (manyCalls >= 1000 && manyCalls > GROWTH_LIMIT * fewCalls) return `called ${manyCalls} times at 50k > ${GROWTH_LIMIT} × ${fewCalls} at 12.5k`;
  return undefined;
}

/** What the parent asks a confirming process: families to run again, and the regexes to watch. */
type Suspects = Record<string, string[]>;

if (option('--shard') !== undefined) {
  const [index, count] = (option('--shard') ?? '0/1').split('/').map(Number);
  const result = await measureShard({ index: index ?? 0, count: count ?? 1 });
  process.send?.(result, () => process.disconnect());
} else if (args.includes('--confirm')) {
  process.once('message', (suspects) => {
    void measureShard({ index: 0, count: 1 }, suspects as Suspects).then((result) => process.send?.(result, () => process.disconnect()));
  });
} else {
  await main();
}

// ---------------------------------------------------------------------------------------------
// The parent: runs the shards, merges them, prints the table and the verdict.

async function main(): Promise<void> {
  const started = performance.now();
  const jobs = Math.max(1, Math.min(Number(option('--jobs') ?? Math.min(2, availableParallelism())) || 1, 8));
  let shards: ShardResult[];
  let confirmed: ShardResult | undefined;
  let suspectCount = 0;
  try {
    shards =
      jobs === 1
        ? [await measureShard({ index: 0, count: 1 })]
        : await Promise.all(Array.from({ length: jobs }, (_, index) => runChild(['--shard', `${index}/${jobs}`])));
    // Suspects run again in one process, alone: two processes on two cores preempt each other
    // (wall time inside a call), which is no finding.
    overheadNs = {
      exec: Math.max(...shards.map((s) => s.overheadNs.exec)),
      symbol: Math.max(...shards.map((s) => s.overheadNs.symbol)),
    };
    const suspects: Suspects = {};
    for (const shard of shards) {
      for (const [key, entry] of Object.entries(shard.regexes)) {
        for (const [family, cell] of Object.entries(entry.families)) {
          if (problem(cell, entry.kinds) === undefined) continue;
          (suspects[family] ??= []).push(key);
          suspectCount++;
        }
      }
    }
    if (suspectCount > 0) confirmed = jobs === 1 ? await measureShard({ index: 0, count: 1 }, suspects) : await runChild(['--confirm'], suspects);
  } catch (error) {
    console.log(`regex audit: a measuring process failed: ${error instanceof Error ? error.message : String(error)}; FAIL`);
    process.exitCode = 1;
    return;
  }

  const regexes = new Map<string, { where: string; kinds: number; families: Map<string, Cell> }>();
  for (const shard of shards) {
    for (const [key, entry] of Object.entries(shard.regexes)) {
      const merged = regexes.get(key) ?? { where: entry.where, kinds: 0, families: new Map<string, Cell>() };
      merged.kinds |= entry.kinds;
      for (const [family, cell] of Object.entries(entry.families)) merged.families.set(family, cell);
      regexes.set(key, merged);
    }
  }
  // A suspect keeps its best time at each size: a pause that hit one run is no finding.
  for (const [key, entry] of Object.entries(confirmed?.regexes ?? {})) {
    for (const [family, again] of Object.entries(entry.families)) {
      const cell = regexes.get(key)?.families.get(family);
      if (!cell) continue;
      for (let at = 0; at < SIZES.length; at++) cell.ms[at] = Math.min(cell.ms[at] ?? 0, again.ms[at] ?? 0);
    }
  }
  const findings: Array<{ key: string; family: string; reason: string }> = [];
  for (const [key, entry] of regexes) {
    for (const [family, cell] of entry.families) {
      const reason = problem(cell, entry.kinds);
      if (reason !== undefined) findings.push({ key, family, reason });
    }
  }
  const skipped = shards.flatMap((s) => s.skipped);
  const measured = shards.reduce((sum, s) => sum + s.measured, 0);

  interface Row {
    key: string;
    where: string;
    family: string;
    cell: Cell;
  }
  // Each regex's worst input: the one where it spent most at 50k.
  const rows: Row[] = [...regexes].map(([key, entry]) => {
    let worst: Row = { key, where: entry.where, family: '', cell: { ms: [0, 0, 0], calls: [0, 0, 0] } };
    for (const [family, cell] of entry.families) if (cell.ms[2] >= worst.cell.ms[2]) worst = { key, where: entry.where, family, cell };
    return worst;
  });
  rows.sort((a, b) => b.cell.ms[2] - a.cell.ms[2]);

  const clip = (text: string, width: number): string => {
    const plain = text.replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t');
    return plain.length > width ? `${plain.slice(0, width - 1)}…` : plain.padEnd(width);
  };
  const num = (value: number, width = 8): string => value.toFixed(2).padStart(width);
  const all = args.includes('--all');
  const shown = all ? rows : rows.slice(0, 15);
  console.log(all ? `Every regex src/ ran (${rows.length}), by net time at 50k on its worst input:` : 'The 15 slowest regexes, by net time at 50k on their worst input:');
  console.log(
    `${'regex'.padEnd(46)} ${'where (src caller)'.padEnd(40)} ${'worst input'.padEnd(22)} ${'12.5k ms'.padStart(8)} ${'25k ms'.padStart(8)} ${'50k ms'.padStart(8)} ${'calls 50k'.padStart(9)}`,
  );
  for (const row of shown) {
    console.log(
      `${clip(row.key, 46)} ${clip(row.where, 40)} ${clip(row.family, 22)} ${num(row.cell.ms[0])} ${num(row.cell.ms[1])} ${num(row.cell.ms[2])} ${String(row.cell.calls[2]).padStart(9)}`,
    );
  }
  console.log(
    `(net of the wrapper's own ~${overheadNs.exec.toFixed(0)} ns per exec/test call and ~${overheadNs.symbol.toFixed(0)} ns per replace/match/split call; growth is judged per input)`,
  );

  if (suspectCount > 0) console.log(`${suspectCount} suspects were measured again, alone; ${findings.length} stood.`);
  if (findings.length > 0) {
    console.log('\nFindings:');
    for (const f of findings) console.log(`  ${f.key} (${regexes.get(f.key)?.where ?? '?'}) on ${f.family}: ${f.reason}`);
  }
  if (skipped.length > 0) console.log(`\nNot measured (time budget spent): ${skipped.join(', ')}`);

  const slowest = rows[0];
  const verdict = findings.length > 0 || regexes.size === 0 ? 'FAIL' : skipped.length > 0 ? 'INCOMPLETE' : 'PASS';
  console.log(
    `\nregex audit: ${regexes.size} regexes checked over ${measured * SIZES.length} inputs ` +
      `(${measured} input families × ${SIZES.length} sizes, ${jobs} processes, ${((performance.now() - started) / 1000).toFixed(1)} s), ` +
      `slowest ${(slowest?.cell.ms[2] ?? 0).toFixed(1)} ms at 50k${slowest ? ` (${clip(slowest.key, 40).trimEnd()} on ${slowest.family})` : ''}; ${verdict}`,
  );
  process.exitCode = verdict === 'PASS' ? 0 : 1;
}

function runChild(childArgs: string[], message?: Suspects): Promise<ShardResult> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(import.meta.url), childArgs, {
      execArgv: process.execArgv,
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    if (message) child.send(message);
    let result: ShardResult | undefined;
    child.on('message', (message) => {
      result = message as ShardResult;
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (result) resolve(result);
      else reject(new Error(`${childArgs.join(' ')} exited with ${signal ?? code} before reporting`));
    });
  });
}

// ---------------------------------------------------------------------------------------------
// A shard: instruments RegExp, imports the package, measures its share of the input families.

/**
 * Instruments RegExp, imports the package and measures its share of the input families, or, given
 * suspects, runs their families three more times at 12.5k and 50k and keeps each regex's best.
 */
async function measureShard(shard: { index: number; count: number }, suspects?: Suspects): Promise<ShardResult> {
  interface Site {
    key: string;
    where: string;
  }

  const sites = new WeakMap<RegExp, Site | null>();
  const sitesByKey = new Map<string, Site | null>();
  const whereOf = new Map<string, string>();
  let current = new Map<string, { ms: number; calls: number }>();
  /** KIND bits per regex key, over the whole run. */
  const kindsOf = new Map<string, number>();
  let depth = 0;
  let enabled = false;
  /** Calls long enough to hold a GC pause, as [key, start, ms] runs: their GC time is taken off. */
  let longCalls: Array<string | number> = [];
  const LONG_CALL_MS = 0.02;
  const MAX_LONG_CALLS = 3 * 1_000_000;

  const keyOf = (re: RegExp): string => `/${re.source}/${re.flags}`;

  /** `(file:line)` of a formatted stack frame, or undefined for native frames. */
  function located(frame: string): { file: string; line: string } | undefined {
    const open = frame.lastIndexOf('(');
    const location = open >= 0 ? frame.slice(open + 1, frame.endsWith(')') ? -1 : undefined) : frame.slice(frame.indexOf('at ') + 3);
    const parts = location.replace(/^file:\/\//, '').split(':');
    if (parts.length < 3) return undefined;
    const file = parts.slice(0, -2).join(':');
    return file.startsWith('node:') ? undefined : { file, line: parts[parts.length - 2] ?? '' };
  }

  /** undefined: the stack could not be read here (too deep); the call is not timed, nor cached. */
  function siteOf(re: RegExp): Site | null | undefined {
    const cached = sites.get(re);
    if (cached !== undefined) return cached;
    const key = keyOf(re);
    const known = sitesByKey.get(key);
    if (known) {
      sites.set(re, known);
      return known;
    }
    let stack: string;
    const limit = Error.stackTraceLimit;
    try {
      Error.stackTraceLimit = 16;
      stack = new Error('regex-audit').stack ?? '';
    } catch {
      return undefined;
    } finally {
      Error.stackTraceLimit = limit;
    }
    // Line 0 is the message, 1 this function, 2 the wrapper; then native frames and the caller.
    const frames = stack
      .split('\n')
      .slice(3)
      .map((line) => located(line.trim()))
      .filter((f): f is { file: string; line: string } => f !== undefined);
    const caller = frames[0];
    let site: Site | null = null;
    if (caller?.file.startsWith(SRC_DIR)) {
      const name = (f: { file: string; line: string }): string => `${f.file.slice(SRC_DIR.length)}:${f.line}`;
      // The scanner runs every kramdown pattern: name the code that asked it.
      const owner = frames.find((f) => f.file.startsWith(SRC_DIR) && !f.file.endsWith('/scanner.ts'));
      site = { key, where: owner && owner !== caller ? `${name(owner)} via scanner` : name(caller) };
    }
    sites.set(re, site);
    if (site !== null || !sitesByKey.has(key)) sitesByKey.set(key, site);
    return site;
  }

  type Method = (this: RegExp, ...rest: never[]) => unknown;
  // Once RegExp.prototype is patched, V8 runs String's regex methods on their generic path: split
  // then calls exec at every position (10-40× slower, and noisy). A plain regex's Symbol methods
  // are therefore timed on a copy from a realm whose RegExp is untouched: what src/ pays normally.
  const PristineRegExp = vm.runInNewContext('RegExp') as RegExpConstructor;
  // One copy per pattern (a literal in a function is a new object at every call); lastIndex is
  // carried in and out, and a nested call (in a replacer) runs on the generic path, not on it.
  const copies = new Map<string, RegExp>();
  const pristine = (re: RegExp, name: symbol, rest: never[]): unknown => {
    const key = keyOf(re);
    let copy = copies.get(key);
    if (!copy) copies.set(key, (copy = new PristineRegExp(re.source, re.flags)));
    copy.lastIndex = re.lastIndex;
    const method = (copy as unknown as Record<symbol, (...a: never[]) => unknown>)[name];
    const result = method?.apply(copy, rest);
    if (name === Symbol.replace || name === Symbol.match) re.lastIndex = copy.lastIndex;
    return result; // arrays from the other realm: Array.isArray holds, src/ uses no instanceof Array
  };
  /** The wrapper's own cost per call (ms), for exec/test and for the Symbol methods: taken off each call. */
  const overhead = { exec: 0, symbol: 0 };
  const wrap = (name: string | symbol): void => {
    const patched = (RegExp.prototype as unknown as Record<string | symbol, Method>)[name];
    if (typeof patched !== 'function') throw new Error(`RegExp.prototype[${String(name)}] is not a function`);
    const generic = patched;
    const original =
      typeof name === 'symbol'
        ? function (this: RegExp, ...rest: never[]): unknown {
            return Object.getPrototypeOf(this) === RegExp.prototype ? pristine(this, name, rest) : generic.apply(this, rest);
          }
        : generic;
    const kind = typeof name === 'symbol' ? 'symbol' : 'exec';
    const bit = name === Symbol.split ? KIND.split : KIND[kind];
    const wrapped = function (this: RegExp, ...rest: never[]): unknown {
      if (!enabled || depth > 0 || !(this instanceof RegExp)) return generic.apply(this, rest);
      depth++; // reading the stack runs regexes too: those are not timed
      let site: Site | null | undefined;
      try {
        site = siteOf(this);
      } catch {
        site = undefined;
      } finally {
        depth--;
      }
      if (!site) return generic.apply(this, rest);
      depth++;
      const started = performance.now();
      try {
        return original.apply(this, rest);
      } finally {
        const ms = performance.now() - started;
        depth--;
        if (ms > LONG_CALL_MS && longCalls.length < MAX_LONG_CALLS) longCalls.push(site.key, started, ms);
        const net = ms - overhead[kind];
        const spent = current.get(site.key);
        if (spent) {
          spent.ms += net;
          spent.calls++;
        } else {
          current.set(site.key, { ms: net, calls: 1 });
        }
        kindsOf.set(site.key, (kindsOf.get(site.key) ?? 0) | bit);
        if (!whereOf.has(site.key)) whereOf.set(site.key, site.where);
      }
    };
    Object.defineProperty(wrapped, 'name', { value: typeof name === 'symbol' ? `[${name.description ?? ''}]` : name });
    Object.defineProperty(RegExp.prototype, name, { value: wrapped, writable: true, configurable: true, enumerable: false });
  };
  for (const name of ['exec', 'test', Symbol.replace, Symbol.match, Symbol.matchAll, Symbol.split, Symbol.search]) wrap(name);

  // The wrapper's own cost per timed call, on an empty match: subtracted from every call.
  const calibrate = (call: (probe: RegExp) => void): number => {
    const probe = /(?:)/y;
    const key = keyOf(probe);
    sites.set(probe, { key, where: 'calibration' });
    let best = Infinity;
    for (let round = 0; round < 5; round++) {
      current = new Map();
      enabled = true;
      for (let i = 0; i < 100_000; i++) call(probe);
      enabled = false;
      const spent = current.get(key);
      if (spent) best = Math.min(best, spent.ms / spent.calls);
    }
    whereOf.delete(key);
    return Number.isFinite(best) ? best : 0;
  };
  overhead.exec = calibrate((probe) => {
    probe.lastIndex = 0;
    probe.exec('');
  });
  overhead.symbol = calibrate((probe) => {
    probe.lastIndex = 0;
    ''.replace(probe, '');
  });

  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc') as () => void;

  // Imported only now, so that every regex src/ runs goes through the wrappers.
  const kit = await import('../src/index.ts');

  // -------------------------------------------------------------------------------------------
  // Inputs: fragments repeated to each size, in each place a post can hold them.

  /** [fragment, also in a contact list's line] */
  const FRAGMENTS: Array<[string, string, boolean]> = [
    ['lt', '<', true],
    ['lt-slash', '</', false],
    ['open-a', '<a ', true],
    ['open-attr', '<a b="', true],
    ['comment', '<!--', true],
    ['comment-dash', '<!--x--', false],
    ['lt-question', '<?', false],
    ['cdata', '<![CDATA[', false],
    ['b-open', '<b>', false],
    ['div-open', '<div>', false],
    ['unknown-tag', '<xyz a=1>', false],
    ['bracket', '[', true],
    ['bracket-paren', '](', false],
    ['paren-link', '[ (](', false],
    ['image-open', '![', false],
    ['ref-def', '[a]: ', false],
    ['star', '*', false],
    ['star-word', '*a ', false],
    ['star-under', '*a_ ', false],
    ['under', '_', false],
    ['under-word', '_a', false],
    ['tick', '`', false],
    ['tick-word', '`a', false],
    ['tilde2', '~~', false],
    ['tilde2-word', '~~a ', false],
    ['pipe', '|', true],
    ['pipe-cell', '| a ', false],
    ['two-spaces', '  ', true],
    ['spaces-newline', '  \n', false],
    ['tab', '\t', true],
    ['newline', '\n', false],
    ['cr', '\r', false],
    ['amp', '&', false],
    ['amp-hash', '&#', false],
    ['backslash', '\\', false],
    ['quote', '> ', false],
    ['hash', '#', false],
    ['dash', '-', true],
    ['list-item', '- ', false],
    ['three-dashes', '---', false],
    ['digits', '0123456789', true],
    ['phone-ish', '02-781-', true],
    ['digit-dot', '1.', true],
    ['digit-paren', '(02) ', true],
    ['at', '@', true],
    ['a-at', 'a@', true],
    ['email-ish', 'a@b.', true],
    ['url', 'http://a', true],
    ['www', 'www.', true],
    ['note-open', '(단어 수: ', true],
    ['note-full', '(단어 수: 1, 문자 수: 2) ', false],
    ['word-count', 'word count: ', false],
    ['hangul', '한국어', true],
    ['hangul-nfd', '한국어'.normalize('NFD'), false],
    ['han', '東京タワー', false],
    ['ial', '{:', false],
    ['liquid', '{% highlight ', false],
    ['dollar-math', '$$', false],
    ['quotes', '"', true],
    ['nbsp', '\u00a0', true],
    ['zwsp', '\u200b', false],
    ['label-arrow', '제보하기 ▷ ', true],
    ['kakao', "카카오톡 '", true],
  ];

  const fill = (piece: string, size: number): string => piece.repeat(Math.ceil(size / piece.length)).slice(0, size);
  /** YAML's folded block scalar: every line indented, so any text is a valid value. */
  const blockScalar = (text: string): string => `>-\n  ${text.replace(/\r\n|\r|\n/g, '\n  ')}`;
  const FRONT = '---\ntitle: 감사 대상 글\ncategories: [시험]\n---\n\n';

  const helpers = (text: string): void => {
    kit.countWords(text);
    kit.countWords(text, { cjk: 'characters' });
    kit.countCharacters(text);
    kit.readingTime(text);
    kit.makeExcerpt(text);
    kit.makeExcerpt(text, { mode: 'jekyll' });
    kit.parseStatedCounts(text);
    kit.stripGeneratorNotes(text);
  };
  const whole = (source: string): void => {
    const article = kit.parseArticle(source, { path: '_posts/2024-06-12-audit.md' });
    kit.validateArticle(article);
    kit.makeExcerpt(article);
  };

  interface Input {
    family: string;
    run(size: number): () => void;
  }
  const inputs: Input[] = [];
  for (const [name, piece, contact] of FRAGMENTS) {
    inputs.push({ family: `body:${name}`, run: (size) => { const source = `${FRONT}${fill(piece, size)}\n`; return () => whole(source); } });
    // YAML refuses control characters, and a CR would end the block scalar's line.
    if (!/[\u0000-\u0008\u000b-\u001f]/.test(piece)) {
      inputs.push({
        family: `front-matter:${name}`,
        run: (size) => {
          // One scalar, read by YAML once, stands for the title, the excerpt and feature_text.
          const source = `---\ntitle: &text ${blockScalar(fill(piece, size))}\nexcerpt: *text\nfeature_text: *text\ncategories: [시험]\n---\n\n본문입니다.\n`;
          return () => whole(source);
        },
      });
    }
    // The tip-line path: one line of a contact list.
    if (contact) {
      inputs.push({
        family: `contact-list:${name}`,
        run: (size) => { const source = `${FRONT}본문입니다.\n\n제보하기\n\n- 전화 : 02-781-1234\n- 이메일 : ${fill(piece, size)}\n`; return () => whole(source); },
      });
    }
    inputs.push({ family: `helpers:${name}`, run: (size) => { const text = fill(piece, size); return () => helpers(text); } });
  }
  // Real text, for a baseline: the corpus posts' bodies.
  try {
    const dir = fileURLToPath(new URL('../../shared/corpus/posts/', import.meta.url));
    const corpus = readdirSync(dir)
      .filter((name) => name.endsWith('.md'))
      .sort()
      .slice(0, 12)
      .map((name) => readFileSync(`${dir}${name}`, 'utf8').replace(/^---[\s\S]*?\n---\n/, ''))
      .join('\n\n');
    if (corpus.length >= 50_000) {
      inputs.push({ family: 'body:corpus', run: (size) => { const source = `${FRONT}${corpus.slice(0, size)}\n`; return () => whole(source); } });
      inputs.push({ family: 'helpers:corpus', run: (size) => { const text = corpus.slice(0, size); return () => helpers(text); } });
    }
  } catch {
    // No corpus next to the package: the synthetic inputs still run.
  }

  // -------------------------------------------------------------------------------------------
  // Measuring

  // GC pauses that land inside a timed call are the allocator's, not the regex's: they are taken
  // off, from the 'gc' performance entries (delivered after the run, on the next turn).
  let pauses: Array<[number, number]> = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) pauses.push([entry.startTime, entry.startTime + entry.duration]);
  });
  observer.observe({ entryTypes: ['gc'] });

  async function measure(run: () => void): Promise<Map<string, { ms: number; calls: number }>> {
    gc();
    await new Promise((resolve) => setTimeout(resolve, 0));
    current = new Map();
    longCalls = [];
    pauses = [];
    enabled = true;
    try {
      run();
    } finally {
      enabled = false;
    }
    await new Promise((resolve) => setTimeout(resolve, 0));
    for (const entry of observer.takeRecords()) pauses.push([entry.startTime, entry.startTime + entry.duration]);
    pauses.sort((a, b) => a[0] - b[0]);
    const inGc = new Map<string, number>();
    let first = 0;
    for (let i = 0; i < longCalls.length; i += 3) {
      const key = longCalls[i] as string;
      const start = longCalls[i + 1] as number;
      const end = start + (longCalls[i + 2] as number);
      while (first < pauses.length && (pauses[first]?.[1] ?? 0) <= start) first++;
      let overlap = 0;
      for (let j = first; j < pauses.length && (pauses[j]?.[0] ?? Infinity) < end; j++) {
        const [from, to] = pauses[j] as [number, number];
        overlap += Math.max(0, Math.min(to, end) - Math.max(from, start));
      }
      if (overlap > 0) inGc.set(key, (inGc.get(key) ?? 0) + overlap);
    }
    const net = new Map<string, { ms: number; calls: number }>();
    for (const [key, spent] of current) {
      net.set(key, { ms: Math.max(0, spent.ms - (inGc.get(key) ?? 0)), calls: spent.calls });
    }
    return net;
  }

  async function runFamily(input: Input, sizes: readonly Size[]): Promise<Map<Size, Map<string, { ms: number; calls: number }>>> {
    const out = new Map<Size, Map<string, { ms: number; calls: number }>>();
    await measure(input.run(2_000)); // compiles the regexes and warms the code paths this input takes
    for (const size of sizes) out.set(size, await measure(input.run(size)));
    return out;
  }

  const result: ShardResult = { regexes: {}, measured: 0, skipped: [], overheadNs: { exec: overhead.exec * 1e6, symbol: overhead.symbol * 1e6 } };
  const cellOf = (key: string, family: string): Cell => {
    const entry = (result.regexes[key] ??= { where: whereOf.get(key) ?? '?', kinds: 0, families: {} });
    return (entry.families[family] ??= { ms: [0, 0, 0], calls: [0, 0, 0] });
  };

  if (suspects) {
    const started = performance.now();
    for (let round = 0; round < 5; round++) {
      for (const [family, keys] of Object.entries(suspects)) {
        const input = inputs.find((i) => i.family === family);
        if (!input || performance.now() - started > CONFIRM_BUDGET_MS) continue;
        const again = await runFamily(input, SIZES);
        for (const key of keys) {
          const cell = cellOf(key, family);
          if (round === 0) cell.ms = [Number.MAX_VALUE, Number.MAX_VALUE, Number.MAX_VALUE]; // JSON has no Infinity
          SIZES.forEach((size, at) => {
            cell.ms[at] = Math.min(cell.ms[at] ?? 0, again.get(size)?.get(key)?.ms ?? 0);
          });
        }
      }
    }
    for (const [key, entry] of Object.entries(result.regexes)) entry.kinds = kindsOf.get(key) ?? 0;
    observer.disconnect();
    return result;
  }

  const mine = inputs.filter((_, index) => index % shard.count === shard.index);
  const started = performance.now();
  for (const input of mine) {
    if (performance.now() - started > MEASURE_BUDGET_MS) {
      result.skipped.push(input.family);
      continue;
    }
    const familyStarted = performance.now();
    for (const [size, times] of await runFamily(input, SIZES)) {
      const at = SIZES.indexOf(size);
      for (const [key, spent] of times) {
        const cell = cellOf(key, input.family);
        cell.ms[at] = spent.ms;
        cell.calls[at] = spent.calls;
      }
    }
    if (process.env['REGEX_AUDIT_PROGRESS']) console.error(`${input.family}: ${(performance.now() - familyStarted).toFixed(0)} ms`);
    result.measured++;
  }

  for (const [key, entry] of Object.entries(result.regexes)) {
    entry.where = whereOf.get(key) ?? entry.where;
    entry.kinds = kindsOf.get(key) ?? 0;
  }
  observer.disconnect();
  return result;
}
