import { describe, expect, it } from 'vitest';
import { parseArticle, validateArticle, type Plugin, type PluginRule } from '../../src/index.ts';

const FM = '---\ntitle: 플러그인 규칙을 시험하는 글\ncategories: [뉴스]\n---\n';

/** Each `word` (default TODO) in the file. */
const noTodo: PluginRule<{ word: string }> = {
  meta: {
    description: 'A word left to do',
    url: 'https://example.com/no-todo',
    messages: { found: 'Found {{word}}' },
    optionsSchema: { type: 'object', properties: { word: { type: 'string' } }, additionalProperties: false },
    defaultOptions: { word: 'TODO' },
  },
  check(article, context) {
    const { word } = context.options;
    for (let at = article.source.indexOf(word); at >= 0; at = article.source.indexOf(word, at + 1)) {
      context.report({ messageId: 'found', data: { word }, start: at, end: at + word.length });
    }
  },
};
const acme: Plugin = { rules: { 'no-todo': noTodo } };

const findings = (body: string, options: Parameters<typeof validateArticle>[1]): string[] =>
  validateArticle(parseArticle(FM + body), options).map((d) => `${d.line}:${d.column}-${d.endLine}:${d.endColumn} ${d.ruleId} ${d.severity}: ${d.message}`);

describe('validateArticle with plugins', () => {
  it('runs a plugin rule once configured, as prefix/name, with its options', () => {
    const body = '본문 TODO 하나.\n\nFIXME 둘.\n';
    expect(findings(body, { plugins: { acme } })).toEqual([]);
    expect(findings(body, { plugins: { acme }, rules: { 'acme/no-todo': 'warn' } })).toEqual(['5:4-5:8 acme/no-todo warning: Found TODO']);
    expect(findings(body, { plugins: { acme }, rules: { 'acme/no-todo': ['error', { word: 'FIXME' }] } })).toEqual(['7:1-7:6 acme/no-todo error: Found FIXME']);
    const [diagnostic] = validateArticle(parseArticle(FM + body), { plugins: { acme }, rules: { 'acme/no-todo': 'warn' } });
    expect(diagnostic).toMatchObject({ ruleId: 'acme/no-todo', source: 'article-kit', url: 'https://example.com/no-todo', fatal: false });
  });

  it('lets disable comments name a plugin rule', () => {
    const body = '<!-- article-kit-disable-next-line acme/no-todo -->\nTODO 하나.\n\nTODO 둘.\n';
    expect(findings(body, { plugins: { acme }, rules: { 'acme/no-todo': 'warn' } })).toEqual(['8:1-8:5 acme/no-todo warning: Found TODO']);
  });

  it('turns a rule that throws into an error of its own, and goes on', () => {
    const boom: PluginRule = { meta: { description: 'd', url: 'https://example.com/boom', messages: {} }, check: () => { throw new Error('no network'); } };
    const result = findings('TODO\n', { plugins: { acme: { rules: { boom, 'no-todo': noTodo } } }, rules: { 'acme/boom': 'warn', 'acme/no-todo': 'info' } });
    expect(result).toEqual(['1:1-undefined:undefined acme/boom error: Rule acme/boom failed: no network', '5:1-5:5 acme/no-todo info: Found TODO']);
  });

  it('throws a TypeError for an unknown plugin rule, options that do not fit, and a plugin of the wrong shape', () => {
    const article = parseArticle(`${FM}본문\n`);
    expect(() => validateArticle(article, { plugins: { acme }, rules: { 'acme/no-fixme': 'warn' } })).toThrow(/^Unknown rule "acme\/no-fixme" in options\.rules\. Known rules: .*acme\/no-todo/);
    expect(() => validateArticle(article, { plugins: { acme }, rules: { 'acme/no-todo': ['warn', { word: 1 }] } })).toThrow(
      new TypeError('Invalid options for rule "acme/no-todo" in options.rules: "word" must be a string, got 1'),
    );
    const broken = { acme: { rules: { 'no-todo': { ...noTodo, meta: { ...noTodo.meta, url: undefined } } } } } as unknown as Record<string, Plugin>;
    expect(() => validateArticle(article, { plugins: broken })).toThrow(
      new TypeError('Invalid options.plugins: plugins["acme"].rules["no-todo"].meta.url must be a string, got nothing'),
    );
    expect(() => validateArticle(article, { plugins: { 'a/b': acme } })).toThrow(
      new TypeError('Invalid options.plugins: plugins["a/b"]: a prefix must be a name without spaces, commas, \':\' or \'/\''),
    );
  });
});
