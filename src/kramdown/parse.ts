import { replaceAbbreviations } from './abbreviations.ts';
import { parseBlocks } from './block-parser.ts';
import { updateElements } from './gfm.ts';
import type { Highlighter } from './highlight/highlight-code.ts';
import { type MappedText, identityText } from './mapped-text.ts';
import { replaceMapped } from './mapped-replace.ts';
import { type KNode, type LiteralTag, node } from './nodes.ts';
import { JEKYLL_KRAMDOWN_DEFAULTS, type KramdownOptions } from './options.ts';
import { Scanner } from './scanner.ts';
import { type ParseNote, type ParseState, retryBudgetFor } from './state.ts';
import { updateTree } from './update-tree.ts';
import { writeHtml } from './writer/convert.ts';
import { type Fragment, fragmentHtml } from './writer/fragment.ts';

export interface KramdownResult {
  root: KNode;
  /** What the converter writes, in pieces: each sink reads it. */
  fragment: Fragment;
  /** The HTML kramdown publishes. */
  html: string;
  literalTags: LiteralTag[];
  notes: ParseNote[];
  /** The options the converter ran with: the given ones, and what `{::options}` set. */
  options: KramdownOptions;
  /** The content of each footnote definition, outside the tree. */
  footnotes: KNode[];
}

export interface ParseKramdownOptions {
  kramdown?: KramdownOptions;
  /** Token markup for code; `false`: none (default: Rouge's own tokens, for the lexers ported). */
  highlight?: Highlighter | false;
}

/** kramdown's adapt_source: newlines become `\n`, and the text ends with exactly one. */
function adaptSource(body: MappedText, offset: number): MappedText {
  const text = replaceMapped(body, /\r\n?/g, () => '\n');
  // Ending with a newline, the text stays as it is: it is chomped, and one is added.
  if (text.text.endsWith('\n')) return text;
  const length = text.text.length;
  const offsets = new Int32Array(length + 2);
  offsets.set(text.offsets.subarray(0, length + 1));
  offsets[length + 1] = text.offsets[length] ?? offset;
  return { text: `${text.text}\n`, offsets };
}

/**
 * Reads a post body the way Jekyll's kramdown (GFM input by default) does, and writes the HTML
 * it publishes. `offset` is where the body starts in the file; a body given as a MappedText (what
 * Liquid rendered) knows each character's place already.
 */
export function parseKramdown(input: string | MappedText, offset: number, options: ParseKramdownOptions = {}): KramdownResult {
  const given = options.kramdown ?? JEKYLL_KRAMDOWN_DEFAULTS;
  const gfm = given.input === 'GFM';
  const body = typeof input === 'string' ? identityText(input, offset) : input;
  const source = adaptSource(body, offset);
  const root = node('root', offset, body.offsets[body.text.length] ?? offset);
  const state: ParseState = {
    options: { ...given, auto_id_stripping: gfm ? true : given.auto_id_stripping },
    inlineOptions: {},
    tree: root,
    src: new Scanner(source),
    blockIal: undefined,
    stopBlockParsing: false,
    linkDefinitions: new Map(),
    alds: new Map(),
    footnotes: new Map(),
    abbreviations: new Map(),
    depth: 0,
    notes: [],
    literalTags: new Map(),
    retryBudget: retryBudgetFor(body.text.length),
  };
  for (const [id, [url, title]] of Object.entries(given.link_defs)) {
    state.linkDefinitions.set(id.replace(/[ \t\n\v\f\r]+/g, ' ').toLowerCase(), { url, ...(title !== undefined ? { title } : {}) });
  }
  parseBlocks(state, root, source);
  updateTree(state, root, state.options.auto_id_stripping);
  const abbreviations = new Map([...state.abbreviations].map(([abbr, def]) => [abbr, { title: def.title, attrs: def.eob.attrs }]));
  replaceAbbreviations(root, abbreviations);
  for (const [name, definition] of state.footnotes) {
    updateTree(state, definition.content, state.options.auto_id_stripping);
    replaceAbbreviations(definition.content, abbreviations);
    if (definition.markers.length === 0) {
      state.notes.push({
        ruleId: 'kramdown-warning',
        severity: 'warning',
        message: `Footnote definition for '${name}' is unreferenced: kramdown ignores it`,
        offset: definition.content.start,
      });
    }
  }
  if (gfm) updateElements(root, { autoIds: state.options.auto_ids, idPrefix: state.options.auto_id_prefix, hardWrap: given.hard_wrap });
  const converterOptions: KramdownOptions = { ...given, ...state.inlineOptions };
  const writer = writeHtml(root, { kramdown: converterOptions, highlight: options.highlight }, abbreviations);
  const { fragment } = writer;
  for (const n of writer.notes) state.notes.push({ ruleId: 'kramdown-warning', severity: 'error', message: n.message, offset: n.offset });
  const literalTags = [...state.literalTags.values()].sort((a, b) => a.start - b.start);
  const footnotes = [...state.footnotes.values()].map((f) => f.content);
  return { root, fragment, html: fragmentHtml(fragment), literalTags, notes: state.notes, options: converterOptions, footnotes };
}
