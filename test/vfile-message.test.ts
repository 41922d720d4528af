import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import { reporter } from 'vfile-reporter';
import { describe, expect, it } from 'vitest';
import { type Diagnostic, parseArticle, validateArticle } from '../src/index.ts';
import { readFixture, root, seed000 } from './helpers.ts';

const readme = readFileSync(join(root, 'README.md'), 'utf8');
/** The README's vfile example: the fenced block that makes a VFileMessage of a diagnostic. */
const example = /```ts\n((?:(?!```)[\s\S])*new VFileMessage\(d\.reason, \{ place: d\.place[\s\S]*?)```/.exec(readme)?.[1] ?? '';

/** What the README's example does, on `value`. */
function report(path: string, value: string): string {
  const file = new VFile({ path, value });
  for (const d of validateArticle(parseArticle(value, { path }))) {
    const message = new VFileMessage(d.reason, { place: d.place, ruleId: d.ruleId, source: d.source });
    message.fatal = d.fatal;
    message.url = d.url;
    file.messages.push(message);
  }
  return reporter(file, { color: false });
}

describe('diagnostics as vfile messages', () => {
  it('type-checks the README example under strict, against the built types', () => {
    expect(example).toContain("from 'article-kit'");
    // A file inside the package, so that `article-kit` resolves to the package itself (dist/*.d.ts).
    const name = join(root, 'test', '__readme-vfile-example.ts');
    const options: ts.CompilerOptions = {
      strict: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      types: ['node'],
      skipLibCheck: true,
    };
    const host = ts.createCompilerHost(options);
    const { getSourceFile, fileExists, readFile } = host;
    host.fileExists = (file) => file === name || fileExists.call(host, file);
    host.readFile = (file) => (file === name ? example : readFile.call(host, file));
    host.getSourceFile = (file, language, ...rest) => (file === name ? ts.createSourceFile(file, example, language) : getSourceFile.call(host, file, language, ...rest));
    const program = ts.createProgram([name], options, host);
    const errors = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(errors).toEqual([]);
  });

  it('prints with vfile-reporter as the README shows: spans as positions, places as points', () => {
    const path = '_posts/2024-06-19-pyongyang-summit.md';
    const printed = report(path, seed000());
    for (const line of example.split('\n').filter((l) => l.startsWith('// ')).map((l) => l.slice(3).replace(/ …$/, ''))) {
      expect(printed).toContain(line);
    }
    expect(printed.split('\n').slice(1, 3)).toEqual([
      expect.stringMatching(/^6:251-6:272 +error +`excerpt` states 88 words, 553 characters, but the text has 54 words, 247 characters +excerpt-stated-counts article-kit$/),
      expect.stringMatching(/^8:251-8:272 +error +`feature_text` states 88 words/),
    ]);
    expect(report('_posts/2024-01-01-footnotes.md', readFixture('footnotes'))).toMatch(/^15:53 +warning +Footnote definition for 'missing' not found +kramdown-warning article-kit$/m);
  });

  it('gives a Point when a finding has no end, a Position when it spans characters', () => {
    const diagnostics: Diagnostic[] = validateArticle(parseArticle(readFixture('footnotes'), { path: '_posts/2024-01-01-footnotes.md' }));
    const point = diagnostics.find((d) => d.ruleId === 'kramdown-warning' && d.line === 15);
    expect(point?.place).toEqual({ line: 15, column: 53, offset: expect.any(Number) });
    const span = validateArticle(parseArticle(seed000())).find((d) => d.ruleId === 'excerpt-stated-counts');
    expect(span?.place).toMatchObject({ start: { line: 6, column: 251 }, end: { line: 6, column: 272 } });
  });
});
