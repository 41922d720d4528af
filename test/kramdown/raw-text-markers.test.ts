import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/index.ts';

// Tags the writer writes inside an element whose content HTML reads as text (textarea, title,
// xmp, iframe, noembed, noframes, noscript, style, script, plaintext) are text there: the marked
// HTML gives them no marker, which would show in article.text and the blocks (issue 15:
// `<textarea><div>x</div></textarea>` gave "<div @=1>x</div>"). Each row: the body, Jekyll
// 4.3.1's HTML for it, then the text and the blocks (type, text) the Article reads.
const CASES: Array<[string, string, string, Array<[string, string]>]> = [
  ["<textarea><div>x</div></textarea>\n", "<textarea><div>x</div></textarea>\n", "<div>x</div>", [["html","<div>x</div>"]]],
  ["a <textarea><div>x</div></textarea> b\n", "<p>a <textarea>&lt;div&gt;x&lt;/div&gt;</textarea> b</p>\n", "a <div>x</div> b", [["paragraph","a <div>x</div> b"]]],
  ["<xmp><div>x</div></xmp>\n", "<xmp><div>x</div></xmp>\n", "<div>x</div>", [["html","<div>x</div>"]]],
  ["a <xmp><div>x</div></xmp> b\n", "<p>a <xmp>&lt;div&gt;x&lt;/div&gt;</xmp> b</p>\n", "a\n\n&lt;div&gt;x&lt;/div&gt;\n b", [["paragraph","a"],["html","&lt;div&gt;x&lt;/div&gt;"],["text"," b"]]],
  ["<iframe><div>x</div></iframe>\n", "<iframe><div>x</div></iframe>\n", "<div>x</div>", [["html","<div>x</div>"]]],
  ["a <iframe><div>x</div></iframe> b\n", "<p>a &lt;iframe&gt;&lt;div&gt;x&lt;/div&gt;&lt;/iframe&gt; b</p>\n", "a <iframe><div>x</div></iframe> b", [["paragraph","a <iframe><div>x</div></iframe> b"]]],
  ["<noembed><div>x</div></noembed>\n", "<noembed><div>x</div></noembed>\n", "", [["html","<div>x</div>"]]],
  ["a <noembed><div>x</div></noembed> b\n", "<p>a <noembed>&lt;div&gt;x&lt;/div&gt;</noembed> b</p>\n", "a  b", [["paragraph","a  b"]]],
  ["<plaintext><div>x</div></plaintext>\n", "<plaintext><div>x</div></plaintext>\n", "<div>x</div></plaintext>\n", [["html","<div>x</div></plaintext>\n"]]],
  ["a <plaintext><div>x</div></plaintext> b\n", "<p>a <plaintext>&lt;div&gt;x&lt;/div&gt;</plaintext> b</p>\n", "a\n\n&lt;div&gt;x&lt;/div&gt;</plaintext> b</p>\n", [["paragraph","a"],["html","&lt;div&gt;x&lt;/div&gt;</plaintext> b</p>\n"]]],
  ["<noscript><div>x</div></noscript>\n", "<noscript><div>x</div></noscript>\n", "", []],
  ["a <noscript><div>x</div></noscript> b\n", "<p>a <noscript>&lt;div&gt;x&lt;/div&gt;</noscript> b</p>\n", "a  b", [["paragraph","a  b"]]],
  ["<title><div>x</div></title>\n", "<title><div>x</div></title>\n", "", []],
  ["a <title><div>x</div></title> b\n", "<p>a <title>&lt;div&gt;x&lt;/div&gt;</title> b</p>\n", "a  b", [["paragraph","a  b"]]],
  ["<style><div>x</div></style>\n", "<style><div>x</div></style>\n\n", "", []],
  ["a <style><div>x</div></style> b\n", "<p>a <style>&lt;div&gt;x&lt;/div&gt;</style> b</p>\n", "a  b", [["paragraph","a  b"]]],
  ["<script><div>x</div></script>\n", "<script><div>x</div></script>\n\n", "", []],
  ["a <script><div>x</div></script> b\n", "<p>a <script>&lt;div&gt;x&lt;/div&gt;</script> b</p>\n", "a  b", [["paragraph","a  b"]]],
  ["<noframes><div>x</div></noframes>\n", "<noframes><div>x</div></noframes>\n", "", []],
  ["a <noframes><div>x</div></noframes> b\n", "<p>a <noframes>&lt;div&gt;x&lt;/div&gt;</noframes> b</p>\n", "a  b", [["paragraph","a  b"]]],
  ["{::nomarkdown}<textarea>{:/}\n\n*x*\n\n{::nomarkdown}</textarea>{:/}\n\n*y*\n", "<p><textarea></p>\n\n<p><em>x</em></p>\n\n<p></textarea></p>\n\n<p><em>y</em></p>\n", "</p>\n\n<p><em>x</em></p>\n\n<p>\n\ny", [["paragraph","</p>\n\n<p><em>x</em></p>\n\n<p>"],["paragraph","y"]]],
  ["<svg><style><b>x</b></style></svg>\n", "<svg><style><b>x</b></style></svg>\n", "x", [["html","x"]]],
  ["<div><TEXTAREA><p>a</p></textarea><p>b</p></div>\n", "<div><textarea><p>a</p></textarea><p>b</p></div>\n", "<p>a</p>\n\nb", [["html","<p>a</p>\n\nb"]]],
  ["<textarea><textarea>x</textarea><b>y</b></textarea>\n", "<textarea><textarea>x</textarea><b>y</b></textarea>\n", "<textarea>xy", [["html","<textarea>x"],["html","y"]]],
];

describe.each(CASES)('%j', (body, jekyll, text, blocks) => {
  it('publishes Jekyll’s HTML and reads it without markers', () => {
    const article = parseArticle(`---\n---\n${body}`);
    expect(article.html).toBe(jekyll);
    expect(article.text).toBe(text);
    expect(article.blocks.map((b) => [b.type, 'text' in b ? b.text : ''])).toEqual(blocks);
    expect(JSON.stringify(article)).not.toMatch(/ @=[0-9a-z]/);
  });
});
