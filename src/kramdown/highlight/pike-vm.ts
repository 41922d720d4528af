/**
 * A tiny regex engine for Rouge's modeline patterns, which backtrack exponentially in Ruby and
 * JavaScript alike (`-*- a : b a : b … ` hangs both). A Pike VM runs every alternative in step,
 * O(text × pattern), and keeps leftmost-first priority, so its capture is the one a backtracking
 * engine would return. Patterns are built from the nodes below; literals match ASCII
 * case-insensitively (the modelines are `/i`).
 */
export type Pattern =
  | { kind: 'char'; test: (c: string) => boolean }
  | { kind: 'literal'; text: string }
  | { kind: 'notAhead'; text: string }
  | { kind: 'seq'; items: Pattern[] }
  | { kind: 'alt'; items: Pattern[] }
  | { kind: 'repeat'; item: Pattern; min: 0 | 1 }
  | { kind: 'opt'; item: Pattern }
  | { kind: 'capture'; item: Pattern };

export const char = (test: (c: string) => boolean): Pattern => ({ kind: 'char', test });
export const lit = (text: string): Pattern => ({ kind: 'literal', text: text.toLowerCase() });
export const notAhead = (text: string): Pattern => ({ kind: 'notAhead', text: text.toLowerCase() });
export const seq = (...items: Pattern[]): Pattern => ({ kind: 'seq', items });
export const alt = (...items: Pattern[]): Pattern => ({ kind: 'alt', items });
export const star = (item: Pattern): Pattern => ({ kind: 'repeat', item, min: 0 });
export const plus = (item: Pattern): Pattern => ({ kind: 'repeat', item, min: 1 });
export const opt = (item: Pattern): Pattern => ({ kind: 'opt', item });
export const capture = (item: Pattern): Pattern => ({ kind: 'capture', item });

type Op =
  | { op: 'char'; test: (c: string) => boolean }
  | { op: 'notAhead'; text: string }
  | { op: 'split'; first: number; second: number }
  | { op: 'jump'; to: number }
  | { op: 'save'; slot: 0 | 1 }
  | { op: 'match' };

function emit(p: Pattern, prog: Op[]): void {
  switch (p.kind) {
    case 'char':
      prog.push({ op: 'char', test: p.test });
      return;
    case 'literal':
      for (const c of p.text) prog.push({ op: 'char', test: (x) => x.toLowerCase() === c });
      return;
    case 'notAhead':
      prog.push({ op: 'notAhead', text: p.text });
      return;
    case 'seq':
      for (const item of p.items) emit(item, prog);
      return;
    case 'alt': {
      const jumps: { op: 'jump'; to: number }[] = [];
      p.items.forEach((item, i) => {
        const split = { op: 'split' as const, first: prog.length + 1, second: 0 };
        if (i < p.items.length - 1) prog.push(split);
        emit(item, prog);
        if (i < p.items.length - 1) {
          const jump = { op: 'jump' as const, to: 0 };
          jumps.push(jump);
          prog.push(jump);
          split.second = prog.length;
        }
      });
      for (const jump of jumps) jump.to = prog.length;
      return;
    }
    case 'repeat': {
      // Greedy: another round first, then on.
      const start = prog.length;
      if (p.min === 1) {
        emit(p.item, prog);
        prog.push({ op: 'split', first: start, second: prog.length + 1 });
        return;
      }
      const split = { op: 'split' as const, first: start + 1, second: 0 };
      prog.push(split);
      emit(p.item, prog);
      prog.push({ op: 'jump', to: start });
      split.second = prog.length;
      return;
    }
    case 'opt': {
      const split = { op: 'split' as const, first: prog.length + 1, second: 0 };
      prog.push(split);
      emit(p.item, prog);
      split.second = prog.length;
      return;
    }
    case 'capture':
      prog.push({ op: 'save', slot: 0 });
      emit(p.item, prog);
      prog.push({ op: 'save', slot: 1 });
  }
}

export function compile(pattern: Pattern): Op[] {
  const prog: Op[] = [];
  emit(pattern, prog);
  prog.push({ op: 'match' });
  return prog;
}

interface Thread {
  pc: number;
  caps: readonly [number, number];
}

/** The capture of the leftmost-first match of `prog` in `text`, as a backtracking engine finds it. */
export function exec(prog: readonly Op[], text: string): string | undefined {
  const seen = new Int32Array(prog.length).fill(-1);
  let step = 0;
  const add = (list: Thread[], pc: number, caps: readonly [number, number], pos: number): void => {
    if (seen[pc] === step) return;
    seen[pc] = step;
    const op = prog[pc]!;
    switch (op.op) {
      case 'jump':
        add(list, op.to, caps, pos);
        return;
      case 'split':
        add(list, op.first, caps, pos);
        add(list, op.second, caps, pos);
        return;
      case 'save':
        add(list, pc + 1, op.slot === 0 ? [pos, caps[1]] : [caps[0], pos], pos);
        return;
      case 'notAhead':
        if (text.slice(pos, pos + op.text.length).toLowerCase() !== op.text) add(list, pc + 1, caps, pos);
        return;
      default:
        list.push({ pc, caps });
    }
  };
  let current: Thread[] = [];
  let found: readonly [number, number] | undefined;
  for (let pos = 0; ; pos++) {
    if (found === undefined) add(current, 0, [-1, -1], pos);
    else if (current.length === 0) break;
    step++;
    const next: Thread[] = [];
    for (const thread of current) {
      const op = prog[thread.pc]!;
      if (op.op === 'match') {
        found = thread.caps;
        break;
      }
      if (op.op === 'char' && pos < text.length && op.test(text[pos]!)) add(next, thread.pc + 1, thread.caps, pos + 1);
    }
    if (pos >= text.length) break;
    current = next;
  }
  return found && found[0] >= 0 ? text.slice(found[0], found[1]) : undefined;
}
