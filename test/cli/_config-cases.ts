// Configuration scenarios run twice with the same expectations: through cli() (config-files.test.ts)
// and through the built bin (config-bin.test.ts).

/** A post whose one finding, by default, is its second h1 at 7:1 (multiple-h1, a warning). */
export const POST = '---\ntitle: 제목이 둘인 글입니다\ncategories: [뉴스]\n---\n# 제목이 둘인 글입니다\n\n# 둘\n';
/** The same with a TODO at 9:6, for the plugin rule, and one a disable comment hides at 12:6. */
export const TODO_POST = `${POST}\nSome TODO here.\n\n<!-- article-kit-disable-next-line acme/no-todo -->\nSome TODO there.\n`;

const H1 = 'Another h1 (the first is on line 5): a post has one top-level heading; make this one an h2';
export const POST_PATH = '_posts/2024-06-19-a.md';

/** Stylish output of `lines` (each `line:column  severity  message  rule`) under `file`, with the summary. */
export function stylish(groups: Record<string, string[]>, summary: string): string {
  const body = Object.entries(groups).flatMap(([file, lines]) => [file, ...lines.map((l) => `  ${l}`), '']);
  return [...body, summary, ''].join('\n');
}

export const H1_ERROR = stylish({ [POST_PATH]: [`7:1  error  ${H1}  multiple-h1`] }, '✖ 1 problem (1 error, 0 warnings, 0 infos)');
export const H1_WARNING = stylish({ [POST_PATH]: [`7:1  warning  ${H1}  multiple-h1`] }, '✖ 1 problem (0 errors, 1 warning, 0 infos)');

/** A plugin with one rule, `acme/no-todo`: each `word` (default `TODO`) in the file. */
export const ACME_PLUGIN = `{
  rules: {
    'no-todo': {
      meta: {
        description: 'A word left to do',
        url: 'https://example.com/no-todo',
        messages: { found: 'Found {{word}}: finish it before publishing' },
        optionsSchema: { type: 'object', properties: { word: { type: 'string' } }, additionalProperties: false },
        defaultOptions: { word: 'TODO' },
      },
      check(article, context) {
        const { word } = context.options;
        for (let at = article.source.indexOf(word); at >= 0; at = article.source.indexOf(word, at + 1)) {
          context.report({ messageId: 'found', data: { word }, start: at, end: at + word.length });
        }
      },
    },
  },
}`;

export interface Case {
  name: string;
  /** Files below the temporary folder (which also gets a `.git`), path → text. */
  files: Record<string, string>;
  argv: string[];
  /** The folder to run in, below the temporary one (default: itself). */
  cwd?: string;
  /** Files (below the temporary folder) that must not exist afterwards: marks a configuration's code leaves when it runs. */
  absent?: string[];
  /** Exit code, stdout and stderr; `dir` is the temporary folder. */
  expected: (dir: string) => { code: number; stdout: string; stderr: string };
}

const post = { [POST_PATH]: POST };

export const CASES: Case[] = [
  {
    name: 'article-kit.config.json',
    files: { ...post, 'article-kit.config.json': '\uFEFF{ "rules": { "multiple-h1": "error" } }\n' },
    argv: ['check'],
    expected: () => ({ code: 1, stdout: H1_ERROR, stderr: '' }),
  },
  {
    name: 'article-kit.config.jsonc, with comments and trailing commas',
    files: {
      ...post,
      'article-kit.config.jsonc': '// The house rules\n{\n  "rules": {\n    /* one h1 a post */ "multiple-h1": "off", // "http://not-a-comment" stays\n    "rel-dofollow": "error",\n  },\n}\n',
    },
    argv: ['check', '--format', 'json'],
    expected: () => ({ code: 0, stdout: `[{"filePath":"${POST_PATH}","messages":[],"errorCount":0,"warningCount":0,"infoCount":0,"fixableCount":0}]\n`, stderr: '' }),
  },
  {
    name: 'article-kit.config.yaml',
    files: { ...post, 'article-kit.config.yaml': '# YAML\nrules:\n  multiple-h1: error\n' },
    argv: ['check'],
    expected: () => ({ code: 1, stdout: H1_ERROR, stderr: '' }),
  },
  {
    name: 'article-kit.config.yml',
    files: { ...post, 'article-kit.config.yml': 'rules: { multiple-h1: off }\n' },
    argv: ['check'],
    expected: () => ({ code: 0, stdout: '', stderr: '' }),
  },
  {
    name: 'article-kit.config.js (an ES module without a package.json)',
    files: { ...post, 'article-kit.config.js': "export default { rules: { 'multiple-h1': 'error' } };\n" },
    argv: ['check'],
    expected: () => ({ code: 1, stdout: H1_ERROR, stderr: '' }),
  },
  {
    name: 'article-kit.config.mjs',
    files: { ...post, 'article-kit.config.mjs': "export default { rules: { 'multiple-h1': 'off' } };\n" },
    argv: ['check'],
    expected: () => ({ code: 0, stdout: '', stderr: '' }),
  },
  {
    name: 'article-kit.config.cjs',
    files: { ...post, 'article-kit.config.cjs': "module.exports = { rules: { 'multiple-h1': 'error' } };\n" },
    argv: ['check'],
    expected: () => ({ code: 1, stdout: H1_ERROR, stderr: '' }),
  },
  {
    name: 'the "article-kit" key of package.json',
    files: { ...post, 'package.json': JSON.stringify({ name: 'blog', 'article-kit': { rules: { 'multiple-h1': 'error' } } }) },
    argv: ['check'],
    expected: () => ({ code: 1, stdout: H1_ERROR, stderr: '' }),
  },
  {
    name: 'the JSON file before the YAML and the JS ones in one folder',
    files: {
      ...post,
      'article-kit.config.mjs': "export default { rules: { 'multiple-h1': 'off' } };\n",
      'article-kit.config.yaml': 'rules:\n  multiple-h1: off\n',
      'article-kit.config.json': '{ "rules": { "multiple-h1": "error" } }',
    },
    argv: ['check'],
    expected: () => ({ code: 1, stdout: H1_ERROR, stderr: '' }),
  },
  {
    name: 'the nearest folder first',
    files: {
      [`sub/${POST_PATH}`]: POST,
      'article-kit.config.json': '{ "rules": { "multiple-h1": "off" } }',
      'sub/article-kit.config.yml': 'rules:\n  multiple-h1: error\n',
    },
    cwd: 'sub',
    argv: ['check'],
    expected: () => ({ code: 1, stdout: H1_ERROR, stderr: '' }),
  },
  {
    name: 'an unknown key',
    files: { ...post, 'article-kit.config.json': '{ "rules": {}, "extends": "recommended" }' },
    argv: ['check'],
    expected: (dir) => ({
      code: 2,
      stdout: '',
      stderr: `article-kit: Invalid configuration in ${dir}/article-kit.config.json: unknown key "extends" (allowed: rules, ignores, overrides, schema, plugins, site)\n`,
    }),
  },
  {
    name: 'a JSON syntax error, at its line and column',
    files: { ...post, 'article-kit.config.json': '{\n  "rules": {\n    "multiple-h1": "off",\n  }\n}\n' },
    argv: ['check'],
    expected: (dir) => ({ code: 2, stdout: '', stderr: `article-kit: Cannot parse configuration ${dir}/article-kit.config.json:4:3: Expected double-quoted property name\n` }),
  },
  {
    name: 'a YAML syntax error, at its line and column',
    files: { ...post, 'article-kit.config.yaml': 'rules:\n  multiple-h1: off\n  multiple-h1: error\n' },
    argv: ['check'],
    expected: (dir) => ({ code: 2, stdout: '', stderr: `article-kit: Cannot parse configuration ${dir}/article-kit.config.yaml:3:3: Map keys must be unique\n` }),
  },
  {
    name: 'overrides: a severity for _posts/2024/** only',
    files: {
      ...post,
      '_posts/2024/2024-06-20-b.md': POST,
      'article-kit.config.yaml': "overrides:\n  - files: '_posts/2024/**'\n    rules:\n      multiple-h1: error\n",
    },
    argv: ['check'],
    expected: () => ({
      code: 1,
      stdout: stylish(
        { [POST_PATH]: [`7:1  warning  ${H1}  multiple-h1`], '_posts/2024/2024-06-20-b.md': [`7:1  error  ${H1}  multiple-h1`] },
        '✖ 2 problems (1 error, 1 warning, 0 infos)',
      ),
      stderr: '',
    }),
  },
  {
    name: 'a plugin rule, turned on in rules; a disable comment names it',
    files: { [POST_PATH]: TODO_POST, 'article-kit.config.mjs': `export default { plugins: { acme: ${ACME_PLUGIN} }, rules: { 'acme/no-todo': 'error' } };\n` },
    argv: ['check'],
    expected: () => ({
      code: 1,
      stdout: stylish(
        { [POST_PATH]: [`7:1  warning  ${H1}  multiple-h1`, '9:6  error    Found TODO: finish it before publishing  acme/no-todo'] },
        '✖ 2 problems (1 error, 1 warning, 0 infos)',
      ),
      stderr: '',
    }),
  },
  {
    name: 'a plugin rule, off until --rule acme/no-todo:warn, with its options from the configuration',
    files: {
      [POST_PATH]: `${TODO_POST}FIXME\n`,
      'article-kit.config.cjs': `module.exports = { plugins: { acme: ${ACME_PLUGIN} }, rules: { 'multiple-h1': 'off' }, overrides: [{ files: '_posts/**', rules: { 'acme/no-todo': ['off', { word: 'FIXME' }] } }] };\n`,
    },
    argv: ['check', '--rule', 'acme/no-todo:warn'],
    expected: () => ({
      code: 0,
      stdout: stylish({ [POST_PATH]: ['13:1  warning  Found FIXME: finish it before publishing  acme/no-todo'] }, '✖ 1 problem (0 errors, 1 warning, 0 infos)'),
      stderr: '',
    }),
  },
  {
    name: "a plugin rule's options that do not fit its optionsSchema",
    files: { ...post, 'article-kit.config.mjs': `export default { plugins: { acme: ${ACME_PLUGIN} }, rules: { 'acme/no-todo': ['error', { word: 3 }] } };\n` },
    argv: ['check'],
    expected: (dir) => ({
      code: 2,
      stdout: '',
      stderr: `article-kit: Invalid configuration in ${dir}/article-kit.config.mjs: rules["acme/no-todo"][1]: "word" must be a string, got 3\n`,
    }),
  },
  {
    name: 'a schema from an .mjs configuration',
    files: {
      ...post,
      'article-kit.config.mjs': [
        '// A Standard Schema by hand: what zod or valibot would give.',
        'const schema = { "~standard": { version: 1, vendor: "test", validate: (data) =>',
        '  typeof data.author === "string" ? { value: data } : { issues: [{ message: "Required", path: ["author"] }, { message: "Expected a list", path: [{ key: "categories" }] }] } } };',
        'export default { schema, rules: { "multiple-h1": "off" } };',
        '',
      ].join('\n'),
    },
    argv: ['check'],
    expected: () => ({
      code: 1,
      stdout: stylish(
        { [POST_PATH]: ['2:1   error  `author`: Required  front-matter-schema', '3:13  error  `categories`: Expected a list  front-matter-schema'] },
        '✖ 2 problems (2 errors, 0 warnings, 0 infos)',
      ),
      stderr: '',
    }),
  },
  {
    name: '--no-config-js passes over a .cjs for package.json, and says so',
    files: {
      ...post,
      'article-kit.config.cjs': "require('node:fs').writeFileSync(__dirname + '/ran', 'x'); module.exports = { rules: { 'multiple-h1': 'off' } };\n",
      'package.json': JSON.stringify({ 'article-kit': { rules: { 'multiple-h1': 'error' } } }),
    },
    argv: ['check', '--no-config-js'],
    absent: ['ran'],
    expected: (dir) => ({ code: 1, stdout: H1_ERROR, stderr: `article-kit: not loading ${dir}/article-kit.config.cjs: --no-config-js\n` }),
  },
];
