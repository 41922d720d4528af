/** A place in the original file: 1-based line and column, 0-based UTF-16 offset. */
export interface Point {
  line: number;
  column: number;
  offset: number;
}

/** A span of the original file, front matter included. */
export interface Position {
  start: Point;
  end: Point;
  /**
   * Set when what is there was written by an include (`{% include %}`, `{% include_relative %}`):
   * `start` and `end` are then the post's tag that led to it, and this says where in the include.
   */
  include?: IncludeOrigin;
}

/** Where in an include a piece of the post comes from. */
export interface IncludeOrigin {
  /** The include's path from the site root: `_includes/toc.html`, or the file `include_relative` names. */
  path: string;
  /** Line, column and offset in the include's own text. */
  start: Point;
  end: Point;
}

export type Severity = 'error' | 'warning' | 'info';

/** Something parsing met: never thrown, always positioned in the original file. */
export interface Problem {
  ruleId: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  /** An edit that repairs it, when the intent is certain: replace the file's text in `range` (offsets) with `text`. */
  fix?: { range: [number, number]; text: string };
}

export interface FrontMatter {
  title?: string;
  /** Always an array: a single string becomes a one-element array. */
  categories: string[];
  excerpt?: string;
  /** From `feature_text`. */
  featureText?: string;
  image?: string;
  /** From `feature_image`. */
  featureImage?: string;
  /** The whole parsed mapping, as written (`{}` when the file has none). */
  data: Record<string, unknown>;
  /** Where the front matter block sits in the file, delimiters included. */
  position?: Position;
  /** Offset in the file of the YAML text (after the opening `---` line). */
  yamlOffset?: number;
  /** The YAML text between the delimiter lines, as written. */
  yaml?: string;
  /**
   * Set when Jekyll cannot read the YAML (a `yaml-syntax` or `yaml-too-deep` error, a front matter
   * that is not a mapping): Jekyll then publishes the post without any of it, and `data` is `{}`.
   */
  unreadable?: true;
}

export interface Heading {
  level: 1 | 2 | 3 | 4 | 5 | 6;
  text: string;
  /** The id kramdown's auto_ids gives the heading (or the one written in the HTML). */
  id: string;
  position: Position;
}

export interface Paragraph {
  text: string;
  position: Position;
}

export interface Table {
  /** Every row, header rows first: the cells' texts. */
  rows: string[][];
  headerRows: number;
  /** `markdown` for a pipe table kramdown made, `html` for a `<table>` written in the post. */
  syntax: 'markdown' | 'html';
  /** A pipe table written with a `|---|` delimiter row (always true for HTML tables). */
  hasDelimiterRow: boolean;
  position: Position;
}

export interface ListItem {
  text: string;
  position: Position;
}

export interface List {
  ordered: boolean;
  items: ListItem[];
  position: Position;
}

export type ChannelKind = 'phone' | 'email' | 'kakaotalk' | 'website' | 'subscribe';

export interface TipLineChannel {
  kind: ChannelKind;
  /** Normalised value: a full phone number, an email address, a KakaoTalk id, a URL, or the names subscribed to. */
  value: string;
  /** The text as written, for this channel. */
  raw: string;
  position: Position;
}

export interface TipLine {
  /** The list's lead word, e.g. `제보하기`, when there is one. */
  label?: string;
  channels: TipLineChannel[];
  position: Position;
}

export interface Image {
  src: string;
  alt: string;
  position: Position;
}

export interface Link {
  href: string;
  text: string;
  rel: string[];
  position: Position;
}

export interface CodeBlock {
  type: 'code';
  /** The language named after the fence (or in a `language-…` class), when there is one. */
  lang?: string;
  /** The code as readers see it, its last newline kept. */
  value: string;
  position: Position;
}

/** A definition list's group: terms, then their definitions. */
export interface Definition {
  terms: string[];
  definitions: string[];
}

/** A footnote kramdown writes at the end of the post (`[^name]` and `[^name]: text`). */
export interface Footnote {
  /** The footnote's name as written, with kramdown's `footnote_prefix`. */
  name: string;
  /** The number readers see. */
  number: number;
  /** The footnote's text, without its backlinks. */
  text: string;
  /** Where the definition is written. */
  position: Position;
  /** Where each reference to it is written, in order. */
  references: Position[];
}

/** An entry of the table of contents kramdown's `{:toc}` builds, with the entries under it. */
export interface TocEntry {
  level: Heading['level'];
  text: string;
  id: string;
  position: Position;
  children: TocEntry[];
}

/** TeX written between `$$`: kramdown's block (display) or span math. */
export interface MathFormula {
  tex: string;
  display: boolean;
  position: Position;
}

/** Every block of the rendered body, in document order. */
export type Block =
  | ({ type: 'heading' } & Heading)
  | ({ type: 'paragraph' } & Paragraph)
  | ({ type: 'table' } & Table)
  | ({ type: 'list' } & List)
  | { type: 'blockquote'; text: string; position: Position }
  | CodeBlock
  | { type: 'definitionList'; items: Definition[]; position: Position }
  | { type: 'thematicBreak'; position: Position }
  | { type: 'html'; tagName: string; text: string; position: Position }
  /** Text kramdown left outside any element (a line no block rule claimed). */
  | { type: 'text'; text: string; position: Position };

/** A block-level tag written inside a Markdown paragraph: kramdown prints it as text. */
export interface LiteralHtml {
  tagName: string;
  raw: string;
  position: Position;
}

export interface Article {
  /** `options.path`, when given. */
  path?: string;
  frontMatter: FrontMatter;
  /** The front matter's title, else the first h1's text, else `''`. */
  title: string;
  /**
   * The day Jekyll dates the post, `YYYY-MM-DD`: from the front matter's `date` (in the site's
   * `timezone`, UTC without one) over the file name's (`options.path`), as Jekyll does.
   */
  date?: string;
  /** Whether Jekyll publishes the post: false for `published: false` (or `no`, `off`) in the front matter. */
  published: boolean;
  /** The slug from a Jekyll file name in `options.path`. */
  slug?: string;
  /**
   * Where Jekyll publishes the post, from `options.path` and the site: the site's `url` and
   * `baseurl` before the permalink (`https://example.com/blog/2024/06/12/slug.html`); from the
   * site's root when the configuration has no `url`. Made when first read (Jekyll's post model
   * costs more than most rules), then an ordinary property in its place among the keys.
   */
  url?: string;
  /** The whole file as given. */
  source: string;
  /** The body as written (the file after its front matter). */
  body: string;
  /** Offset of the body's first character in the file. */
  bodyOffset: number;
  blocks: Block[];
  headings: Heading[];
  paragraphs: Paragraph[];
  tables: Table[];
  lists: List[];
  tipLines: TipLine[];
  images: Image[];
  links: Link[];
  /** Footnotes, in the order kramdown numbers them. */
  footnotes: Footnote[];
  /**
   * The nested outline of the headings, HTML ones included, as kramdown's `{:toc}` builds it:
   * the site's `toc_levels` only, and no heading with the `no_toc` class.
   */
  toc: TocEntry[];
  /** Every `$$…$$` formula, in file order. */
  math: MathFormula[];
  /** Block-level tags that readers see as literal text (`<p>` inside a Markdown paragraph). */
  literalHtml: LiteralHtml[];
  /** Plain text of the rendered body, with innerText semantics. */
  text: string;
  /** The body as Jekyll publishes it (HTML), byte for byte (Rouge's token markup aside, unless a `highlight` hook gives it). */
  html: string;
  problems: Problem[];
}
