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
