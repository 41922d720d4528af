import { describe, expect, it } from 'vitest';
import { createJekyllSite, parseArticle } from '../../src/index.ts';

// Every expected string below is what Jekyll 4.3.1 (Liquid 5.4) printed for the same template and
// front matter: each group was one post (an .html post, which Jekyll does not convert) of a site
// with the group's _config.yml, rendered with ../shared/tools/render-jekyll.sh, one case a line,
// under a UTF-8 locale (LANG=C.UTF-8). Under LC_ALL=C, Ruby's inspect (and so to_s of an array
// or a hash) writes every non-ASCII character as \uXXXX; article-kit writes them as a UTF-8
// build does.

const FRONT = `title: "Hello \\"World\\" & <친구들>"
ko: "안녕하세요 세계 — 한국어 제목입니다"
tags: [루비, jekyll, "static sites"]
empty: ""
nothing: null
no: false
ratio: 2.5
readers: 7
score: "10.50"
nested: [[1, 2], [3, [4, 5]]]
hash: {a: 1, b: [1, 2], c: "x", d: null, e: true, f: 1.5}
ws: "  lots   of\\n\\twhite  space  "
nl: "a\\nb\\r\\nc"
quoted: "He said \\"hi\\" -- it's 'quoted' ... <<ok>> & done"
people:
  - {name: "민수", team: "a", age: 30, tags: [x, y], score: "10"}
  - {name: "Jane", team: "b", age: 25, tags: [y], score: "9"}
  - {name: "지영", team: "a", age: 35, score: "10.5"}
  - {name: "Bob", age: 25, tags: [], score: 2}
  - {name: "Ann", team: "", age: null, tags: z}
info:
  - {name: "A", where: {city: "서울"}}
  - {name: "B", where: {city: "부산"}}
  - {name: "C"}`;

type Group = { config: Record<string, unknown>; date?: string; cases: Array<[template: string, jekyll: string]> };

const GROUPS: Record<string, Group> = {
  // Liquid's math filters: Integer and BigDecimal arithmetic, Floats as Ruby prints them
  math: {
    config: {},
    cases: [
      ['{{ 10 | divided_by: 3 }}', '3'],
      ['{{ 10 | divided_by: 3.0 }}', '3.3333333333333335'],
      ['{{ 10 | divided_by: 2.0 }}', '5.0'],
      ['{{ -7 | divided_by: 2 }}', '-4'],
      ['{{ 7 | divided_by: -2 }}', '-4'],
      ['{{ 3.0 | plus: 1 }}', '4.0'],
      ['{{ 1.5 | plus: 1.5 }}', '3.0'],
      ['{{ 0.1 | plus: 0.2 }}', '0.3'],
      ['{{ 1.1 | times: 3 }}', '3.3'],
      ['{{ 4 | times: 2.5 }}', '10.0'],
      ['{{ 5 | minus: 7.5 }}', '-2.5'],
      ['{{ 10 | modulo: 3 }}', '1'],
      ['{{ -10 | modulo: 3 }}', '2'],
      ['{{ 10.5 | modulo: 3 }}', '1.5'],
      ['{{ 7 | modulo: -2 }}', '-1'],
      ['{{ 2.5 | round }}', '3'],
      ['{{ -2.5 | round }}', '-3'],
      ['{{ 1.005 | round: 2 }}', '1.01'],
      ['{{ 2.675 | round: 2 }}', '2.68'],
      ['{{ 5 | round: 2 }}', '5'],
      ['{{ 1234.5678 | round: -2 }}', '1200'],
      ['{{ 1250 | round: -2 }}', '1300'],
      ['{{ "3.14159" | round: 3 }}', '3.142'],
      ['{{ 1.2 | ceil }}', '2'],
      ['{{ -1.2 | ceil }}', '-1'],
      ['{{ 1.8 | floor }}', '1'],
      ['{{ -3.5 | floor }}', '-4'],
      ['{{ "2.5" | ceil }}', '3'],
      ['{{ -3.5 | abs }}', '3.5'],
      ['{{ "-4" | abs }}', '4'],
      ['{{ 4 | at_least: 5 }}', '5'],
      ['{{ 4 | at_least: 2.5 }}', '4'],
      ['{{ 4.5 | at_most: 3 }}', '3'],
      ['{{ 5.0 | at_least: 5 }}', '5.0'],
      ['{{ "abc" | plus: 1 }}', '1'],
      ['{{ "5" | plus: "6" }}', '11'],
      ['{{ "5.5" | plus: 1 }}', '6.5'],
      ['{{ nil | plus: 1 }}', '1'],
      ['{{ page.score | plus: 0 }}', '10.5'],
      ['{{ page.readers | divided_by: 2 }}', '3'],
      ['{{ page.ratio | times: 2 }}', '5.0'],
      ['{{ page.readers | times: page.ratio }}', '17.5'],
      ['{{ 0.000012 | plus: 0 }}', '1.2e-05'],
      ['{{ 123456789.123 | times: 1000 }}', '123456789123.0'],
      ['{{ 1000000 | times: 1000000000.0 }}', '1.0e+15'],
      ['{{ 100000 | times: 1000000000.0 }}', '100000000000000.0'],
      ['{{ 10 | divided_by: 4.0 | times: 4 }}', '10.0'],
      ['{{ 2 | times: 3.0 | plus: 1 }}', '7.0'],
    ],
  },
  // Liquid's string filters: Ruby's to_s, characters, white space
  string: {
    config: {},
    cases: [
      ['{{ page.tags | append: "!" }}', '["루비", "jekyll", "static sites"]!'],
      ['{{ page.hash | prepend: "h:" }}', 'h:{"a"=>1, "b"=>[1, 2], "c"=>"x", "d"=>nil, "e"=>true, "f"=>1.5}'],
      ['{{ page.ratio | append: "x" }}', '2.5x'],
      ['{{ "x" | prepend: page.no }}', 'x'],
      ['{{ "hello WORLD" | capitalize }}', 'Hello world'],
      ['{{ "ǆungla" | capitalize }}', 'ǅungla'],
      ['{{ "ßeta" | capitalize }}', 'Sseta'],
      ['{{ "ÉCOLE ΣΑΣ" | downcase }}', 'école σασ'],
      ['{{ "straße" | upcase }}', 'STRASSE'],
      ['{{ page.tags | upcase }}', '["루비", "JEKYLL", "STATIC SITES"]'],
      ['{{ "Hello world this is long" | truncate: 10 }}', 'Hello w...'],
      ['{{ "안녕하세요 세계" | truncate: 5 }}', '안녕...'],
      ['{{ "abcdefghij" | truncate: 5, "" }}', 'abcde'],
      ['{{ "abcdefghij" | truncate: 2, "…!" }}', '…!'],
      ['{{ "abcdef" | truncate: 0 }}', '...'],
      ['{{ "😀😀😀" | truncate: 2, "" }}', '😀😀'],
      ['{{ "one two three four" | truncatewords: 2 }}', 'one two...'],
      ['{{ page.ws | truncatewords: 5 }}', '  lots   of\n\twhite  space  '],
      ['{{ "  one two three" | truncatewords: 2, "" }}', 'one two'],
      ['{{ "one two" | truncatewords: 2 }}', 'one two'],
      ['{{ "one two three" | truncatewords: 0 }}', 'one...'],
      ['{{ "a,b,,c,," | split: "," | join: "|" }}', 'a|b||c'],
      ['{{ "abc" | split: "" | join: "|" }}', 'a|b|c'],
      ['{{ " a  b " | split: " " | join: "|" }}', 'a|b'],
      ['{{ "hello" | slice: 1, 3 }}', 'ell'],
      ['{{ "hello" | slice: -3, 2 }}', 'll'],
      ['{{ "안녕하세요" | slice: 2 }}', '하'],
      ['{{ "hello" | slice: 5 }}', ''],
      ['{{ page.tags | slice: 1, 2 | join: "," }}', 'jekyll,static sites'],
      ['{{ "<p>hi <b>there</b></p><script>x</script><!-- c -->" | strip_html }}', 'hi there'],
      ['{{ page.nl | strip_newlines }}', 'abc'],
      ['{{ page.nl | newline_to_br }}', 'a<br />\nb<br />\nc'],
      ['{{ "a & b < c" | escape }}', 'a &amp; b &lt; c'],
      ['{{ "it\'s" | escape }}', 'it&#39;s'],
      ['{{ "a &amp; b &lt; &#39; &#x27; &copy; <" | escape_once }}', 'a &amp; b &lt; &#39; &amp;#x27; &copy; &lt;'],
      ['{{ "hello world" | replace: "o", "0" }}', 'hell0 w0rld'],
      ['{{ "hello world" | replace_first: "o", "0" }}', 'hell0 world'],
      ['{{ "hello world" | replace_last: "o", "0" }}', 'hello w0rld'],
      ['{{ "abc" | replace: "", "-" }}', '-a-b-c-'],
      ['{{ "hello world" | remove: "l" }}', 'heo word'],
      ['{{ "hello world" | remove_first: "l" }}', 'helo world'],
      ['{{ "hello world" | remove_last: "l" }}', 'hello word'],
      ['[{{ "  x  " | strip }}]', '[x]'],
      ['[{{ "  x  " | lstrip }}]', '[x  ]'],
      ['[{{ "  x  " | rstrip }}]', '[  x]'],
      ['{{ "a b!*\'()~" | url_encode }}', 'a+b%21%2A%27%28%29~'],
      ['{{ "안녕" | url_encode }}', '%EC%95%88%EB%85%95'],
      ['{{ "a%20b+c%2B" | url_decode }}', 'a b c+'],
      ['{{ "%ED%95%9C" | url_decode }}', '한'],
      ['{{ "hello" | base64_encode }}', 'aGVsbG8='],
      ['{{ "안녕" | base64_encode }}', '7JWI64WV'],
      ['{{ "aGVsbG8=" | base64_decode }}', 'hello'],
      ['{{ "??>>" | base64_url_safe_encode }}', 'Pz8-Pg=='],
      ['{{ "Pz8-Pg" | base64_url_safe_decode }}', '??>>'],
      ['{{ "hello" | size }}', '5'],
      ['{{ "😀" | size }}', '1'],
      ['{{ page.tags | size }}', '3'],
      ['{{ page.hash | size }}', '6'],
      ['{{ 12345 | size }}', '8'],
      ['{{ page.ratio | size }}', '0'],
      ['{{ page.nothing | size }}', '0'],
    ],
  },
  // Liquid's array filters: InputIterator's flattening, Ruby's []
  array: {
    config: {},
    cases: [
      ['{{ page.nested | join: "," }}', '1,2,3,4,5'],
      ['{{ page.tags | join }}', '루비 jekyll static sites'],
      ['{{ page.hash | join: "," }}', '{"a"=>1, "b"=>[1, 2], "c"=>"x", "d"=>nil, "e"=>true, "f"=>1.5}'],
      ['{{ page.tags | first }}', '루비'],
      ['{{ page.tags | last }}', 'static sites'],
      ['[{{ "abc" | first }}]', '[]'],
      ['{{ page.hash | first }}', 'a1'],
      ['{{ page.nested | first | join: "," }}', '1,2'],
      ['{{ page.nested | reverse | join: "," }}', '5,4,3,2,1'],
      ['{{ page.nested | uniq | size }}', '5'],
      ['{{ "b,a,b" | split: "," | uniq | join }}', 'b a'],
      ['{{ page.people | map: "age" | compact | join: "," }}', '30,25,35,25'],
      ['{{ page.people | map: "name" | join: "," }}', '민수,Jane,지영,Bob,Ann'],
      ['{{ page.people | map: "tags" | join: "," }}', 'x,y,y,,z'],
      ['{{ page.tags | concat: page.nested | join: "," }}', '루비,jekyll,static sites,1,2,3,4,5'],
      ['{{ "c,a,B,b" | split: "," | sort_natural | join }}', 'a B b c'],
      ['{{ page.people | sort_natural: "name" | map: "name" | join: "," }}', 'Ann,Bob,Jane,민수,지영'],
      ['{{ page.empty | default: "d" }}', 'd'],
      ['{{ page.no | default: "d" }}', 'd'],
      ['{{ page.no | default: "d", allow_false: true }}', 'd'],
      ['{{ page.nothing | default: "d" }}', 'd'],
      ['{{ 0 | default: "d" }}', '0'],
      ['[{{ empty | default: "e" }}]', '[]'],
    ],
  },
  // Jekyll's where, find, group_by, sort and the array filters it adds
  grouping: {
    config: {},
    cases: [
      ['{{ page.people | where: "team", "a" | map: "name" | join: "," }}', '민수,지영'],
      ['{{ page.people | where: "tags", "y" | map: "name" | join: "," }}', '민수,Jane'],
      ['{{ page.people | where: "age", 25 | map: "name" | join: "," }}', 'Jane,Bob'],
      ['{{ page.people | where: "age", "25" | map: "name" | join: "," }}', 'Jane,Bob'],
      ['{{ page.people | where: "team", nil | map: "name" | join: "," }}', 'Bob'],
      ['{{ page.people | where: "team", "" | map: "name" | join: "," }}', 'Ann'],
      ['{{ page.people | where: "tags", empty | map: "name" | join: "," }}', '지영,Bob'],
      ['{{ page.people | where: "score", "10.50" | size }}', '0'],
      ['{{ page.info | where: "where.city", "서울" | map: "name" | join }}', 'A'],
      ['{{ page.people | where_exp: "p", "p.age > 26" | map: "name" | join: "," }}', '민수,지영'],
      ['{{ page.people | where_exp: "p", "p.tags contains \'y\'" | map: "name" | join: "," }}', '민수,Jane'],
      ['{{ page.people | where_exp: "p", "p.team == \'a\' and p.age < 33" | map: "name" | join: "," }}', '민수'],
      ['{{ page.people | where_exp: "p", "p.team" | map: "name" | join: "," }}', '민수,Jane,지영,Ann'],
      ['{{ page.people | find: "team", "a" | map: "name" }}', '민수'],
      ['{{ page.people | find: "team", "zz" | inspect }}', 'nil'],
      ['{{ page.people | find_exp: "p", "p.age < 30" | map: "name" }}', 'Jane'],
      ['{{ page.people | find_exp: "p", "p.age > 99" | inspect }}', 'nil'],
      ['{% assign g = page.people | group_by: "team" %}{% for x in g %}[{{ x.name }}:{{ x.size }}:{{ x.items | map: "name" | join: "," }}]{% endfor %}', '[a:2:민수,지영][b:1:Jane][:2:Bob,Ann]'],
      ['{{ page.people | group_by: "age" | map: "name" | join: "," }}', '30,25,35,'],
      ['{{ page.people | group_by: "score" | map: "name" | join: "," }}', '10,9,10.5,2,'],
      ['{% assign g = page.people | group_by_exp: "p", "p.age | divided_by: 10" %}{% for x in g %}[{{ x.name }}:{{ x.size }}]{% endfor %}', '[3:2][2:2][0:1]'],
      ['{% assign g = page.people | group_by_exp: "p", "p.name | size" %}{% for x in g %}[{{ x.name }}:{{ x.size }}]{% endfor %}', '[2:2][4:1][3:2]'],
      ['{{ page.people | group_by: "team" | jsonify }}', '[{"name":"a","items":[{"name":"민수","team":"a","age":30,"tags":["x","y"],"score":"10"},{"name":"지영","team":"a","age":35,"score":"10.5"}],"size":2},{"name":"b","items":[{"name":"Jane","team":"b","age":25,"tags":["y"],"score":"9"}],"size":1},{"name":"","items":[{"name":"Bob","age":25,"tags":[],"score":2},{"name":"Ann","team":"","age":null,"tags":"z"}],"size":2}]'],
      ['{{ "3,1,10,2" | split: "," | sort | join: "," }}', '1,10,2,3'],
      ['{{ page.people | sort: "age" | map: "name" | join: "," }}', 'Ann,Jane,Bob,민수,지영'],
      ['{{ page.people | sort: "age", "last" | map: "name" | join: "," }}', 'Jane,Bob,민수,지영,Ann'],
      ['{{ page.people | sort: "score" | map: "name" | join: "," }}', 'Ann,Bob,Jane,민수,지영'],
      ['{{ page.people | sort: "team" | map: "name" | join: "," }}', 'Bob,Ann,민수,지영,Jane'],
      ['{{ page.info | sort: "where.city" | map: "name" | join }}', 'C B A'],
      ['{{ page.tags | push: "x" | join: "," }}', '루비,jekyll,static sites,x'],
      ['{{ page.tags | pop | join: "," }}', '루비,jekyll'],
      ['{{ page.tags | pop: 2 | join: "," }}', '루비'],
      ['{{ page.tags | pop: 10 | size }}', '0'],
      ['{{ page.tags | shift | join: "," }}', 'jekyll,static sites'],
      ['{{ page.tags | shift: 2 | join: "," }}', 'static sites'],
      ['{{ page.tags | unshift: 0 | join: "," }}', '0,루비,jekyll,static sites'],
      ['{{ "abc" | push: "d" }}', 'abc'],
      ['{{ page.nested | push: page.tags | size }}', '3'],
      ['{{ page.tags | sample: 2 | size }}', '2'],
      ['{{ "one" | split: "," | sample }}', 'one'],
    ],
  },
  // Jekyll's text filters (with smart_quotes: lsaquo,rsaquo,laquo,raquo)
  text: {
    config: {kramdown: {smart_quotes: 'lsaquo,rsaquo,laquo,raquo'}},
    cases: [
      ['{{ page.title | xml_escape }}', 'Hello &quot;World&quot; &amp; &lt;친구들&gt;'],
      ['{{ "it\'s <b>&amp;</b>" | xml_escape }}', 'it&apos;s &lt;b&gt;&amp;amp;&lt;/b&gt;'],
      ['{{ "foo,bar;baz? ~ + 안녕 /a b" | cgi_escape }}', 'foo%2Cbar%3Bbaz%3F+~+%2B+%EC%95%88%EB%85%95+%2Fa+b'],
      ['{{ "foo, bar baz? 안녕 [x] #frag %41 %zz a+b |" | uri_escape }}', 'foo,%20bar%20baz?%20%EC%95%88%EB%85%95%20[x]%20#frag%20A%20%25zz%20a+b%20%7C'],
      ['{{ "ﬁ Ａ" | uri_escape }}', 'fi%20A'],
      ['{{ "The _config.yml file" | slugify }}', 'the-config-yml-file'],
      ['{{ "The _config.yml file" | slugify: "pretty" }}', 'the-_config.yml-file'],
      ['{{ "The _config.yml file" | slugify: "ascii" }}', 'the-config-yml-file'],
      ['{{ "The _config.yml file" | slugify: "raw" }}', 'the-_config.yml-file'],
      ['{{ "The _config.yml file" | slugify: "none" }}', 'the _config.yml file'],
      ['{{ "The _config.yml file" | slugify: "latin" }}', 'the-config-yml-file'],
      ['{{ page.ko | slugify }}', '안녕하세요-세계-한국어-제목입니다'],
      ['[{{ page.ko | slugify: "ascii" }}]', '[]'],
      ['[{{ page.ko | slugify: "latin" }}]', '[]'],
      ['{{ "Ærøskøbing Ça va déjà Straße Þór" | slugify: "latin" }}', 'aeroskobing-ca-va-deja-strasse-thor'],
      ['{{ "  --hello--world--  " | slugify }}', 'hello-world'],
      ['{{ "C++ & C#" | slugify: "pretty" }}', 'c++-&-c'],
      ['[{{ page.ws | normalize_whitespace }}]', '[lots of white space]'],
      ['{{ page.ko | number_of_words }}', '5'],
      ['{{ page.ko | number_of_words: "cjk" }}', '16'],
      ['{{ page.ko | number_of_words: "auto" }}', '16'],
      ['{{ "hello world foo" | number_of_words: "auto" }}', '3'],
      ['{{ "日本語のテキスト and english" | number_of_words: "cjk" }}', '10'],
      ['{{ "" | number_of_words }}', '0'],
      ['{{ page.tags | array_to_sentence_string }}', '루비, jekyll, and static sites'],
      ['{{ page.tags | array_to_sentence_string: "그리고" }}', '루비, jekyll, 그리고 static sites'],
      ['{{ "a,b" | split: "," | array_to_sentence_string }}', 'a and b'],
      ['{{ "a" | split: "," | array_to_sentence_string }}', 'a'],
      ['[{{ page.empty | split: "," | array_to_sentence_string }}]', '[]'],
      ['{{ page.nested | array_to_sentence_string }}', '[1, 2] and [3, [4, 5]]'],
      ['{{ page.hash | jsonify }}', '{"a":1,"b":[1,2],"c":"x","d":null,"e":true,"f":1.5}'],
      ['{{ page.tags | jsonify }}', '["루비","jekyll","static sites"]'],
      ['{{ page.title | jsonify }}', '"Hello \\"World\\" & <친구들>"'],
      ['{{ page.nothing | jsonify }}', 'null'],
      ['{{ 1.5 | jsonify }}', '1.5'],
      ['{{ 10 | divided_by: 2.0 | jsonify }}', '5.0'],
      ['{{ page.nl | jsonify }}', '"a\\nb\\r\\nc"'],
      ['{{ page.hash | inspect }}', '{&quot;a&quot;=&gt;1, &quot;b&quot;=&gt;[1, 2], &quot;c&quot;=&gt;&quot;x&quot;, &quot;d&quot;=&gt;nil, &quot;e&quot;=&gt;true, &quot;f&quot;=&gt;1.5}'],
      ['{{ page.tags | inspect }}', '[&quot;루비&quot;, &quot;jekyll&quot;, &quot;static sites&quot;]'],
      ['{{ page.title | inspect }}', '&quot;Hello \\&quot;World\\&quot; &amp; &lt;친구들&gt;&quot;'],
      ['{{ page.nothing | inspect }}', 'nil'],
      ['{{ page.no | inspect }}', 'nil'],
      ['{{ page.nested | inspect }}', '[[1, 2], [3, [4, 5]]]'],
      ['{{ "42" | to_integer }}', '42'],
      ['{{ "4.7" | to_integer }}', '4'],
      ['{{ 4.7 | to_integer }}', '4'],
      ['{{ page.no | to_integer }}', '0'],
      ['{{ true | to_integer }}', '1'],
      ['{{ "abc" | to_integer }}', '0'],
      ['{{ page.nothing | to_integer }}', '0'],
      ['{{ page.quoted | smartify }}', 'He said «hi» – it›s ‹quoted› … «ok» &amp; done'],
      ['{{ "<em>it\'s</em> <code>\'raw\'</code> &copy; &foo; 1990\'s" | smartify }}', '<em>it›s</em> <code>\'raw\'</code> © &amp;foo; 1990›s'],
      ['{{ "**bold** and `code`" | markdownify }}', '<p><strong>bold</strong> and <code class="language-plaintext highlighter-rouge">code</code></p>\n'],
    ],
  },
  // Jekyll's URL filters (url: https://Example.COM, baseurl: /blog/)
  url: {
    config: {url: 'https://Example.COM',baseurl: '/blog/'},
    cases: [
      ['{{ "/about/" | relative_url }}', '/blog/about/'],
      ['{{ "about" | relative_url }}', '/blog/about'],
      ['{{ "" | relative_url }}', '/blog'],
      ['[{{ nil | relative_url }}]', '[]'],
      ['{{ "https://x.com/a" | relative_url }}', 'https://x.com/a'],
      ['{{ "//cdn.com/x" | relative_url }}', '/blog//cdn.com/x'],
      ['{{ "/about/" | absolute_url }}', 'https://example.com/blog/about/'],
      ['{{ "" | absolute_url }}', 'https://example.com/blog'],
      ['{{ "https://x.com/a" | absolute_url }}', 'https://x.com/a'],
      ['{{ "mailto:x@y.com" | absolute_url }}', 'mailto:x@y.com'],
      ['{{ "/경로/한 글.html" | relative_url }}', '/blog/%EA%B2%BD%EB%A1%9C/%ED%95%9C%20%EA%B8%80.html'],
      ['{{ "/a/../b/./c" | absolute_url }}', 'https://example.com/blog/b/c'],
      ['{{ "/a?q=1 2&x=y;z#frag ment" | relative_url }}', '/blog/a?q=1%202&x=y%3Bz#frag%20ment'],
      ['{{ "/A%2fB/%7Euser/%41" | relative_url }}', '/blog/A%2FB/~user/A'],
      ['{{ 5 | relative_url }}', '/blog/5'],
      ['{{ page.tags | relative_url }}', '/blog/%5B%22%EB%A3%A8%EB%B9%84%22,%20%22jekyll%22,%20%22static%20sites%22%5D'],
      ['{{ "/blog/index.html" | strip_index }}', '/blog/'],
      ['{{ "/blog/index.htm" | strip_index }}', '/blog/'],
      ['{{ "/index.html/x" | strip_index }}', '/index.html/x'],
      ['[{{ "" | strip_index }}]', '[]'],
    ],
  },
  // Liquid's date and Jekyll's date filters (timezone: Asia/Seoul; page.date 2024-06-12 09:30:00 +0900)
  date: {
    config: {timezone: 'Asia/Seoul'},
    date: '2024-06-12 09:30:00 +0900',
    cases: [
      ['{{ page.date }}', '2024-06-12 09:30:00 +0900'],
      ['{{ page.date | date_to_xmlschema }}', '2024-06-12T09:30:00+09:00'],
      ['{{ page.date | date_to_rfc822 }}', 'Wed, 12 Jun 2024 09:30:00 +0900'],
      ['{{ page.date | date_to_string }}', '12 Jun 2024'],
      ['{{ page.date | date_to_string: "ordinal" }}', '12th Jun 2024'],
      ['{{ page.date | date_to_string: "ordinal", "US" }}', 'Jun 12th, 2024'],
      ['{{ page.date | date_to_long_string: "ordinal", "US" }}', 'June 12th, 2024'],
      ['{{ "2024-01-02" | date_to_string: "ordinal" }}', '2nd Jan 2024'],
      ['{{ "2024-01-03" | date_to_long_string: "ordinal" }}', '3rd January 2024'],
      ['{{ "2024-01-11" | date_to_string: "ordinal" }}', '11th Jan 2024'],
      ['{{ "2024-01-22" | date_to_string: "ordinal", "US" }}', 'Jan 22nd, 2024'],
      ['{{ "2024-06-12T09:30:00Z" | date_to_xmlschema }}', '2024-06-12T18:30:00+09:00'],
      ['{{ "Wed, 12 Jun 2024 10:00:00 GMT" | date_to_rfc822 }}', 'Wed, 12 Jun 2024 19:00:00 +0900'],
      ['{{ page.date | date: "%Y-%m-%d %H:%M:%S %z %:z %::z %Z" }}', '2024-06-12 09:30:00 +0900 +09:00 +09:00:00 KST'],
      ['{{ page.date | date: "%a %A %b %B %e %j %p %I %l %y %C %u %w %U %W %V %G %g %s %L %N %%" }}', 'Wed Wednesday Jun June 12 164 AM 09  9 24 20 3 3 23 24 24 2024 24 1718152200 000 000000000 %'],
      ['{{ page.date | date: "%-d %-m %_m %05d %^a %^B %#b %#p %-I %P %k %D %F %T %R %r %c %x %X %h %v %+" }}', '12 6  6 00012 WED JUNE JUN am 9 am  9 06/12/24 2024-06-12 09:30:00 09:30 09:30:00 AM Wed Jun 12 09:30:00 2024 06/12/24 09:30:00 Jun 12-JUN-2024 %+'],
      ['{{ page.date | date: "%10A/%-10A/%010d/%3N/%-y" }}', ' Wednesday/Wednesday/0000000012/000/24'],
      ['{{ page.date | date: "%Q %E %O %:m" }}', '%Q %E %O %:m'],
      ['{{ page.date | date: "" }}', '2024-06-12 09:30:00 +0900'],
      ['{{ "2024-06-12 09:30:00 +0000" | date: "%H:%M %z %Z" }}', '09:30 +0000 '],
      ['{{ "2024-06-12 09:30:00" | date: "%H:%M %z %Z" }}', '09:30 +0900 KST'],
      ['{{ "2024-06-12T00:00:00Z" | date: "%c %Z" }}', 'Wed Jun 12 00:00:00 2024 UTC'],
      ['{{ "2024-06-12 12:00 KST" | date: "%T %z" }}', '12:00:00 +0900'],
      ['{{ "2024-06-12 12:00 PST" | date_to_xmlschema }}', '2024-06-13T05:00:00+09:00'],
      ['{{ "June 3, 2024" | date: "%F" }}', '2024-06-03'],
      ['{{ "3 June 2024 5pm" | date: "%F %H:%M" }}', '2024-06-03 17:00'],
      ['{{ "12/06/2024" | date: "%F" }}', '2024-06-12'],
      ['{{ "2024.06.12" | date: "%F" }}', '2024-06-12'],
      ['{{ "2024-164" | date: "%F" }}', '2024-06-12'],
      ['{{ "20240612T093000" | date: "%F %T" }}', '2024-06-12 09:30:00'],
      ['{{ "2024-06-12T09:30:00.123+05:30" | date: "%H:%M:%S.%L %z" }}', '09:30:00.123 +0530'],
      ['{{ 1718150000 | date: "%F %T %Z" }}', '2024-06-12 08:53:20 KST'],
      ['{{ "1718150000" | date: "%F %T" }}', '2024-06-12 08:53:20'],
      ['{{ "not a date" | date: "%Y" }}', 'not a date'],
      ['[{{ "" | date: "%Y" }}]', '[]'],
      ['{{ "now" | date: "%Y" | size }}', '4'],
      ['{{ "today" | date: "%Y" | size }}', '4'],
    ],
  },
  // liquidjs's filters that Jekyll does not have: the input passes through
  unknown: {
    config: {},
    cases: [
      ['{{ "a  b" | squish }}', 'a  b'],
      ['{{ page.tags | sum }}', '루비jekyllstatic sites'],
      ['{{ page.tags | json }}', '루비jekyllstatic sites'],
      ['{{ page.people | reject: "team", "a" | size }}', '5'],
      ['{{ "x" | sha256 }}', 'x'],
      ['{{ page.tags | has: "jekyll" }}', '루비jekyllstatic sites'],
      ['{{ page.tags | find_index: "jekyll" }}', '루비jekyllstatic sites'],
    ],
  },
  // What {{ value }} prints
  output: {
    config: {},
    cases: [
      ['{{ page.nested }}', '12345'],
      ['{{ page.hash }}', '{"a"=>1, "b"=>[1, 2], "c"=>"x", "d"=>nil, "e"=>true, "f"=>1.5}'],
      ['{{ page.no }} {{ true }} [{{ nil }}]', ' true []'],
      ['{{ 10 | divided_by: 4.0 }}', '2.5'],
      ['{{ 3 | times: 2.0 }}', '6.0'],
      ['{{ page.ratio }}', '2.5'],
    ],
  },
};

/** Renders the cases of a group as one post: each case's output, and the problems. */
function render(group: Group): { results: string[]; problems: string[] } {
  const body = group.cases.map(([template], i) => `@@${i}@@${template}`).join('\n');
  const source = `---\n${FRONT}\n${group.date ? `date: ${group.date}\n` : ''}---\n${body}\n`;
  const article = parseArticle(source, { path: '_posts/2024-01-01-cases.html', site: createJekyllSite(group.config) });
  const parts = article.html.split(/@@(\d+)@@/);
  const results: string[] = [];
  for (let i = 1; i < parts.length; i += 2) results[Number(parts[i])] = (parts[i + 1] ?? '').replace(/\n$/, '');
  return { results, problems: article.problems.map((p) => `${p.ruleId}: ${p.message}`) };
}

describe.each(Object.entries(GROUPS))('filters: %s', (_name, group) => {
  const { results, problems } = render(group);
  it('renders without problems', () => {
    expect(problems).toEqual([]);
  });
  it.each(group.cases.map(([template, jekyll], i) => [template, jekyll, i] as const))('%s', (_template, jekyll, i) => {
    expect(results[i]).toBe(jekyll);
  });
});

// Where Jekyll stops the build: each template alone in a post, with Jekyll's message (its log's
// "Liquid Exception:" line), which article-kit reports as a problem and prints nothing for.
const STOPS: Array<[template: string, jekyll: string]> = [
  ['{{ 1 | divided_by: 0 }}', 'divided by 0'],
  ['{{ 1.5 | modulo: 0 }}', 'divided by 0'],
  ['{{ "x" | date_to_xmlschema }}', `Invalid Date: '"x"' is not a valid datetime.`],
  ['{{ "a" | where: "x" }}', 'wrong number of arguments (given 2, expected 3)'],
  ['{{ "x" | date }}', 'wrong number of arguments (given 1, expected 2)'],
  ['{{ nil | sort }}', 'Cannot sort a null object.'],
  ['{{ page.tags | sort: "x", "middle" }}', "Invalid nils order: 'middle' is not a valid nils order. It must be 'first' or 'last'."],
  ['{{ "a,1" | split: "," | concat: page.nums | sort }}', 'comparison of String with 1 failed'],
  ['{{ 5 | slice: "a" }}', 'invalid integer'],
  ['{{ page.tags | pop: -1 }}', 'negative array size'],
  ['{{ page.tags | concat: "x" }}', 'concat filter requires an array argument'],
  ['{{ 5 | cgi_escape }}', 'no implicit conversion of Integer into String'],
  ['{{ 5 | uri_escape }}', "Can't convert Integer into String."],
  ["{{ 5 | slugify }}", "undefined method \`gsub' for 5:Integer"],
  ["{{ nil | number_of_words }}", "undefined method \`split' for nil:NilClass"],
  ['{{ "2024-01-01" | date: "100%" }}', 'invalid format: 100%'],
  ['{{ "%FF" | url_decode }}', 'invalid byte sequence in UTF-8'],
  ['{{ "x" | base64_decode }}', 'invalid base64 provided to base64_decode'],
];

describe('filters where Jekyll stops', () => {
  it.each(STOPS)('%s', (template, jekyll) => {
    const article = parseArticle(`---\ntags: [b, a]\nnums: [1]\n---\n${template}\n`, { path: '_posts/2024-01-01-stop.html', site: createJekyllSite() });
    expect(article.html).toBe('\n');
    expect(article.problems.map((p) => [p.ruleId, p.message])).toEqual([['liquid-error', `Liquid error: ${jekyll}`]]);
  });
});

describe('filters article-kit reads differently from Jekyll, on purpose or by necessity', () => {
  const render1 = (template: string, config: Record<string, unknown> = {}): string =>
    parseArticle(`---\ntags: [가, 나, 다, 라]\n---\n${template}\n`, { path: '_posts/2024-01-01-x.html', site: createJekyllSite(config) }).html.replace(/\n$/, '');

  it('takes the first items for sample, where Jekyll picks at random', () => {
    expect(render1('{{ page.tags | sample }}/{{ page.tags | sample: 2 | join: "," }}/{{ page.tags | sample: 9 | size }}')).toBe('가/가,나/4');
  });

  it('reports sassify and scssify, which need Sass', () => {
    const article = parseArticle('---\n---\n{{ "a { b: c }" | scssify }}\n', { path: '_posts/2024-01-01-x.html' });
    expect(article.problems.map((p) => p.message)).toEqual(['Liquid error: scssify needs Sass, which article-kit does not run']);
  });

  it('keeps a Float a Float through assign, comparisons and later filters', () => {
    expect(render1('{% assign x = 10 | divided_by: 2.0 %}{{ x }} {% if x == 5 %}eq{% endif %} {% if x > 4 %}gt{% endif %} {{ x | plus: 1 }} {{ x | round }} {{ x | jsonify }}')).toBe('5.0 eq gt 6.0 5 5.0');
  });

  it('takes keyword arguments as Ruby does: one Hash, last', () => {
    expect(render1('{{ false | default: "d", allow_false: true }}/{{ nil | default: "d", allow_false: true }}')).toBe('false/d');
  });
});
