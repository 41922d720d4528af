import { describe, expect, it } from 'vitest';
import { parseArticle, type RulesConfig, rules, validateArticle } from '../../src/index.ts';
import { optionsProblem } from '../../src/validate/check-options.ts';

const article = parseArticle('---\ntitle: 제목\ncategories: [뉴스]\nexcerpt: 짧은 요약문입니다\n---\n본문\n');
const run = (config: unknown) => () => validateArticle(article, { rules: config as RulesConfig });

describe('rule options, checked against each rule’s schema', () => {
  it('refuses an option the rule does not have, naming it and the rule’s options', () => {
    expect(run({ 'excerpt-length': ['warn', { maxLenght: 10 }] })).toThrow(
      new TypeError('Invalid options for rule "excerpt-length" in options.rules: "maxLenght" is not one of its options ("maxLength", "minLength")'),
    );
  });

  it('refuses a value of the wrong type, saying what was expected', () => {
    expect(run({ 'excerpt-length': ['warn', { maxLength: 'ten' }] })).toThrow(
      new TypeError('Invalid options for rule "excerpt-length" in options.rules: "maxLength" must be an integer of at least 0, got "ten"'),
    );
    expect(run({ 'title-length': ['error', { minLength: 2.5 }] })).toThrow('"minLength" must be an integer of at least 0, got 2.5');
    expect(run({ 'front-matter-required': ['error', { keys: ['title', 3] }] })).toThrow('"keys" must be an array of strings, got an array');
    expect(run({ 'rel-dofollow': ['warn', { strict: true }] })).toThrow('Invalid options for rule "rel-dofollow" in options.rules: "strict" is not one of its options (it has none)');
    expect(run({ 'title-length': ['warn', null] })).toThrow('its options must be an object, got null');
  });

  it('takes options that fit, and applies them', () => {
    expect(validateArticle(article, { rules: { 'excerpt-length': ['warn', { maxLength: 5, minLength: 0 }] } }).map((d) => `${d.ruleId} ${d.message}`)).toContain(
      'excerpt-length The excerpt has 9 characters, more than 5',
    );
    expect(validateArticle(article, { rules: { 'front-matter-required': ['error', { keys: ['title', 'author'] }] } }).map((d) => d.message)).toContain(
      'The front matter has no `author`',
    );
  });

  it('has a schema for every rule with default options, and the defaults fit it', () => {
    for (const rule of rules) {
      if (rule.meta.defaultOptions === undefined) continue;
      expect(rule.meta.optionsSchema, rule.id).toBeDefined();
      expect(optionsProblem(rule.meta.defaultOptions, rule.meta.optionsSchema), rule.id).toBeUndefined();
    }
  });

  it('types the options for TypeScript users', () => {
    const ok: RulesConfig = { 'excerpt-length': ['warn', { maxLength: 200 }], 'rel-dofollow': 'off' };
    // @ts-expect-error maxLength is a number
    const wrongType: RulesConfig = { 'excerpt-length': ['warn', { maxLength: 'ten' }] };
    // @ts-expect-error no such option
    const misspelt: RulesConfig = { 'title-length': ['warn', { maxLenght: 10 }] };
    expect([ok, wrongType, misspelt].length).toBe(3);
  });
});
