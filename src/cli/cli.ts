import { readFileSync } from 'node:fs';
import { readFile, realpath, stat, unlink, writeFile } from 'node:fs/promises';
import process from 'node:process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Article } from '../article/types.ts';
import { rules as registry } from '../rules/index.ts';
import { recommended } from '../rules/recommended.ts';
import type { RuleSetting } from '../validate/config.ts';
import { pluginRules, type Plugins } from '../validate/plugins.ts';
import type { CheckOutcome } from './check-file.ts';
import { describeError } from './describe-error.ts';
import { relativePath } from './relative-path.ts';
import type { TextCheckOptions } from './check-text.ts';
import { findPostFiles, type FoundFiles } from './find-files.ts';
import { type FormatName, formatters, streamingFormatters } from './formatters/index.ts';
import { inOrder } from './in-order.ts';
import { RunTiming } from './run-timing.ts';
import { loadIgnoreRules } from './ignore-rules.ts';
import { ConfigError, loadConfig } from './load-config.ts';
import { layerRules } from './rules-for-file.ts';
import { knownRules } from './validate-config.ts';
import { readPost } from './read-post.ts';
import { readStdin } from './read-stdin.ts';
import { runCachedChecks } from './cached-checks.ts';
import { cacheFilePath, globalKey } from './result-cache.ts';
import type { RunOptions } from './run-checks.ts';
import { safeJson, safeText } from './safe-text.ts';
import { articleOptions, type PostSite, type SiteChoice, siteFor } from './site-for.ts';
import { siteResults } from './site-results.ts';
import { parseShard, shardFiles } from './shard.ts';
import { statsOf, statsTable, totalOf } from './stats.ts';
import { findLeftoverTempFiles, removeTempFilesSync } from './write-file-safely.ts';
import type { FileResult, Io, RuleDescription } from './types.ts';
import { unifiedDiff } from './unified-diff.ts';

export const VERSION = '0.1.0';

const USAGE = `Usage: article-kit <command> [options]

Commands:
  check [paths or globs…]   Check posts (default: _posts/**/*.{md,markdown,html})
  parse FILE                Print a post's Article as JSON
  stats [paths or globs…]   Words (어절), characters, reading time, headings, paragraphs, tables

Files: globs as picomatch reads them (**, *, ?, [a-z], {a,b}, +(a|b), !(a)); * and ** never
  match a name that starts with "." unless the pattern writes the dot, as Jekyll skips them.
  !glob removes what it matches (check '_posts/**/*.md' '!_posts/drafts/**'). Files matching
  .article-kitignore (gitignore syntax, in the working folder) are not read; one named on the
  command line is reported as ignored. "-" reads one post from stdin (check, parse, stats).

Options for check:
  -f, --format <name>       stylish (default), json, github, sarif or html (one
                            self-contained page: findings with their source lines, totals per rule)
  --max-warnings <n>        Exit 1 when there are more warnings than n
  -q, --quiet               Report errors only (warnings still count for --max-warnings)
  --rule <id:severity>      Set a rule's severity (off, info, warn or warning, error); repeatable
  -c, --config <file>       Configuration file (default: the nearest article-kit.config.json,
                            .jsonc, .yaml, .yml, .js, .mjs or .cjs, in that order, or an
                            "article-kit" key in package.json, from here up to the folder with
                            .git or package.json; a JS configuration runs its code)
  --fix                     Apply the fixes rules offer, writing files safely; with -, print
                            the fixed post on stdout and the report on stderr
  --dry-run                 With --fix: print the diff (on stderr) instead of writing
  --allow-empty             Exit 0 when no post file matches (default: exit 2)
  --color, --no-color       Colour the stylish report or not (default: NO_COLOR, FORCE_COLOR,
                            TERM=dumb, then whether stdout is a terminal)
  --shard <i/n>             Check only the i-th of n deterministic shards of the files
  --concurrency <n>         Worker threads (default: 1 on two cores or fewer, else one per core; 1: none)
  --report-unused-disable-directives
                            Report <!-- article-kit-disable --> comments that turn nothing off
  --cache                   Reuse the results of files whose bytes (and site) have not changed
                            since a run with the same version, rules, configuration and flags
  --cache-location <path>   The cache file, or the folder for it (default:
                            node_modules/.cache/article-kit/)
  --no-config-js            Never run a configuration file's code: JS configs are not loaded
  (stylish and github are written file by file; TIMING=1 says on stderr where the time went)

Options for stats and parse:
  --format <name>           table (default for stats) or json

Options for check, parse and stats:
  -o, --output-file <file>  Write the report (or JSON, or table) to <file> instead of stdout
  --site <dir>              Read posts as posts of the Jekyll site in <dir> (its _config.yml,
                            _includes, _data, other posts): Liquid, permalinks, defaults
                            (default: the folder with a _config.yml nearest above each file)
  --no-site                 Read posts without a site, with Jekyll's defaults
  --allow-outside-links     Follow symbolic links that lead out of the tree (default: they are
                            reported and skipped)
  --stdin-filename <path>   With -: the path the post is reported, named and dated as, and its
                            site found by (default: shown as <stdin>, read as Markdown named
                            <stdin>.md in the working folder)

Exit codes: 0 clean, 1 errors or too many warnings, 2 usage, configuration or read errors.
`;

class UsageError extends Error {}

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  'max-warnings': { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  rule: { type: 'string', multiple: true },
  config: { type: 'string', short: 'c' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  'allow-empty': { type: 'boolean' },
  fix: { type: 'boolean' },
  'dry-run': { type: 'boolean' },
  shard: { type: 'string' },
  concurrency: { type: 'string' },
  'report-unused-disable-directives': { type: 'boolean' },
  site: { type: 'string' },
  'no-site': { type: 'boolean' },
  'output-file': { type: 'string', short: 'o' },
  'allow-outside-links': { type: 'boolean' },
  'no-config-js': { type: 'boolean' },
  'stdin-filename': { type: 'string' },
  cache: { type: 'boolean' },
  'cache-location': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values'];

function nonNegativeInteger(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`--${flag} takes a whole number, got "${value}"`);
  return Number(value);
}

function ruleFlags(specs: readonly string[] = [], known: ReadonlyMap<string, unknown>): Record<string, RuleSetting> {
  const overrides: Record<string, RuleSetting> = {};
  for (const spec of specs) {
    const at = spec.lastIndexOf(':');
    const id = spec.slice(0, at);
    const severity = spec.slice(at + 1);
    if (at <= 0 || !['off', 'info', 'warn', 'warning', 'error'].includes(severity)) {
      throw new UsageError(`--rule takes id:severity with severity off, info, warn (or warning) or error, got "${spec}"`);
    }
    if (!known.has(id)) throw new UsageError(`--rule names an unknown rule "${id}"`);
    overrides[id] = severity as RuleSetting;
  }
  return overrides;
}

function describeRules(settings: Record<string, RuleSetting>, plugins: Plugins | undefined): RuleDescription[] {
  const level: Record<string, RuleDescription['severity']> = { off: 'off', info: 'info', warn: 'warning', warning: 'warning', error: 'error' };
  return [...registry, ...pluginRules(plugins)].map((rule) => {
    const setting = settings[rule.id] ?? 'off';
    return { id: rule.id, description: rule.meta.description, url: rule.meta.url, severity: (() => { const key = typeof setting === 'string' ? setting : setting[0]; return Object.hasOwn(level, key) ? level[key]! : 'off'; })() };
  });
}

const isDirectory = (dir: string): Promise<boolean> => stat(dir).then((st) => st.isDirectory(), () => false);

/**
 * `--site DIR`, `--no-site`, the configuration's `site` (`configured`: relative to its file's
 * folder), or the site found upward from each file.
 */
async function siteChoice(values: Values, io: Io, configured?: { site: string; file: string }): Promise<SiteChoice> {
  if (values['no-site'] && values.site !== undefined) throw new UsageError('--site and --no-site exclude each other');
  if (values['no-site']) return { kind: 'none' };
  if (values.site !== undefined) {
    const dir = path.resolve(io.cwd, values.site);
    if (!(await isDirectory(dir))) throw new UsageError(`--site names no folder: ${values.site}`);
    return { kind: 'dir', dir };
  }
  if (configured === undefined) return { kind: 'auto' };
  const dir = path.resolve(path.dirname(configured.file), configured.site);
  if (!(await isDirectory(dir))) throw new ConfigError(`Invalid configuration in ${configured.file}: "site" names no folder: ${dir}`, configured.file);
  return { kind: 'dir', dir };
}

/** The sites the files are read with, each once, in the order of the files. */
async function sitesOf(files: readonly string[], choice: SiteChoice): Promise<PostSite[]> {
  const sites = new Map<string, PostSite>();
  for (const file of files) {
    const site = await siteFor(file, choice);
    if (site && !sites.has(site.root)) sites.set(site.root, site);
  }
  return [...sites.values()];
}

/**
 * Colour as supports-color decides it: `--no-color` and `--color` first, then `NO_COLOR`,
 * `FORCE_COLOR` (`0` or `false` turn it off), `TERM=dumb`, and last whether stdout is a terminal.
 */
function useColor(io: Io, values: Values, stream: Io['stdout'] = io.stdout): boolean {
  if (values['no-color'] && values.color) throw new UsageError('--color and --no-color exclude each other');
  if (values['no-color']) return false;
  if (values.color) return true;
  const env = io.env ?? {};
  if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return false;
  const force = env['FORCE_COLOR'];
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (env['TERM'] === 'dumb') return false;
  return stream.isTTY === true;
}

/** Prints a command's result: to `--output-file` when given, else to stdout (or the stream given). */
async function emit(text: string, values: Values, io: Io, stream: Io['stdout'] = io.stdout): Promise<void> {
  const file = values['output-file'];
  if (file === undefined) {
    stream.write(text);
    return;
  }
  if (file === '') throw new UsageError('--output-file takes a file name');
  await writeFile(path.resolve(io.cwd, file), text);
}

/** A checked file's text, for formatters that show source lines; `undefined` when it cannot be read. */
function sourceReader(cwd: string): (filePath: string) => string | undefined {
  return (filePath) => {
    try {
      return readFileSync(path.resolve(cwd, filePath), 'utf8');
    } catch {
      return undefined;
    }
  };
}

/**
 * The real folders of the files, where `--fix` puts its temporary files: each file's, when this
 * run writes; else each folder's (a linked file's leftovers beside its target go unreported).
 */
async function foldersOf(files: readonly string[], writing: boolean): Promise<string[]> {
  const dirs = new Set<string>();
  if (writing) {
    for (const file of files) dirs.add(path.dirname(await realpath(file).catch(() => file)));
    return [...dirs];
  }
  const listed = new Set(files.map((file) => path.dirname(file)));
  for (const dir of listed) dirs.add(await realpath(dir).catch(() => dir));
  return [...dirs];
}

/**
 * Temporary files a `--fix` left when it was killed (SIGKILL, a crash, power loss): removed when
 * this run writes and their process is gone, reported otherwise.
 */
async function leftovers(dirs: readonly string[], writing: boolean, io: Io): Promise<void> {
  for (const leftover of await findLeftoverTempFiles(dirs)) {
    const shown = safeText(path.relative(io.cwd, leftover.path).split(path.sep).join('/'));
    if (leftover.running) {
      io.stderr.write(`article-kit: ${shown} is a temporary file of a --fix that may still be running (process ${leftover.pid}): left as it is\n`);
    } else if (writing) {
      await unlink(leftover.path).then(
        () => io.stderr.write(`article-kit: removed ${shown}, a temporary file left by an interrupted --fix (process ${leftover.pid})\n`),
        (error: unknown) => io.stderr.write(`article-kit: cannot remove ${shown}, a temporary file left by an interrupted --fix: ${safeText(describeError(error))}\n`),
      );
    } else {
      io.stderr.write(`article-kit: ${shown} is a temporary file left by an interrupted --fix (process ${leftover.pid}): --fix removes it\n`);
    }
  }
}

/** ESLint's warning for a file named on the command line that an ignore pattern leaves out. */
const warnIgnored = (filePath: string, io: Io): void => {
  io.stderr.write(`article-kit: warning: ${safeText(filePath)}: File ignored because of a matching ignore pattern\n`);
};

/**
 * Reports what the file arguments found but did not take, and the files named that are ignored
 * (a warning, as ESLint gives); true when a file skipped was named on the command line.
 */
function reportSkipped(found: FoundFiles, io: Io): boolean {
  for (const ignored of found.ignored) warnIgnored(ignored, io);
  for (const skipped of found.skipped) io.stderr.write(`article-kit: skipped ${safeText(skipped.path)}: ${safeText(skipped.reason)}\n`);
  return found.skipped.some((skipped) => skipped.explicit);
}

/** A post read from stdin (`-`): the path it is checked as, the path shown, and its text. */
interface StdinPost {
  /** Absolute: what the file-name and date rules, permalinks and the site lookup read (`<stdin>.md` in the working folder by default). */
  file: string;
  /** `--stdin-filename` relative to the working directory, or `<stdin>`. */
  filePath: string;
  post: Awaited<ReturnType<typeof readStdin>>;
}

/** The post `-` names, read from stdin; undefined when the file arguments do not hold `-`. */
async function stdinPost(positionals: readonly string[], values: Values, io: Io): Promise<StdinPost | undefined> {
  const name = values['stdin-filename'];
  if (!positionals.includes('-')) {
    if (name !== undefined) throw new UsageError('--stdin-filename only goes with - (the post read from stdin)');
    return undefined;
  }
  if (positionals.length > 1) throw new UsageError('- (the post read from stdin) goes alone, without other files');
  if (name === '') throw new UsageError('--stdin-filename takes a path');
  if (io.stdin === undefined) throw new UsageError('- reads the post from stdin, and none was given');
  // Without a name, read as Markdown (Jekyll converts by the extension), shown as `<stdin>`.
  const file = path.resolve(io.cwd, name ?? '<stdin>.md');
  return { file, filePath: name === undefined ? '<stdin>' : relativePath(file, io.cwd), post: await readStdin(io.stdin) };
}

/**
 * Where `--cache` keeps its results, and the key they are kept under: the version, the rule
 * settings, the configuration file's text, the site choice, the working folder and
 * `--report-unused-disable-directives`. A site's own files count per post (see `siteKey`).
 */
async function cacheOptions(values: Values, io: Io, run: { settings: Record<string, RuleSetting>; configPath: string | undefined; site: SiteChoice }) {
  const configText = run.configPath === undefined ? null : await readFile(run.configPath, 'utf8').catch(() => null);
  return {
    cacheFile: await cacheFilePath(io.cwd, values['cache-location']),
    key: globalKey({ version: VERSION, rules: run.settings, config: configText, site: run.site, cwd: io.cwd, reportUnusedDisableDirectives: values['report-unused-disable-directives'] === true }),
    onCacheError: (error: unknown) => io.stderr.write(`article-kit: cannot write the cache: ${safeText(describeError(error))}\n`),
  };
}

/** The settings every post of a run is checked with: the configuration's and the command line's. */
type RuleOptionsOfRun = Pick<TextCheckOptions, 'rules' | 'overrides' | 'configDir' | 'commandLineRules' | 'schema' | 'plugins'>;

/** `check -`: the post read from stdin, checked as `--stdin-filename` (unless that is ignored); with `--fix`, the fixed text. */
async function checkStdin(input: StdinPost, values: Values, io: Io, run: { ruleOptions: RuleOptionsOfRun; ignores: { ignores?: readonly string[]; ignoresBase?: string }; site: SiteChoice; fix: boolean }): Promise<{ files: string[]; outcomes: CheckOutcome[]; fixedText?: string }> {
  const rules = values['stdin-filename'] === undefined ? undefined : await loadIgnoreRules(io.cwd, run.ignores);
  if (rules?.ignores(input.filePath)) {
    warnIgnored(input.filePath, io);
    return { files: [], outcomes: [] };
  }
  const { checkText } = await import('./check-text.ts');
  const checked = await checkText(input.post, input.file, {
    cwd: io.cwd,
    ...run.ruleOptions,
    fix: run.fix,
    site: run.site,
    filePath: input.filePath,
    ...(values['report-unused-disable-directives'] ? { reportUnusedDisableDirectives: true } : {}),
  });
  const changed = checked.output !== input.post.text;
  const outcome: CheckOutcome = { kind: 'checked', result: checked.result, ...(changed && values['dry-run'] ? { diff: unifiedDiff(input.filePath, input.post.text, checked.output) } : {}) };
  // Not valid UTF-8: nothing is printed, rather than the text with U+FFFD for its bytes.
  const printed = run.fix && values['dry-run'] !== true && !input.post.invalidUtf8;
  return { files: [input.file], outcomes: [outcome], ...(printed ? { fixedText: checked.output } : {}) };
}

/** `--quiet`: errors only. */
function quietly(result: FileResult): FileResult {
  return { ...result, messages: result.messages.filter((m) => m.severity === 'error'), warningCount: 0, infoCount: 0 };
}

/**
 * `runChecks`, its module (and with it the parser and the rules' code) loaded only when a file is
 * to be checked: a run the cache answers whole never loads them.
 */
async function checkAll(files: readonly string[], options: RunOptions): Promise<CheckOutcome[]> {
  const { runChecks } = await import('./run-checks.ts');
  return runChecks(files, options);
}

async function check(positionals: string[], values: Values, io: Io): Promise<number> {
  const timing = io.env?.['TIMING'] ? new RunTiming(performance.now()) : undefined;
  const format = (values.format ?? 'stylish') as FormatName;
  if (!Object.hasOwn(formatters, format)) throw new UsageError(`--format takes stylish, json, github, sarif or html, got "${format}"`);
  if (values['dry-run'] && !values.fix) throw new UsageError('--dry-run only goes with --fix');
  const maxWarnings = nonNegativeInteger('max-warnings', values['max-warnings']);
  const concurrency = nonNegativeInteger('concurrency', values.concurrency);
  const shard = values.shard === undefined ? undefined : parseShard(values.shard);
  if (values['cache-location'] !== undefined && !values.cache) throw new UsageError('--cache-location only goes with --cache');
  if (values['cache-location'] === '') throw new UsageError('--cache-location takes a path');
  const { config, path: configFile } = await loadConfig(io.cwd, values.config, {
    noConfigJs: values['no-config-js'] === true,
    onIgnored: (file) => io.stderr.write(`article-kit: not loading ${safeText(file)}: --no-config-js\n`),
  });
  const configDir = configFile === undefined ? io.cwd : path.dirname(configFile);
  const commandLineRules = ruleFlags(values.rule, knownRules(config.plugins));
  const settings = layerRules(recommended, config.rules as Record<string, RuleSetting> | undefined);
  const ruleOptions: RuleOptionsOfRun = {
    rules: settings,
    ...(config.overrides ? { overrides: config.overrides as NonNullable<RunOptions['overrides']>, configDir } : {}),
    commandLineRules,
    ...(config.schema ? { schema: config.schema } : {}),
    ...(config.plugins ? { plugins: config.plugins } : {}),
  };
  const ignores = config.ignores ? { ignores: config.ignores, ignoresBase: configDir } : {};
  const site = await siteChoice(values, io, config.site !== undefined && configFile !== undefined ? { site: config.site, file: configFile } : undefined);
  const input = await stdinPost(positionals, values, io);
  const fix = values.fix === true;
  let files: string[];
  let stdinOutcomes: CheckOutcome[] | undefined;
  let failed = false;
  /** `--fix` on stdin: the fixed post goes to stdout, the report to stderr. */
  let fixedText: string | undefined;
  if (input) {
    if (shard) throw new UsageError('--shard does not go with - (the post read from stdin)');
    let outcomes: CheckOutcome[];
    ({ files, outcomes, fixedText } = await checkStdin(input, values, io, { ruleOptions, ignores, site, fix }));
    stdinOutcomes = outcomes;
  } else {
    const found = await findPostFiles(positionals, io.cwd, { allowOutsideLinks: values['allow-outside-links'] === true, ...ignores });
    if (found.missing.length > 0) {
      io.stderr.write(found.missing.map((p) => `article-kit: no such file or no match: ${safeText(p)}\n`).join(''));
      return 2;
    }
    failed = reportSkipped(found, io);
    if (found.files.length === 0 && !failed && found.ignored.length === 0 && values['allow-empty'] !== true) {
      const what = positionals.length === 0 ? '_posts/**/*.{md,markdown,html}' : positionals.join(' ');
      io.stderr.write(`article-kit: no post files matched ${safeText(what)} (--allow-empty accepts that)\n`);
      return 2;
    }
    files = shard ? shardFiles(found.files, shard, (f) => relativePath(f, io.cwd)) : found.files;
  }

  timing?.mark('configuration and finding files');
  const reportStream = fixedText === undefined ? io.stdout : io.stderr;
  const readSource = input ? (filePath: string) => (filePath === input.filePath ? input.post.text : sourceReader(io.cwd)(filePath)) : sourceReader(io.cwd);
  const context = {
    cwd: io.cwd,
    color: values['output-file'] === undefined && useColor(io, values, reportStream),
    rules: describeRules(layerRules(settings, commandLineRules), config.plugins),
    version: VERSION,
    readSource,
  };
  // Line formats go out file by file, in the files' order, as their results come.
  const streaming = values['output-file'] === undefined ? streamingFormatters[format] : undefined;
  // What Jekyll would stop or warn on in the sites themselves, under their files, first.
  const counted: FileResult[] = siteResults(await sitesOf(files, site), io.cwd);
  timing?.mark('reading the sites');
  const results: FileResult[] = counted.map((r) => (values.quiet ? quietly(r) : r));
  if (streaming) for (const result of results) reportStream.write(streaming.file(result, context));
  const take = (outcome: CheckOutcome): void => {
    if (outcome.kind === 'unreadable') {
      failed = true;
      io.stderr.write(`article-kit: cannot read ${safeText(outcome.filePath)}: ${safeText(outcome.message)}\n`);
      return;
    }
    if (outcome.writeError) {
      failed = true;
      io.stderr.write(`article-kit: cannot write ${safeText(outcome.result.filePath)}: ${safeText(outcome.writeError)}\n`);
    }
    if (outcome.note) io.stderr.write(`article-kit: ${safeText(outcome.note)}\n`);
    // On stderr, so that a machine format on stdout stays parseable.
    if (outcome.diff) io.stderr.write(outcome.diff);
    timing?.add(outcome.timing);
    counted.push(outcome.result);
    const shown = values.quiet ? quietly(outcome.result) : outcome.result;
    results.push(shown);
    if (streaming) reportStream.write(streaming.file(shown, context));
  };

  if (stdinOutcomes) {
    for (const outcome of stdinOutcomes) take(outcome);
  } else {
    const writing = fix && values['dry-run'] !== true;
    const dirs = await foldersOf(files, writing);
    await leftovers(dirs, writing, io);
    const progress = io.stderr.isTTY === true && files.length > 50;
    // While files are written, SIGINT and SIGTERM first remove this process's temporary files,
    // then end the process by the signal (unless the program running cli() listens for it too).
    const onSignal = (signal: NodeJS.Signals): void => {
      removeTempFilesSync(dirs);
      stopListening();
      if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
    };
    const stopListening = (): void => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    };
    if (writing) {
      process.on('SIGINT', onSignal);
      process.on('SIGTERM', onSignal);
    }
    const cache = values.cache ? await cacheOptions(values, io, { settings: layerRules(settings, commandLineRules), configPath: configFile, site }) : undefined;
    // The progress line is cleared before each file's report and written again after it.
    const clearProgress = (): void => {
      if (progress) io.stderr.write('\r\u001b[2K');
    };
    try {
      await (cache ? (list: readonly string[], options: RunOptions) => runCachedChecks(list, { ...options, ...cache }) : checkAll)(files, {
        cwd: io.cwd,
        ...ruleOptions,
        ...(configFile === undefined ? {} : { configFile }),
        fix,
        dryRun: values['dry-run'] === true,
        site,
        allowOutsideLinks: values['allow-outside-links'] === true,
        ...(values['report-unused-disable-directives'] ? { reportUnusedDisableDirectives: true } : {}),
        ...(concurrency === undefined ? {} : { concurrency }),
        ...(timing ? { timing: true } : {}),
        onOutcome: inOrder((outcome: CheckOutcome) => {
          clearProgress();
          take(outcome);
        }),
        ...(progress ? { onProgress: (done: number, total: number) => io.stderr.write(`\r\u001b[2Kchecking ${done}/${total}`) } : {}),
      });
    } finally {
      stopListening();
    }
    clearProgress();
  }
  timing?.mark('checking');
  if (fixedText !== undefined) io.stdout.write(fixedText);
  if (streaming) reportStream.write(streaming.end(results, context));
  else await emit(formatters[format](results, context), values, io, reportStream);
  if (timing) {
    timing.mark('output');
    io.stderr.write(timing.report());
  }
  if (failed) return 2;
  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  // Warnings count against --max-warnings with --quiet too, as in ESLint.
  const warnings = counted.reduce((n, r) => n + r.warningCount, 0);
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    io.stderr.write(`article-kit: ${warnings} warning${warnings === 1 ? '' : 's'} found, more than --max-warnings ${maxWarnings}\n`);
    return 1;
  }
  return errors > 0 ? 1 : 0;
}

/** A post's Article, read as a post of the site `choice` gives it. */
async function articleOf(text: string, file: string, choice: SiteChoice, cwd: string): Promise<Article> {
  const { parseArticle } = await import('../article/parse-article.ts');
  return parseArticle(text, articleOptions(file, cwd, await siteFor(file, choice)));
}

async function parseCommand(positionals: string[], values: Values, io: Io): Promise<number> {
  if (positionals.length !== 1) throw new UsageError('parse takes exactly one FILE');
  if (values.format !== undefined && values.format !== 'json') throw new UsageError(`parse prints json only, got --format ${values.format}`);
  const choice = await siteChoice(values, io);
  const input = await stdinPost(positionals, values, io);
  let article: Article;
  if (input) {
    article = await articleOf(input.post.text, input.file, choice, io.cwd);
  } else {
    // The file named is read, whatever an ignore file says.
    const found = await findPostFiles(positionals, io.cwd, { allowOutsideLinks: values['allow-outside-links'] === true, ignoreFile: false });
    if (found.missing.length > 0) {
      io.stderr.write(`article-kit: no such file: ${safeText(found.missing[0] ?? '')}\n`);
      return 2;
    }
    if (reportSkipped(found, io)) return 2;
    if (found.files.length !== 1) throw new UsageError(`parse takes one FILE, and ${positionals[0]} names ${found.files.length} posts`);
    const file = found.files[0] as string;
    article = await articleOf(readPost(file).text, file, choice, io.cwd);
  }
  await emit(`${safeJson(JSON.stringify(article, null, 2))}\n`, values, io);
  return 0;
}

async function statsCommand(positionals: string[], values: Values, io: Io): Promise<number> {
  const format = values.format ?? 'table';
  if (format !== 'table' && format !== 'json') throw new UsageError(`stats takes --format table or json, got "${format}"`);
  const print = (stats: ReturnType<typeof statsOf>[]): Promise<void> =>
    emit(format === 'json' ? `${safeJson(JSON.stringify({ files: stats, total: totalOf(stats) }, null, 2))}\n` : statsTable(stats), values, io);
  const input = await stdinPost(positionals, values, io);
  if (input) {
    await print([statsOf(input.filePath, await articleOf(input.post.text, input.file, await siteChoice(values, io), io.cwd))]);
    return 0;
  }
  const found = await findPostFiles(positionals, io.cwd, { allowOutsideLinks: values['allow-outside-links'] === true });
  if (found.missing.length > 0) {
    io.stderr.write(found.missing.map((p) => `article-kit: no such file or no match: ${safeText(p)}\n`).join(''));
    return 2;
  }
  const skippedNamed = reportSkipped(found, io);
  const choice = await siteChoice(values, io);
  const stats = [];
  for (const file of found.files) stats.push(statsOf(relativePath(file, io.cwd), await articleOf(readPost(file).text, file, choice, io.cwd)));
  await print(stats);
  return skippedNamed ? 2 : 0;
}

/**
 * The command line as a function: `argv` without the node and script names. Resolves to the
 * exit code; nothing is thrown for bad arguments, configuration or files.
 */
export async function cli(argv: readonly string[], io: Io): Promise<number> {
  try {
    const { values, positionals } = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
    if (values.version) {
      io.stdout.write(`${VERSION}\n`);
      return 0;
    }
    const [command, ...rest] = positionals;
    if (values.help || command === undefined) {
      (values.help ? io.stdout : io.stderr).write(USAGE);
      return values.help ? 0 : 2;
    }
    if (command === 'check') return await check(rest, values, io);
    if (command === 'parse') return await parseCommand(rest, values, io);
    if (command === 'stats') return await statsCommand(rest, values, io);
    throw new UsageError(`unknown command "${command}"`);
  } catch (error) {
    io.stderr.write(`article-kit: ${safeText(error instanceof Error ? error.message : String(error))}\n`);
    if (error instanceof UsageError || (error as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') io.stderr.write('Run article-kit --help for usage.\n');
    return 2;
  }
}
