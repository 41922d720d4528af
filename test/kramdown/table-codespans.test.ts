import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/index.ts';

// kramdown writes a table row's code spans back into their cells as it would write them, not as
// written: the content between runs one backtick longer than the longest inside it, with a space
// on each side when that is more than one (```` ``` x``` ```` is `` `x` ``), and the cell is read
// again from that. Each row: a body and Jekyll 4.3.1's HTML for it.
const CASES: Array<[string, string]> = [
  ["| `` ` ```` ` `` x`y``    ` |\n| a`` ` ``\\|<code>``` ` `` |``a |\n", "<table>\n  <tbody>\n    <tr>\n      <td><code class=\"language-plaintext highlighter-rouge\">`</code><code class=\"language-plaintext highlighter-rouge\">`</code> x<code class=\"language-plaintext highlighter-rouge\">y</code><code class=\"language-plaintext highlighter-rouge\">    </code></td>\n    </tr>\n    <tr>\n      <td>a<code class=\"language-plaintext highlighter-rouge\">`</code>|<code>``` ` `|`a</code></td>\n    </tr>\n  </tbody>\n</table>\n"],
  ["| <code>````` ` ```````` a\\|  ``` |\n| ```\\|| <code>` `<code>``\\| |\n| `` ` ``` `<code><code>`` ` ```` ` ``*e*\\|\\| |\n", "<table>\n  <tbody>\n    <tr>\n      <td><code>`` ` ```a\\| `</code></td>\n      <td> </td>\n    </tr>\n    <tr>\n      <td>```|</td>\n      <td><code>` `<code>``|</code></code></td>\n    </tr>\n    <tr>\n      <td><code class=\"language-plaintext highlighter-rouge\">`</code><code class=\"language-plaintext highlighter-rouge\"> </code><code><code>`` ` ```` ` ``*e*||</code></code></td>\n      <td> </td>\n    </tr>\n  </tbody>\n</table>\n"],
  ["| a*e*` `<code>|``  ````` ` ``  \\| |\n| |<code>` `*e* |\n", "<table>\n  <tbody>\n    <tr>\n      <td>a<em>e</em><code class=\"language-plaintext highlighter-rouge\"> </code><code></code></td>\n      <td>````` ` ``  |</td>\n    </tr>\n    <tr>\n      <td> </td>\n      <td><code>` `*e*</code></td>\n    </tr>\n  </tbody>\n</table>\n"],
  ["| ` `` `````` a |\n| ```` `a \\|`` ` ````*e* |\n| `x`y \\|\\|</code> |\n", "<table>\n  <tbody>\n    <tr>\n      <td>` `````` a</td>\n    </tr>\n    <tr>\n      <td><code class=\"language-plaintext highlighter-rouge\">`a \\|`` `</code><em>e</em></td>\n    </tr>\n    <tr>\n      <td><code class=\"language-plaintext highlighter-rouge\">x</code>y ||&lt;/code&gt;</td>\n    </tr>\n  </tbody>\n</table>\n"],
  ["| <code>  ` `</code> \\| |\n|---|---|\n| ``  |`` ` ``````\\|` `` `</code>`` ` `` |\n", "<table>\n  <thead>\n    <tr>\n      <th><code>  ` `</code> |</th>\n    </tr>\n  </thead>\n  <tbody>\n    <tr>\n      <td>` |<code class=\"language-plaintext highlighter-rouge\"> </code> ``````|<code class=\"language-plaintext highlighter-rouge\"> </code><code class=\"language-plaintext highlighter-rouge\"> </code>&lt;/code&gt;<code class=\"language-plaintext highlighter-rouge\">`</code></td>\n    </tr>\n  </tbody>\n</table>\n"],
];

/** Rouge's token markup, which article-kit leaves to a highlighter: removed on both sides. */
const unRouge = (html: string): string => html.replace(/<pre class="highlight">[\s\S]*?<\/pre>/g, (pre) => pre.replace(/<\/?span\b[^>]*>/g, ''));

describe.each(CASES)('%j', (body, jekyll) => {
  it("publishes Jekyll's HTML", () => {
    expect(unRouge(parseArticle(`---\n---\n${body}`).html)).toBe(unRouge(jekyll));
  });
});
