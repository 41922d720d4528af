import type { Timing } from './check-text.ts';

/**
 * Where a `check` run's time goes, printed on stderr when `TIMING` is set (as ESLint's TIMING
 * does for its rules): the phases on the clock of this thread, and the parsing and rules summed
 * over the files (over every thread, with workers).
 */
export class RunTiming {
  private readonly marks: Array<[string, number]> = [];
  private readonly spent: Timing = { parse: 0, rules: 0 };
  private last: number;

  /** `startedAt`: when the run began on this process's clock (`performance.now()` counts from the process's start). */
  constructor(startedAt: number) {
    this.marks.push(['start-up and loading', startedAt]);
    this.last = startedAt;
  }

  /** Ends the phase `name`, which ran since the last mark. */
  mark(name: string): void {
    const now = performance.now();
    this.marks.push([name, now - this.last]);
    this.last = now;
  }

  add(file: Timing | undefined): void {
    if (!file) return;
    this.spent.parse += file.parse;
    this.spent.rules += file.rules;
  }

  /** One line: each phase in milliseconds, the checking's parse and rules, and the total. */
  report(): string {
    const ms = (value: number): string => `${Math.round(value)} ms`;
    const phases = this.marks.map(([name, value]) => (name === 'checking' ? `${name} ${ms(value)} (parsing ${ms(this.spent.parse)}, rules ${ms(this.spent.rules)})` : `${name} ${ms(value)}`));
    return `article-kit: timing: ${phases.join(' · ')} · total ${ms(this.last)}\n`;
  }
}
