import { type Liquid, Parser, type Template, type TopLevelToken } from 'liquidjs';

/**
 * The tokens of a template as liquidjs's parser and tags read them: `shift()` one at a time, and
 * `length`. On an array, `shift()` moves every token left behind it (V8 shifts a big array by
 * copying), so a post of n tags took n² to parse: 12,600 `{% comment %}x{% endcomment %}`,
 * 3.8 s; read from a queue, 0.33 s. Our tags look at the next token with {@link peekToken}.
 */
class TokenQueue {
  #tokens: TopLevelToken[];
  #head = 0;

  constructor(tokens: TopLevelToken[]) {
    this.#tokens = tokens;
  }

  get length(): number {
    return this.#tokens.length - this.#head;
  }

  peek(): TopLevelToken | undefined {
    return this.#tokens[this.#head];
  }

  shift(): TopLevelToken | undefined {
    if (this.#head >= this.#tokens.length) return undefined;
    const token = this.#tokens[this.#head];
    this.#head++;
    return token;
  }
}

/** The next of the tokens a tag is handed (`remainTokens[0]`), left where it is. */
export function peekToken(tokens: TopLevelToken[]): TopLevelToken | undefined {
  return tokens instanceof TokenQueue ? tokens.peek() : tokens[0];
}

/**
 * `liquid.parse(text, file)`, with every token list read from a {@link TokenQueue}: tags handed
 * the rest of the tokens (`if`, `for`, `comment`, `raw`…) get the queue too. A parser of its
 * own, as `liquid.parse` makes, so that the parse length limit counts this text alone.
 */
export function parseTemplate(liquid: Liquid, text: string, file?: string): Template[] {
  const parser = new Parser(liquid);
  const parseTokens = parser.parseTokens.bind(parser);
  parser.parseTokens = (tokens) => parseTokens(Array.isArray(tokens) ? (new TokenQueue(tokens) as unknown as TopLevelToken[]) : tokens);
  return parser.parse(text, file);
}
