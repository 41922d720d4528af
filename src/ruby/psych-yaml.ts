/**
 * @internal YAML loaded the way Ruby's Psych 4 (Ruby 3.1) loads it for Jekyll and kramdown:
 * `yaml`'s YAML 1.1 parser, with every plain scalar then resolved by Psych's rules
 * (`Psych::ScalarScanner#tokenize`) rather than yaml's: `yes`/`on`/`off` in any case are booleans
 * but `y`/`n` are strings, `1,000` is 1000, `1:20` is 4800, `1.5e3` (no exponent sign) is a string.
 * Duplicate keys: the last wins, as in Psych. Never throws.
 */
import { isAlias, isCollection, isMap, isScalar, parseDocument, visit, type Document, type Node, type Pair } from 'yaml';
import { flowDepthExceeded, MAX_FLOW_DEPTH } from '../front-matter/flow-depth.ts';
import { rubyInteger, rubyStringToI } from './values.ts';

export interface YamlLoadProblem {
  message: string;
  offset: number;
  endOffset?: number;
}

export interface YamlLoad {
  /** The loaded value; undefined when the text does not load at all (a syntax error). */
  value: unknown;
  /** Everything that makes Psych raise (`Psych::SyntaxError`, `Psych::DisallowedClass`). */
  problems: YamlLoadProblem[];
  /**
   * What loads, but not as Psych loads it: a key that is a list or mapping (a Ruby Hash takes it
   * as a key; a JavaScript object makes it a string). yaml would warn on the process; never here.
   */
  warnings: YamlLoadProblem[];
  /** The offsets of the value at a key path (keys as strings), to position later findings. */
  rangeOf(path: readonly string[]): [number, number] | undefined;
}

export interface LoadYamlOptions {
  /** Load dates and timestamps, as Jekyll's `safe_load_yaml` permits (default: `false`, kramdown's `YAML.safe_load`). */
  permitDates?: boolean;
}

/** A symbol stands for what Psych loads as a Ruby Symbol (`:name`), which safe_load refuses. */
const SYMBOL = Symbol('ruby-symbol');

// Psych's "surely a string" test: an optional non-digit, then letters, space or punctuation.
// Psych's pattern ends in `+` and is not anchored at the end: one such character is enough.
const STRINGISH = /^[^0-9.:-]?[\p{Alphabetic}_ \t\n\v\f\r!@#$%^&*(){}<>|/\\~;=]/u;
const TIME = /^-?(\d{4})-(\d{1,2})-(\d{1,2})(?:[Tt]|[ \t\n\v\f\r]+)(\d{1,2}):(\d\d):(\d\d)(?:\.(\d*))?(?:[ \t\n\v\f\r]*(Z|[-+]\d{1,2}:?(?:\d\d)?))?$/;
const DATE = /^(\d{4})-(1[012]|0\d|\d)-([12]\d|3[01]|0\d|\d)$/;
const SEXAGESIMAL_INT = /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9]){1,2}$/;
const SEXAGESIMAL_FLOAT = /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9]){1,2}\.[0-9_]*$/;
const FLOAT = /^[-+]?(?:[0-9][0-9_,]*)?\.[0-9]*(?:[eE][-+][0-9]+)?$/;
const INTEGER = /^(?:[-+]?0b[01_,]+|[-+]?0[0-7_,]+|[-+]?(?:0|[1-9](?:[0-9]|,[0-9]|_[0-9])*)|[-+]?0x[0-9a-fA-F_,]+)$/;

/** A UTC date from parts, years below 100 included (Date.UTC would read them as 19xx). */
function utc(year: number, month: number, day: number, hour = 0, minute = 0, second = 0, ms = 0): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, ms);
  return date;
}

function timestamp(m: RegExpExecArray): Date | undefined {
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  // Ruby's Time.utc takes day 31 of any month and hour 24 (24:00:00 only), but no month 13 or minute 60.
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 24 || minute > 59 || second > 60) return undefined;
  // Hour 24 is the next midnight, and only that.
  if (hour === 24 && (minute > 0 || second > 0)) return undefined;
  const date = utc(year, month, day, hour, minute, second, Math.floor(Number(`0.${m[7] || '0'}`) * 1000));
  const zone = m[8];
  if (zone && zone !== 'Z') {
    const z = /^([-+]\d{1,2}):?(\d{1,2})?$/.exec(zone);
    const hours = Number(z?.[1] ?? 0);
    const minutes = Number(z?.[2] ?? 0);
    date.setTime(date.getTime() - (hours * 60 + (hours < 0 ? -minutes : minutes)) * 60_000);
  }
  return date;
}

function calendarDate(m: RegExpExecArray): Date | undefined {
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = utc(year, month, day);
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : undefined;
}

/** What Psych makes of a plain scalar's text. */
export function psychPlainScalar(text: string): unknown {
  if (text === '') return null;
  // The common case first: a letter that starts no boolean or null (Hangul, or ASCII but y/t/o/n/f)
  // always makes a string, as the pattern below would find.
  const first = text.charCodeAt(0);
  if ((first >= 0xac00 && first <= 0xd7a3) || (((first | 0x20) >= 0x61 && (first | 0x20) <= 0x7a) && !'ytonf'.includes(String.fromCharCode(first | 0x20)))) return text;
  if (STRINGISH.test(text) || text.includes('\n')) {
    if (text.length > 5 || /^[^ytonf~]/i.test(text)) return text;
    if (text === '~' || /^null$/i.test(text)) return null;
    if (/^(?:yes|true|on)$/i.test(text)) return true;
    if (/^(?:no|false|off)$/i.test(text)) return false;
    return text;
  }
  const time = TIME.exec(text);
  if (time) return timestamp(time) ?? text;
  const date = DATE.exec(text);
  if (date) return calendarDate(date) ?? text;
  if (/^\+?\.inf$/i.test(text)) return Number.POSITIVE_INFINITY;
  if (/^-\.inf$/i.test(text)) return Number.NEGATIVE_INFINITY;
  if (/^\.nan$/i.test(text)) return Number.NaN;
  if (/^:[^\n]/.test(text)) return SYMBOL; // Psych's `/^:./`: Ruby's `.` is anything but `\n`
  if (SEXAGESIMAL_INT.test(text) || SEXAGESIMAL_FLOAT.test(text)) {
    const float = text.includes('.');
    // Psych weighs the parts 60², 60¹, 60⁰ from the left, whatever their number: `1:20` is 4800.
    return text.split(':').reduce((sum, part, i) => {
      const value = float ? Number.parseFloat(part.replace(/_/g, '')) || 0 : rubyStringToI(part);
      return sum + value * 60 ** Math.abs(i - 2);
    }, 0);
  }
  if (FLOAT.test(text)) {
    if (/^[-+]?\.$/.test(text)) return text;
    const value = Number(text.replace(/[,_]/g, '').replace(/\.(?=[Ee]|$)/, ''));
    return Number.isNaN(value) ? text : value;
  }
  if (INTEGER.test(text)) return rubyInteger(text.replace(/[,_]/g, '')) ?? text;
  return text;
}

/** Tags whose Ruby classes `safe_load` refuses, on any node. */
const DISALLOWED_TAGS = /^(?:!ruby\/(?:sym|symbol|regexp|range|class|module)(?::.*)?|!!set|tag:yaml\.org,2002:set)$/;
/** `!ruby/object:…`, `!ruby/struct:…` and the like load their class only for a mapping or sequence. */
const DISALLOWED_COLLECTION_TAGS = /^!ruby\/(?!hash$|array$|string$)/;

/** The Ruby class a tag makes Psych load that `safe_load` refuses, if it does. */
function disallowedClass(tag: string | undefined, collection: boolean): string | undefined {
  if (tag === undefined) return undefined;
  if (DISALLOWED_TAGS.test(tag) || (collection && DISALLOWED_COLLECTION_TAGS.test(tag))) {
    if (/set$/.test(tag)) return 'Psych::Set';
    const name = /^!ruby\/([a-z]+)(?::(.+))?$/.exec(tag);
    if (!name) return tag;
    if (name[2]) return name[2];
    return name[1] === 'sym' || name[1] === 'symbol' ? 'Symbol' : (name[1] ?? '').replace(/^./, (c) => c.toUpperCase());
  }
  return undefined;
}

/** A block or flow mapping entry with no key at all (`: value`), which libyaml rejects. */
function isEmptyImplicitKey(text: string, pair: Pair): boolean {
  const key = pair.key;
  if (!isScalar(key) || key.value !== null || key.source !== '' || !key.range || key.range[0] !== key.range[1]) return false;
  let at = key.range[0];
  while (at > 0 && /[ \t\r\n]/.test(text[at - 1] ?? '')) at--;
  return text[at - 1] !== '?';
}

const firstLine = (message: string): string => (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');

function valueAt(doc: Document, path: readonly string[]): Node | undefined {
  let node: unknown = doc.contents;
  for (const key of path) {
    if (!isMap(node)) return undefined;
    let found: unknown;
    for (const pair of node.items) {
      const k: unknown = isScalar(pair.key) ? pair.key.value : pair.key;
      if (String(k) === key) found = pair.value ?? pair.key;
    }
    if (found === undefined) return undefined;
    node = found;
  }
  return node as Node | undefined;
}

/**
 * Anchors and aliases past this many are not resolved: yaml finds each alias's anchor by a scan
 * of every anchor and alias before it (20k pairs took 28 s), and no post needs so many.
 */
export const MAX_ANCHORS_AND_ALIASES = 2000;

/** The problem `loadYaml` gives for a document with more than MAX_ANCHORS_AND_ALIASES. */
export const TOO_MANY_ANCHORS = `More than ${MAX_ANCHORS_AND_ALIASES} anchors and aliases (\`&name\`, \`*name\`): not read`;

/** The range of the anchored or alias node past MAX_ANCHORS_AND_ALIASES, if there is one. */
function anchorsPastLimit(doc: Document): [number, number] | undefined {
  let count = 0;
  let past: [number, number] | undefined;
  visit(doc, {
    Node(_key, node) {
      if (!isAlias(node) && (node as { anchor?: string }).anchor === undefined) return undefined;
      if (++count <= MAX_ANCHORS_AND_ALIASES) return undefined;
      past = [node.range?.[0] ?? 0, node.range?.[1] ?? 0];
      return visit.BREAK;
    },
  });
  return past;
}

/** Loads YAML text as Psych's `safe_load` (with aliases) does, reporting instead of raising. */
export function loadYaml(text: string, options: LoadYamlOptions = {}): YamlLoad {
  const problems: YamlLoadProblem[] = [];
  const warnings: YamlLoadProblem[] = [];
  const none = (): [number, number] | undefined => undefined;
  const tooDeep = flowDepthExceeded(text);
  if (tooDeep !== undefined) {
    problems.push({ message: `More than ${MAX_FLOW_DEPTH} nested flow collections: not read`, offset: tooDeep });
    return { value: undefined, problems, warnings, rangeOf: none };
  }
  let doc: Document;
  try {
    // logLevel 'error': yaml's toJS would otherwise print its warnings (Node's emitWarning).
    doc = parseDocument(text, { version: '1.1', uniqueKeys: false, prettyErrors: false, logLevel: 'error' });
  } catch (error) {
    problems.push({ message: error instanceof Error ? firstLine(error.message) : String(error), offset: 0 });
    return { value: undefined, problems, warnings, rangeOf: none };
  }
  const rangeOf = (path: readonly string[]): [number, number] | undefined => {
    const range = valueAt(doc, path)?.range;
    return range ? [range[0], range[1]] : undefined;
  };
  if (doc.errors.length > 0) {
    for (const error of doc.errors) problems.push({ message: firstLine(error.message), offset: error.pos[0], endOffset: error.pos[1] });
    return { value: undefined, problems, warnings, rangeOf };
  }
  const pastLimit = anchorsPastLimit(doc);
  if (pastLimit !== undefined) {
    problems.push({ message: TOO_MANY_ANCHORS, offset: pastLimit[0], endOffset: pastLimit[1] });
    return { value: undefined, problems, warnings, rangeOf };
  }
  let emptyKey: number | undefined;
  const refuse = (node: Node, collection: boolean): void => {
    const disallowed = disallowedClass(node.tag, collection);
    if (disallowed === undefined) return;
    const at = node.range ?? [0, 0];
    problems.push({ message: `\`${node.tag}\` makes a Ruby ${disallowed}, which Jekyll refuses to load (Tried to load unspecified class: ${disallowed})`, offset: at[0], endOffset: at[1] });
  };
  visit(doc, {
    Pair(_key, pair) {
      if (emptyKey === undefined && isEmptyImplicitKey(text, pair)) emptyKey = (pair.key as Node).range?.[0] ?? 0;
      const key = pair.key;
      if (isCollection(key) || (isAlias(key) && isCollection(key.resolve(doc)))) {
        const at = (key as Node).range ?? [0, 0];
        const written = text.slice(at[0], at[1]);
        warnings.push({
          message: `The key \`${written.length > 40 ? `${written.slice(0, 37)}...` : written}\` is a list or mapping: Ruby keeps it as a key, JavaScript data only as a string`,
          offset: at[0],
          endOffset: at[1],
        });
      }
    },
    Map(_key, node) {
      refuse(node, true);
    },
    Seq(_key, node) {
      refuse(node, true);
    },
    Scalar(_key, node) {
      refuse(node, false);
      // `!!binary`: Psych gives the decoded bytes as a String.
      if (node.value instanceof Uint8Array) node.value = new TextDecoder().decode(node.value);
      // `!!float`: Psych's `Float(tokenize(text))`, which raises for text that is not a number.
      if (node.tag === 'tag:yaml.org,2002:float' && typeof node.value === 'string') {
        const number = psychPlainScalar(node.value);
        if (typeof number === 'number') node.value = number;
        else {
          const at = node.range ?? [0, 0];
          problems.push({ message: `\`!!float ${node.value}\` is not a number (invalid value for Float())`, offset: at[0], endOffset: at[1] });
        }
      }
      // Only untagged plain scalars are Psych's to resolve; `<<` (a merge key) is left to yaml.
      if (node.type !== 'PLAIN' || node.tag !== undefined || typeof node.value === 'symbol' || typeof node.source !== 'string') return;
      let value = psychPlainScalar(node.source);
      const at = node.range ?? [0, 0];
      if (value === SYMBOL) {
        problems.push({ message: `\`${node.source}\` is a Ruby symbol, which Jekyll refuses to load (Tried to load unspecified class: Symbol)`, offset: at[0], endOffset: at[1] });
        value = node.source;
      } else if (value instanceof Date && !options.permitDates) {
        problems.push({ message: `\`${node.source}\` is a date, which kramdown refuses to load (Tried to load unspecified class: ${TIME.test(node.source) ? 'Time' : 'Date'})`, offset: at[0], endOffset: at[1] });
      }
      node.value = value;
    },
  });
  if (emptyKey !== undefined) {
    problems.unshift({ message: 'A `:` with no key before it (did not find expected key)', offset: emptyKey, endOffset: emptyKey + 1 });
    return { value: undefined, problems, warnings, rangeOf };
  }
  try {
    return { value: doc.toJS({ maxAliasCount: 100 }), problems, warnings, rangeOf };
  } catch (error) {
    problems.push({ message: error instanceof Error ? firstLine(error.message) : String(error), offset: 0 });
    return { value: undefined, problems, warnings, rangeOf };
  }
}
