// Preloaded (node --import) into the built bin: every rename of node:fs/promises hangs, after
// saying so on stderr, so that a test can signal the process while its temporary files exist.
import { writeSync } from 'node:fs';
import fs from 'node:fs/promises';
import { syncBuiltinESMExports } from 'node:module';

fs.rename = (from) => {
  writeSync(2, `hook: renaming ${from}\n`);
  setInterval(() => {}, 1000);
  return new Promise(() => {});
};
syncBuiltinESMExports();
