/** The fixtures bundled by scripts/playground.ts: each fixture's post and its site's files. */
declare module 'playground:fixtures' {
  export interface PlaygroundFixture {
    name: string;
    source: string;
    /** The site's `_config.yml` (its own, else fixtures/_config.yml), read as YAML. */
    config: Record<string, unknown>;
    /** The site's `_includes/`, by path under it. */
    includes?: Record<string, string>;
    /** The site's `_data/`, as Jekyll reads it. */
    data?: Record<string, unknown>;
  }
  const fixtures: PlaygroundFixture[];
  export default fixtures;
}
