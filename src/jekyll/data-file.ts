import { loadYaml } from '../ruby/psych-yaml.ts';
import { isHash, rubyToS } from '../ruby/values.ts';
import { parseCsv } from './csv.ts';
import { rubyExtname } from './markdown-ext.ts';

/** What Jekyll would stop on in a data file, at its place when known (offset into the text, or a line). */
export interface DataFileProblem {
  message: string;
  offset?: number;
  endOffset?: number;
  line?: number;
}

export interface DataFileResult {
  /** The loaded value (`null` for an empty YAML file, Jekyll's `nil`). */
  value: unknown;
  problems: DataFileProblem[];
}

/** The extensions DataReader reads (`Dir["*.{yaml,yml,json,csv,tsv}"]`, in this order, case as written). */
export const DATA_EXTENSIONS: readonly string[] = ['.yaml', '.yml', '.json', '.csv', '.tsv'];

/**
 * DataReader#sanitize_filename: a file or folder name as a key of `site.data`. Characters other
 * than ASCII letters, digits, `_`, `-` and white space are dropped (`foo.bar` is `foobar`, Hangul
 * drops out), white space at the start goes, runs of white space become one `_`.
 */
export function dataKey(name: string): string {
  const word = '[\\p{Alphabetic}\\p{M}\\p{Nd}\\p{Pc}\\p{Join_Control}]';
  const space = '[\\t\\n\\v\\f\\r ]';
  // Ruby's `\w` and `\s` are ASCII; its `\b` is a boundary of Unicode word characters.
  const pattern = new RegExp(`[^A-Za-z0-9_\\t\\n\\v\\f\\r \\-]+|(?<=^|${word}${space})${space}+(?=$|${space}?${word})`, 'gu');
  return name.replace(pattern, '').replace(/[\t\n\v\f\r ]+/g, '_');
}

/** `csv_reader:` or `tsv_reader:` of the configuration, as DataReader#read_config reads it. */
function readerOptions(config: Record<string, unknown>, key: string): { headers: boolean; converters: string[] } {
  const reader = isHash(config[key]) ? config[key] : {};
  const converters = Array.isArray(reader['csv_converters']) ? reader['csv_converters'].map(rubyToS) : [];
  return { headers: reader['headers'] === undefined ? true : reader['headers'] !== false && reader['headers'] !== null, converters };
}

/**
 * A file of `_data/` as Jekyll's DataReader#read_data_file loads it, by its extension: `.csv` and
 * `.tsv` with Ruby's CSV (headers: an array of hashes; `csv_reader:`/`tsv_reader:` `headers` and
 * `csv_converters` honoured), anything else (`.yml`, `.yaml`, `.json`) as YAML with Psych's rules
 * (JSON is read as YAML too, as Jekyll does). Never throws.
 */
export function readDataFile(name: string, text: string, config: Record<string, unknown> = {}): DataFileResult {
  const extension = rubyExtname(name).toLowerCase();
  if (extension === '.csv' || extension === '.tsv') {
    const options = readerOptions(config, extension === '.csv' ? 'csv_reader' : 'tsv_reader');
    const result = parseCsv(text, { ...options, colSep: extension === '.tsv' ? '\t' : ',' });
    return result.rows ? { value: result.rows, problems: [] } : { value: null, problems: [{ message: result.error.message, line: result.error.line }] };
  }
  // File.read with `bom|utf-8`: a byte order mark is not part of the YAML.
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const shift = text.length - source.length;
  const loaded = loadYaml(source, { permitDates: true });
  return {
    value: loaded.value === undefined ? null : loaded.value,
    problems: loaded.problems.map((p) => ({ message: p.message, offset: p.offset + shift, ...(p.endOffset === undefined ? {} : { endOffset: p.endOffset + shift }) })),
  };
}
