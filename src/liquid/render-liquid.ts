import { Context, type Liquid, type Template, toValueSync } from 'liquidjs';
import type { Highlighter } from '../kramdown/highlight/highlight-code.ts';
import type { MappedText } from '../kramdown/mapped-text.ts';
import { identityText } from '../kramdown/mapped-text.ts';
import type { IncludeRun } from '../position/included-lines.ts';
import { JekyllTagError } from './tags/_tag-error.ts';
import { type Segment, TrackingEmitter } from './tracking-emitter.ts';
import { parseTemplate } from './parse-template.ts';

export interface LiquidProblem {
  ruleId: string;
  severity: 'error' | 'warning';
  message: string;
  /** Where the tag or output the problem is about starts, and ends, in the post. */
  offset: number;
  endOffset: number;
}

export interface LiquidResult {
  /** The rendered body, each character with its offset in the post. */
  text: MappedText;
  /** Where each run of the rendered body comes from (the tag that wrote it, or the post's own text). */
  segments: Segment[];
  /** The runs includes wrote, in order: their characters' offsets are past the end of the post. */
  includes: IncludeRun[];
  problems: LiquidProblem[];
}

/** Jekyll renders Liquid only in content with `{%` or `{{` (Utils.has_liquid_construct?). */
export const hasLiquid = (text: string): boolean => text.includes('{%') || text.includes('{{');

type LocatedToken = { begin: number; end: number; file?: string; getPosition?: () => number[] };

interface Located {
  token?: LocatedToken;
  message: string;
  /** The rule a tag's error names (JekyllTagError, tags/_tag-error.ts, or a `ruleId` set on a liquidjs error); else the caller's. */
  ruleId?: string;
  severity?: 'error' | 'warning';
  /** The message is Jekyll's already (a JekyllTagError's). */
  worded?: boolean;
  /** Where in an include the failure is (`_includes/a.html, line 2`), when it is in one. */
  include?: string;
}

const isLimit = (error: unknown): boolean => error instanceof Error && / limit exceeded$/.test(error.message);

const WRAPPED = new WeakSet<Liquid>();
/** The innermost template a limit stopped in: it is positioned there. */
const LIMIT_AT = new WeakMap<Error, Template>();

/**
 * Makes liquidjs's renderer keep, on a TrackingEmitter, which template each write comes from,
 * and go on past a template that fails (the failure is recorded, the rest still renders).
 */
function track(liquid: Liquid): void {
  if (WRAPPED.has(liquid)) return;
  WRAPPED.add(liquid);
  const { renderer } = liquid;
  renderer.renderTemplates = function* renderTemplates(templates: Template[], ctx, emitter) {
    const out = emitter ?? new TrackingCapture();
    const tracking = out instanceof TrackingEmitter ? out : undefined;
    for (const tpl of templates) {
      tracking?.stack.push(tpl);
      try {
        const html: unknown = yield tpl.render(ctx, out);
        if (html !== undefined && html !== null && html !== '') out.write(html);
      } catch (error) {
        if (isLimit(error) && error instanceof Error && !LIMIT_AT.has(error)) LIMIT_AT.set(error, tpl);
        if (isLimit(error) || tracking === undefined) throw error;
        (ctx as unknown as { errors?: Located[] }).errors?.push(locate(error, tpl, tracking.stack));
      } finally {
        tracking?.stack.pop();
      }
      if (ctx.breakCalled || ctx.continueCalled) break;
    }
    return out.buffer;
  } as typeof renderer.renderTemplates;
}

/** liquidjs's SimpleEmitter, for what tags capture into variables. */
class TrackingCapture {
  buffer = '';
  write(value: unknown): void {
    this.buffer += value === null || value === undefined ? '' : Array.isArray(value) ? value.join('') : String(value);
  }
}

/**
 * Where a failure is and what it says. `stack` holds the templates being rendered, the post's
 * outermost first: a failure inside an include is placed at the post's tag that led to it, and
 * says where in the include it is. A tag's JekyllTagError brings its rule, severity and wording.
 */
function locate(error: unknown, tpl: Template | undefined, stack: readonly Template[] = []): Located {
  let token = (error as { token?: LocatedToken }).token ?? (tpl?.token as LocatedToken | undefined);
  const original = (error as { originalError?: unknown }).originalError;
  const message = error instanceof Error ? ((original instanceof Error ? original.message : undefined) ?? error.message) : String(error);
  const located: Located = { token, message: message.replace(/(?:, file:[^\n]*?)?, line:\d+, col:\d+$/, '') };
  const post = stack[0]?.token.file ?? '';
  if (token !== undefined && (token.file ?? '') !== post) {
    const own = stack.findLast((t) => (t.token.file ?? '') === post);
    if (own !== undefined) {
      const line = token.getPosition?.()[0];
      located.include = `${token.file}${line === undefined ? '' : `, line ${line}`}`;
      located.token = token = own.token as LocatedToken;
    }
  }
  const tagged = error instanceof JekyllTagError ? error : original instanceof JekyllTagError ? original : undefined;
  if (tagged !== undefined) {
    located.ruleId = tagged.ruleId;
    located.severity = tagged.severity;
    located.worded = true;
  } else {
    const ruleId = (error as { ruleId?: unknown }).ruleId;
    if (typeof ruleId === 'string') located.ruleId = ruleId;
  }
  return located;
}

/**
 * For a tag that reports a problem and goes on (Jekyll's deprecation warnings): the problem is
 * kept with the others, placed as a thrown error would be.
 */
export function reportProblem(ctx: Context, error: Error): void {
  const state = ctx as unknown as { errors?: Located[]; tracking?: TrackingEmitter };
  state.errors?.push(locate(error, undefined, state.tracking?.stack));
}

/** The register a renderLiquid `highlight` is kept in, for `{% highlight %}`. */
export const HIGHLIGHT_REGISTER = 'highlight';

export interface RenderLiquidOptions {
  liquid: Liquid;
  /** The variables: `site`, `page`, … */
  scope: Record<string, unknown>;
  /** The post's name for liquidjs: templates of any other name are includes. */
  file: string;
  stringify: (value: unknown) => string;
  /** Token markup for `{% highlight %}` blocks, as for kramdown's code (default: the tag's own, tags/highlight.ts). */
  highlight?: Highlighter | false;
}

/**
 * Renders the Liquid of a post body as Jekyll does before converting it, keeping for every
 * character of the result its place in the post: the post's own text maps character by
 * character, what a tag or an output printed maps to that tag. Never throws: a syntax error
 * leaves the body as written, a failing tag prints nothing; both are problems.
 */
export function renderLiquid(body: string, bodyOffset: number, options: RenderLiquidOptions): LiquidResult {
  const { liquid } = options;
  track(liquid);
  const problems: LiquidProblem[] = [];
  const asWritten = (): LiquidResult => ({ text: identityText(body, bodyOffset), segments: [], includes: [], problems });
  let templates: Template[];
  try {
    templates = parseTemplate(liquid, body, options.file);
  } catch (error) {
    const tooDeep = error instanceof RangeError || /Maximum call stack size exceeded/.test(String((error as Error)?.message));
    const at = tooDeep ? { token: { begin: Math.max(0, body.indexOf('{%')), end: Math.max(0, body.indexOf('{%')) + 2 } } : { token: { begin: 0, end: body.length } };
    const located = locate(error, at as Template);
    problems.push(problemOf(tooDeep ? { ...located, token: at.token } : located, bodyOffset, tooDeep ? 'liquid-too-deep' : 'liquid-syntax'));
    return asWritten();
  }
  const emitter = new TrackingEmitter(options.file, bodyOffset, options.stringify);
  const errors: Located[] = [];
  try {
    const ctx = new Context(options.scope, liquid.options, { sync: true }, { liquid });
    (ctx as unknown as { errors: Located[] }).errors = errors;
    (ctx as unknown as { tracking: TrackingEmitter }).tracking = emitter;
    // In an object: liquidjs's getRegister reads a `false` as unset.
    if (options.highlight !== undefined) ctx.setRegister(HIGHLIGHT_REGISTER, { hook: options.highlight });
    toValueSync(liquid.renderer.renderTemplates(templates, ctx, emitter as never));
  } catch (error) {
    const at = (error instanceof Error ? LIMIT_AT.get(error) : undefined) ?? templates[0] ?? ({ token: { begin: 0, end: 0 } } as Template);
    problems.push(problemOf({ ...locate(error, at), token: at.token }, bodyOffset, error instanceof RangeError ? 'liquid-too-deep' : 'liquid-limit'));
    return asWritten();
  }
  for (const e of errors) problems.push(problemOf(e, bodyOffset, 'liquid-error'));
  const includes: IncludeRun[] = [];
  return { text: mapped(emitter, bodyOffset + body.length + 1, includes), segments: emitter.segments, includes, problems };
}

function problemOf(e: Located, bodyOffset: number, ruleId: string): LiquidProblem {
  const begin = e.token?.file === undefined || e.token.file === '' ? (e.token?.begin ?? 0) : 0;
  const end = e.token?.file === undefined || e.token.file === '' ? (e.token?.end ?? begin) : 0;
  const rule = e.ruleId ?? ruleId;
  const message = (e.worded === true ? e.message : jekyllWording(e.message, rule)) + (e.include === undefined ? '' : ` (in ${e.include})`);
  return { ruleId: rule, severity: e.severity ?? 'error', message, offset: bodyOffset + begin, endOffset: bodyOffset + end };
}

/** Ruby Liquid's wording (what `jekyll build` prints) for liquidjs's messages, where it has one. */
function jekyllWording(message: string, ruleId: string): string {
  if (ruleId === 'liquid-too-deep') return 'Liquid tags nested too deeply to render (Jekyll stops with "stack level too deep"): the body is read without Liquid';
  if (ruleId === 'liquid-limit') {
    return `Liquid needs more ${message.startsWith('memory') ? 'memory' : message.startsWith('render') ? 'time' : 'parsing'} than a post can (a loop over a huge range, a string doubled many times?): the body is read without Liquid`;
  }
  const unknown = /^tag "([^"]+)" not found/.exec(message);
  if (unknown) return `Liquid syntax error: Unknown tag '${unknown[1]}'`;
  const unclosed = /^tag \{%-?\s*(\S+)[\s\S]*not closed/.exec(message);
  if (unclosed) return `Liquid syntax error: '${unclosed[1]}' tag was never closed`;
  if (/^output "\{\{[\s\S]*" not closed/.test(message)) return "Liquid syntax error: Variable '{{' was not properly terminated with regexp: /\\}\\}/";
  return `Liquid ${ruleId === 'liquid-syntax' ? 'syntax error' : 'error'}: ${message}`;
}

/**
 * The rendered text with each character's offset in the post. What includes wrote gets offsets
 * of its own from `virtual` on (past the post's end, one apart between runs), listed in `includes`.
 */
function mapped(emitter: TrackingEmitter, virtual: number, includes: IncludeRun[]): MappedText {
  const text = emitter.buffer;
  const offsets = new Int32Array(text.length + 1);
  const { segments } = emitter;
  let next = virtual;
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i] as Segment;
    const end = segments[i + 1]?.at ?? text.length;
    const { include } = segment;
    if (include !== undefined) {
      const start = next;
      for (let at = segment.at; at < end; at++) offsets[at] = next++;
      includes.push({ start, end: next, tagStart: segment.origin, tagEnd: segment.originEnd, path: include.file, text: include.text, offset: include.offset, offsetEnd: include.end, verbatim: include.verbatim });
      next++;
      continue;
    }
    for (let at = segment.at; at < end; at++) offsets[at] = segment.verbatim ? segment.origin + (at - segment.at) : segment.origin;
  }
  const last = segments.at(-1);
  const lastRun = includes.at(-1);
  offsets[text.length] =
    last === undefined ? 0 : last.include !== undefined && lastRun !== undefined ? lastRun.end : last.verbatim ? last.origin + (text.length - last.at) : last.originEnd;
  return { text, offsets };
}
