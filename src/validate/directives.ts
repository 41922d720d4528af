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
  const { source, bodyOffset } = article;
  let published: Set<string> | undefined;
  for (let at = source.indexOf(OPEN, bodyOffset); at >= 0; at = source.indexOf(OPEN, at + OPEN.length)) {
    const close = source.indexOf(CLOSE, at + OPEN.length);
    if (close < 0) break;
    const inner = source.slice(at + OPEN.length, close);
    const end = close + CLOSE.length;
    if (inner.length > MAX_DIRECTIVE) continue;
    const match = DIRECTIVE.exec(inner);
    if (!match) continue;
    published ??= publishedComments(article.html);
    if (!published.has(source.slice(at, end))) continue;
    const kind = match[1] as DirectiveKind;
    const line = kind === 'disable-next-line' ? lineOf(end) + 1 : lineOf(at);
    directives.push({ kind, rules: ruleList(match[2]), start: at, end, line });
    at = close;
  }
  return directives;
}

/** Every comment of the published HTML, as written: read once, however many directives there are. */
function publishedComments(html: string): Set<string> {
  const comments = new Set<string>();
  for (let at = html.indexOf(OPEN); at >= 0; ) {
    const close = html.indexOf(CLOSE, at + OPEN.length);
    if (close < 0) break;
    comments.add(html.slice(at, close + CLOSE.length));
    at = html.indexOf(OPEN, close + CLOSE.length);
  }
  return comments;
}

const names = (directive: Directive, ruleId: string): boolean => directive.rules === undefined || directive.rules.includes(ruleId);

/** A place to ask about: a rule's finding at an offset, on a line. */
export interface Finding {
  ruleId: string;
  offset: number;
  line: number;
}

/**
 * For each finding, the directive that turns its rule off there, if one does: the last `disable`
 * or `enable` before it that names the rule decides, then `disable-line` and `disable-next-line`.
 * One sweep over the directives in file order, with the findings in offset order: linear in both.
 */
export function suppressors(directives: readonly Directive[], findings: readonly Finding[]): Array<Directive | undefined> {
  const byLine = new Map<number, Directive[]>();
  for (const d of directives) {
    if (d.kind !== 'disable-line' && d.kind !== 'disable-next-line') continue;
    const list = byLine.get(d.line);
    if (list === undefined) byLine.set(d.line, [d]);
    else list.push(d);
  }
  // The state the last range directive for every rule left, and for each named rule, with the
  // sequence number that says which of the two came later.
  let all: { directive: Directive | undefined; seq: number } = { directive: undefined, seq: -1 };
  const perRule = new Map<string, { directive: Directive | undefined; seq: number }>();
  const order = findings.map((_, i) => i).sort((a, b) => (findings[a] as Finding).offset - (findings[b] as Finding).offset);
  const result: Array<Directive | undefined> = new Array(findings.length);
  let next = 0;
  for (const index of order) {
    const finding = findings[index] as Finding;
    for (; next < directives.length && (directives[next] as Directive).start <= finding.offset; next++) {
      const d = directives[next] as Directive;
      if (d.kind !== 'disable' && d.kind !== 'enable') continue;
      const state = { directive: d.kind === 'disable' ? d : undefined, seq: next };
      if (d.rules === undefined) all = state;
      else for (const rule of d.rules) perRule.set(rule, state);
    }
    const own = perRule.get(finding.ruleId);
    const ranged = own !== undefined && own.seq > all.seq ? own.directive : all.directive;
    result[index] = ranged ?? byLine.get(finding.line)?.find((d) => names(d, finding.ruleId));
  }
  return result;
}
