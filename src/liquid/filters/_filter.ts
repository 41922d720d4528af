/**
 * @internal The shape of a filter here: a name, how many arguments Ruby's method takes, and a
 * function of the call and the values. Registering one checks the arguments as Ruby does, passes
 * keyword arguments (`allow_false: true`) as Ruby does (one Hash, last), and reads a float
 * literal (`2.0`) as the Float it is in Ruby.
 */
import { type FilterImplOptions, type Liquid, TokenKind } from 'liquidjs';
import type { JekyllSite } from '../../jekyll/site.ts';
import { RubyError, RubyFloat, nilDropAsNil } from './_ruby.ts';
import { type Zone, zoneNamed } from './_time.ts';

type Handler = Extract<FilterImplOptions, (...args: never[]) => unknown>;
/** What liquidjs gives a filter as `this`: the context, the filter's token, the engine. */
export type FilterImpl = ThisParameterType<Handler>;

/** One call of a filter. */
export interface Call {
  impl: FilterImpl;
  site: JekyllSite;
  /** The zone Jekyll shows times in: the site's `timezone`, else the machine's. */
  zone: Zone;
}

export interface FilterDefinition {
  name: string;
  /** The arguments after the input Ruby's method takes: at least `min`, at most `max`. */
  min: number;
  max: number;
  fn: (call: Call, input: unknown, ...args: unknown[]) => unknown;
}

export const defineFilter = (name: string, [min, max]: [number, number], fn: FilterDefinition['fn']): FilterDefinition => ({ name, min, max, fn });

interface ArgToken {
  kind?: number;
  getText?: () => string;
}

const floatLiteral = (token: unknown): boolean => {
  const t = token as ArgToken;
  return t.kind === TokenKind.Number && typeof t.getText === 'function' && /\./.test(t.getText());
};

/** A float literal written as the input of a filter chain: `{{ 3.0 | plus: 1 }}`, `assign x = 3.0 | …`. */
function inputIsFloatLiteral(impl: FilterImpl): boolean {
  const { token } = impl;
  const before = token.input.slice(Math.max(0, token.begin - 80), token.begin);
  return /(?:\{\{-?|=|\becho)\s*-?\d+\.\d+\s*\|\s*$/.test(before);
}

const asFloat = (value: unknown): unknown => (typeof value === 'number' && Number.isInteger(value) ? new RubyFloat(value) : value);

function arityMessage(given: number, min: number, max: number): string {
  const expected = min === max ? `${min}` : max === Number.POSITIVE_INFINITY ? `${min}+` : `${min}..${max}`;
  return `wrong number of arguments (given ${given}, expected ${expected})`;
}

/** The liquidjs handler of a definition, for a site. */
export function handlerOf(definition: FilterDefinition, site: JekyllSite): Handler {
  const zone = zoneNamed(typeof site.config.timezone === 'string' ? site.config.timezone : null);
  return function handler(this: FilterImpl, input: unknown, ...values: unknown[]): unknown {
    const tokens = this.token.args as unknown[];
    const args: unknown[] = [];
    let keywords: Record<string, unknown> | undefined;
    values.forEach((written, i) => {
      const token = tokens[i];
      const value = nilDropAsNil(written);
      if (Array.isArray(token)) {
        keywords ??= {};
        const [key, v] = written as [string, unknown];
        keywords[key] = nilDropAsNil(v);
      } else {
        args.push(floatLiteral(token) ? asFloat(value) : value);
      }
    });
    if (keywords !== undefined) args.push(keywords);
    if (args.length < definition.min || args.length > definition.max) throw new RubyError(arityMessage(args.length + 1, definition.min + 1, definition.max + 1));
    const value = inputIsFloatLiteral(this) ? asFloat(input) : nilDropAsNil(input);
    const result = definition.fn({ impl: this, site, zone }, value, ...args);
    // What liquidjs's own filters charge: the strings and arrays they make.
    if (typeof result === 'string' || Array.isArray(result)) this.context.memoryLimit.use(result.length);
    return result;
  };
}

/** Registers the definitions on an engine. */
export function registerAll(liquid: Liquid, site: JekyllSite, definitions: readonly FilterDefinition[]): void {
  for (const definition of definitions) liquid.registerFilter(definition.name, handlerOf(definition, site));
}
