/** A word list written as space-separated runs (Ruby's `%w(…)`), as a set. */
export const words = (...runs: string[]): ReadonlySet<string> => new Set(runs.join(' ').split(/\s+/).filter(Boolean));
