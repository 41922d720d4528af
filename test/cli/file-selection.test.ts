import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findPostFiles } from '../../src/cli/find-files.ts';
import { runCli } from './_run-cli.ts';

/** A post no recommended rule reports (under a `YYYY-MM-DD-slug` name). */
const CLEAN = '---\ntitle: 깨끗한 글\ncategories: [뉴스]\n---\n본문입니다.\n';

let dir: string;
beforeEach(() => {
  dir = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'article-kit-select-')));
  mkdirSync(path.join(dir, '.git')); // the configuration search stops here
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Writes clean posts (and other files: path → text) below the temp dir. */
function tree(files: readonly string[], extra: Record<string, string> = {}): void {
  for (const [rel, text] of [...files.map((f): [string, string] => [f, CLEAN]), ...Object.entries(extra)]) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
}

/** `check -f json argv…`: the exit code, the files reported, and stderr. */
async function checked(...argv: string[]) {
  const { code, stdout, stderr } = await runCli(['check', '-f', 'json', ...argv], dir);
  const files = stdout === '' ? [] : (JSON.parse(stdout) as Array<{ filePath: string }>).map((r) => r.filePath);
  return { code, files, stderr };
}

const POSTS = [
  '_posts/2024-01-01-a.md',
  '_posts/2024/2024-02-01-b.md',
  '_posts/drafts/2024-03-01-c.md',
  '_posts/drafts/deep/2024-03-02-d.md',
  '_posts/.2024-04-01-dot.md',
  '_posts/.old/2024-04-02-e.md',
  '_drafts/2024-05-01-f.md',
  '.github/2024-06-01-g.md',
];

describe('globs', () => {
  beforeEach(() => tree(POSTS));

  it('a ! argument removes what it matches, wherever it stands; one that removes nothing is not an error', async () => {
    expect(await checked('_posts/**/*.md', '!_posts/drafts/**')).toEqual({ code: 0, files: ['_posts/2024-01-01-a.md', '_posts/2024/2024-02-01-b.md'], stderr: '' });
    expect(await checked('!_posts/2024', '_posts/**/*.md')).toEqual({ code: 0, files: ['_posts/2024-01-01-a.md', '_posts/drafts/2024-03-01-c.md', '_posts/drafts/deep/2024-03-02-d.md'], stderr: '' });
    expect(await checked('_posts/2024-01-01-a.md', '!nothing/**')).toEqual({ code: 0, files: ['_posts/2024-01-01-a.md'], stderr: '' });
  });

  it('only negations: they apply to the default pattern', async () => {
    expect(await checked('!**/drafts/**', '!_posts/2024-*.md')).toEqual({ code: 0, files: ['_posts/2024/2024-02-01-b.md'], stderr: '' });
  });

  it('everything removed: no post files matched, exit 2', async () => {
    expect(await runCli(['check', '_posts/*.md', '!_posts/*.md'], dir)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'article-kit: no post files matched _posts/*.md !_posts/*.md (--allow-empty accepts that)\n',
    });
  });

  it('* and ** never match a name that starts with a dot; a pattern that writes the dot does', async () => {
    expect((await checked('**/*.md')).files).toEqual([
      '_drafts/2024-05-01-f.md',
      '_posts/2024-01-01-a.md',
      '_posts/2024/2024-02-01-b.md',
      '_posts/drafts/2024-03-01-c.md',
      '_posts/drafts/deep/2024-03-02-d.md',
    ]);
    expect((await checked('_posts/.*.md', '.github/*.md', '_posts/.old/*.md')).files).toEqual(['.github/2024-06-01-g.md', '_posts/.2024-04-01-dot.md', '_posts/.old/2024-04-02-e.md']);
  });

  it('_ folders are matched: _posts and _drafts are where posts live', async () => {
    expect((await checked('_*/*.md')).files).toEqual(['_drafts/2024-05-01-f.md', '_posts/2024-01-01-a.md']);
    expect((await checked('_drafts')).files).toEqual(['_drafts/2024-05-01-f.md']);
  });

  it('extglobs and braces, as picomatch reads them', async () => {
    expect((await checked('_posts/**/!(*-c).md')).files).toEqual(['_posts/2024-01-01-a.md', '_posts/2024/2024-02-01-b.md', '_posts/drafts/deep/2024-03-02-d.md']);
    expect((await checked('_posts/@(2024|drafts)/*.md')).files).toEqual(['_posts/2024/2024-02-01-b.md', '_posts/drafts/2024-03-01-c.md']);
    expect((await checked('{_drafts,_posts/drafts}/*.md')).files).toEqual(['_drafts/2024-05-01-f.md', '_posts/drafts/2024-03-01-c.md']);
  });

  it('a glob that matches nothing is still "no such file or no match"', async () => {
    expect(await runCli(['check', '_posts/*.markdown', '!_posts/*.md'], dir)).toEqual({ code: 2, stdout: '', stderr: 'article-kit: no such file or no match: _posts/*.markdown\n' });
  });
});

describe('.article-kitignore', () => {
  const ignoreFile = (text: string): void => writeFileSync(path.join(dir, '.article-kitignore'), text);

  it('skips comments and blank lines; a pattern without / matches at any depth', async () => {
    tree(['_posts/2024-01-01-a.md', '_posts/2024/2024-01-02-wip.md', '_posts/2024-01-03-wip.md', '_posts/2024-01-04-b.md']);
    ignoreFile('# drafts in progress\n\n*-wip.md\n#_posts/2024-01-04-b.md\n');
    expect(await checked()).toEqual({ code: 0, files: ['_posts/2024-01-01-a.md', '_posts/2024-01-04-b.md'], stderr: '' });
  });

  it('! re-includes a file a pattern before it ignored', async () => {
    tree(['_posts/old/2020-01-01-a.md', '_posts/old/2020-01-02-keep.md', '_posts/2024-01-01-b.md']);
    ignoreFile('_posts/old/*\n!_posts/old/2020-01-02-keep.md\n');
    expect((await checked()).files).toEqual(['_posts/2024-01-01-b.md', '_posts/old/2020-01-02-keep.md']);
  });

  it('a trailing / ignores folders only, and nothing below an ignored folder can be re-included', async () => {
    tree(['_posts/archive/2020-01-01-a.md', '_posts/2024-01-01-b.md', 'archive']);
    ignoreFile('archive/\n!_posts/archive/2020-01-01-a.md\n');
    expect((await checked()).files).toEqual(['_posts/2024-01-01-b.md']);
    // `archive` the file is not a folder: the pattern leaves it.
    expect((await checked('archive')).files).toEqual(['archive']);
  });

  it('a leading / anchors a pattern to the working directory', async () => {
    tree(['2024-01-01-top.md', 'sub/2024-01-01-top.md']);
    ignoreFile('/2024-01-01-top.md\n');
    expect(await checked('**/*.md')).toEqual({ code: 0, files: ['sub/2024-01-01-top.md'], stderr: '' });
  });

  it('a file named on the command line that is ignored: a warning, not checked, not "no match"', async () => {
    tree(['_posts/2024-01-01-a.md', '_posts/2024-01-02-secret.md']);
    ignoreFile('*secret*\n');
    expect(await runCli(['check', '_posts/2024-01-02-secret.md', '_posts/2024-01-01-a.md'], dir)).toEqual({
      code: 0,
      stdout: '',
      stderr: 'article-kit: warning: _posts/2024-01-02-secret.md: File ignored because of a matching ignore pattern\n',
    });
    expect(await runCli(['check', '-f', 'json', '_posts/2024-01-02-secret.md'], dir)).toEqual({
      code: 0,
      stdout: '[]\n',
      stderr: 'article-kit: warning: _posts/2024-01-02-secret.md: File ignored because of a matching ignore pattern\n',
    });
    // parse reads the file it is given.
    expect((await runCli(['parse', '_posts/2024-01-02-secret.md'], dir)).code).toBe(0);
  });

  it('an ignore file that cannot be read: exit 2 with a message', async () => {
    tree(['_posts/2024-01-01-a.md']);
    mkdirSync(path.join(dir, '.article-kitignore'));
    expect(await runCli(['check'], dir)).toEqual({ code: 2, stdout: '', stderr: 'article-kit: cannot read .article-kitignore: EISDIR: illegal operation on a directory, read\n' });
  });
});

describe('FindOptions.ignores', () => {
  it('globs relative to cwd; a glob naming a folder takes what is below it; dot names match', async () => {
    tree(['_posts/2024-01-01-a.md', '_posts/drafts/2024-01-02-b.md', '_posts/2024-01-03-c.md', '_posts/.x/2024-01-04-d.md']);
    const rel = (files: readonly string[]): string[] => files.map((f) => path.relative(dir, f).split(path.sep).join('/'));
    const found = await findPostFiles(['_posts', '_posts/drafts/2024-01-02-b.md', '_posts/.x/*.md'], dir, { ignores: ['_posts/drafts', '**/*-c.md', '_posts/.x/**'] });
    expect(rel(found.files)).toEqual(['_posts/2024-01-01-a.md']);
    expect(found.ignored).toEqual(['_posts/drafts/2024-01-02-b.md']);
    expect(found.missing).toEqual([]);
    const both = await findPostFiles([], dir, { ignores: ['**/*-a.md'] });
    writeFileSync(path.join(dir, '.article-kitignore'), 'drafts/\n');
    const withFile = await findPostFiles([], dir, { ignores: ['**/*-a.md'] });
    expect(rel(both.files)).toEqual(['_posts/2024-01-03-c.md', '_posts/drafts/2024-01-02-b.md']);
    expect(rel(withFile.files)).toEqual(['_posts/2024-01-03-c.md']);
    expect(rel((await findPostFiles([], dir, { ignoreFile: false })).files)).toEqual(['_posts/2024-01-01-a.md', '_posts/2024-01-03-c.md', '_posts/drafts/2024-01-02-b.md']);
  });
});
