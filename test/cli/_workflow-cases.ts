/** The lint-workflow cases that run both through `cli()` and through the built bin, with the same expected output. */
export interface WorkflowCase {
  name: string;
  /** Files of the folder it runs in (a `.git` folder is added). */
  files: Record<string, string>;
  argv: string[];
  env?: Record<string, string>;
  /** What it prints, given the folder it ran in. */
  expected: (dir: string) => { code: number; stdout: string; stderr: string };
}

/** A post with three warnings (a title that is not its h1, two h1s, no alt text) and no error. */
export const WARNED = '---\ntitle: 세 경고가 있는 글의 제목입니다\ncategories: [뉴스]\n---\n# 하나\n\n# 둘\n\n![](/a.png)\n';
const FILE = '_posts/2024-06-19-a.md';

const TITLE = 'The first h1 “하나” differs from the front matter title “세 경고가 있는 글의 제목입니다”';
/** The stylish report of the title warning, coloured. */
const COLOURED = `\u001b[4m_posts/2024-06-19-a.md\u001b[24m\n  5:1  \u001b[33mwarning\u001b[39m  ${TITLE}  \u001b[2mtitle-h1-mismatch\u001b[22m\n\n\u001b[1m\u001b[33m✖ 1 problem (0 errors, 1 warning, 0 infos)\u001b[39m\u001b[22m\n`;
const SECOND_H1 = 'Another h1 (the first is on line 5): a post has one top-level heading; make this one an h2';
const NO_ALT = 'This image has no alt text: describe what it shows for readers who cannot see it';

export const WORKFLOW_CASES: WorkflowCase[] = [
  {
    name: 'nothing matched: exit 2 with the reason',
    files: {},
    argv: ['check'],
    expected: () => ({ code: 2, stdout: '', stderr: 'article-kit: no post files matched _posts/**/*.{md,markdown,html} (--allow-empty accepts that)\n' }),
  },
  {
    name: '--allow-empty accepts it',
    files: {},
    argv: ['check', '--allow-empty', '-f', 'json'],
    expected: () => ({ code: 0, stdout: '[]\n', stderr: '' }),
  },
  {
    name: '-q with --max-warnings: warnings still count, and the reason is given',
    files: { [FILE]: WARNED },
    argv: ['check', '-q', '--max-warnings', '1'],
    expected: () => ({ code: 1, stdout: '', stderr: 'article-kit: 3 warnings found, more than --max-warnings 1\n' }),
  },
  {
    name: "'warning' as a severity, and -f github",
    files: { [FILE]: WARNED },
    argv: ['check', '-f', 'github', '--rule', 'multiple-h1:error', '--rule', 'image-alt-missing:warning', '--rule', 'title-h1-mismatch:off'],
    expected: () => ({
      code: 1,
      stdout: `::error file=${FILE},line=7,col=1,endLine=7,endColumn=4,title=multiple-h1::${SECOND_H1}\n::warning file=${FILE},line=9,col=1,endLine=9,endColumn=12,title=image-alt-missing::${NO_ALT}\n`,
      stderr: '',
    }),
  },
  {
    name: 'FORCE_COLOR=1 colours a report that does not go to a terminal, and a disable comment hides a finding',
    files: { [FILE]: WARNED.replace('# 둘', '<!-- article-kit-disable-next-line multiple-h1 -->\n# 둘') },
    argv: ['check', '--rule', 'image-alt-missing:off'],
    env: { FORCE_COLOR: '1' },
    expected: () => ({ code: 0, stdout: COLOURED, stderr: '' }),
  },
  {
    name: 'NO_COLOR wins over FORCE_COLOR',
    files: { [FILE]: WARNED },
    argv: ['check', '--rule', 'image-alt-missing:off', '--rule', 'multiple-h1:off'],
    env: { FORCE_COLOR: '1', NO_COLOR: '1' },
    expected: () => ({ code: 0, stdout: `${FILE}\n  5:1  warning  ${TITLE}  title-h1-mismatch\n\n✖ 1 problem (0 errors, 1 warning, 0 infos)\n`, stderr: '' }),
  },
  {
    name: 'an unused disable comment, with --report-unused-disable-directives',
    files: { [FILE]: `${WARNED}\n<!-- article-kit-disable heading-empty -->\n` },
    argv: ['check', '-f', 'github', '--report-unused-disable-directives', '--rule', 'title-h1-mismatch:off', '--rule', 'multiple-h1:off', '--rule', 'image-alt-missing:off'],
    expected: () => ({
      code: 1,
      stdout: `::error file=${FILE},line=11,col=1,endLine=11,endColumn=43,title=unused-disable-directive::Unused article-kit-disable directive (no problems were reported by 'heading-empty')\n`,
      stderr: '',
    }),
  },
  {
    name: 'wrong rule options: exit 2 naming the rule, the option and what was expected',
    files: { [FILE]: WARNED, 'article-kit.config.json': '{ "rules": { "excerpt-length": ["warn", { "maxLength": "ten" }] } }' },
    argv: ['check'],
    expected: (dir) => ({
      code: 2,
      stdout: '',
      stderr: `article-kit: Invalid configuration in ${dir}/article-kit.config.json: rules["excerpt-length"][1]: "maxLength" must be an integer of at least 0, got "ten"\n`,
    }),
  },
  {
    name: '--fix --dry-run -f json: the diff on stderr, the JSON on stdout',
    files: { [FILE]: '---\ntitle: 글\ncategories: [뉴스]\n---\n본문입니다. (단어 수: 9, 문자 수: 99)\n' },
    argv: ['check', '--fix', '--dry-run', '-f', 'json', '--rule', 'title-length:off'],
    expected: () => ({
      code: 0,
      stdout: `[{"filePath":"${FILE}","messages":[],"errorCount":0,"warningCount":0,"infoCount":0,"fixableCount":0}]\n`,
      stderr: `--- a/${FILE}\n+++ b/${FILE}\n@@ -2,4 +2,4 @@\n title: 글\n categories: [뉴스]\n ---\n-본문입니다. (단어 수: 9, 문자 수: 99)\n+본문입니다.\n`,
    }),
  },
];
