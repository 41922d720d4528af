import { describe, expect, it } from 'vitest';
import { kramdownOptionsOf } from '../../src/jekyll/kramdown-options.ts';
import { createJekyllSite, type SiteProblem } from '../../src/jekyll/site.ts';
import { JEKYLL_KRAMDOWN_DEFAULTS, type KramdownOptions } from '../../src/kramdown/options.ts';

// Expected values are what Ruby prints for Jekyll 4.3.1's KramdownParser.new(config), then
// Kramdown::JekyllDocument.setup (kramdown 2.4.0, kramdown-parser-gfm 1.1.0): the options every
// post is converted with. Where Ruby raises, the default stays and the problem says why.
const read = (config: Record<string, unknown>): { options: KramdownOptions; problems: SiteProblem[] } => {
  const site = createJekyllSite(config);
  return { options: kramdownOptionsOf(site), problems: site.problems };
};
const kramdown = (options: Record<string, unknown>): Record<string, unknown> => ({ kramdown: options });
const invalid = (key: string, message: string): SiteProblem => ({ ruleId: 'kramdown-option-invalid', severity: 'error', key: `kramdown.${key}`, message });
const HIGHLIGHTER_OPTS = { default_lang: 'plaintext', guess_lang: true };

type Row = [string, Record<string, unknown>, Partial<KramdownOptions>, SiteProblem[]?];

const TABLE: Row[] = [
  // Boolean: true and false as they are; any other value is true unless its text is '' or 'false'.
  ['Boolean "false"', kramdown({ auto_ids: 'false' }), { auto_ids: false }],
  ['Boolean "FALSE "', kramdown({ auto_ids: 'FALSE ' }), { auto_ids: false }],
  ['Boolean ""', kramdown({ auto_ids: '' }), { auto_ids: false }],
  ['Boolean 0', kramdown({ auto_ids: 0 }), { auto_ids: true }],
  ['Boolean null keeps the default', kramdown({ auto_ids: null }), { auto_ids: true }],
  ['Boolean " "', kramdown({ parse_block_html: ' ' }), { parse_block_html: true }],
  ['Boolean []', kramdown({ parse_block_html: [] }), { parse_block_html: true }],
  ['Boolean "\\tfalse\\n"', kramdown({ auto_id_stripping: '\tfalse\n' }), { auto_id_stripping: false }],
  ['Boolean "False"', kramdown({ html_to_native: 'False' }), { html_to_native: false }],
  // String: to_s.
  ['String 5', kramdown({ auto_id_prefix: 5 }), { auto_id_prefix: '5' }],
  ['String 1.5', kramdown({ auto_id_prefix: 1.5 }), { auto_id_prefix: '1.5' }],
  ['String 0.00001', kramdown({ auto_id_prefix: 0.00001 }), { auto_id_prefix: '1.0e-05' }],
  ['String true', kramdown({ auto_id_prefix: true }), { auto_id_prefix: 'true' }],
  ['String null', kramdown({ footnote_backlink: null }), { footnote_backlink: '' }],
  ['String an array', kramdown({ footnote_backlink: ['a', 1] }), { footnote_backlink: '["a", 1]' }],
  ['String a mapping', kramdown({ footnote_prefix: { a: 1 } }), { footnote_prefix: '{"a"=>1}' }],
  // Integer: Integer(to_s).
  ['Integer "0x10"', kramdown({ footnote_nr: '0x10' }), { footnote_nr: 16 }],
  ['Integer " 7 "', kramdown({ footnote_nr: ' 7 ' }), { footnote_nr: 7 }],
  ['Integer "017" (octal)', kramdown({ footnote_nr: '017' }), { footnote_nr: 15 }],
  ['Integer "-1"', kramdown({ header_offset: '-1' }), { header_offset: -1 }],
  ['Integer "x"', kramdown({ footnote_nr: 'x' }), { footnote_nr: 1 }, [invalid('footnote_nr', "Invalid integer value for option 'footnote_nr': 'x': Jekyll stops")]],
  ['Integer 1.5', kramdown({ footnote_nr: 1.5 }), { footnote_nr: 1 }, [invalid('footnote_nr', "Invalid integer value for option 'footnote_nr': '1.5': Jekyll stops")]],
  ['Integer null (no Jekyll default)', kramdown({ header_offset: null }), { header_offset: 0 }, [invalid('header_offset', "Invalid integer value for option 'header_offset': '': Jekyll stops")]],
  ['Integer of an option that does not change the HTML', kramdown({ line_width: 'abc' }), {}, [invalid('line_width', "Invalid integer value for option 'line_width': 'abc': Jekyll stops")]],
  // Symbol: str_to_sym(to_s).
  ['Symbol numeric', kramdown({ entity_output: 'numeric' }), { entity_output: 'numeric' }],
  ['Symbol ":symbolic"', kramdown({ entity_output: ':symbolic' }), { entity_output: 'symbolic' }],
  ['Symbol " as_input "', kramdown({ entity_output: ' as_input ' }), { entity_output: 'as_input' }],
  [
    'Symbol an entity_output kramdown lacks',
    kramdown({ entity_output: 'bogus' }),
    { entity_output: 'numeric' },
    [{ ruleId: 'kramdown-option-unknown-value', severity: 'warning', key: 'kramdown.entity_output', message: 'kramdown knows no entity_output `bogus`: it writes entities as with `numeric`' }],
  ],
  // toc_levels: "a..b", "a,b,c" on any line, an array of what to_i reads.
  ['toc_levels "1..3"', kramdown({ toc_levels: '1..3' }), { toc_levels: [1, 2, 3] }],
  ['toc_levels "3..1"', kramdown({ toc_levels: '3..1' }), { toc_levels: [] }],
  ['toc_levels "1,1,2"', kramdown({ toc_levels: '1,1,2' }), { toc_levels: [1, 2] }],
  ['toc_levels a second line', kramdown({ toc_levels: 'x\n1..3' }), { toc_levels: [1, 2, 3] }],
  ['toc_levels "1,2\\n3,"', kramdown({ toc_levels: '1,2\n3,' }), { toc_levels: [1, 2] }],
  ['toc_levels [1, "2", 3.7]', kramdown({ toc_levels: [1, '2', 3.7] }), { toc_levels: [1, 2, 3] }],
  ['toc_levels ["2a", 3]', kramdown({ toc_levels: ['2a', 3] }), { toc_levels: [2, 3] }],
  ['toc_levels "1, 2"', kramdown({ toc_levels: '1, 2' }), { toc_levels: [1, 2, 3, 4, 5, 6] }, [invalid('toc_levels', 'Invalid syntax for option toc_levels: Jekyll stops')]],
  ['toc_levels "0..3"', kramdown({ toc_levels: '0..3' }), {}, [invalid('toc_levels', 'Level numbers for option toc_levels have to be integers from 1 to 6: Jekyll stops')]],
  ['toc_levels [1, null]', kramdown({ toc_levels: [1, null] }), {}, [invalid('toc_levels', 'Level numbers for option toc_levels have to be integers from 1 to 6: Jekyll stops')]],
  ['toc_levels 3', kramdown({ toc_levels: 3 }), {}, [invalid('toc_levels', 'Invalid type Integer for option toc_levels: Jekyll stops')]],
  // smart_quotes: four names or code points.
  ['smart_quotes names', kramdown({ smart_quotes: 'apos,apos,quot,quot' }), { smart_quotes: ['apos', 'apos', 'quot', 'quot'] }],
  ['smart_quotes code points', kramdown({ smart_quotes: '8216,8217,8220,8221' }), { smart_quotes: [8216, 8217, 8220, 8221] }],
  ['smart_quotes an array', kramdown({ smart_quotes: ['lsquo', 'rsquo', 8220, '0x201D'] }), { smart_quotes: ['lsquo', 'rsquo', 8220, 8221] }],
  ['smart_quotes floats', kramdown({ smart_quotes: [1.5, 2, 3, 4] }), { smart_quotes: [1, 2, 3, 4] }],
  ['smart_quotes a trailing comma', kramdown({ smart_quotes: 'lsquo,rsquo,ldquo,rdquo,' }), { smart_quotes: ['lsquo', 'rsquo', 'ldquo', 'rdquo'] }],
  ['smart_quotes three', kramdown({ smart_quotes: 'a,b,c' }), {}, [invalid('smart_quotes', 'Option smart_quotes needs exactly 4 values: Jekyll stops')]],
  [
    'smart_quotes a name with a space',
    kramdown({ smart_quotes: 'lsquo, rsquo,ldquo,8221' }),
    { smart_quotes: ['lsquo', ' rsquo', 'ldquo', 8221] },
    [invalid('smart_quotes', "Can't handle generic non-integer character reference ' rsquo': kramdown fails on the first post with a quote")],
  ],
  // typographic_symbols, link_defs: mappings, or YAML text of one.
  [
    'typographic_symbols',
    kramdown({ typographic_symbols: { hellip: '...', mdash: 5, ':ndash': '-', ' laquo ': '<<', raquo: null, bogus: 'x' } }),
    { typographic_symbols: { hellip: '...', mdash: '5', ndash: '-', laquo: '<<', raquo: '' } },
  ],
  ['typographic_symbols as YAML', kramdown({ typographic_symbols: '{hellip: ...}' }), { typographic_symbols: { hellip: '...' } }],
  ['typographic_symbols a name', kramdown({ typographic_symbols: 'hellip' }), {}, [invalid('typographic_symbols', 'Invalid type String for option typographic_symbols: Jekyll stops')]],
  ['typographic_symbols a date in YAML', kramdown({ typographic_symbols: '{hellip: 2024-01-01}' }), {}, [invalid('typographic_symbols', 'Invalid YAML value for option typographic_symbols: Jekyll stops')]],
  ['link_defs', kramdown({ link_defs: { a: ['/u', 't'], b: ['/v'], c: [5, 6] } }), { link_defs: { a: ['/u', 't'], b: ['/v'], c: ['5', '6'] } }],
  ['link_defs as YAML', kramdown({ link_defs: '{a: [/u]}' }), { link_defs: { a: ['/u'] } }],
  ['link_defs no url', kramdown({ link_defs: { a: [] } }), { link_defs: {} }, [invalid('link_defs', 'Invalid structure for hash value of option link_defs (`a`): Jekyll stops')]],
  ['link_defs bad YAML', kramdown({ link_defs: '[' }), {}, [invalid('link_defs', 'Invalid YAML value for option link_defs: Jekyll stops')]],
  // Lists.
  ['forbidden_inline_options', kramdown({ forbidden_inline_options: ['template', ':auto_ids', '', 5] }), { forbidden_inline_options: ['template', 'auto_ids'] }],
  ['forbidden_inline_options a string', kramdown({ forbidden_inline_options: 'template' }), {}, [invalid('forbidden_inline_options', 'Invalid type String for option forbidden_inline_options: Jekyll stops')]],
  ['gfm_quirks a string', kramdown({ gfm_quirks: 'paragraph_end, no_auto_typographic' }), { gfm_quirks: ['paragraph_end', 'no_auto_typographic'] }],
  ['gfm_quirks none', kramdown({ gfm_quirks: [] }), { gfm_quirks: [] }],
  ['gfm_quirks 5', kramdown({ gfm_quirks: 5 }), {}, [invalid('gfm_quirks', 'Invalid type Integer for option gfm_quirks: Jekyll stops')]],
  ['GFM options go unchecked for the kramdown parser', kramdown({ input: 'kramdown', gfm_quirks: 5, hard_wrap: true }), { input: 'kramdown', gfm_quirks: ['paragraph_end'], hard_wrap: false }],
  ['hard_wrap "yes"', kramdown({ hard_wrap: 'yes' }), { hard_wrap: true }],
  // The parser: (input || "kramdown").to_s, first letter upcased.
  ['input kramdown', kramdown({ input: 'kramdown' }), { input: 'kramdown' }],
  ['input Kramdown', kramdown({ input: 'Kramdown' }), { input: 'kramdown' }],
  ['input false', kramdown({ input: false }), { input: 'kramdown' }],
  ['input gfm', kramdown({ input: 'gfm' }), { input: 'GFM' }, [invalid('input', 'kramdown has no parser to handle the specified input format: gfm: Jekyll stops')]],
  [
    'input markdown',
    kramdown({ input: 'markdown' }),
    { input: 'kramdown' },
    [{ ruleId: 'kramdown-option-unsupported', severity: 'warning', key: 'kramdown.input', message: "kramdown's `markdown` parser is not reproduced: posts are read with the kramdown parser" }],
  ],
  // KramdownParser#setup.
  ['kramdown: false gives kramdown’s own defaults', { kramdown: false }, { input: 'kramdown', syntax_highlighter_opts: { default_lang: 'plaintext', guess_lang: false } }],
  ['highlighter "nil" is none', { highlighter: 'nil' }, { syntax_highlighter: null }],
  ['highlighter false falls back to rouge', { highlighter: false }, { syntax_highlighter: 'rouge' }],
  ['syntax_highlighter over highlighter', { highlighter: 'nil', kramdown: { syntax_highlighter: ':rouge' } }, { syntax_highlighter: 'rouge' }],
  [
    'a highlighter kramdown lacks',
    { highlighter: 'pygments' },
    { syntax_highlighter: null },
    [{ ruleId: 'kramdown-option-unknown-value', severity: 'warning', key: 'kramdown.syntax_highlighter', message: 'The configured syntax highlighter pygments is not available: kramdown leaves code unhighlighted' }],
  ],
  [
    'enable_coderay',
    kramdown({ enable_coderay: true }),
    { syntax_highlighter: null },
    [
      {
        ruleId: 'kramdown-option-unsupported',
        severity: 'warning',
        key: 'kramdown.syntax_highlighter',
        message: 'The `coderay` highlighter (gem kramdown-syntax-coderay, without which Jekyll stops) is not reproduced: code is read as not highlighted',
      },
    ],
  ],
  ['guess_lang comes from kramdown.guess_lang', kramdown({ guess_lang: false, syntax_highlighter_opts: { guess_lang: true, default_lang: 'ruby' } }), { syntax_highlighter_opts: { guess_lang: false, default_lang: 'ruby' } }],
  ['guess_lang "false" is true for Ruby', kramdown({ guess_lang: 'false' }), { syntax_highlighter_opts: HIGHLIGHTER_OPTS }],
  ['default_lang null is plaintext', kramdown({ syntax_highlighter_opts: { default_lang: null } }), { syntax_highlighter_opts: HIGHLIGHTER_OPTS }],
  [
    'highlighter options: keys symbolized, span and block apart',
    kramdown({ syntax_highlighter_opts: { css_class: 'x', ':line_numbers': 'yes', ' span ': { ' wrap': true }, block: { line_numbers: 1 } } }),
    { syntax_highlighter_opts: { css_class: 'x', line_numbers: true, ...HIGHLIGHTER_OPTS, span: { wrap: true }, block: { line_numbers: true } } },
  ],
  [
    'highlighter options as a string',
    kramdown({ syntax_highlighter_opts: 'css_class: x' }),
    { syntax_highlighter_opts: HIGHLIGHTER_OPTS },
    [invalid('syntax_highlighter_opts', 'Invalid type String for option syntax_highlighter_opts (Jekyll sets keys in it): Jekyll stops')],
  ],
  [
    'the legacy coderay keys',
    kramdown({ coderay: { coderay_line_numbers: 'table', coderay_css: 'class' } }),
    { syntax_highlighter_opts: { ...HIGHLIGHTER_OPTS, css: 'class', bold_every: 10, line_numbers: true, line_number_start: 1, tab_width: 4, wrap: 'div' } },
  ],
  ['math_engine null', kramdown({ math_engine: null }), { math_engine: null }],
  [
    'math_engine "nil" needs a gem',
    kramdown({ math_engine: 'nil' }),
    { math_engine: null },
    [{ ruleId: 'kramdown-option-unsupported', severity: 'warning', key: 'kramdown.math_engine', message: '`math_engine: nil` needs the gem kramdown-math-nil (without it Jekyll stops) and is not reproduced: math is read as with no engine' }],
  ],
  ['math_engine_opts keys symbolized', kramdown({ math_engine_opts: { ' preview': true } }), { math_engine_opts: { preview: true } }],
  ['template', kramdown({ template: 'document' }), {}, [{ ruleId: 'kramdown-option-unsupported', severity: 'warning', key: 'kramdown.template', message: 'A kramdown template wraps the output; article-kit reads the post without it' }]],
];

describe('kramdownOptionsOf', () => {
  it("gives Jekyll's kramdown defaults for a site without options", () => {
    expect(kramdownOptionsOf(createJekyllSite())).toEqual(JEKYLL_KRAMDOWN_DEFAULTS);
  });

  it.each(TABLE)('%s', (_name, config, expected, problems = []) => {
    const result = read(config);
    expect(result.options).toEqual({ ...JEKYLL_KRAMDOWN_DEFAULTS, ...expected });
    expect(result.problems).toEqual(problems);
  });

  it('never throws, whatever the kramdown hash holds', () => {
    const values = [null, true, false, 0, -1.5, '', 'x', ':x', [], [null], {}, { a: null }, new Date(0), Number.NaN];
    const names = Object.keys(JEKYLL_KRAMDOWN_DEFAULTS).concat(['coderay', 'enable_coderay', 'guess_lang', 'template', 'line_width', 'latex_headers']);
    for (const name of names) {
      for (const value of values) {
        expect(() => kramdownOptionsOf(createJekyllSite({ kramdown: { [name]: value } }))).not.toThrow();
        expect(() => kramdownOptionsOf(createJekyllSite({ kramdown: { syntax_highlighter_opts: { [name]: value, span: value } } }))).not.toThrow();
      }
    }
  });
});
