import { rougeTokenHtml } from '../../kramdown/highlight/rouge/index.ts';
import type { TagClass } from './_tag-class.ts';
import { type Context, type Emitter, type Liquid, type Parser, Tag, type TagToken, type Template, TokenKind, type TopLevelToken } from 'liquidjs';
import type { Highlighter } from '../../kramdown/highlight/highlight-code.ts';
import { findLexer } from '../../kramdown/highlight/find-lexer.ts';
import { AmbiguousLexerError } from '../../kramdown/highlight/guess-lexer.ts';
import { escapeCode } from '../../kramdown/highlight/rouge-format.ts';
import { isMarkdownPath } from '../../jekyll/markdown-ext.ts';
import type { JekyllSite } from '../../jekyll/site.ts';
import { liquidOutput } from '../output.ts';
import { HIGHLIGHT_REGISTER, reportProblem } from '../render-liquid.ts';
import { captured } from './_capture.ts';
import { JekyllTagError, oneLine, rubyStrip } from './_tag-error.ts';

/**
 * The token markup `{% highlight %}` uses when the render gives none (renderLiquid's `highlight`):
 * Rouge's own, from the port of its lexers; the code escaped for a lexer not ported.
 */
const DEFAULT_HIGHLIGHTER: Highlighter = rougeTokenHtml;

// HighlightBlock::SYNTAX, in Ruby's terms: `^`/`$` are line anchors, `\s` and `\w` ASCII.
const S = '[ \\t\\r\\n\\f\\v]';
const SYNTAX = new RegExp(`([a-zA-Z0-9.+#_-]+)((?:${S}+\\w+(?:=(?:\\w+|"(?:[0-9]+${S})*[0-9]+"))?)*)(?=\\n|$)`, 'y');
// HighlightBlock::OPTIONS_REGEX
const OPTIONS = /(?:\w="[^"]*"|\w=\w|\w)+/g;

/** `markup.strip =~ SYNTAX`: the first line start where the pattern matches. */
function matchSyntax(markup: string): RegExpExecArray | undefined {
  for (let at = 0; at <= markup.length; at = markup.indexOf('\n', at) + 1) {
    SYNTAX.lastIndex = at;
    const m = SYNTAX.exec(markup);
    if (m) return m;
    if (markup.indexOf('\n', at) < 0) break;
  }
  return undefined;
}

/** CGI.escapeHTML, Liquid's `h`. */
const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#39;'));

/** Ruby's `chomp`: one line ending off the end. */
const chomp = (text: string): string => text.replace(/(?:\r\n|\n|\r)$/, '');

/** Rouge's HTMLTable as Jekyll's tag configures it (`gutter`, `code`; the table class is Rouge's). */
function lineTable(code: string, tokens: string): string {
  let lines = code.split('\n').length - 1;
  let formatted = tokens;
  if (!code.endsWith('\n')) {
    lines++;
    formatted += '\n';
  }
  let numbers = '';
  for (let i = 1; i <= lines; i++) numbers += `${i}\n`;
  return (
    '<table class="rouge-table"><tbody><tr>' +
    `<td class="gutter gl"><pre class="lineno">${numbers}</pre></td>` +
    `<td class="code"><pre>${formatted}</pre></td>` +
    '</tr></tbody></table>'
  );
}

/** What surrounds the figure: Jekyll's `highlighter_prefix`/`suffix`, `\n` for Markdown (Converters::Markdown), else nothing. */
function affix(ctx: Context, name: 'highlighter_prefix' | 'highlighter_suffix', site: JekyllSite): string {
  const scope = ctx.getAll() as Record<string, unknown>;
  if (Object.prototype.hasOwnProperty.call(scope, name)) {
    const value = scope[name];
    return value === null || value === undefined || value === false ? '' : liquidOutput(value);
  }
  const page = scope['page'] as Record<string, unknown> | undefined;
  const path = page?.['path'];
  return typeof path !== 'string' || isMarkdownPath(path, site) ? '\n' : '';
}


/**
 * Jekyll's `{% highlight lang [linenos] %}…{% endhighlight %}` (tags/highlight.rb): the body,
 * rendered as Liquid and stripped of the line breaks at its ends, in
 * `<figure class="highlight"><pre><code class="language-…" data-lang="…">`, Rouge's table
 * around it for any `linenos`; other options are read and ignored, as Jekyll ignores them.
 */
export function highlightTag(site: JekyllSite): TagClass {
  return class HighlightTag extends Tag {
    private readonly lang: string;
    private readonly linenos: boolean;
    private readonly templates: Template[] = [];

    constructor(token: TagToken, remainTokens: TopLevelToken[], liquid: Liquid, parser: Parser) {
      super(token, remainTokens, liquid);
      const m = matchSyntax(rubyStrip(token.args));
      if (m === undefined) {
        throw new JekyllTagError(
          oneLine(`Syntax Error in tag 'highlight' while parsing the following markup: ${token.args} Valid syntax: highlight <lang> [linenos]`),
          'liquid-syntax',
          token,
        );
      }
      this.lang = (m[1] ?? '').toLowerCase();
      this.linenos = ((m[2] ?? '').match(OPTIONS) ?? []).some((option) => option.split('=')[0] === 'linenos');
      for (;;) {
        const next = remainTokens.shift();
        if (next === undefined) throw new JekyllTagError("Liquid syntax error: 'highlight' tag was never closed", 'liquid-syntax', token);
        if (next.kind === TokenKind.Tag && (next as TagToken).name === 'endhighlight') break;
        this.templates.push(parser.parseToken(next, remainTokens));
      }
    }

    *render(ctx: Context, emitter: Emitter): Generator<unknown, void, unknown> {
      const body = yield* captured(this.templates, ctx, this.liquid);
      const code = body.replace(/^[\n\r]+|[\n\r]+$/g, '');
      let html: string;
      if (site.config.highlighter === 'rouge' || site.config.highlighter === 'pygments') {
        if (site.config.highlighter === 'pygments') {
          const message = 'Highlight Tag no longer supports rendering with Pygments. Using the default highlighter, Rouge, instead.';
          reportProblem(ctx, new JekyllTagError(message, 'liquid-error', this.token, 'warning'));
        }
        let lexer: string;
        try {
          lexer = findLexer(this.lang, code) ?? 'plaintext';
        } catch (error) {
          // Rouge::Guesser::Ambiguous, its list as Ruby prints an array.
          const message =
            error instanceof AmbiguousLexerError
              ? `Ambiguous guess: can't decide between [${error.alternatives.map((a) => JSON.stringify(a)).join(', ')}]`
              : String(error instanceof Error ? error.message : error);
          throw new JekyllTagError(message, 'liquid-error', this.token);
        }
        // As for kramdown's code: the hook's markup, else the port's tokens (none with `highlight: false`).
        const hook = ctx.getRegister<{ hook: Highlighter | false } | undefined>(HIGHLIGHT_REGISTER)?.hook;
        const tokens = (hook === false ? undefined : (hook?.(code, lexer) ?? DEFAULT_HIGHLIGHTER(code, lexer))) ?? escapeCode(code);
        html = this.linenos ? lineTable(code, tokens) : tokens;
      } else {
        html = rubyStrip(escapeHtml(code));
      }
      const attributes = `class="language-${this.lang.replaceAll('+', '-')}" data-lang="${this.lang}"`;
      const figure = `<figure class="highlight"><pre><code ${attributes}>${chomp(html)}</code></pre></figure>`;
      emitter.write(affix(ctx, 'highlighter_prefix', site) + figure + affix(ctx, 'highlighter_suffix', site));
    }
  };
}
