// kramdown's own classification of HTML elements (lib/kramdown/parser/html.rb). It decides what
// opens a raw HTML block and what is literal text inside a paragraph.

const words = (list: string): ReadonlySet<string> => new Set(list.split(' '));

/** Tags that never open a block: at a line start they begin a paragraph instead. */
export const SPAN_ELEMENTS = words(
  'a abbr acronym b big bdo br button cite code del dfn em i img input ins kbd label mark option q rb rbc rp rt rtc ' +
    'ruby samp select small span strong sub sup tt u var',
);

/** Tags that kramdown prints as literal text when they appear inside a paragraph. */
export const BLOCK_ELEMENTS = words(
  'address article aside applet body blockquote caption col colgroup dd div dl dt fieldset figcaption footer form ' +
    'h1 h2 h3 h4 h5 h6 header hgroup hr html head iframe legend menu li main map nav ol optgroup p pre section ' +
    'summary table tbody td th thead tfoot tr ul',
);

export const VOID_ELEMENTS = words(
  'area base br col command embed hr img input keygen link meta param source track wbr',
);

const RAW_CONTENT = words('script style math option textarea pre code kbd samp var');

/** Names kramdown knows; only these are compared case-insensitively. */
export function isKnownElement(name: string): boolean {
  return (
    SPAN_ELEMENTS.has(name) || BLOCK_ELEMENTS.has(name) || VOID_ELEMENTS.has(name) || RAW_CONTENT.has(name) ||
    CONTENT_MODEL_BLOCK.has(name) || CONTENT_MODEL_SPAN.has(name)
  );
}

/** Span tags whose content kramdown does not parse as Markdown. */
/** Whether kramdown lower-cases a tag written `name` (and its attribute names): it knows the element. */
export const isKnownName = (name: string): boolean => isKnownElement(name.toLowerCase());

export function hasRawContent(name: string): boolean {
  return RAW_CONTENT.has(name);
}

const CONTENT_MODEL_BLOCK = words(
  'address applet article aside blockquote body dd details div dl fieldset figure figcaption footer form header hgroup iframe li main map menu nav noscript object section summary td',
);
const CONTENT_MODEL_SPAN = words(
  'a abbr acronym b bdo big button cite caption del dfn dt em h1 h2 h3 h4 h5 h6 i ins label legend optgroup p q rb rbc rp rt rtc ruby select small span strong sub sup th tt',
);

/** kramdown's HTML_CONTENT_MODEL: how an element's content is read when it is parsed as Markdown (raw for any other). */
export function contentModelOf(name: string): 'block' | 'span' | 'raw' {
  return CONTENT_MODEL_BLOCK.has(name) ? 'block' : CONTENT_MODEL_SPAN.has(name) ? 'span' : 'raw';
}
