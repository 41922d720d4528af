import type { TagClass } from './_tag-class.ts';
import { type Context, type Emitter, type Liquid, Tag, type TagToken, type TopLevelToken } from 'liquidjs';
import type { JekyllSite, SitePost } from '../../jekyll/site.ts';
import { reportProblem } from '../render-liquid.ts';
import { relativeUrl } from '../../jekyll/absolute-url.ts';
import { JekyllTagError, oneLine, rubyStrip } from './_tag-error.ts';

const DATE_SLUG = /(\d+-\d+-\d+)-([^]*)$/y;

/**
 * PostComparer::MATCHER, `^(.+/)*(\d+-\d+-\d+)-(.*)$`, as Ruby matches it (line anchors, `.`
 * stopping at `\n`), without its backtracking: on the first line that has one, the date and slug
 * after the last `/` where they fit; the folders before it (the last repetition's capture is the
 * whole of them, `.+` being greedy).
 */
function matchPostName(name: string): { path: string; date: string; slug: string } | undefined {
  for (const line of name.split('\n')) {
    // Where the folders may end: after a `/` with a character before it (a repetition of `.+/`), or nowhere.
    const ends = [0];
    for (let i = line.indexOf('/', 1); i >= 0; i = line.indexOf('/', i + 1)) ends.push(i + 1);
    for (let k = ends.length - 1; k >= 0; k--) {
      const end = ends[k] as number;
      DATE_SLUG.lastIndex = end;
      const m = DATE_SLUG.exec(line);
      if (m) return { path: line.slice(0, end), date: m[1] ?? '', slug: m[2] ?? '' };
    }
  }
  return undefined;
}

/** Ruby's Regexp.escape, as JavaScript reads it. */
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\\-#\s]/g, (c) => (c === '\n' ? '\\n' : c === '\t' ? '\\t' : c === '\r' ? '\\r' : c === '\f' ? '\\f' : c === '\v' ? '\\v' : `\\${c}`));

/** `Time.parse(date)`'s year, month and day for `Y-M-D`: two-digit years in 1969–2068, days past the month's end carried over. */
function parseDate(date: string): [number, number, number] | undefined {
  const [y = '', m = '', d = ''] = date.split('-');
  let year = Number(y);
  if (y.length <= 2) year += year >= 69 ? 1900 : 2000;
  const month = Number(m);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const t = new Date(0);
  t.setUTCFullYear(year, month - 1, day);
  return [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()];
}

/**
 * Jekyll's `{% post_url 2010-07-21-name %}` (tags/post_url.rb): the URL, with `baseurl`, of the
 * post whose path is `_posts/[dir/]date-slug.ext` (or `dir/_posts/…`); failing that, the first
 * post of that slug and day, with Jekyll's deprecation warning.
 */
export function postUrlTag(site: JekyllSite): TagClass {
  return class PostUrlTag extends Tag {
    private readonly post: string;
    private readonly pattern: RegExp;
    private readonly date: string;
    private readonly slug: string;

    constructor(token: TagToken, remainTokens: TopLevelToken[], liquid: Liquid) {
      super(token, remainTokens, liquid);
      this.post = rubyStrip(token.args);
      const fail = (cause: string): JekyllTagError =>
        new JekyllTagError(
          oneLine(`Could not parse name of post "${this.post}" in tag 'post_url'. Make sure the post exists and the name is correct. ${cause}`),
          'liquid-syntax',
          token,
        );
      const m = matchPostName(this.post.replace(/(?:^|(?<=\n))\//, ''));
      if (!m) throw fail(`Jekyll::Errors::InvalidPostNameError: '${this.post}' does not contain valid date and/or title.`);
      const { path } = m;
      this.date = m.date;
      this.slug = m.slug;
      const basename = `${this.date}-${escape(this.slug)}\\.[^.]+`;
      try {
        this.pattern = new RegExp(`^_posts/${path}${basename}|^${path}_posts/?${basename}`);
      } catch (error) {
        throw fail(`RegexpError: ${error instanceof Error ? error.message : String(error)}`);
      }
    }

    render(ctx: Context, emitter: Emitter): void {
      // `site.posts` is in Jekyll's order of `site.posts.docs` (by date, then path), which decides between posts that both fit.
      const posts: readonly SitePost[] = site.posts ?? [];
      const exact = posts.find((post) => this.pattern.test(post.relativePath ?? post.path));
      if (exact !== undefined) {
        emitter.write(relativeUrl(site, exact.url));
        return;
      }
      let day: [number, number, number] | undefined;
      for (const post of posts) {
        const slug = Object.prototype.hasOwnProperty.call(post.data, 'slug') ? post.data['slug'] : post.slug;
        if (slug !== this.slug) continue;
        day ??= parseDate(this.date);
        if (day === undefined) {
          throw new JekyllTagError(`Invalid date '${this.date}': '${this.date}' does not contain valid date and/or title.`, 'liquid-error', this.token);
        }
        const [y, m, d] = (/^(\d+)-(\d+)-(\d+)/.exec(post.date) ?? []).slice(1).map(Number);
        if (y !== day[0] || m !== day[1] || d !== day[2]) continue;
        reportProblem(
          ctx,
          new JekyllTagError(
            oneLine(
              `Deprecation: A call to '{% post_url ${this.post} %}' did not match a post using the new matching method of checking name (path-date-slug) equality. Please make sure that you change this tag to match the post's name exactly.`,
            ),
            'liquid-post-missing',
            this.token,
            'warning',
          ),
        );
        emitter.write(relativeUrl(site, post.url));
        return;
      }
      throw new JekyllTagError(
        oneLine(`Could not find post "${this.post}" in tag 'post_url'. Make sure the post exists and the name is correct.`),
        'liquid-post-missing',
        this.token,
      );
    }
  };
}
