export { parseArticle } from './article/parse-article.ts';
export type { Options as ParseArticleOptions } from './article/parse-article.ts';
export { countCharacters, countWords, makeExcerpt, parseStatedCounts, readingTime, stripGeneratorNotes } from './text/index.ts';
export type {
  CharacterCounts,
  CountCharactersOptions,
  CountWordsOptions,
  MakeExcerptOptions,
  ParseStatedCountsOptions,
  ReadingTime,
  ReadingTimeOptions,
  StatedCounts,
} from './text/index.ts';
export type {
  Article,
  Block,
  ChannelKind,
  CodeBlock,
  FrontMatter,
  Heading,
  Image,
  Link,
  List,
  ListItem,
  LiteralHtml,
  Paragraph,
  Point,
  Position,
  Problem,
  Severity,
  Table,
  TipLine,
  TipLineChannel,
} from './article/types.ts';
export { validateArticle } from './validate/validate-article.ts';
export type { Options as ValidateArticleOptions } from './validate/validate-article.ts';
export type { Diagnostic, Fix } from './validate/diagnostic.ts';
export type { RuleSetting, SeveritySetting } from './validate/config.ts';
export type { StandardSchemaV1 } from './validate/standard-schema.ts';
export { recommended } from './rules/recommended.ts';
export { rules } from './rules/index.ts';
export type { Rule, RuleContext, RuleExample, RuleMeta, Report } from './rules/types.ts';
