// Appends numbered lines to the files named on the command line, round-robin, each append
// opening the file by its path (O_APPEND), until the file named by STOP exists; then prints the
// lines it appended to each file, in order, as JSON. One append every 4 ms or so: each of 60
// files is appended to about every quarter second, often enough to race every --fix run, and
// seldom enough that a file is read, checked and written between two appends on a loaded machine.
import { appendFileSync, existsSync, writeSync } from 'node:fs';

const [stop, ...files] = process.argv.slice(2);
const appended = Object.fromEntries(files.map((file) => [file, []]));
const pause = new Int32Array(new SharedArrayBuffer(4));
writeSync(1, 'ready\n');
for (let n = 0; !existsSync(stop); n++) {
  const file = files[n % files.length];
  const line = `appended line ${n}\n`;
  appendFileSync(file, line);
  appended[file].push(line);
  Atomics.wait(pause, 0, 0, 4);
}
writeSync(1, `${JSON.stringify(appended)}\n`);
