import { describe, expect, it } from 'vitest';
import { highlightCode, type HighlightOptions } from '../../src/kramdown/highlight/highlight-code.ts';
import { formatHtml } from '../../src/kramdown/highlight/rouge/format.ts';
import { PORTED_LEXERS, rougeTokenHtml } from '../../src/kramdown/highlight/rouge/index.ts';
import { compilePattern } from '../../src/kramdown/highlight/rouge/regex.ts';
import { LEXERS } from '../../src/kramdown/highlight/rouge/registry.ts';
import { RegexLexer } from '../../src/kramdown/highlight/rouge/engine.ts';
import { T } from '../../src/kramdown/highlight/rouge/tokens.ts';

// Expected strings are what Rouge 3.30 (Debian's ruby-rouge, Ruby 3.1) gives for the same code:
// Rouge::Formatters::HTML.new.format(Rouge::Lexer.find(tag).new.lex(code)).

describe('rougeTokenHtml', () => {
  it.each<[string, string, string]>([
    ['ruby', 'def greet(name = "world")\n  puts "Hello, #{name.capitalize}!" if name\nend\n', '<span class="k">def</span> <span class="nf">greet</span><span class="p">(</span><span class="nb">name</span> <span class="o">=</span> <span class="s2">"world"</span><span class="p">)</span>\n  <span class="nb">puts</span> <span class="s2">"Hello, </span><span class="si">#{</span><span class="nb">name</span><span class="p">.</span><span class="nf">capitalize</span><span class="si">}</span><span class="s2">!"</span> <span class="k">if</span> <span class="nb">name</span>\n<span class="k">end</span>\n'],
    ['ruby', 'x = <<~EOS\n  body #{y}\nEOS\n', '<span class="n">x</span> <span class="o">=</span> <span class="o">&lt;&lt;~</span><span class="no">EOS</span><span class="sh">\n  body </span><span class="si">#{</span><span class="n">y</span><span class="si">}</span><span class="sh">\n</span><span class="no">EOS</span>\n'],
    ['ruby', '%w(a b) + %r{a/b}i.source + :sym.to_s + ?c', '<span class="sx">%w(a b)</span> <span class="o">+</span> <span class="sr">%r{a/b}i</span><span class="p">.</span><span class="nf">source</span> <span class="o">+</span> <span class="ss">:sym</span><span class="p">.</span><span class="nf">to_s</span> <span class="o">+</span> <span class="sc">?c</span>'],
    ['ruby', 'h = { key: 1, \'k2\' => :v }\n=begin\ndoc\n=end\n', '<span class="n">h</span> <span class="o">=</span> <span class="p">{</span> <span class="ss">key: </span><span class="mi">1</span><span class="p">,</span> <span class="s1">\'k2\'</span> <span class="o">=&gt;</span> <span class="ss">:v</span> <span class="p">}</span>\n<span class="cm">=begin\ndoc\n=end</span>\n'],
    ['ruby', 'a / b; c =~ /re#{x}/m', '<span class="n">a</span> <span class="o">/</span> <span class="n">b</span><span class="p">;</span> <span class="n">c</span> <span class="o">=~</span> <span class="sr">/re</span><span class="si">#{</span><span class="n">x</span><span class="si">}</span><span class="sr">/m</span>'],
    ['ruby', 'class Foo < Bar; attr_reader :x; end', '<span class="k">class</span> <span class="nc">Foo</span> <span class="o">&lt;</span> <span class="no">Bar</span><span class="p">;</span> <span class="nb">attr_reader</span> <span class="ss">:x</span><span class="p">;</span> <span class="k">end</span>'],
    ['python', '@app.route("/")\ndef index(x: int = 0x1F) -> str:\n    return f"{x!r:>4} {{}}"\n', '<span class="o">@</span><span class="n">app</span><span class="p">.</span><span class="n">route</span><span class="p">(</span><span class="s">"/"</span><span class="p">)</span>\n<span class="k">def</span> <span class="nf">index</span><span class="p">(</span><span class="n">x</span><span class="p">:</span> <span class="nb">int</span> <span class="o">=</span> <span class="mh">0x1F</span><span class="p">)</span> <span class="o">-&gt;</span> <span class="nb">str</span><span class="p">:</span>\n    <span class="k">return</span> <span class="sa">f</span><span class="s">"</span><span class="si">{</span><span class="n">x</span><span class="si">!r:</span><span class="o">&gt;</span><span class="mi">4</span><span class="si">}</span><span class="s"> {{}}"</span>\n'],
    ['python', 'from os import path\nclass A(B):\n    pass  # done\n', '<span class="kn">from</span> <span class="nn">os</span> <span class="kn">import</span> <span class="n">path</span>\n<span class="k">class</span> <span class="nc">A</span><span class="p">(</span><span class="n">B</span><span class="p">):</span>\n    <span class="k">pass</span>  <span class="c1"># done\n</span>'],
    ['yaml', 'a: &x 1\nb: *x\nc:\n  - "d"\n  - e # note\nf: |\n  text\n', '<span class="na">a</span><span class="pi">:</span> <span class="nl">&amp;x</span> <span class="m">1</span>\n<span class="na">b</span><span class="pi">:</span> <span class="nv">*x</span>\n<span class="na">c</span><span class="pi">:</span>\n  <span class="pi">-</span> <span class="s2">"</span><span class="s">d"</span>\n  <span class="pi">-</span> <span class="s">e</span> <span class="c1"># note</span>\n<span class="na">f</span><span class="pi">:</span> <span class="pi">|</span>\n  <span class="s">text</span>\n'],
    ['kotlin', 'data class P<T>(val x: T) {\n    fun show() = "x=$x"\n}\n', '<span class="kd">data class</span> <span class="nc">P</span><span class="p">&lt;</span><span class="nc">T</span><span class="p">&gt;(</span><span class="kd">val</span> <span class="py">x</span><span class="p">:</span> <span class="nc">T</span><span class="p">)</span> <span class="p">{</span>\n    <span class="k">fun</span> <span class="nf">show</span><span class="p">()</span> <span class="p">=</span> <span class="s">"x=$x"</span>\n<span class="p">}</span>\n'],
    ['shell', 'for f in *.md; do\n  echo "$f: $(wc -l < "$f")"\ndone\ncat <<EOF\nhi $USER\nEOF\n', '<span class="k">for </span>f <span class="k">in</span> <span class="k">*</span>.md<span class="p">;</span> <span class="k">do\n  </span><span class="nb">echo</span> <span class="s2">"</span><span class="nv">$f</span><span class="s2">: </span><span class="si">$(</span><span class="nb">wc</span> <span class="nt">-l</span> &lt; <span class="s2">"</span><span class="nv">$f</span><span class="s2">"</span><span class="si">)</span><span class="s2">"</span>\n<span class="k">done\n</span><span class="nb">cat</span> <span class="o">&lt;&lt;</span><span class="no">EOF</span><span class="sh">\nhi </span><span class="nv">$USER</span><span class="sh">\n</span><span class="no">EOF\n</span>'],
    ['c', '#include <stdio.h>\nint main(void) {\n  printf("%d\\n", 42);\n  return 0;\n}\n', '<span class="cp">#include</span> <span class="cpf">&lt;stdio.h&gt;</span><span class="cp">\n</span><span class="kt">int</span> <span class="nf">main</span><span class="p">(</span><span class="kt">void</span><span class="p">)</span> <span class="p">{</span>\n  <span class="n">printf</span><span class="p">(</span><span class="s">"%d</span><span class="se">\\n</span><span class="s">"</span><span class="p">,</span> <span class="mi">42</span><span class="p">);</span>\n  <span class="k">return</span> <span class="mi">0</span><span class="p">;</span>\n<span class="p">}</span>\n'],
    ['c', '#if 0\nskipped\n#endif\nx */ y;', '<span class="c">#if 0\nskipped\n#endif\n</span><span class="n">x</span> <span class="err">*/</span> <span class="n">y</span><span class="p">;</span>'],
    ['cpp', 'template <typename T> class Box { T v; };\nauto s = R"(raw)";\n', '<span class="k">template</span> <span class="o">&lt;</span><span class="k">typename</span> <span class="nc">T</span><span class="p">&gt;</span> <span class="k">class</span> <span class="nc">Box</span> <span class="p">{</span> <span class="n">T</span> <span class="n">v</span><span class="p">;</span> <span class="p">};</span>\n<span class="k">auto</span> <span class="n">s</span> <span class="o">=</span> <span class="s">R"(raw)"</span><span class="p">;</span>\n'],
    ['javascript', 'const re = /a+/g, n = x / 2;\nlet o = { k: `t ${n}` };\n', '<span class="kd">const</span> <span class="nx">re</span> <span class="o">=</span> <span class="sr">/a+/g</span><span class="p">,</span> <span class="nx">n</span> <span class="o">=</span> <span class="nx">x</span> <span class="o">/</span> <span class="mi">2</span><span class="p">;</span>\n<span class="kd">let</span> <span class="nx">o</span> <span class="o">=</span> <span class="p">{</span> <span class="na">k</span><span class="p">:</span> <span class="s2">`t </span><span class="p">${</span><span class="nx">n</span><span class="p">}</span><span class="s2">`</span> <span class="p">};</span>\n'],
    ['typescript', 'interface P { x?: number; readonly y: string }\n', '<span class="kr">interface</span> <span class="nx">P</span> <span class="p">{</span> <span class="nl">x</span><span class="p">?:</span> <span class="kr">number</span><span class="p">;</span> <span class="k">readonly</span> <span class="nx">y</span><span class="p">:</span> <span class="kr">string</span> <span class="p">}</span>\n'],
    ['sql', 'SELECT name, \'it\'\'s\' FROM users WHERE id = 1; -- c\n', '<span class="k">SELECT</span> <span class="n">name</span><span class="p">,</span> <span class="s1">\'it</span><span class="se">\'\'</span><span class="s1">s\'</span> <span class="k">FROM</span> <span class="n">users</span> <span class="k">WHERE</span> <span class="n">id</span> <span class="o">=</span> <span class="mi">1</span><span class="p">;</span> <span class="c1">-- c</span>\n'],
    ['liquid', '{% for p in site.posts %}{{ p.title | upcase }}{% endfor %}', '<span class="p">{%</span><span class="w"> </span><span class="nt">for</span><span class="w"> </span><span class="nv">p</span><span class="w"> </span><span class="nt">in</span><span class="w"> </span><span class="nv">site.posts</span><span class="w"> </span><span class="p">%}{{</span><span class="w"> </span><span class="nv">p</span><span class="p">.</span><span class="nv">title</span><span class="w"> </span><span class="p">|</span><span class="w"> </span><span class="nf">upcase</span><span class="w"> </span><span class="p">}}{%</span><span class="w"> </span><span class="nt">endfor</span><span class="w"> </span><span class="p">%}</span>'],
    ['java', 'public class A {\n  @Override\n  public String toString() { return "a"; }\n}\n', '<span class="kd">public</span> <span class="kd">class</span> <span class="nc">A</span> <span class="o">{</span>\n  <span class="nd">@Override</span>\n  <span class="kd">public</span> <span class="nc">String</span> <span class="nf">toString</span><span class="o">()</span> <span class="o">{</span> <span class="k">return</span> <span class="s">"a"</span><span class="o">;</span> <span class="o">}</span>\n<span class="o">}</span>\n'],
    ['go', 'func main() {\n\tr := \'x\'\n\ts := `raw`\n\tfmt.Println(r, s, len(s))\n}\n', '<span class="k">func</span> <span class="n">main</span><span class="p">()</span> <span class="p">{</span>\n\t<span class="n">r</span> <span class="o">:=</span> <span class="sc">\'x\'</span>\n\t<span class="n">s</span> <span class="o">:=</span> <span class="s">`raw`</span>\n\t<span class="n">fmt</span><span class="o">.</span><span class="n">Println</span><span class="p">(</span><span class="n">r</span><span class="p">,</span> <span class="n">s</span><span class="p">,</span> <span class="nb">len</span><span class="p">(</span><span class="n">s</span><span class="p">))</span>\n<span class="p">}</span>\n'],
    ['diff', '--- a\n+++ b\n@@ -1 +1 @@\n-old\n+new\n', '<span class="gd">--- a\n</span><span class="gi">+++ b\n</span><span class="p">@@ -1 +1 @@</span>\n<span class="gd">-old\n</span><span class="gi">+new\n</span>'],
    ['json', '{"a": [1, 2.5, true, null], "b": "\\u00e9"}', '<span class="p">{</span><span class="nl">"a"</span><span class="p">:</span><span class="w"> </span><span class="p">[</span><span class="mi">1</span><span class="p">,</span><span class="w"> </span><span class="mf">2.5</span><span class="p">,</span><span class="w"> </span><span class="kc">true</span><span class="p">,</span><span class="w"> </span><span class="kc">null</span><span class="p">],</span><span class="w"> </span><span class="nl">"b"</span><span class="p">:</span><span class="w"> </span><span class="s2">"</span><span class="se">\\u</span><span class="s2">00e9"</span><span class="p">}</span>'],
    ['xml', '<?xml version="1.0"?>\n<a b="c"><![CDATA[x]]>&amp;</a>\n', '<span class="cp">&lt;?xml version="1.0"?&gt;</span>\n<span class="nt">&lt;a</span> <span class="na">b=</span><span class="s">"c"</span><span class="nt">&gt;</span><span class="cp">&lt;![CDATA[x]]&gt;</span><span class="ni">&amp;amp;</span><span class="nt">&lt;/a&gt;</span>\n'],
    ['css', '@media print {\n  .a > b { color: #fff !important; margin: 0 auto; }\n}\n', '<span class="k">@media</span> <span class="n">print</span> <span class="p">{</span>\n  <span class="nc">.a</span> <span class="o">&gt;</span> <span class="nt">b</span> <span class="p">{</span> <span class="nl">color</span><span class="p">:</span> <span class="m">#fff</span> <span class="cp">!important</span><span class="p">;</span> <span class="nl">margin</span><span class="p">:</span> <span class="m">0</span> <span class="nb">auto</span><span class="p">;</span> <span class="p">}</span>\n<span class="p">}</span>\n'],
    ['html', '<p class="x">Hi &amp; bye</p>\n<script>var a = 1;</script>\n<style>b { color: red }</style>\n', '<span class="nt">&lt;p</span> <span class="na">class=</span><span class="s">"x"</span><span class="nt">&gt;</span>Hi <span class="ni">&amp;amp;</span> bye<span class="nt">&lt;/p&gt;</span>\n<span class="nt">&lt;script&gt;</span><span class="kd">var</span> <span class="nx">a</span> <span class="o">=</span> <span class="mi">1</span><span class="p">;</span><span class="nt">&lt;/script&gt;</span>\n<span class="nt">&lt;style&gt;b</span> <span class="p">{</span> <span class="nl">color</span><span class="p">:</span> <span class="no">red</span> <span class="p">}</span><span class="nt">&lt;/style&gt;</span>\n'],
    ['plaintext', 'a < b && "c" > \'d\'\n', 'a &lt; b &amp;&amp; "c" &gt; \'d\'\n'],
  ])('%s: %j', (tag, code, html) => {
    expect(rougeTokenHtml(code, tag)).toBe(html);
  });

  it('is undefined for a lexer that is not ported, and where Rouge raises', () => {
    expect(rougeTokenHtml('x', 'erb')).toBeUndefined();
    expect(rougeTokenHtml('x', 'constructor')).toBeUndefined();
    expect(rougeTokenHtml('x', 'rb')).toBeUndefined(); // an alias: findLexer gives the tag
    expect(rougeTokenHtml('%\\a\\ x', 'ruby')).toBeUndefined(); // Ruby: ArgumentError (too short escape sequence)
  });

  it('gives nothing for empty code', () => {
    for (const tag of PORTED_LEXERS) expect(rougeTokenHtml('', tag)).toBe('');
  });

  it('ports these lexers', () => {
    expect([...PORTED_LEXERS].sort()).toEqual([
      'c', 'cpp', 'css', 'diff', 'go', 'html', 'java', 'javascript', 'json', 'kotlin', 'liquid',
      'plaintext', 'python', 'ruby', 'shell', 'sql', 'typescript', 'xml', 'yaml',
    ]);
  });

  it('compiles every state of every grammar', () => {
    for (const tag of PORTED_LEXERS) {
      const lexer = LEXERS[tag]!();
      if (lexer instanceof RegexLexer) expect(() => lexer.compileStates(), tag).not.toThrow();
    }
  });
});

describe('formatHtml', () => {
  it('writes Text bare, other tokens as spans of their short name, escapes & < > only, and Escape as an error', () => {
    expect(formatHtml([[T.Text, 'a < b & "c"'], [T.TextWhitespace, ' '], [T.Keyword, 'if'], [T.Escape, '\x1b']])).toBe(
      'a &lt; b &amp; "c"<span class="w"> </span><span class="k">if</span><span class="err">\x1b</span>',
    );
  });
});

describe('compilePattern: Ruby semantics at a StringScanner position', () => {
  const at = (re: RegExp | string, text: string, pos = 0): string | undefined => {
    const { re: compiled } = compilePattern(re);
    compiled.lastIndex = pos;
    return compiled.exec(text)?.[0];
  };
  // Each expectation was checked against Ruby 3.1 (StringScanner at the position, fixed_anchor: false).
  it('reads . as anything but \\n, and $ as before \\n only', () => {
    expect(at(/a.$/, 'a\r')).toBe('a\r');
    expect(at(/b$/, 'b\r\n')).toBeUndefined();
    expect(at(/./, '\u2028')).toBe('\u2028');
    expect(at(/a.b/s, 'a\nb')).toBe('a\nb');
  });
  it('reads \\s, \\w, \\d as ASCII, \\h as hex, POSIX classes and \\p{Word} as Unicode', () => {
    expect(at(/\s/, '\u00a0')).toBeUndefined();
    expect(at(/\w/, 'é')).toBeUndefined();
    expect(at('[[:alpha:]]', 'é')).toBe('é');
    expect(at('\\p{Word}+', '日本_1')).toBe('日本_1');
    expect(at(/\h+/, '0fAg')).toBe('0fA');
  });
  it('judges \\b by Unicode word characters', () => {
    expect(at(/a\b/, 'aé')).toBeUndefined();
    expect(at(/é\b/u, 'é ')).toBe('é');
  });
  it('sees no text before the scan position', () => {
    expect(at(/(?<!\.)b/, 'a.b', 2)).toBe('b');
    expect(at(/(?<=\.)b/, 'a.b', 2)).toBeUndefined();
    expect(at(/\bfoo/, 'xfoo', 1)).toBe('foo');
    expect(at(/\Afoo/, 'xfoo', 1)).toBe('foo');
    expect(at(/^foo/, 'xfoo', 1)).toBe('foo');
    expect(at(/ ^foo/, 'x foo', 1)).toBeUndefined();
  });
  it('reads {,n} as {0,n}, and a { that starts no quantifier as itself', () => {
    expect(at('[ru]{,2}x', 'rux')).toBe('rux');
    expect(at('\\${#?', '${#')).toBe('${#');
  });
  it('marks a rule starting with ^ as one for the beginning of a line only', () => {
    expect(compilePattern(/^a/).bol).toBe(true);
    expect(compilePattern(/(?:^|b)a/).bol).toBe(false);
  });
});

describe('highlightCode with rougeTokens', () => {
  const options = (rougeTokens?: boolean): HighlightOptions => ({
    syntax_highlighter: 'rouge',
    syntax_highlighter_opts: { default_lang: 'plaintext', guess_lang: true },
    ...(rougeTokens === undefined ? {} : { rougeTokens }),
  });
  const wrapped = (inner: string): string => `<div class="highlight"><pre class="highlight"><code>${inner}</code></pre></div>`;
  const tokens = '<span class="n">x</span> <span class="o">=</span> <span class="mi">1</span>\n';

  it('leaves the token spans out unless asked', () => {
    expect(highlightCode('x = 1\n', 'ruby', 'block', options())?.html).toBe(wrapped('x = 1\n'));
    expect(highlightCode('x = 1\n', 'ruby', 'block', options(false))?.html).toBe(wrapped('x = 1\n'));
  });

  it("writes the ported lexer's tokens when asked, unless a hook gives markup", () => {
    expect(highlightCode('x = 1\n', 'rb', 'block', options(true))?.html).toBe(wrapped(tokens));
    expect(highlightCode('x = 1\n', 'ruby', 'block', options(true), () => undefined)?.html).toBe(wrapped(tokens));
    expect(highlightCode('x = 1\n', 'ruby', 'block', options(true), () => 'hook')?.html).toBe(wrapped('hook'));
    expect(highlightCode('a <b>', 'erb', 'block', options(true))?.html).toBe(wrapped('a &lt;b&gt;'));
  });
});
