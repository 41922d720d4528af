import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { findPostFiles } from '../../src/cli/find-files.ts';
import { POST, POST_PATH } from './_config-cases.ts';
import { configDir, removeConfigDirs } from './_config-dir.ts';
import { runCli } from './_run-cli.ts';

// What check asks findPostFiles for: the matching itself is findPostFiles' job.
vi.mock('../../src/cli/find-files.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/cli/find-files.ts')>();
  return { ...original, findPostFiles: vi.fn(original.findPostFiles) };
});

afterEach(() => {
  removeConfigDirs();
  vi.mocked(findPostFiles).mockClear();
});

describe('the ignores key', () => {
  it('is passed to findPostFiles: as written from the configuration folder, absolute from below it', async () => {
    const dir = configDir({ [POST_PATH]: POST, 'article-kit.config.yaml': "ignores: ['_drafts/**', '!_drafts/keep.md']\n" });
    await runCli(['check'], dir);
    expect(vi.mocked(findPostFiles).mock.calls).toEqual([[[], dir, { allowOutsideLinks: false, ignores: ['_drafts/**', '!_drafts/keep.md'] }]]);
    vi.mocked(findPostFiles).mockClear();
    await runCli(['check', '.'], path.join(dir, '_posts'));
    expect(vi.mocked(findPostFiles).mock.calls).toEqual([[['.'], path.join(dir, '_posts'), { allowOutsideLinks: false, ignores: [`${dir}/_drafts/**`, `!${dir}/_drafts/keep.md`] }]]);
  });

  it('is not passed without one', async () => {
    const dir = configDir({ [POST_PATH]: POST });
    await runCli(['check'], dir);
    expect(vi.mocked(findPostFiles).mock.calls).toEqual([[[], dir, { allowOutsideLinks: false }]]);
  });
});
