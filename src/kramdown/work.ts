/**
 * A tally of the parser's work, so that tests can prove a construct linear by counting rather
 * than timing (a loaded machine stretches times, never counts): one for every pattern tried at
 * the cursor, plus the characters read by the scans written out by hand where a pattern would
 * reread the text, plus the characters of text added. Never reset here; tests read differences.
 * @internal
 */
export const work = { count: 0 };
