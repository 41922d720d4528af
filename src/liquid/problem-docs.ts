import type { Severity } from '../article/types.ts';

/** A post and the site it is read in, as plain data (createJekyllSite's arguments). */
export interface ProblemExample {
  source: string;
  path?: string;
  config?: Record<string, unknown>;
  includes?: Record<string, string>;
  posts?: Array<{ path: string; source: string }>;
}

/** What a Liquid problem is, as a rule's meta says it: documentation that is also a test. */
export interface ProblemDoc {
  ruleId: string;
  severity: Severity;
  description: string;
  docs: {
    ok: ProblemExample;
    /** `expected`: `line:column: message` of each problem of this id the post gets. */
    notOk: ProblemExample & { expected: string[] };
  };
}

const FM = '---\ntitle: 리퀴드\n---\n';
const FIRST_POST = { path: '_posts/2024-06-01-first.md', source: '---\ntitle: 첫 글\n---\n본문\n' };

/**
 * The problems Liquid gives a post: each fails `jekyll build` (Jekyll stops on the first), and is
 * positioned at the tag or output it is about. test/liquid/problem-docs.test.ts runs every example.
 */
export const LIQUID_PROBLEMS: readonly ProblemDoc[] = [
  {
    ruleId: 'liquid-syntax',
    severity: 'error',
    description: "Liquid cannot parse the body (an unclosed tag or output, an unknown tag or, under `strict_filters`, filter): Jekyll stops; the body is read as written",
    docs: {
      ok: { source: `${FM}{% if page.title %}제목: {{ page.title }}{% endif %}\n` },
      notOk: { source: `${FM}{% if page.title %}제목: {{ page.title }}\n`, expected: ["4:1: Liquid syntax error: 'if' tag was never closed"] },
    },
  },
  {
    ruleId: 'liquid-error',
    severity: 'error',
    description: 'A tag or output fails while rendering (`divided_by: 0`, an undefined variable under `strict_variables`, includes nested past 100): it prints nothing, Jekyll stops',
    docs: {
      ok: { source: `${FM}{{ 10 | divided_by: 2 }}\n` },
      notOk: { source: `${FM}{{ 10 | divided_by: 0 }}\n`, expected: ['4:1: Liquid error: divided by 0'] },
    },
  },
  {
    ruleId: 'liquid-include-missing',
    severity: 'error',
    description: '`{% include %}` or `{% include_relative %}` names a file the site does not have',
    docs: {
      ok: { source: `${FM}{% include note.html %}\n`, includes: { 'note.html': '<p>알림</p>\n' } },
      notOk: {
        source: `${FM}{% include notes.html %}\n`,
        includes: { 'note.html': '<p>알림</p>\n' },
        expected: [
          `4:1: Could not locate the included file 'notes.html' in any of ["_includes"]. Ensure it exists in one of those directories and, if it is a symlink, does not point outside your site source.`,
        ],
      },
    },
  },
  {
    ruleId: 'liquid-include-outside',
    severity: 'error',
    description: 'An include path with a `..` segment, which would leave `_includes`: refused, never read',
    docs: {
      ok: { source: `${FM}{% include note.html %}\n`, includes: { 'note.html': '<p>알림</p>\n' } },
      notOk: {
        source: `${FM}{% include ../_config.yml %}\n`,
        expected: ["4:1: Invalid syntax for include tag. File contains invalid characters or sequences: ../_config.yml Valid syntax: {% include file.ext param='value' param2='value' %}"],
      },
    },
  },
  {
    ruleId: 'liquid-post-missing',
    severity: 'error',
    description: '`{% post_url %}` or `{% link %}` names a post or file the site does not have',
    docs: {
      ok: { source: `${FM}[이전 글]({% post_url 2024-06-01-first %})\n`, path: '_posts/2024-06-02-second.md', posts: [FIRST_POST] },
      notOk: {
        source: `${FM}[이전 글]({% post_url 2024-06-01-frist %})\n`,
        path: '_posts/2024-06-02-second.md',
        posts: [FIRST_POST],
        expected: [`4:8: Could not find post "2024-06-01-frist" in tag 'post_url'. Make sure the post exists and the name is correct.`],
      },
    },
  },
  {
    ruleId: 'liquid-limit',
    severity: 'error',
    description: 'Rendering would take more time or memory than a post can (a loop over a huge range, a string doubled many times): the body is read without Liquid',
    docs: {
      ok: { source: `${FM}{% for i in (1..3) %}{{ i }}{% endfor %}\n` },
      notOk: {
        source: `${FM}{% for i in (1..100000000) %}{{ i }}{% endfor %}\n`,
        expected: ['4:1: Liquid needs more memory than a post can (a loop over a huge range, a string doubled many times?): the body is read without Liquid'],
      },
    },
  },
  {
    ruleId: 'liquid-too-deep',
    severity: 'error',
    description: 'Tags nested too deeply to parse (Ruby stops with "stack level too deep"): the body is read without Liquid',
    docs: {
      ok: { source: `${FM}${'{% if true %}'.repeat(3)}깊이${'{% endif %}'.repeat(3)}\n` },
      notOk: {
        source: `${FM}${'{% if true %}'.repeat(5000)}깊이${'{% endif %}'.repeat(5000)}\n`,
        expected: ['4:1: Liquid tags nested too deeply to render (Jekyll stops with "stack level too deep"): the body is read without Liquid'],
      },
    },
  },
];
