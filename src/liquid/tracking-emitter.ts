import { type Template, TokenKind } from 'liquidjs';

/** Where a run of the rendered text comes from. */
export interface Segment {
  /** Where the run starts in the rendered text. */
  at: number;
  /** The offset in the post of its first character (of the tag or output that wrote it, or of itself). */
  origin: number;
  /** The end of the tag or output in the post, for a run it wrote. */
  originEnd: number;
  /** Copied from the post: character i comes from `origin + i`. */
  verbatim: boolean;
  /** The include it comes from, when it does: see IncludeSource. */
  include?: IncludeSource;
}

/** What in an include wrote a run: the file (its path from the site root and its text), and where. */
export interface IncludeSource {
  file: string;
  text: string;
  /** The span in the include of what wrote the run; `verbatim`: the run is the include's own text from `offset`. */
  offset: number;
  end: number;
  verbatim: boolean;
}

type Token = Template['token'] & { trimLeft?: number };

/** Where in its include the template that wrote a run is. */
function includeSource(tpl: Template): IncludeSource {
  const token = tpl.token as Token;
  const verbatim = token.kind === TokenKind.HTML;
  return { file: token.file ?? '', text: token.input, offset: token.begin + (verbatim ? (token.trimLeft ?? 0) : 0), end: token.end, verbatim };
}

/**
 * liquidjs's emitter, keeping for every write which template wrote it: the templates being
 * rendered are on `stack` (the renderer wrapped in render-liquid.ts pushes each in turn).
 * `file` is the post's own name: templates of other files are includes.
 */
export class TrackingEmitter {
  buffer = '';
  readonly segments: Segment[] = [];
  readonly stack: Template[] = [];

  constructor(
    private readonly file: string,
    private readonly bodyOffset: number,
    private readonly stringify: (value: unknown) => string,
  ) {}

  write(value: unknown): void {
    const html = this.stringify(value);
    if (html === '') return;
    this.segments.push(this.segmentFor(this.buffer.length));
    this.buffer += html;
  }

  private segmentFor(at: number): Segment {
    const { stack } = this;
    // The post's template that wrote this, however deep an include wrote it.
    let own: Template | undefined;
    let inner: Template | undefined;
    for (let i = stack.length - 1; i >= 0; i--) {
      const tpl = stack[i] as Template;
      inner ??= tpl;
      if ((tpl.token.file ?? this.file) === this.file) {
        own = tpl;
        break;
      }
    }
    if (own === undefined) return { at, origin: this.bodyOffset, originEnd: this.bodyOffset, verbatim: false };
    const token = own.token as Token;
    const include = inner !== undefined && inner !== own && inner.token.file !== undefined ? includeSource(inner) : undefined;
    if (own === inner && token.kind === TokenKind.HTML) {
      const start = this.bodyOffset + token.begin + (token.trimLeft ?? 0);
      return { at, origin: start, originEnd: this.bodyOffset + token.end, verbatim: true };
    }
    return { at, origin: this.bodyOffset + token.begin, originEnd: this.bodyOffset + token.end, verbatim: false, ...(include ? { include } : {}) };
  }
}

