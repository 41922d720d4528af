/**
 * Line diffs for `--fix-dry-run`-style output. Lines are compared with their terminators (so a
 * CRLF → LF change or a lost final newline shows), and shown without them; a last line without a
 * newline is followed by `\ No newline at end of file`, as diff(1) does. Lines are shown
 * through {@link safeText} (tabs kept): a control or bidi character in a post shows as an escape
 * (`\x1B`), never reaching the terminal raw.
 */

import { safeText } from './safe-text.ts';

type Op = { kind: ' ' | '-' | '+'; line: string };

/** The most edits the Myers search explores before the middle is shown as replaced whole. */
const MAX_EDITS = 2000;

/** Splits text into lines that keep their `\n` (and a `\r` before it); the last may lack one. */
function splitLines(text: string): string[] {
  const lines: string[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    if (nl === -1) break;
    lines.push(text.slice(start, nl + 1));
    start = nl + 1;
  }
  if (start < text.length) lines.push(text.slice(start));
  return lines;
}

/**
 * The shortest edit script from a to b (Myers' O(ND) greedy algorithm), or undefined when it
 * needs more than `maxEdits` edits.
 */
function myers(a: readonly string[], b: readonly string[], maxEdits: number): Op[] | undefined {
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, maxEdits);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = -1;
  for (let d = 0; d <= max && found < 0; d++) {
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
    // trace[d][k + d] is V[k] after round d, for k in -d..d.
    trace.push(v.slice(offset - d, offset + d + 1));
  }
  if (found < 0) return undefined;

  const reversed: Op[] = [];
  let x = n;
  let y = m;
  for (let d = found; d > 0; d--) {
    const prev = trace[d - 1]!;
    const at = (k: number): number => prev[k + d - 1]!;
    const k = x - y;
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const prevK = down ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    const midX = down ? prevX : prevX + 1;
    while (x > midX) {
      reversed.push({ kind: ' ', line: a[x - 1]! });
      x--;
      y--;
    }
    if (down) reversed.push({ kind: '+', line: b[prevY]! });
    else reversed.push({ kind: '-', line: a[prevX]! });
    x = prevX;
    y = prevY;
  }
  while (x > 0) {
    reversed.push({ kind: ' ', line: a[x - 1]! });
    x--;
  }
  return reversed.reverse();
}

/** Within each run of changes, deletions first, then insertions (as diff prints them). */
function groupChanges(ops: Op[]): Op[] {
  const out: Op[] = [];
  let dels: Op[] = [];
  let inss: Op[] = [];
  const flush = (): void => {
    for (const line of dels) out.push(line);
    for (const line of inss) out.push(line);
    dels = [];
    inss = [];
  };
  for (const op of ops) {
    if (op.kind === ' ') {
      flush();
      out.push(op);
    } else if (op.kind === '-') dels.push(op);
    else inss.push(op);
  }
  flush();
  return out;
}

function range(start: number, count: number): string {
  if (count === 0) return `${start},0`;
  return count === 1 ? `${start + 1}` : `${start + 1},${count}`;
}

function show(line: string): string {
  let end = line.length;
  if (line.endsWith('\n')) end--;
  if (end > 0 && line.charCodeAt(end - 1) === 13 && end < line.length) end--;
  return safeText(line.slice(0, end), 'tab');
}

/**
 * A unified diff of two versions of `path` (`--- a/path`, `+++ b/path`, `@@ -l,n +l,n @@` hunks
 * with `context` lines around changes), or '' when they are the same. The common prefix and
 * suffix are trimmed first, then the middle is diffed with Myers' algorithm; if that needs more
 * than 2,000 edits, the whole middle is shown as replaced.
 */
export function unifiedDiff(path: string, before: string, after: string, context = 3): string {
  if (before === after) return '';
  const a = splitLines(before);
  const b = splitLines(after);
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (suffix < a.length - prefix && suffix < b.length - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;
  const aMid = a.slice(prefix, a.length - suffix);
  const bMid = b.slice(prefix, b.length - suffix);
  const middle = myers(aMid, bMid, MAX_EDITS)
    ?? [...aMid.map((line): Op => ({ kind: '-', line })), ...bMid.map((line): Op => ({ kind: '+', line }))];
  const ops: Op[] = [
    ...a.slice(0, prefix).map((line): Op => ({ kind: ' ', line })),
    ...groupChanges(middle),
    ...a.slice(a.length - suffix).map((line): Op => ({ kind: ' ', line })),
  ];

  // Line numbers (0-based) in a and b before each op.
  const aAt: number[] = [];
  const bAt: number[] = [];
  let ai = 0;
  let bi = 0;
  for (const op of ops) {
    aAt.push(ai);
    bAt.push(bi);
    if (op.kind !== '+') ai++;
    if (op.kind !== '-') bi++;
  }
  aAt.push(ai);
  bAt.push(bi);

  const changes: number[] = [];
  ops.forEach((op, i) => {
    if (op.kind !== ' ') changes.push(i);
  });
  if (changes.length === 0) return '';

  const out: string[] = [`--- a/${safeText(path)}`, `+++ b/${safeText(path)}`];
  let g = 0;
  while (g < changes.length) {
    let last = changes[g]!;
    let h = g + 1;
    while (h < changes.length && changes[h]! - last - 1 <= 2 * context) {
      last = changes[h]!;
      h++;
    }
    const start = Math.max(0, changes[g]! - context);
    const end = Math.min(ops.length, last + 1 + context);
    const aCount = aAt[end]! - aAt[start]!;
    const bCount = bAt[end]! - bAt[start]!;
    out.push(`@@ -${range(aAt[start]!, aCount)} +${range(bAt[start]!, bCount)} @@`);
    for (let i = start; i < end; i++) {
      const op = ops[i]!;
      out.push(op.kind + show(op.line));
      if (!op.line.endsWith('\n')) out.push('\\ No newline at end of file');
    }
    g = h;
  }
  return out.join('\n') + '\n';
}
