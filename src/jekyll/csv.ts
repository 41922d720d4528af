import { rubyInteger } from '../ruby/values.ts';

/** A malformed file, as Ruby's `CSV::MalformedCSVError` says it (Jekyll stops on it). */
export interface CsvError {
  message: string;
  /** 1-based line the error is on. */
  line: number;
}

export interface CsvOptions {
  /** (default: `','`) */
  colSep?: string;
  /** Read the first row as headers and give hashes (default: `true`). */
  headers?: boolean;
  /** Ruby CSV's converters by name: `integer`, `float`, `numeric`, `all` (default: none). */
  converters?: readonly string[];
}

export type CsvResult = { rows: unknown[]; error?: undefined } | { rows?: undefined; error: CsvError };

/** Ruby's `Float(string)`: decimal or hexadecimal, underscores between digits; undefined where Ruby raises. */
function rubyFloat(text: string): number | undefined {
  const trimmed = text.replace(/^[\t\n\v\f\r ]+|[\t\n\v\f\r ]+$/g, '');
  if (/^[+-]?(?:\d+(?:_\d+)*)?(?:\.\d+(?:_\d+)*)?(?:[eE][+-]?\d+(?:_\d+)*)?$/.test(trimmed) && /\d/.test(trimmed.replace(/[eE].*$/, ''))) {
    return Number(trimmed.replace(/_/g, ''));
  }
  const integer = /^[+-]?0[xX]/.test(trimmed) ? rubyInteger(trimmed) : undefined;
  return integer;
}

function converter(names: readonly string[]): (field: string) => unknown {
  const integer = names.some((n) => n === 'integer' || n === 'numeric' || n === 'all');
  const float = names.some((n) => n === 'float' || n === 'numeric' || n === 'all');
  return (field) => {
    if (integer) {
      const i = rubyInteger(field);
      if (i !== undefined) return i;
    }
    if (float) {
      const f = rubyFloat(field);
      if (f !== undefined) return f;
    }
    return field;
  };
}

/** CSV's `row_sep: :auto`: the first line ending in the data, else `"\n"`. */
function rowSeparator(text: string): string {
  const m = /\r\n|\n|\r/.exec(text);
  return m ? m[0] : '\n';
}

/**
 * The rows of CSV text as Ruby's CSV 3 parses them for Jekyll's DataReader (`CSV.read` with
 * `headers: true`): an unquoted empty field is `null`, a quoted one `''`; `""` inside quotes is
 * a quote; the line ending is the first one in the file. With headers each row is a hash, the
 * first header of a name winning, a field past the headers under `''` (Ruby's `nil` key) and a
 * missing one `null`; a blank line is a row of `null`s. A byte order mark stays in the first header,
 * as in Ruby. Malformed text (a stray quote, an unclosed one, a line ending of another kind
 * outside quotes) is an error, as Ruby raises.
 */
export function parseCsv(text: string, options: CsvOptions = {}): CsvResult {
  const sep = options.colSep ?? ',';
  const rowSep = rowSeparator(text);
  const convert = converter(options.converters ?? []);
  const rows: (string | null)[][] = [];
  let line = 1;
  let i = 0;
  const error = (message: string): CsvResult => ({ error: { message: `${message} in line ${line}.`, line } });
  while (i < text.length) {
    if (text.startsWith(rowSep, i)) {
      // A blank line is a row without fields.
      rows.push([]);
      i += rowSep.length;
      line++;
      continue;
    }
    const row: (string | null)[] = [];
    const rowLine = line;
    for (;;) {
      if (text.startsWith('"', i)) {
        let value = '';
        let j = i + 1;
        for (;;) {
          const q = text.indexOf('"', j);
          if (q === -1) {
            line = rowLine;
            return error('Unclosed quoted field');
          }
          value += text.slice(j, q);
          if (text[q + 1] === '"') {
            value += '"';
            j = q + 2;
          } else {
            j = q + 1;
            break;
          }
        }
        for (const c of value) if (c === '\n') line++;
        i = j;
        row.push(value);
        if (!(text.startsWith(sep, i) || text.startsWith(rowSep, i) || i >= text.length)) return error("Any value after quoted field isn't allowed");
      } else {
        let end = i;
        while (end < text.length && !text.startsWith(sep, end) && !text.startsWith(rowSep, end)) {
          const c = text[end];
          if (c === '"') return error('Illegal quoting');
          if (c === '\r' || c === '\n') {
            const ending = text.startsWith('\r\n', end) ? '\r\n' : c;
            return error(`Unquoted fields do not allow new line <${JSON.stringify(ending)}>`);
          }
          end++;
        }
        row.push(end === i ? null : text.slice(i, end));
        i = end;
      }
      if (text.startsWith(sep, i)) {
        i += sep.length;
        continue;
      }
      break;
    }
    if (text.startsWith(rowSep, i)) i += rowSep.length;
    line++;
    rows.push(row);
  }
  const converted = (row: (string | null)[]): unknown[] => row.map((f) => (f === null ? null : convert(f)));
  if (options.headers === false) return { rows: rows.map(converted) };
  const [header, ...body] = rows;
  if (header === undefined) return { rows: [] };
  const names = header.map((h) => h ?? '');
  return {
    rows: body.map((row) => {
      const values = converted(row);
      const hash: Record<string, unknown> = {};
      const count = Math.max(names.length, values.length);
      for (let k = 0; k < count; k++) {
        const name = names[k] ?? '';
        if (!Object.prototype.hasOwnProperty.call(hash, name)) Object.defineProperty(hash, name, { value: values[k] ?? null, enumerable: true, writable: true, configurable: true });
      }
      return hash;
    }),
  };
}
