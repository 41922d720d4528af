import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { root } from './helpers.ts';

// The library runs in browsers and edge runtimes: only src/cli and src/node (the `./node` entry) may touch Node.
function sourceFiles(dir: string): string[] {
  return readdirSync(`${root}${dir}`, { withFileTypes: true }).flatMap((entry) => {
    const rel = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return rel === 'src/cli' || rel === 'src/node' ? [] : sourceFiles(rel);
    return rel.endsWith('.ts') ? [rel] : [];
  });
}

describe('core runtime', () => {
  it('imports no Node built-in and reads no process outside src/cli and src/node', () => {
    const offenders = sourceFiles('src').filter((file) => {
      const text = readFileSync(`${root}${file}`, 'utf8');
      return /from ['"](?:node:|fs['"]|path['"]|os['"])|(?<![\w-])process\.|\bBuffer\b|\brequire\(/.test(text);
    });
    expect(offenders).toEqual([]);
  });
});
