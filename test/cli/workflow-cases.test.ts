import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { cli } from '../../src/cli/index.ts';
import { root } from '../helpers.ts';
import { collector } from './_run-cli.ts';
import { configDir, removeConfigDirs } from './_config-dir.ts';
import { WORKFLOW_CASES } from './_workflow-cases.ts';

// The same cases through cli() and through the built bin (npm test builds first), which must print alike.
const BIN = path.join(root, 'dist/bin.js');
const run = promisify(execFile);

afterEach(removeConfigDirs);

describe('the lint workflow, through cli()', () => {
  it.each(WORKFLOW_CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const dir = configDir(c.files);
    const stdout = collector();
    const stderr = collector();
    const code = await cli(c.argv, { stdout: stdout.stream, stderr: stderr.stream, cwd: dir, env: c.env ?? {} });
    expect({ code, stdout: stdout.text(), stderr: stderr.text() }).toEqual(c.expected(dir));
  });
});

describe('the lint workflow, through the built bin', () => {
  it.each(WORKFLOW_CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const dir = configDir(c.files);
    const env = { PATH: process.env['PATH'] ?? '', ...c.env };
    const result = await run(process.execPath, [BIN, ...c.argv], { cwd: dir, env }).then(
      ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
      (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
    );
    expect(result).toEqual(c.expected(dir));
  });
});
