import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from './_run-cli.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'article-kit-options-'));
  await mkdir(path.join(dir, '_posts'));
  await writeFile(path.join(dir, '_posts/2024-06-19-a.md'), '---\ntitle: 제목\ncategories: [뉴스]\nexcerpt: 짧은 요약문입니다\n---\n본문\n');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const configured = async (rules: unknown) => {
  await writeFile(path.join(dir, 'article-kit.config.json'), JSON.stringify({ rules }));
  return runCli(['check'], dir);
};

describe('check with rule options that do not fit', () => {
  it('exits 2 naming the rule, the option and what was expected', async () => {
    const file = path.join(dir, 'article-kit.config.json');
    expect(await configured({ 'excerpt-length': ['warn', { maxLenght: 10 }] })).toEqual({
      code: 2,
      stdout: '',
      stderr: `article-kit: Invalid configuration in ${file}: rules["excerpt-length"][1]: "maxLenght" is not one of its options ("maxLength", "minLength")\n`,
    });
    expect((await configured({ 'excerpt-length': ['warn', { maxLength: 'ten' }] })).stderr).toBe(
      `article-kit: Invalid configuration in ${file}: rules["excerpt-length"][1]: "maxLength" must be an integer of at least 0, got "ten"\n`,
    );
  });

  it('applies options that fit', async () => {
    const result = await configured({ 'excerpt-length': ['error', { maxLength: 5 }] });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('The excerpt has 9 characters, more than 5');
  });
});
