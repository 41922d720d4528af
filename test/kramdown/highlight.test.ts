import { describe, expect, it } from 'vitest';
import { JEKYLL_KRAMDOWN_DEFAULTS, type SyntaxHighlighterOptions } from '../../src/kramdown/options.ts';
import { DETECTORS } from '../../src/kramdown/highlight/detect-source.ts';
import { findLexer } from '../../src/kramdown/highlight/find-lexer.ts';
import { AmbiguousLexerError } from '../../src/kramdown/highlight/guess-lexer.ts';
import { highlightCode, type HighlightOptions } from '../../src/kramdown/highlight/highlight-code.ts';
import { ROUGE_LEXERS } from '../../src/kramdown/highlight/rouge-lexers.ts';
import { sprintfInteger } from '../../src/kramdown/highlight/sprintf-integer.ts';

// Expected values are what Jekyll 4.3.1 (kramdown 2.4.0, Rouge 3.30) gives, its token <span>s removed.

const JEKYLL: HighlightOptions = JEKYLL_KRAMDOWN_DEFAULTS;
/** Jekyll's options with `opts` over them; values as YAML gives them (`null`, numbers), not only as typed. */
const withOpts = (opts: Record<string, unknown>, syntax_highlighter: string | null = 'rouge'): HighlightOptions => ({
  syntax_highlighter,
  syntax_highlighter_opts: { default_lang: 'plaintext', guess_lang: true, ...opts } as SyntaxHighlighterOptions,
});
const wrapped = (inner: string, css = 'highlight'): string => `<div class="highlight"><pre class="${css}"><code>${inner}</code></pre></div>`;

describe('findLexer', () => {
  it.each([
    ['ruby', 'ruby'],
    ['rb', 'ruby'],
    ['python', 'python'],
    ['py', 'python'],
    ['js', 'javascript'],
    ['javascript', 'javascript'],
    ['sh', 'shell'],
    ['bash', 'shell'],
    ['shell', 'shell'],
    ['yaml', 'yaml'],
    ['yml', 'yaml'],
    ['c++', 'cpp'],
    ['cpp', 'cpp'],
    ['liquid', 'liquid'],
    ['plaintext', 'plaintext'],
    ['text', 'plaintext'],
    ['console', 'console'],
    ['diff', 'diff'],
    ['kotlin', 'kotlin'],
    ['c#', 'csharp'],
    ['rust,no_run', 'rust'],
    ['Dockerfile', 'docker'],
    ['dockerfile', 'docker'],
    ['TeX', 'tex'],
  ])('finds %j as %j', (lang, tag) => {
    expect(findLexer(lang)).toBe(tag);
  });

  it.each(['rbs', 'nosuch', 'Ruby', 'Python', 'JSON', '', ' ruby', 'Guess', 'constructor', '__proto__', 'toString', 'asn.1', 'русский'])(
    'knows no lexer %j (names are case-sensitive)',
    (lang) => {
      expect(findLexer(lang)).toBeUndefined();
    },
  );

  it('picks the lexer by the name before `?` options', () => {
    expect(findLexer('php?start_inline=1')).toBe('php');
    expect(findLexer('erb?parent=html')).toBe('erb');
    expect(findLexer('text?')).toBe('plaintext');
    expect(findLexer('?x')).toBeUndefined();
    expect(findLexer('nosuch?x=1')).toBeUndefined();
  });

  it('guesses from shebangs, doctypes and leading directives', () => {
    expect(findLexer('guess', '#!/usr/bin/env python\nprint(1)\n')).toBe('python');
    expect(findLexer('guess', '#!/usr/bin/python3.8\n')).toBe('python');
    expect(findLexer('guess', '  \n#!/bin/bash -x\n')).toBe('shell');
    expect(findLexer('guess', '#!/usr/bin/env node')).toBe('javascript');
    expect(findLexer('guess', '#!/usr/bin/env rscript')).toBe('plaintext');
    expect(findLexer('guess', '<!DOCTYPE html>\n<p>')).toBe('html');
    expect(findLexer('guess', '<?xml version="1.0"?>\n<a/>')).toBe('xml');
    expect(findLexer('guess', '%YAML 1.2\n---\n')).toBe('yaml');
    expect(findLexer('guess', 'diff --git a/x b/x')).toBe('diff');
    expect(findLexer('guess', 'x\n<?php echo 1;')).toBe('php');
    expect(findLexer('guess', '#lang racket')).toBe('racket');
    expect(findLexer('guess', '\\documentclass{article}')).toBe('tex');
    expect(findLexer(undefined, '#!/usr/bin/env ruby\n')).toBe('ruby');
  });

  it('guesses from Vim and Emacs modelines, with exact names', () => {
    expect(findLexer('guess', '# vim: ft=ruby\nx = 1\n')).toBe('ruby');
    expect(findLexer('guess', '# vim: set ft=python :\n')).toBe('python');
    expect(findLexer('guess', '-*- mode: yaml -*-')).toBe('yaml');
    expect(findLexer('guess', '# -*- coding: utf-8; mode: python -*-')).toBe('python');
    expect(findLexer('guess', '-*- ruby -*-')).toBe('ruby');
    expect(findLexer('guess', '# Vim: syntax=Python')).toBe('plaintext');
    expect(findLexer('guess', '1\n2\n3\n4\n5\n# vim: ft=ruby\n7\n8\n9\n10\n11\n')).toBe('plaintext');
  });

  it('guesses from a `mimetype` option', () => {
    expect(findLexer('guess?mimetype=text/x-ruby', 'x')).toBe('ruby');
    expect(findLexer('guess?mimetype=text%2Fx-python', 'x')).toBe('python');
    expect(findLexer('guess?mimetype=text/x-nothing', 'x')).toBe('plaintext');
    expect(findLexer('guess?mimetype=text/x-ruby&mimetype=text/x-python', 'x')).toBe('plaintext');
  });

  it('guesses in linear time where Rouge’s patterns backtrack without end', () => {
    // Ruby hangs on the first (its Emacs modeline pattern), and takes seconds on the others.
    for (const code of ['-*-' + ' a : b '.repeat(8000), 'vim:set ' + ' ft=x'.repeat(10_000), '-'.repeat(50_000), '\n'.repeat(50_000), 'diff ' + 'a/'.repeat(25_000)]) {
      expect(findLexer('guess', code)).toBe('plaintext');
    }
  });

  it('falls back to plaintext when nothing narrows the guess', () => {
    expect(findLexer('guess', 'no idea')).toBe('plaintext');
    expect(findLexer('guess', '')).toBe('plaintext');
  });

  it('throws where Rouge finds the guess ambiguous', () => {
    expect(() => findLexer('guess', '#!/usr/bin/env ruby\n--- a\n+++ b\n')).toThrow(AmbiguousLexerError);
    try {
      findLexer('guess', '<!DOCTYPE html>\n<?php');
    } catch (error) {
      expect((error as AmbiguousLexerError).alternatives).toEqual(['php', 'html']);
    }
  });

  it('has a detect rule for exactly the lexers Rouge asks', () => {
    expect(Object.keys(DETECTORS).sort()).toEqual(ROUGE_LEXERS.filter((l) => l[3]).map((l) => l[0]).sort());
  });
});

describe('highlightCode', () => {
  it('wraps a block for a known language, escaping only & < >', () => {
    expect(highlightCode('puts "a" & \'b\' < c > d\n', 'ruby', 'block', JEKYLL)).toEqual({
      html: wrapped('puts "a" &amp; \'b\' &lt; c &gt; d\n'),
      defaultLang: 'plaintext',
    });
  });

  it('keeps the final newline, tabs, CRs and empty code as they are', () => {
    expect(highlightCode('\tx\r\n\ty', 'ruby', 'block', JEKYLL)?.html).toBe(wrapped('\tx\r\n\ty'));
    expect(highlightCode('', 'ruby', 'block', JEKYLL)?.html).toBe(wrapped(''));
    expect(highlightCode('\n', undefined, 'block', JEKYLL)?.html).toBe(wrapped('\n'));
  });

  it('highlights code without a language as default_lang (plaintext) while guess_lang is on', () => {
    expect(highlightCode('x <y>\n', undefined, 'block', JEKYLL)).toEqual({ html: wrapped('x &lt;y&gt;\n'), defaultLang: 'plaintext' });
    expect(highlightCode('x\n', 'text', 'block', JEKYLL)).toEqual({ html: wrapped('x\n'), defaultLang: 'plaintext' });
  });

  it('gives nothing for an unknown language', () => {
    expect(highlightCode('x\n', 'nosuch', 'block', JEKYLL)).toBeUndefined();
    expect(highlightCode('x\n', 'Ruby', 'block', JEKYLL)).toBeUndefined();
    expect(highlightCode('x\n', 'rbs', 'span', JEKYLL)).toBeUndefined();
    expect(highlightCode('x\n', '?x', 'block', JEKYLL)).toBeUndefined();
  });

  it('leaves plaintext alone without guess_lang', () => {
    const off = withOpts({ guess_lang: false });
    expect(highlightCode('x\n', undefined, 'block', off)).toBeUndefined();
    expect(highlightCode('x\n', 'text', 'block', off)).toBeUndefined();
    expect(highlightCode('x\n', 'ruby', 'block', off)).toEqual({ html: wrapped('x\n'), defaultLang: 'plaintext' });
  });

  it('does not wrap spans', () => {
    expect(highlightCode('a & <b> "c"', undefined, 'span', JEKYLL)).toEqual({ html: 'a &amp; &lt;b&gt; "c"', defaultLang: 'plaintext' });
    expect(highlightCode('puts 1', 'ruby', 'span', JEKYLL)).toEqual({ html: 'puts 1', defaultLang: 'plaintext' });
  });

  it('follows css_class, wrap and formatter', () => {
    expect(highlightCode('x\n', 'ruby', 'block', withOpts({ css_class: 'code' }))?.html).toBe(wrapped('x\n', 'code'));
    expect(highlightCode('x\n', 'ruby', 'block', withOpts({ css_class: '' }))?.html).toBe(wrapped('x\n', ''));
    expect(highlightCode('x\n', 'ruby', 'block', withOpts({ wrap: false }))?.html).toBe('x\n');
    expect(highlightCode('x\n', 'ruby', 'block', withOpts({ wrap: null }))?.html).toBe('x\n');
    expect(highlightCode('x\n', 'ruby', 'block', withOpts({ formatter: 'HTML' }))?.html).toBe('x\n');
    expect(highlightCode('x\n', 'ruby', 'block', withOpts({ formatter: 'NoSuch' }))?.html).toBe('x\n');
    expect(highlightCode('x\n', 'ruby', 'block', withOpts({ formatter: 'html' }))?.html).toBe(wrapped('x\n'));
    expect(() => highlightCode('x\n', 'ruby', 'block', withOpts({ formatter: 'Tex' }))).toThrow(/not supported/);
  });

  it('adds Rouge’s line-number table', () => {
    expect(highlightCode('a\nb\n', 'ruby', 'block', withOpts({ line_numbers: true }))?.html).toBe(
      wrapped(
        '<table class="rouge-table"><tbody><tr><td class="rouge-gutter gl"><pre class="lineno">1\n2\n</pre></td>' +
          '<td class="rouge-code"><pre>a\nb\n</pre></td></tr></tbody></table>',
      ),
    );
    const custom = withOpts({ line_numbers: true, start_line: 9, line_format: '%03d', table_class: 't', gutter_class: 'g', code_class: 'c' });
    expect(highlightCode('a\nb', 'ruby', 'span', custom)?.html).toBe(
      '<table class="t"><tbody><tr><td class="g gl"><pre class="lineno">009\n010\n</pre></td><td class="c"><pre>a\nb\n</pre></td></tr></tbody></table>',
    );
    expect(highlightCode('', 'ruby', 'block', withOpts({ line_numbers: 0, wrap: false }))?.html).toBe(
      '<table class="rouge-table"><tbody><tr><td class="rouge-gutter gl"><pre class="lineno">1\n</pre></td><td class="rouge-code"><pre>\n</pre></td></tr></tbody></table>',
    );
  });

  it('merges the span and block options over the shared ones', () => {
    const opts = withOpts({ span: { disable: true }, block: { default_lang: 'ruby', css_class: 'blk' } });
    expect(highlightCode('x', 'ruby', 'span', opts)).toBeUndefined();
    expect(highlightCode('x\n', undefined, 'block', opts)).toEqual({ html: wrapped('x\n', 'blk'), defaultLang: 'ruby' });
    const spanOnly = withOpts({ span: { default_lang: 'python', wrap: true } });
    expect(highlightCode('x', undefined, 'span', spanOnly)).toEqual({ html: 'x', defaultLang: 'python' });
    expect(highlightCode('x\n', undefined, 'block', withOpts({ ' :css_class ': 'sym' }))?.html).toBe(wrapped('x\n', 'sym'));
  });

  it('gives nothing when disabled or without Rouge', () => {
    expect(highlightCode('x\n', 'ruby', 'block', withOpts({ disable: true }))).toBeUndefined();
    expect(highlightCode('x\n', 'ruby', 'block', withOpts({}, null))).toBeUndefined();
    expect(highlightCode('x\n', 'ruby', 'block', withOpts({}, 'coderay'))).toBeUndefined();
  });

  it('guesses when asked, or when neither lang nor default_lang is set', () => {
    expect(highlightCode('#!/bin/sh\n', 'guess', 'block', JEKYLL)).toEqual({ html: wrapped('#!/bin/sh\n'), defaultLang: 'plaintext' });
    expect(highlightCode('x\n', undefined, 'block', withOpts({ default_lang: null }))).toEqual({ html: wrapped('x\n'), defaultLang: undefined });
    expect(highlightCode('x\n', undefined, 'block', withOpts({ default_lang: null, guess_lang: false }))).toBeUndefined();
    expect(() => highlightCode('#!/usr/bin/env ruby\n--- a\n+++ b\n', 'guess', 'block', JEKYLL)).toThrow(AmbiguousLexerError);
  });

  it('writes kramdown’s minted LaTeX', () => {
    const minted = withOpts({ wrap: true, line_numbers: true, frame: 'lines' }, 'minted');
    expect(highlightCode('a < b\n', 'ruby', 'block', minted)).toEqual({
      html: '\\begin{minted}[breaklines,linenos,frame=lines]{ruby}\na < b\n\n\\end{minted}',
      defaultLang: undefined,
    });
    expect(highlightCode('a', undefined, 'span', minted)?.html).toBe('\\mintinline{plaintext}{a}');
  });

  it('puts a hook’s markup in place of the escaped code', () => {
    const seen: [string, string][] = [];
    const hook = (code: string, lang: string): string | undefined => {
      seen.push([code, lang]);
      return lang === 'ruby' ? `<span class="n">${code.trim()}</span>\n` : undefined;
    };
    expect(highlightCode('x\n', 'rb', 'block', JEKYLL, hook)?.html).toBe(wrapped('<span class="n">x</span>\n'));
    expect(highlightCode('a<b', 'py', 'span', JEKYLL, hook)?.html).toBe('a&lt;b');
    expect(highlightCode('x\n', 'nosuch', 'block', JEKYLL, hook)).toBeUndefined();
    expect(seen).toEqual([
      ['x\n', 'ruby'],
      ['a<b', 'python'],
    ]);
  });
});

describe('sprintfInteger', () => {
  it.each([
    ['%i', 7, '7'],
    ['%3d', 7, '  7'],
    ['%-3d|', 7, '7  |'],
    ['%03d', 7, '007'],
    ['%+d', 7, '+7'],
    ['%.3d', 7, '007'],
    ['%#x', 255, '0xff'],
    ['%%%i', 7, '%7'],
    ['L%i:', 7, 'L7:'],
    ['plain', 7, 'plain'],
  ])('formats %j with %j as %j, as Ruby does', (format, n, out) => {
    expect(sprintfInteger(format, n)).toBe(out);
  });
});
