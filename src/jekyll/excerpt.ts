/** The block tags Jekyll 4.3 registers (Liquid 5's and `highlight`): those an excerpt may leave open. */
const BLOCK_TAGS = new Set(['capture', 'case', 'comment', 'for', 'if', 'ifchanged', 'raw', 'tablerow', 'unless', 'highlight']);

// Excerpt::MKDWN_LINK_REF_REGEX, with Ruby's line anchors; a label does not run across lines here.
// (`^`/`$` at `\n` only, not at U+2028).
const LINK_DEFINITION = /(?<![^\n]) {0,3}(?:(\[[^\]\n]+\])(:[^\n]+))(?![^\n])/g;

/** Where a tag's name starts after `{%`: `-?\s*` (Ruby's ASCII white space), then the name. */
const TAG_NAME = /-?[\t\n\v\f\r ]*([A-Za-z0-9_]+)/y;

/**
 * The names of the tags `/{%-?\s*(\w+)\s*.*?-?%}/m` scans in `text`, in order: each `{%` with a
 * name, up to the first `%}` after it (found once per tag, so the scan stays linear).
 */
function tagNames(text: string): string[] {
  const names: string[] = [];
  let at = text.indexOf('{%');
  while (at !== -1) {
    TAG_NAME.lastIndex = at + 2;
    const m = TAG_NAME.exec(text);
    if (!m) {
      at = text.indexOf('{%', at + 1);
      continue;
    }
    const close = text.indexOf('%}', TAG_NAME.lastIndex);
    if (close === -1) break;
    names.push(m[1] ?? '');
    at = text.indexOf('{%', close + 2);
  }
  return names;
}

/** Whether `/{%-?\s*end#{name}.*?\s*-?%}/m` matches: a `{%` opening `end<name>…`, closed later. */
function hasEndTag(text: string, name: string): boolean {
  const end = new RegExp(`-?[\\t\\n\\v\\f\\r ]*end${name}`, 'y');
  for (let at = text.indexOf('{%'); at !== -1; at = text.indexOf('{%', at + 1)) {
    end.lastIndex = at + 2;
    if (end.test(text)) return text.includes('%}', end.lastIndex);
  }
  return false;
}

/** Excerpt#sanctify_liquid_tags: an end tag appended for each block the separator cut open. */
function closeLiquidBlocks(head: string): string {
  let out = head;
  // A name seen again finds the end tag found or appended the first time: each is checked once.
  for (const name of new Set(tagNames(head).reverse())) {
    if (!BLOCK_TAGS.has(name) || hasEndTag(out, name)) continue;
    out += `\n{% end${name} %}`;
  }
  return out;
}

/**
 * Jekyll's `Excerpt#extract_excerpt`: the content before the first `separator` (all of it when
 * there is none), with an end tag for each Liquid block left open and, when cut, the Markdown
 * link definitions of the rest that it uses. This is the excerpt's source; Jekyll renders it
 * (Liquid, then the converter) when `excerpt` is read.
 */
export function extractExcerpt(content: string, separator: string): string {
  const at = content.indexOf(separator);
  if (separator === '' || at === -1) return content;
  let head = content.slice(0, at);
  const tail = content.slice(at + separator.length);
  if (tail === '') return head;
  if (head.includes('{%')) head = closeLiquidBlocks(head);
  const definitions: string[] = [];
  for (const m of tail.matchAll(LINK_DEFINITION)) if (head.includes(m[1] ?? '')) definitions.push(`${m[1] ?? ''}${m[2] ?? ''}`);
  return definitions.length === 0 ? head : `${head}\n\n${definitions.join('\n')}`;
}
