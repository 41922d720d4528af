import type { Article } from '../article/types.ts';

export type DirectiveKind = 'disable' | 'enable' | 'disable-line' | 'disable-next-line';

/** One `<!-- article-kit-… -->` comment, or the front matter's `article-kit-disable`. */
export interface Directive {
  kind: DirectiveKind;
  /** The rules it names; `undefined`: every rule. */
  rules: string[] | undefined;
  /** Where the comment starts and ends in the file (offsets). */
  start: number;
  end: number;
  /** The lines it applies to, for `disable-line` and `disable-next-line`. */
  line: number;
}

const OPEN = '<!--';
const CLOSE = '-->';
const DIRECTIVE = /^\s*article-kit-(disable-next-line|disable-line|disable|enable)(?:\s+([\s\S]*?))?\s*$/;
/** Comments longer than this are no directives: a directive is a name and a few rule ids. */
const MAX_DIRECTIVE = 2_000;
/** The front matter key that turns rules off for the whole file. */
export const FRONT_MATTER_KEY = 'article-kit-disable';

const ruleList = (text: string | undefined): string[] | undefined => {
  const ids = (text ?? '')
    .split(/[\s,]+/)
    .map((id) => id.trim())
    .filter((id) => id !== '');
  return ids.length === 0 ? undefined : ids;
};

/**
 * The inline configuration of a post, in file order: HTML comments in the body that Jekyll
 * publishes as comments (one inside code is text readers see, and no directive), and the front
 * matter's `article-kit-disable` (a list or a comma-separated string; `true` for every rule),
 * which counts as a `disable` at the file's start.
 */
export function readDirectives(article: Article, lineOf: (offset: number) => number): Directive[] {
  const directives: Directive[] = [];
  const written = article.frontMatter.data[FRONT_MATTER_KEY];
  if (written !== undefined && written !== null && written !== false) {
    const rules = written === true ? undefined : Array.isArray(written) ? written.map(String) : ruleList(String(written));
    directives.push({ kind: 'disable', rules, start: 0, end: 0, line: 1 });
  }
  const { source, bodyOffset, html } = article;
  for (let at = source.indexOf(OPEN, bodyOffset); at >= 0; at = source.indexOf(OPEN, at + OPEN.length)) {
    const close = source.indexOf(CLOSE, at + OPEN.length);
    if (close < 0) break;
    const inner = source.slice(at + OPEN.length, close);
    const end = close + CLOSE.length;
    if (inner.length > MAX_DIRECTIVE) continue;
    const match = DIRECTIVE.exec(inner);
    if (!match || !html.includes(source.slice(at, end))) continue;
    const kind = match[1] as DirectiveKind;
    const line = kind === 'disable-next-line' ? lineOf(end) + 1 : lineOf(at);
    directives.push({ kind, rules: ruleList(match[2]), start: at, end, line });
    at = close;
  }
  return directives;
}

const names = (directive: Directive, ruleId: string): boolean => directive.rules === undefined || directive.rules.includes(ruleId);

/**
 * The directive that turns `ruleId` off at `offset` (on `line`), if one does: the last `disable`
 * or `enable` before it that names the rule decides, then `disable-line` and `disable-next-line`.
 */
export function suppressing(directives: readonly Directive[], ruleId: string, offset: number, line: number): Directive | undefined {
  let state: Directive | undefined;
  for (const directive of directives) {
    if (directive.start > offset) break;
    if (!names(directive, ruleId)) continue;
    if (directive.kind === 'disable') state = directive;
    else if (directive.kind === 'enable') state = undefined;
  }
  if (state !== undefined) return state;
  return directives.find((d) => (d.kind === 'disable-line' || d.kind === 'disable-next-line') && d.line === line && names(d, ruleId));
}
