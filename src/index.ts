export { parseArticle } from './article/parse-article.ts';
export type { Options as ParseArticleOptions } from './article/parse-article.ts';
export { createJekyllSite } from './jekyll/site.ts';
export type { JekyllConfig, JekyllSite, Options as CreateJekyllSiteOptions, SitePost, SiteProblem } from './jekyll/site.ts';
export type { RubyTime } from './ruby/ruby-time.ts';
export type { Highlighter } from './kramdown/highlight/highlight-code.ts';
export type { KramdownOptions } from './kramdown/options.ts';
export { countCharacters, countWords, makeExcerpt, parseStatedCounts, readingText, readingTime, stripGeneratorNotes } from './text/index.ts';
export type {
  CharacterCounts,
  CountCharactersOptions,
  CountWordsOptions,
  MakeExcerptOptions,
  ParseStatedCountsOptions,
  ReadableArticle,
  ReadingTime,
  ReadingTimeOptions,
  StatedCounts,
} from './text/index.ts';
export type {
  Article,
  Block,
  ChannelKind,
  CodeBlock,
  Definition,
  Footnote,
  FrontMatter,
  Heading,
  Image,
  IncludeOrigin,
  Link,
  List,
  ListItem,
  LiteralHtml,
  MathFormula,
  Paragraph,
  Point,
  Position,
  Problem,
  Severity,
  Table,
  TipLine,
  TipLineChannel,
  TocEntry,
} from './article/types.ts';
export { validateArticle } from './validate/validate-article.ts';
export type { Options as ValidateArticleOptions } from './validate/validate-article.ts';
export type { Diagnostic, Fix } from './validate/diagnostic.ts';
export type { RuleSetting, RuleSettingOf, RulesConfig, SeveritySetting } from './validate/config.ts';
export type { OptionSchema, OptionsSchema } from './validate/check-options.ts';
export type { RuleOptions } from './rules/options.ts';
export type { StandardSchemaV1 } from './validate/standard-schema.ts';
export type { Plugin, PluginRule, Plugins } from './validate/plugins.ts';
export { recommended } from './rules/recommended.ts';
export { rules } from './rules/index.ts';
export type { Rule, RuleContext, RuleExample, RuleMeta, Report } from './rules/types.ts';
