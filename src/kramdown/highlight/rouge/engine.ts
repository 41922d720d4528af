/**
 * Rouge's RegexLexer (lib/rouge/regex_lexer.rb, lexer.rb), step for step: a stack of states,
 * each an ordered list of rules and mixins; at each position the rules of the state on top are
 * tried in order, the first that matches (sticky, at the scan position) runs its action; when
 * none does, one character is an Error token. Tokens of the same type in a row are merged, and
 * empty ones dropped, as `continue_lex` does.
 */
import { compilePattern, type CompiledPattern } from './regex.ts';
import { T, type Token } from './tokens.ts';

/** The groups of the current match: `m[0]` the whole, `m[i]` group `i` (`undefined` when it took no part). */
export type Match = readonly (string | undefined)[] & { readonly 0: string };

/** A rule's action, run with the lexer (`this` in Rouge's blocks) and the match. */
export type Action<L> = (lexer: L, m: Match) => void;

/**
 * A custom matcher for a rule no regex can state in linear time: the match at `pos`, or `null`.
 * `memo` is kept for one `continueLex` of one text: a matcher may remember searches in it, under
 * a key of its own.
 */
export type Matcher = (text: string, pos: number, memo: Map<object, unknown>) => Match | null;

/** What a rule does on a match without an action: yield the token, then push a state, `#push` (the current one again) or `#pop`. */
export type Next = string;

export interface RuleSpec<L> {
  readonly kind: 'rule';
  readonly pattern: RegExp | string | Matcher;
  readonly flags: string;
  readonly bol?: boolean;
  readonly action: Action<L>;
}

export interface MixinSpec {
  readonly kind: 'mixin';
  readonly state: string;
}

export type Spec<L> = RuleSpec<L> | MixinSpec;

/** A state's rules once compiled: mixins resolved to their states, lazily (a state may mix in one defined later). */
export interface State<L> {
  readonly name: string;
  readonly rules: readonly (CompiledRule<L> | State<L>)[];
}

interface CompiledRule<L> {
  readonly kind: 'rule';
  readonly match: Matcher;
  readonly bol: boolean;
  readonly action: Action<L>;
}

function tokenAction<L extends RegexLexer>(token: Token, next?: Next): Action<L> {
  if (next === undefined) return (lx) => lx.token(token);
  if (next === '#pop') return (lx) => (lx.token(token), lx.pop());
  if (next === '#push') return (lx) => (lx.token(token), lx.push());
  return (lx) => (lx.token(token), lx.push(next));
}

/**
 * `rule /re/, Token[, next]` or `rule(/re/) { |m| … }`. A string pattern is a regex source
 * (built at run time, `flags` beside it); a function is a custom matcher.
 */
export function rule<L extends RegexLexer>(
  pattern: RegExp | string | Matcher,
  action: Token | Action<L>,
  next?: Next,
  flags = '',
): RuleSpec<L> {
  return { kind: 'rule', pattern, flags, action: typeof action === 'string' ? tokenAction<L>(action, next) : action };
}

/** A custom matcher rule that Rouge would skip off the beginning of a line (its regex starts with `^`). */
export function bolRule<L extends RegexLexer>(pattern: Matcher, action: Token | Action<L>, next?: Next): RuleSpec<L> {
  return { ...rule<L>(pattern, action, next), bol: true };
}

/** `mixin :state`: the state's rules, tried in its place. */
export const mixin = (state: string): MixinSpec => ({ kind: 'mixin', state });

function compileRule<L>(spec: RuleSpec<L>): CompiledRule<L> {
  if (typeof spec.pattern === 'function') return { kind: 'rule', match: spec.pattern, bol: spec.bol ?? false, action: spec.action };
  const { re, bol }: CompiledPattern = compilePattern(spec.pattern, spec.flags);
  return {
    kind: 'rule',
    bol,
    action: spec.action,
    match: (text, pos) => {
      re.lastIndex = pos;
      return re.exec(text) as Match | null;
    },
  };
}

/** A lexer's states by name: compiled on first use, once per grammar (Rouge: once per class). */
export class Grammar<L> {
  private readonly compiled = new Map<string, State<L>>();

  constructor(readonly definitions: Readonly<Record<string, readonly Spec<L>[]>>) {}

  /** `prepend`/`append` rules to states, and add or replace (`states`) others: a subclass's grammar. */
  extend(changes: {
    prepend?: Record<string, readonly Spec<L>[]>;
    append?: Record<string, readonly Spec<L>[]>;
    states?: Record<string, readonly Spec<L>[]>;
  }): Grammar<L> {
    const definitions: Record<string, readonly Spec<L>[]> = { ...this.definitions, ...changes.states };
    for (const [name, specs] of Object.entries(changes.prepend ?? {})) definitions[name] = [...specs, ...(definitions[name] ?? [])];
    for (const [name, specs] of Object.entries(changes.append ?? {})) definitions[name] = [...(definitions[name] ?? []), ...specs];
    return new Grammar(definitions);
  }

  state(name: string): State<L> {
    let state = this.compiled.get(name);
    if (state) return state;
    const specs = this.definitions[name];
    if (!specs) throw new RougeError(`unknown state: ${name}`);
    const rules: (CompiledRule<L> | State<L>)[] = [];
    state = { name, rules };
    this.compiled.set(name, state);
    for (const spec of specs) rules.push(spec.kind === 'mixin' ? this.lazy(spec.state) : compileRule(spec));
    return state;
  }

  /** Every named state, compiled now (a rule Rouge's regex translation cannot take throws here). */
  compileAll(): void {
    for (const name of Object.keys(this.definitions)) this.state(name);
  }

  /** An anonymous state (Rouge's `push do … end`), compiled now; its mixins name this grammar's states. */
  anonymous(specs: readonly Spec<L>[]): State<L> {
    return { name: '(anonymous)', rules: specs.map((spec) => (spec.kind === 'mixin' ? this.lazy(spec.state) : compileRule(spec))) };
  }

  private lazy(name: string): State<L> {
    const compiled = this.compiled.get(name);
    if (compiled) return compiled;
    // A mixin of a state being compiled (or later): resolve it when first tried.
    let target: State<L> | undefined;
    const self = this;
    return {
      name,
      get rules() {
        target ??= self.state(name);
        return target.rules;
      },
    };
  }
}

/** Tokens as `continue_lex` yields them: empty values dropped, a run of one type merged. */
export class TokenSink {
  readonly tokens: [Token, string][] = [];

  push(token: Token, value: string | undefined): void {
    if (value === undefined || value === '') return;
    const last = this.tokens[this.tokens.length - 1];
    if (last && last[0] === token) last[1] += value;
    else this.tokens.push([token, value]);
  }
}

/** What Rouge raises (`empty stack!`, a regex Ruby refuses): Jekyll's build fails where it does. */
export class RougeError extends Error {
  override readonly name = 'RougeError';
}

/** The number of successive empty matches after which a step fails (Rouge's MAX_NULL_SCANS). */
const MAX_NULL_SCANS = 5;

/** A lexer: the start hook and the grammar are the subclass's. */
export abstract class Lexer {
  /** Rouge's `lex`: a fresh lex (the start hook run) of `text`, into `sink`. */
  lex(text: string, sink: TokenSink): void {
    this.reset();
    this.continueLex(text, sink);
  }

  /** `reset!`: back to the initial state, the start hook run. */
  abstract reset(): void;

  /** `continue_lex`: lex `text` from the current state. */
  abstract continueLex(text: string, sink: TokenSink): void;
}

/** The plain-text lexer: the whole text as one token. */
export class PlainTextLexer extends Lexer {
  constructor(private readonly tok: Token = T.Text) {
    super();
  }

  reset(): void {}

  continueLex(text: string, sink: TokenSink): void {
    sink.push(this.tok, text);
  }
}

/** A state of some lexer's grammar, as the engine handles it (its actions are the lexer's). */
type AnyState = State<never>;

export abstract class RegexLexer extends Lexer {
  /** The lexer's grammar: any `Grammar<L>` of its class `L` (an action is only ever run on its own lexer). */
  protected abstract readonly grammar: Grammar<never>;

  private stackValue: AnyState[] | undefined;
  private text = '';
  private pos = 0;
  private match: Match = [''] as unknown as Match;
  private sink = new TokenSink();
  private nullSteps = 0;
  private memo = new Map<object, unknown>();

  /** The state stack, `[root]` to begin with. */
  get stack(): AnyState[] {
    return (this.stackValue ??= [this.grammar.state('root')]);
  }

  /** Compiles every state of this lexer's grammar (for tests: states are otherwise compiled when first entered). */
  compileStates(): void {
    this.grammar.compileAll();
  }

  /** Rouge's `start` blocks, run by `reset` after the stack is cleared. */
  protected start(): void {}

  reset(): void {
    this.stackValue = undefined;
    this.start();
  }

  continueLex(text: string, sink: TokenSink): void {
    const saved = { text: this.text, pos: this.pos, match: this.match, sink: this.sink, memo: this.memo };
    this.text = text;
    this.pos = 0;
    this.sink = sink;
    this.nullSteps = 0;
    this.memo = new Map();
    try {
      while (this.pos < text.length) {
        if (!this.step(this.current())) {
          const c = String.fromCodePoint(text.codePointAt(this.pos)!);
          this.pos += c.length;
          sink.push(T.Error, c);
        }
      }
    } finally {
      this.text = saved.text;
      this.pos = saved.pos;
      this.match = saved.match;
      this.sink = saved.sink;
      this.memo = saved.memo;
    }
  }

  private current(): AnyState {
    const stack = this.stack;
    const top = stack[stack.length - 1];
    if (!top) throw new RougeError('empty stack!');
    return top;
  }

  /** One step: the first rule of `state` (or of its mixins, in place) that matches runs. */
  private step(state: AnyState): boolean {
    for (const rule of state.rules) {
      if (!('kind' in rule)) {
        if (this.step(rule)) return true;
        continue;
      }
      if (rule.bol && this.pos > 0 && this.text.charCodeAt(this.pos - 1) !== 10) continue;
      const m = rule.match(this.text, this.pos, this.memo);
      if (m === null) continue;
      this.match = m;
      this.pos += m[0].length;
      rule.action(this as never, m);
      if (m[0].length === 0) {
        if (++this.nullSteps > MAX_NULL_SCANS) return false;
      } else {
        this.nullSteps = 0;
      }
      return true;
    }
    return false;
  }

  /** `token(tok, val = whole match)`. */
  token(token: Token, value: string | undefined = this.match[0]): void {
    this.sink.push(token, value);
  }

  /** `groups(t1, t2, …)`: group `i` as token `ti`. */
  groups(...tokens: Token[]): void {
    tokens.forEach((token, i) => this.sink.push(token, this.match[i + 1]));
  }

  /** `push(:state)`, `push` (the current state again) or `push { … }` (a state). */
  push(state?: string | State<never>): void {
    const next = state === undefined ? this.current() : typeof state === 'string' ? this.grammar.state(state) : state;
    this.stack.push(next);
  }

  /** `pop!(n)`: off the stack, `n` states at most. */
  pop(times = 1): void {
    const stack = this.stack;
    if (stack.length === 0) throw new RougeError('empty stack!');
    stack.length = Math.max(0, stack.length - times);
  }

  /** `goto(:state)`: replace the top of the stack. */
  goto(state: string): void {
    const stack = this.stack;
    if (stack.length === 0) throw new RougeError('empty stack!');
    stack[stack.length - 1] = this.grammar.state(state);
  }

  /** `reset_stack`: back to `[root]`. */
  resetStack(): void {
    const stack = this.stack;
    stack.length = 0;
    stack.push(this.grammar.state('root'));
  }

  /** `state?(:name)`: the top of the stack is that state. */
  isState(name: string): boolean {
    return this.current().name === name;
  }

  /** `in_state?(:name)`. */
  inState(name: string): boolean {
    return this.stack.some((s) => s.name === name);
  }

  /** An anonymous state (`push do … end`) of this lexer's grammar. */
  anonymousState<L>(this: L & RegexLexer, specs: readonly Spec<L>[]): State<never> {
    return this.grammar.anonymous(specs as readonly Spec<never>[]);
  }

  /** `delegate(lexer, text = whole match)`: `lexer` continues its lex on `text`; its tokens are ours. */
  delegate(lexer: Lexer, text: string | undefined = this.match[0]): void {
    lexer.continueLex(text, this.sink);
  }

  /** `delegate(LexerClass, text)` (and `recurse`): a fresh lexer of that class lexes `text`. */
  delegateFresh(lexer: Lexer, text: string | undefined = this.match[0]): void {
    lexer.lex(text, this.sink);
  }
}
