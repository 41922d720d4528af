import type { Article } from '../article/types.ts';
import type { StandardSchemaV1 } from './standard-schema.ts';
import type { YamlLocator } from './yaml-locator.ts';

export const SCHEMA_RULE_ID = 'front-matter-schema';

export interface SchemaFinding {
  message: string;
  start: number;
  end: number;
}

/** Validates the front matter's data with a Standard Schema; each issue sits at the node its path names. */
export function checkSchema(article: Article, schema: StandardSchemaV1, yaml: YamlLocator): SchemaFinding[] {
  const result = schema['~standard'].validate(article.frontMatter.data);
  if (result instanceof Promise) {
    throw new TypeError('options.schema validated asynchronously; validateArticle needs a synchronous schema');
  }
  if (!result.issues) return [];
  const fallback = article.frontMatter.position?.start.offset ?? 0;
  return result.issues.map((issue) => {
    const path = (issue.path ?? []).map((segment) => (typeof segment === 'object' && segment !== null ? segment.key : segment));
    const range = yaml.range(path) ?? { start: fallback, end: fallback };
    const where = path.length > 0 ? `\`${path.map(String).join('.')}\`: ` : '';
    return { message: `${where}${issue.message}`, start: range.start, end: range.end };
  });
}
