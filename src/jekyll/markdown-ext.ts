import { rubySplitCommas } from '../ruby/values.ts';
import { jekyllDefaults } from './defaults.ts';
import type { JekyllSite } from './site.ts';

/** Ruby's `File.extname`: from the last dot of the base name, leading dots not counted; `'.'` for a trailing dot. */
export function rubyExtname(path: string): string {
  let end = path.length;
  while (end > 0 && (path[end - 1] === '/' || path[end - 1] === '\\')) end--;
  const trimmed = path.slice(0, end);
  const base = trimmed.slice(Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\')) + 1);
  const name = base.replace(/^\.+/, '');
  const dot = name.lastIndexOf('.');
  return dot === -1 ? '' : name.slice(dot);
}

/**
 * Whether Jekyll converts the file at `path` with kramdown: its extension, in any case, is one of
 * the site's `markdown_ext` (Converters::Markdown#matches, `markdown_ext.split(",")` with no
 * trimming). A `.html` post is published as written, Liquid aside. `site` defaults to Jekyll's
 * defaults (`markdown,mkdown,mkdn,mkd,md`).
 */
export function isMarkdownPath(path: string, site?: JekyllSite): boolean {
  const list = site?.config.markdown_ext ?? (jekyllDefaults()['markdown_ext'] as string);
  const extension = rubyExtname(path).toLowerCase();
  return typeof list === 'string' && rubySplitCommas(list).some((e) => `.${e.toLowerCase()}` === extension);
}
