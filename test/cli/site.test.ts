import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from './_run-cli.ts';

const POST = '---\ntitle: 첫 글\n---\n\n# {{ site.title }}\n\n본문입니다. {% include thanks.html who="독자" %}\n';

let dir: string;
let blog: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'article-kit-cli-site-'));
  blog = path.join(dir, 'blog');
  await mkdir(path.join(blog, '_posts'), { recursive: true });
  await mkdir(path.join(blog, '_includes'));
  await writeFile(path.join(blog, '_config.yml'), 'title: My Blog\nurl: https://example.com\nbaseurl: /blog\ntimezone: Mars/Olympus\n');
  await writeFile(path.join(blog, '_includes/thanks.html'), '{{ include.who }}께 감사드립니다');
  await writeFile(path.join(blog, '_posts/2024-06-12-first.md'), POST);
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the Jekyll site of the posts', () => {
  it('check reads posts with the site found upward, and reports what Jekyll would say of the site first', async () => {
    expect(await runCli(['check'], blog)).toEqual({
      code: 1,
      stdout: [
        '_config.yml',
        '  4:11  warning  `timezone: Mars/Olympus` is not a time zone name article-kit knows: dates are read in UTC, as the C library reads an unknown TZ  jekyll-config-unsupported',
        '',
        '_posts/2024-06-12-first.md',
        '  1:1  error    The front matter has no `categories`  front-matter-required',
        '  2:8  warning  The title has 3 characters, fewer than 5  title-length',
        '  5:1  warning  The first h1 “My Blog” differs from the front matter title “첫 글”  title-h1-mismatch',
        '',
        '✖ 4 problems (1 error, 3 warnings, 0 infos)',
        '',
      ].join('\n'),
      stderr: '',
    });
  });

  it('check --no-site reads them with Jekyll defaults only', async () => {
    const result = await runCli(['check', '--no-site', '--quiet'], blog);
    expect(result).toEqual({
      code: 1,
      stdout: [
        '_posts/2024-06-12-first.md',
        '  1:1  error  The front matter has no `categories`  front-matter-required',
        `  7:8  error  Could not locate the included file 'thanks.html' in any of ["_includes"]. Ensure it exists in one of those directories and, if it is a symlink, does not point outside your site source.  liquid-include-missing`,
        '',
        '✖ 2 problems (2 errors, 0 warnings, 0 infos)',
        '',
      ].join('\n'),
      stderr: '',
    });
  });

  it('stats counts what the site renders', async () => {
    const header = 'file                             words (어절)  chars  chars w/o spaces  reading min  headings  paragraphs  tables';
    expect(await runCli(['stats', 'blog/_posts'], dir)).toEqual({
      code: 0,
      stdout: `${header}\nblog/_posts/2024-06-12-first.md           5     26                21          0.0         1           1       0\ntotal                                     5     26                21          0.0         1           1       0\n`,
      stderr: '',
    });
    expect((await runCli(['stats', 'blog/_posts', '--no-site'], dir)).stdout).toBe(
      `${header}\nblog/_posts/2024-06-12-first.md           1      9                 7          0.0         0           2       0\ntotal                                     1      9                 7          0.0         0           2       0\n`,
    );
  });

  it('parse gives the path from the site root and the URL Jekyll publishes at; --site names the site', async () => {
    const pick = (out: string) => {
      const article = JSON.parse(out) as { path: string; url?: string; html: string };
      return [article.path, article.url, article.html];
    };
    const published = ['_posts/2024-06-12-first.md', 'https://example.com/blog/2024/06/12/first.html', '<h1 id="my-blog">My Blog</h1>\n\n<p>본문입니다. 독자께 감사드립니다</p>\n'];
    expect(pick((await runCli(['parse', 'blog/_posts/2024-06-12-first.md'], dir)).stdout)).toEqual(published);
    expect(pick((await runCli(['parse', path.join(blog, '_posts/2024-06-12-first.md'), '--site', 'blog'], dir)).stdout)).toEqual(published);
    expect(pick((await runCli(['parse', 'blog/_posts/2024-06-12-first.md', '--no-site'], dir)).stdout)).toEqual(['blog/_posts/2024-06-12-first.md', '/blog/2024/06/12/first.html', '<p>#</p>\n\n<p>본문입니다.</p>\n']);
  });

  it('exits 2 for a --site that names no folder, and for --site with --no-site', async () => {
    expect(await runCli(['check', '--site', 'nope'], dir)).toEqual({ code: 2, stdout: '', stderr: 'article-kit: --site names no folder: nope\nRun article-kit --help for usage.\n' });
    expect(await runCli(['parse', 'x', '--site', 'blog', '--no-site'], dir)).toEqual({ code: 2, stdout: '', stderr: 'article-kit: --site and --no-site exclude each other\nRun article-kit --help for usage.\n' });
  });
});
