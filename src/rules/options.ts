/**
 * The options of each rule that takes some, by rule id, for TypeScript users:
 * `rules: { 'excerpt-length': ['warn', { maxLength: 200 }] }` is checked against them. At run
 * time each rule's `meta.optionsSchema` holds the same shape.
 */
export interface RuleOptions {
  'excerpt-length': { maxLength?: number; minLength?: number };
  'title-length': { maxLength?: number; minLength?: number };
  'front-matter-required': { keys?: readonly string[] };
}
