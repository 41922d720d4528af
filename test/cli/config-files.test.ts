import { existsSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { defineConfig } from '../../src/cli/index.ts';
import { CONFIG_FILE_NAMES, ConfigError, loadConfig } from '../../src/cli/load-config.ts';
import { layerRules, rulesForFile } from '../../src/cli/rules-for-file.ts';
import { stripJsonc } from '../../src/cli/strip-jsonc.ts';
import { ACME_PLUGIN, CASES, H1_ERROR, H1_WARNING, POST, POST_PATH } from './_config-cases.ts';
import { configDir, removeConfigDirs } from './_config-dir.ts';
import { runCli } from './_run-cli.ts';

afterEach(removeConfigDirs);

describe('configuration files, through cli()', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const dir = configDir(c.files);
    expect(await runCli(c.argv, path.join(dir, c.cwd ?? '.'))).toEqual(c.expected(dir));
    for (const file of c.absent ?? []) expect(existsSync(path.join(dir, file))).toBe(false);
  });
});

describe('the search order', () => {
  it('is json, jsonc, yaml, yml, js, mjs, cjs, then package.json, in each folder', async () => {
    expect(CONFIG_FILE_NAMES).toEqual([
      'article-kit.config.json',
      'article-kit.config.jsonc',
      'article-kit.config.yaml',
      'article-kit.config.yml',
      'article-kit.config.js',
      'article-kit.config.mjs',
      'article-kit.config.cjs',
      'package.json',
    ]);
    // Every one present, each naming itself through the rule it turns to 'info': taken away one
    // by one, the next in the order is the one read.
    const rule = (i: number) => ['multiple-h1', 'heading-empty', 'title-length', 'rel-dofollow', 'image-alt-missing', 'table-empty', 'html-document', 'heading-increment'][i] as string;
    const texts = [
      JSON.stringify({ rules: { [rule(0)]: 'info' } }),
      `// JSONC\n{ "rules": { "${rule(1)}": "info", }, }`,
      `rules:\n  ${rule(2)}: info\n`,
      `rules: { ${rule(3)}: info }\n`,
      `export default { rules: { '${rule(4)}': 'info' } };\n`,
      `export default { rules: { '${rule(5)}': 'info' } };\n`,
      `module.exports = { rules: { '${rule(6)}': 'info' } };\n`,
      JSON.stringify({ name: 'blog', 'article-kit': { rules: { [rule(7)]: 'info' } } }),
    ];
    const dir = configDir(Object.fromEntries(CONFIG_FILE_NAMES.map((name, i) => [name, texts[i] as string])));
    for (const [i, name] of CONFIG_FILE_NAMES.entries()) {
      expect(await loadConfig(dir)).toEqual({ config: { rules: { [rule(i)]: 'info' } }, path: path.join(dir, name) });
      rmSync(path.join(dir, name));
    }
    expect(await loadConfig(dir)).toEqual({ config: {} });
  });

  it('never goes above the folder with .git, and takes an empty file as {}', async () => {
    const dir = configDir({ 'article-kit.config.json': '{ "rules": { "multiple-h1": "error" } }', 'site/.git/HEAD': '', 'site/posts/.keep': '' });
    expect(await loadConfig(path.join(dir, 'site/posts'))).toEqual({ config: {} });
    writeFileSync(path.join(dir, 'site/article-kit.config.yaml'), '');
    expect(await loadConfig(path.join(dir, 'site/posts'))).toEqual({ config: {}, path: path.join(dir, 'site/article-kit.config.yaml') });
  });

  it('reads an explicit --config by its extension, any other as JSON', async () => {
    const dir = configDir({
      'strict.yaml': 'rules:\n  multiple-h1: error\n',
      'strict.jsonc': '{ "rules": { "multiple-h1": "error", /* more to come */ } }',
      'strict.conf': '{ "rules": { "multiple-h1": "error" } }',
      [POST_PATH]: POST,
    });
    for (const file of ['strict.yaml', 'strict.jsonc', 'strict.conf']) {
      expect(await runCli(['check', '-c', file], dir)).toEqual({ code: 1, stdout: H1_ERROR, stderr: '' });
    }
    expect(await runCli(['check'], dir)).toEqual({ code: 0, stdout: H1_WARNING, stderr: '' });
  });
});

const invalid = (dir: string, file: string, reason: string) => ({ code: 2, stdout: '', stderr: `article-kit: Invalid configuration in ${path.join(dir, file)}: ${reason}\n` });

describe('configurations of the wrong shape exit 2, naming the file, the key and what it must be', () => {
  it.each([
    [{ ignores: '_drafts/**' }, '"ignores" must be an array of globs, got "_drafts/**"'],
    [{ ignores: ['_drafts/**', ''] }, 'ignores[1] must be a glob (a non-empty string), got ""'],
    [{ ignores: [3] }, 'ignores[0] must be a glob (a non-empty string), got a number'],
    [{ overrides: { files: '_posts/**' } }, '"overrides" must be an array of { files, rules }, got an object'],
    [{ overrides: ['_posts/**'] }, 'overrides[0] must be an object { files, rules }, got "_posts/**"'],
    [{ overrides: [{ files: [], rules: {} }] }, 'overrides[0].files must be a glob or a non-empty array of globs (non-empty strings), got an array'],
    [{ overrides: [{ files: '_posts/**' }] }, 'overrides[0] has no "rules"'],
    [{ overrides: [{ files: '_posts/**', rules: {}, severity: 'warn' }] }, 'overrides[0] has unknown key "severity" (allowed: files, rules)'],
    [{ overrides: [{ files: 'a', rules: { 'multiple-h1': 'warn' } }, { files: 'b', rules: { 'multiple-h': 'warn' } }] }, 'overrides[1].rules["multiple-h"]: no such rule'],
    [{ overrides: [{ files: 'a', rules: ['multiple-h1'] }] }, 'overrides[0].rules must be an object, got an array'],
    [{ overrides: [{ files: 'a', rules: { 'title-length': ['warn', { max: 3 }] } }] }, 'overrides[0].rules["title-length"][1]: "max" is not one of its options ("maxLength", "minLength")'],
    [{ plugins: ['acme'] }, '"plugins" must be an object (prefix → { rules }), got an array'],
    [{ plugins: { acme: { rules: { 'no-todo': {} } } } }, 'plugins["acme"].rules["no-todo"].check must be a function, got nothing'],
    [{ plugins: { acme: {} } }, 'plugins["acme"].rules must be an object (rule name → rule), got nothing'],
    [{ rules: { 'acme/no-todo': 'warn' } }, 'rules["acme/no-todo"]: no plugin "acme" in "plugins"'],
    [{ schema: { type: 'object' } }, '"schema" must be a Standard Schema (an object whose "~standard".validate is a function, as zod, valibot and arktype make; a JavaScript configuration only), got an object'],
    [{ site: 3 }, '"site" must be a folder\'s path (relative to the configuration\'s folder), got a number'],
    [{ rules: { 'multiple-h1': 'warn' }, extends: ['x'] }, 'unknown key "extends" (allowed: rules, ignores, overrides, schema, plugins, site)'],
  ])('%j', async (config, reason) => {
    const dir = configDir({ [POST_PATH]: POST, 'article-kit.config.json': JSON.stringify(config) });
    expect(await runCli(['check'], dir)).toEqual(invalid(dir, 'article-kit.config.json', reason));
  });

  const plugin = (rule: string) => `export default { plugins: { acme: { rules: { 'no-todo': ${rule} } } } };\n`;
  it.each([
    ["{ meta: { description: 'd', messages: {} }, check() {} }", 'plugins["acme"].rules["no-todo"].meta.url must be a string, got nothing'],
    ["{ meta: { description: 'd', url: 'u', messages: { a: 1 } }, check() {} }", 'plugins["acme"].rules["no-todo"].meta.messages["a"] must be a string, got a number'],
    ["{ meta: { url: 'u', messages: {} }, check() {} }", 'plugins["acme"].rules["no-todo"].meta.description must be a string, got nothing'],
    ["{ meta: { description: 'd', url: 'u', messages: {} }, check: 'x' }", 'plugins["acme"].rules["no-todo"].check must be a function, got "x"'],
    [
      "{ meta: { description: 'd', url: 'u', messages: {}, optionsSchema: { type: 'object', properties: { n: { type: 'int' } }, additionalProperties: false } }, check() {} }",
      'plugins["acme"].rules["no-todo"].meta.optionsSchema.properties["n"] must be an option\'s schema ({ type: \'integer\' | \'number\' | \'string\' | \'boolean\' | \'array\', … }), got an object',
    ],
    [
      "{ meta: { description: 'd', url: 'u', messages: {}, optionsSchema: { type: 'object', properties: { n: { type: 'integer' } }, additionalProperties: false }, defaultOptions: { n: 'x' } }, check() {} }",
      'plugins["acme"].rules["no-todo"].meta.defaultOptions: "n" must be an integer, got "x"',
    ],
  ])('a plugin rule %s', async (rule, reason) => {
    const dir = configDir({ [POST_PATH]: POST, 'article-kit.config.mjs': plugin(rule) });
    expect(await runCli(['check'], dir)).toEqual(invalid(dir, 'article-kit.config.mjs', reason));
  });

  it('names a rule a plugin does not have, in rules and in --rule', async () => {
    const dir = configDir({ [POST_PATH]: POST, 'article-kit.config.mjs': `export default { plugins: { acme: ${ACME_PLUGIN} }, rules: { 'acme/no-fixme': 'warn' } };\n` });
    expect(await runCli(['check'], dir)).toEqual(invalid(dir, 'article-kit.config.mjs', 'rules["acme/no-fixme"]: plugin "acme" has no rule "no-fixme"'));
    writeFileSync(path.join(dir, 'article-kit.config.mjs'), `export default { plugins: { acme: ${ACME_PLUGIN} } };\n`);
    expect(await runCli(['check', '--rule', 'acme/no-fixme:warn'], dir)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'article-kit: --rule names an unknown rule "acme/no-fixme"\nRun article-kit --help for usage.\n',
    });
  });

  it('reports a rule that throws as its own error, and goes on', async () => {
    const boom = "{ meta: { description: 'd', url: 'https://example.com/boom', messages: {} }, check() { throw new Error('no network'); } }";
    const dir = configDir({ [POST_PATH]: POST, 'article-kit.config.mjs': `export default { plugins: { acme: { rules: { boom: ${boom} } } }, rules: { 'acme/boom': 'warn' } };\n` });
    expect(await runCli(['check'], dir)).toEqual({
      code: 1,
      stdout: [POST_PATH, '  1:1  error    Rule acme/boom failed: no network  acme/boom', H1_WARNING.split('\n')[1], '', '✖ 2 problems (1 error, 1 warning, 0 infos)', ''].join('\n'),
      stderr: '',
    });
  });

  it('a JSONC comment left open, and a module that throws', async () => {
    const dir = configDir({ [POST_PATH]: POST, 'article-kit.config.jsonc': '{\n  "rules": {} /* to do\n}\n' });
    expect(await runCli(['check'], dir)).toEqual({
      code: 2,
      stdout: '',
      stderr: `article-kit: Cannot parse configuration ${dir}/article-kit.config.jsonc:2:15: Unterminated comment\n`,
    });
    rmSync(path.join(dir, 'article-kit.config.jsonc'));
    writeFileSync(path.join(dir, 'article-kit.config.cjs'), "throw new Error('no config today');\n");
    expect(await runCli(['check'], dir)).toEqual({ code: 2, stdout: '', stderr: `article-kit: Cannot load configuration ${dir}/article-kit.config.cjs: no config today\n` });
  });
});

describe('the site key', () => {
  const files = {
    'posts/2024-06-12-first.md': '---\ntitle: My Blog\ncategories: [뉴스]\n---\n# {{ site.title }}\n',
    'jekyll/_config.yml': 'title: My Blog\ntimezone: Mars/Olympus\n',
    'article-kit.config.yaml': 'site: jekyll\n',
  };
  const TZ = '`timezone: Mars/Olympus` is not a time zone name article-kit knows: dates are read in UTC, as the C library reads an unknown TZ  jekyll-config-unsupported';

  it('reads the posts with the site it names, relative to the configuration file', async () => {
    const dir = configDir(files);
    const expected = { code: 0, stdout: ['jekyll/_config.yml', `  2:11  warning  ${TZ}`, '', '✖ 1 problem (0 errors, 1 warning, 0 infos)', ''].join('\n'), stderr: '' };
    expect(await runCli(['check', 'posts'], dir)).toEqual(expected);
    expect(await runCli(['check', '.'], path.join(dir, 'posts'))).toEqual({ ...expected, stdout: expected.stdout.replace('jekyll/_config.yml', '../jekyll/_config.yml') });
  });

  it('gives way to --no-site and --site', async () => {
    const dir = configDir({ ...files, 'other/_config.yml': 'title: Other\n' });
    const mismatch = (h1: string) =>
      ['posts/2024-06-12-first.md', `  5:1  warning  The first h1 “${h1}” differs from the front matter title “My Blog”  title-h1-mismatch`, '', '✖ 1 problem (0 errors, 1 warning, 0 infos)', ''].join('\n');
    expect(await runCli(['check', 'posts', '--site', 'other'], dir)).toEqual({ code: 0, stdout: mismatch('Other'), stderr: '' });
    // Without a site, nothing of jekyll/_config.yml is read: no time zone warning.
    expect(await runCli(['check', 'posts', '--no-site'], dir)).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('exits 2 when it names no folder', async () => {
    const dir = configDir({ ...files, 'article-kit.config.yaml': 'site: nowhere\n' });
    expect(await runCli(['check', 'posts'], dir)).toEqual(invalid(dir, 'article-kit.config.yaml', `"site" names no folder: ${dir}/nowhere`));
  });
});

describe('rule settings, layered', () => {
  it('keeps the options set before a severity alone, as ESLint does', () => {
    expect(layerRules({ a: ['error', { max: 1 }], b: 'warn' }, { a: 'warn', b: ['error', { n: 2 }] }, { a: ['off'], b: 'info' })).toEqual({
      a: ['off', { max: 1 }],
      b: ['info', { n: 2 }],
    });
    expect(layerRules({ a: ['error', { max: 1 }] }, { a: ['warn', { max: 2 }] })).toEqual({ a: ['warn', { max: 2 }] });
  });

  it('lays overrides over the rules for the files their globs match, relative to the configuration folder, then --rule', () => {
    const options = {
      rules: { 'multiple-h1': 'warn' as const, 'heading-empty': 'warn' as const },
      overrides: [
        { files: './_posts/2024/**', rules: { 'multiple-h1': 'error' as const } },
        { files: ['_posts/**/.hidden.md', 'drafts/*.md'], rules: { 'multiple-h1': 'off' as const } },
      ],
      configDir: '/site',
      commandLineRules: { 'heading-empty': 'error' as const },
    };
    expect(rulesForFile('/site/_posts/2024/a.md', options)).toEqual({ 'multiple-h1': 'error', 'heading-empty': 'error' });
    expect(rulesForFile('/site/_posts/2024/x/.hidden.md', options)).toEqual({ 'multiple-h1': 'off', 'heading-empty': 'error' });
    expect(rulesForFile('/site/_posts/2023/a.md', options)).toEqual({ 'multiple-h1': 'warn', 'heading-empty': 'error' });
    expect(rulesForFile('/elsewhere/_posts/2024/a.md', options)).toEqual({ 'multiple-h1': 'warn', 'heading-empty': 'error' });
    expect(rulesForFile('/site/drafts/a.md', { ...options, configDir: undefined })).toEqual({ 'multiple-h1': 'warn', 'heading-empty': 'error' });
  });
});

describe('stripJsonc', () => {
  it('blanks comments and trailing commas, keeping every offset and the strings', () => {
    const text = '{\n  "a": "http://x/*y*/", // note\n  "b": [1, 2,], /* c */\n  "c": "\\"//",\n}';
    const stripped = stripJsonc(text);
    expect(stripped).toHaveLength(text.length);
    expect(stripped.split('\n').length).toBe(text.split('\n').length);
    expect(JSON.parse(stripped)).toEqual({ a: 'http://x/*y*/', b: [1, 2], c: '"//' });
    expect(() => stripJsonc('{ /* open')).toThrow(new SyntaxError('Unterminated comment in JSON at position 2'));
    // Only the comma before the bracket is a trailing one: the one before it stays an error.
    expect(stripJsonc('[1,\n,]')).toBe('[1,\n ]');
    expect(() => JSON.parse(stripJsonc('[1,\n,]'))).toThrow(SyntaxError);
  });
});

describe('defineConfig', () => {
  it('returns the configuration as given, typed', () => {
    const config = defineConfig({
      rules: { 'excerpt-length': ['warn', { maxLength: 200 }], 'acme/no-todo': 'error' },
      overrides: [{ files: '_posts/2024/**', rules: { 'multiple-h1': 'error' } }],
      ignores: ['_drafts/**'],
      site: '.',
    });
    expect(config).toEqual({
      rules: { 'excerpt-length': ['warn', { maxLength: 200 }], 'acme/no-todo': 'error' },
      overrides: [{ files: '_posts/2024/**', rules: { 'multiple-h1': 'error' } }],
      ignores: ['_drafts/**'],
      site: '.',
    });
    // @ts-expect-error: maxLength is a number
    defineConfig({ rules: { 'excerpt-length': ['warn', { maxLength: '200' }] } });
    expect(ConfigError.name).toBe('ConfigError');
  });
});
