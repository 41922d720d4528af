# Writes fixtures/rouge/<tag>.json: for every code block that Jekyll 4.3.1 hands to Rouge 3.30
# when it builds the given sites (kramdown's fenced and indented blocks, code spans, and Liquid's
# `{% highlight %}`), and for every extra input in fixtures/rouge/extra/<tag>/*, the code and
# what Rouge::Formatters::HTML makes of Rouge's tokens for it (the HTML inside `<code>`).
# test/kramdown/rouge-fixtures.test.ts compares src/kramdown/highlight/rouge with these files.
#
# usage: ruby scripts/rouge-expectations.rb [SITE_DIR...]
#   (default: ../shared/corpus ../shared/sites/*). A SITE_DIR holds _config.yml and its posts in
#   _posts/ (or posts/), and optionally _includes/ and _data/, as tools/render-jekyll.sh reads it.
# Needs Debian's Jekyll (apt-get install jekyll: Jekyll 4.3.1, kramdown 2.4.0, Rouge 3.30).
#
# Each site is built in this process on a temporary copy with no theme and no plugins; Rouge's
# Lexer#lex is wrapped to note each top-level lex: the lexer's tag, the name kramdown or the tag
# passed to Lexer.find_fancy (lexers with options, `erb?parent=html`, are noted and skipped),
# the code, and the formatted tokens. Blocks are kept once per (tag, code), in the order met.
require 'json'
require 'tmpdir'
require 'fileutils'
require 'jekyll'
require 'rouge'

ROOT = File.expand_path('..', __dir__)
OUT = File.join(ROOT, 'fixtures', 'rouge')
sites = ARGV.empty? ? [File.join(ROOT, '../shared/corpus'), *Dir[File.join(ROOT, '../shared/sites/*/')].sort] : ARGV

$current = nil
$blocks = Hash.new { |h, k| h[k] = {} }
$with_options = []

module NoteFancy
  def find_fancy(str, code = '', default_options = {})
    lexer = super
    lexer.instance_variable_set(:@rouge_expectations_name, str) if lexer.is_a?(Rouge::Lexer)
    lexer
  end
end
Rouge::Lexer.singleton_class.prepend(NoteFancy)

module NoteLex
  def lex(string, opts = nil, &b)
    return super unless block_given? && !$in_lex
    $in_lex = true
    tokens = []
    begin
      super(string, opts) { |tok, val| tokens << [tok, val.dup]; b.call(tok, val) }
    ensure
      $in_lex = false
    end
    name = instance_variable_get(:@rouge_expectations_name)
    if name.is_a?(String) && name.include?('?')
      $with_options << [name, $current]
    else
      html = Rouge::Formatters::HTML.new.format(tokens)
      $blocks[tag][string] ||= { 'source' => $current, 'code' => string, 'html' => html }
    end
  end
end
Rouge::Lexer.prepend(NoteLex)

Jekyll::Hooks.register(:posts, :pre_render) { |post| $current = "#{$site}/#{post.relative_path}" }

def build(site)
  Dir.mktmpdir do |tmp|
    src = File.join(tmp, 'site')
    FileUtils.mkdir_p(src)
    FileUtils.cp(File.join(site, '_config.yml'), src)
    posts = %w[_posts posts].map { |d| File.join(site, d) }.find { |d| File.directory?(d) }
    FileUtils.cp_r(posts, File.join(src, '_posts'))
    %w[_includes _data].each { |d| FileUtils.cp_r(File.join(site, d), src) if File.directory?(File.join(site, d)) }
    override = File.join(tmp, 'override.yml')
    File.write(override, "theme: ~\nremote_theme: ~\nplugins: []\nwhitelist: []\nsafe: false\nplugins_dir: _none\n")
    config = Jekyll.configuration(
      'source' => src, 'destination' => File.join(tmp, '_site'), 'future' => true, 'unpublished' => true,
      'quiet' => true, 'config' => [File.join(src, '_config.yml'), override]
    )
    Jekyll::Site.new(config).process
  end
end

sites.each do |site|
  $current = nil
  $site = File.basename(File.expand_path(site))
  warn "rouge-expectations: #{site}"
  build(File.expand_path(site))
end

Dir[File.join(OUT, 'extra', '*', '*')].sort.each do |file|
  tag = File.basename(File.dirname(file))
  lexer = Rouge::Lexer.find(tag) or abort("rouge-expectations: no lexer #{tag} (#{file})")
  code = File.read(file, encoding: 'UTF-8')
  $current = file.delete_prefix("#{ROOT}/")
  lexer.new.lex(code) { |_, _| }
end

FileUtils.mkdir_p(OUT)
$blocks.each do |tag, by_code|
  File.write(File.join(OUT, "#{tag}.json"), JSON.pretty_generate(by_code.values) + "\n")
end
$blocks.sort_by { |tag, b| -b.size }.each { |tag, b| warn format('%-12s %d', tag, b.size) }
$with_options.each { |name, source| warn "skipped (lexer options): #{name} in #{source}" }
