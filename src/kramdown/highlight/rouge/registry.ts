import { PlainTextLexer, type Lexer } from './engine.ts';
import { CLexer } from './lexers/c.ts';
import { CppLexer } from './lexers/cpp.ts';
import { CssLexer } from './lexers/css.ts';
import { DiffLexer } from './lexers/diff.ts';
import { GoLexer } from './lexers/go.ts';
import { HtmlLexer } from './lexers/html.ts';
import { JavaLexer } from './lexers/java.ts';
import { JavascriptLexer } from './lexers/javascript.ts';
import { JsonLexer } from './lexers/json.ts';
import { KotlinLexer } from './lexers/kotlin.ts';
import { LiquidLexer } from './lexers/liquid.ts';
import { PythonLexer } from './lexers/python.ts';
import { RubyLexer } from './lexers/ruby.ts';
import { ShellLexer } from './lexers/shell.ts';
import { SqlLexer } from './lexers/sql.ts';
import { TypescriptLexer } from './lexers/typescript.ts';
import { XmlLexer } from './lexers/xml.ts';
import { YamlLexer } from './lexers/yaml.ts';

/** The ported lexers by Rouge tag (find-lexer.ts turns aliases into tags): a fresh lexer each. */
export const LEXERS: Readonly<Record<string, () => Lexer>> = {
  plaintext: () => new PlainTextLexer(),
  c: () => new CLexer(),
  cpp: () => new CppLexer(),
  css: () => new CssLexer(),
  diff: () => new DiffLexer(),
  go: () => new GoLexer(),
  html: () => new HtmlLexer(),
  java: () => new JavaLexer(),
  javascript: () => new JavascriptLexer(),
  json: () => new JsonLexer(),
  kotlin: () => new KotlinLexer(),
  liquid: () => new LiquidLexer(),
  python: () => new PythonLexer(),
  ruby: () => new RubyLexer(),
  shell: () => new ShellLexer(),
  sql: () => new SqlLexer(),
  typescript: () => new TypescriptLexer(),
  xml: () => new XmlLexer(),
  yaml: () => new YamlLexer(),
};
