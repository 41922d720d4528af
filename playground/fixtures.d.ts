/** The fixtures bundled by scripts/playground.ts: each fixture's post and its site. */
declare module 'playground:fixtures' {
  import type { JekyllSite } from '../dist/index.js';

  export interface PlaygroundFixture {
    name: string;
    source: string;
    /** The site's `_config.yml` (its own, else fixtures/_config.yml), read as YAML 1.1. */
    config: Record<string, unknown>;
    /** What `loadJekyllSite` reads besides the configuration, as JSON (dates become strings). */
    site?: Pick<JekyllSite, 'includes' | 'data' | 'posts' | 'files'>;
  }
  const fixtures: PlaygroundFixture[];
  export default fixtures;
}
