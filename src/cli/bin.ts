#!/usr/bin/env node
import process from 'node:process';
import { cli } from './cli.ts';

process.exitCode = await cli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  env: process.env,
  // Touched only when `-` reads it: opening process.stdin on a terminal is not free.
  stdin: { [Symbol.asyncIterator]: () => process.stdin[Symbol.asyncIterator]() },
});
