import { HTML_ATTRIBUTE } from './syntax.ts';

/**
 * The attributes of a start tag, as kramdown reads them (names lower-cased on known elements):
 * the reference html-tag.ts is tested against.
 */
export function parseAttributes(source: string, lowerCaseNames: boolean): Record<string, string> {
  const attrs: Record<string, string> = Object.create(null) as Record<string, string>;
  HTML_ATTRIBUTE.lastIndex = 0;
  for (let m = HTML_ATTRIBUTE.exec(source); m; m = HTML_ATTRIBUTE.exec(source)) {
    if (m[0].length === 0) {
      HTML_ATTRIBUTE.lastIndex++;
      continue;
    }
    const groups = m.groups ?? {};
    const name = lowerCaseNames ? (groups['name'] ?? '').toLowerCase() : (groups['name'] ?? '');
    attrs[name] = groups['bare'] ?? groups['double'] ?? groups['single'] ?? '';
  }
  return attrs;
}
