import { type Context, type Emitter, type Liquid, LiquidError, type TagToken, type Template } from 'liquidjs';
import { captured } from './_capture.ts';
import { JekyllTagError, oneLine, rubyStrip } from './_tag-error.ts';
import { parseTemplate } from '../parse-template.ts';

// Jekyll's IncludeTag patterns (tags/include.rb), in Ruby's terms: `\s` and `\w` are ASCII, `.`
// without /m stops at `\n` only, `^`/`$` are line anchors.
const S = '[ \\t\\r\\n\\f\\v]';
const VALID = `([\\w-]+)${S}*=${S}*(?:"([^"\\\\]*(?:\\\\[^\\n][^"\\\\]*)*)"|'([^'\\\\]*(?:\\\\[^\\n][^'\\\\]*)*)'|([\\w.-]+))`;
const VALID_SYNTAX = new RegExp(VALID, 'g');
const FULL_VALID_SYNTAX = new RegExp(`^${S}*(?:${VALID}(?=${S}|$)${S}*)*$`);
const VALID_FILENAME_LINE = /^[\w/.\-()+~#@]+$/;
const INVALID_SEQUENCES = /[./]{2,}/;

const SPACE = /[ \t\r\n\f\v]/;
const NAME = /[\w.-]/;

/**
 * One repetition of VARIABLE_SYNTAX's `(\{\{\s*[\w\-.]+\s*(\|.*)?\}\}[^\s{}]*)` at `at`: where it
 * ends, or -1. A `|` takes everything up to the last `}}` of the markup (`.*` is greedy, and the
 * rest always matches).
 */
function repetition(markup: string, at: number, lastClose: number): number {
  if (!markup.startsWith('{{', at)) return -1;
  let p = at + 2;
  while (p < markup.length && SPACE.test(markup[p] as string)) p++;
  const name = p;
  while (p < markup.length && NAME.test(markup[p] as string)) p++;
  if (p === name) return -1;
  while (p < markup.length && SPACE.test(markup[p] as string)) p++;
  if (markup[p] === '|' && lastClose > p) p = lastClose + 2;
  else if (markup.startsWith('}}', p)) p += 2;
  else return -1;
  while (p < markup.length && !/[ \t\r\n\f\v{}]/.test(markup[p] as string)) p++;
  return p;
}

/**
 * IncludeTag::VARIABLE_SYNTAX, `(?<variable>[^{]*(\{\{\s*[\w\-.]+\s*(\|.*)?\}\}[^\s{}]*)+)(?<params>.*)`
 * (Ruby, /mx), matched without its backtracking: the leftmost start, the longest variable from it.
 * A start inside a run without `{` fares as the run's first character, so only those are tried.
 */
function matchVariableSyntax(markup: string): [variable: string, params: string] | undefined {
  const lastClose = markup.lastIndexOf('}}');
  if (lastClose < 0) return undefined;
  for (let start = 0; start < markup.length; ) {
    const brace = markup.indexOf('{', start);
    if (brace < 0) return undefined;
    let end = -1;
    for (let at = brace; ; ) {
      const next = repetition(markup, at, lastClose);
      if (next < 0) break;
      end = at = next;
    }
    if (end >= 0) return [markup.slice(start, end), markup.slice(end)];
    start = brace + 1;
  }
  return undefined;
}

/** What `{% include file params %}` says, read as IncludeTag#initialize reads it. */
export interface IncludeMarkup {
  /** The file as written (`nil` when the markup is empty); Liquid when `variable`. */
  file: string | undefined;
  /** The file holds `{{ … }}`: it is rendered first. */
  variable: boolean;
  /** The parameters as written; `undefined` when there are none (`include` is then left as it is). */
  params: string | undefined;
}

/** Jekyll's `syntax_example`. */
const example = (tagName: string): string => `{% ${tagName} file.ext param='value' param2='value' %}`;

/**
 * IncludeTag#initialize: the file and parameters of the markup, the parameters checked.
 * @throws {JekyllTagError} `liquid-syntax` for parameters Jekyll refuses (it stops parsing the post).
 */
export function readIncludeMarkup(token: TagToken, tagName: string): IncludeMarkup {
  const markup = rubyStrip(token.args);
  let file: string | undefined;
  let params: string | undefined;
  let variable: boolean;
  const m = matchVariableSyntax(markup);
  if (m) {
    file = rubyStrip(m[0]);
    params = rubyStrip(m[1]);
  } else {
    const space = /[ \t\r\n\f\v]+/.exec(markup);
    if (markup !== '') file = space ? markup.slice(0, space.index) : markup;
    if (space) params = markup.slice(space.index + space[0].length);
  }
  // The file matches VARIABLE_SYNTAX (IncludeTag#render_variable) exactly when the markup does.
  variable = m !== undefined;
  if (params !== undefined && !FULL_VALID_SYNTAX.test(params)) {
    throw new JekyllTagError(oneLine(`Invalid syntax for include tag: ${params} Valid syntax: ${example(tagName)}`), 'liquid-syntax', token);
  }
  return { file, variable, params };
}


/**
 * IncludeTag#render_variable and #validate_file_name: the file's name, its Liquid rendered.
 * @throws {JekyllTagError} `liquid-include-outside` for a name with a `..` segment,
 * `liquid-syntax` for other characters or sequences Jekyll refuses.
 */
export function* includeFileName(markup: IncludeMarkup, ctx: Context, liquid: Liquid, token: TagToken, tagName: string): Generator<unknown, string, unknown> {
  let file = markup.file;
  if (file !== undefined && markup.variable) {
    try {
      file = yield* captured(liquid.parse(file), ctx, liquid);
    } catch (error) {
      throw new JekyllTagError(`Liquid error: ${error instanceof Error ? error.message : String(error)}`, 'liquid-error', token);
    }
  }
  const valid = file !== undefined && !INVALID_SEQUENCES.test(file) && file.split('\n').some((line) => VALID_FILENAME_LINE.test(line));
  if (!valid || file === undefined) {
    const outside = file !== undefined && file.split('/').includes('..');
    throw new JekyllTagError(
      oneLine(`Invalid syntax for include tag. File contains invalid characters or sequences: ${file ?? ''} Valid syntax: ${example(tagName)}`),
      outside ? 'liquid-include-outside' : 'liquid-syntax',
      token,
    );
  }
  return file;
}

/** IncludeTag#could_not_locate_message, with the directories as given (relative to the site). */
export function notFound(file: string, dirs: string[], safe: boolean, token: TagToken): JekyllTagError {
  const list = `[${dirs.map((d) => JSON.stringify(d)).join(', ')}]`;
  const tail = safe ? ' is not a symlink as those are not allowed in safe mode.' : ', if it is a symlink, does not point outside your site source.';
  return new JekyllTagError(`Could not locate the included file '${file}' in any of ${list}. Ensure it exists in one of those directories and${tail}`, 'liquid-include-missing', token);
}

// Liquid 5.4's Expression.parse, for a `key=value` parameter's value.
const LITERALS: Readonly<Record<string, unknown>> = { nil: null, null: null, '': null, true: true, false: false, blank: '', empty: '' };

/** Liquid's `context[markup]` for the `[\w.-]+` a parameter may name: a literal, a number or a variable. */
function evaluate(markup: string, ctx: Context): unknown {
  if (/^-?\d+$/.test(markup)) return Number.parseInt(markup, 10);
  if (/^-?\d[\d.]+$/.test(markup)) return Number.parseFloat(markup);
  if (Object.prototype.hasOwnProperty.call(LITERALS, markup)) return LITERALS[markup];
  const names = markup.match(/[\w-]+/g) ?? [];
  if (names.length === 0) return undefined;
  return ctx.getSync(names);
}

/** IncludeTag#parse_params: `key="…"`, `key='…'` (only `\"`/`\'` unescaped) and `key=variable`. */
export function includeParams(params: string, ctx: Context): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const m of params.matchAll(VALID_SYNTAX)) {
    const [, key, double, single, variable] = m;
    let value: unknown;
    if (double !== undefined) value = double.replaceAll('\\"', '"');
    else if (single !== undefined) value = single.replaceAll("\\'", "'");
    else if (variable !== undefined) value = evaluate(variable, ctx);
    Object.defineProperty(out, key as string, { value, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/** Liquid's Block::MAX_DEPTH: the scopes a render may stack (each include adds one). */
const MAX_DEPTH = 100;
const DEPTH_REGISTER = 'jekyllIncludeDepth';

/**
 * Renders an included file's templates as Jekyll does, in a new scope (`context.stack`) with
 * `include` set to the parameters when the tag has any; assignments still reach the page.
 * @throws {JekyllTagError} `liquid-error` "Nesting too deep" past Liquid's depth.
 */
export function* renderIncluded(
  templates: Template[],
  params: string | undefined,
  ctx: Context,
  emitter: Emitter,
  liquid: Liquid,
  token: TagToken,
): Generator<unknown, void, unknown> {
  const depth = ctx.getRegister<number>(DEPTH_REGISTER, 0) ?? 0;
  if (depth + 2 > MAX_DEPTH) throw new JekyllTagError('Liquid error: Nesting too deep', 'liquid-error', token);
  const scope: Record<string, unknown> = {};
  ctx.push(scope);
  ctx.setRegister(DEPTH_REGISTER, depth + 1);
  try {
    if (params !== undefined) scope['include'] = includeParams(params, ctx);
    yield liquid.renderer.renderTemplates(templates, ctx, emitter);
  } finally {
    ctx.setRegister(DEPTH_REGISTER, depth);
    ctx.pop();
  }
}

/** A file's templates, parsed once per engine; a file that does not parse fails every time it is included. */
export function parsedFile(cache: Map<string, Template[] | Error>, liquid: Liquid, file: string, content: string): Template[] {
  let parsed = cache.get(file);
  if (parsed === undefined) {
    try {
      parsed = parseTemplate(liquid, content, file);
    } catch (error) {
      parsed = error instanceof Error ? error : new Error(String(error));
      // A syntax error of the included file, positioned in it (render-liquid.ts reads the rule); limits are left as they are.
      if (LiquidError.is(parsed) && !(parsed instanceof JekyllTagError) && !/ limit exceeded$/.test(parsed.message)) {
        Object.defineProperty(parsed, 'ruleId', { value: 'liquid-syntax', enumerable: false });
      }
    }
    cache.set(file, parsed);
  }
  if (parsed instanceof Error) throw parsed;
  return parsed;
}
