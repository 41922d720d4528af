import { safeJson } from '../safe-text.ts';
import type { Formatter, RuleDescription } from '../types.ts';

const ruleLevel: Record<RuleDescription['severity'], string> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
  off: 'none',
};

const resultLevel = { error: 'error', warning: 'warning', info: 'note' } as const;

/**
 * A file path as a SARIF `uri`: forward slashes, percent-encoded as a URI reference (spaces,
 * non-ASCII, `%`, and `#`/`?`/`:` which would otherwise read as fragment, query or scheme).
 * A Windows absolute path (`C:/…`) becomes a `file:///` URI.
 */
const toUri = (filePath: string): string => {
  const path = filePath.replace(/\\/g, '/');
  if (/^[A-Za-z]:\//.test(path)) return `file:///${path.slice(0, 2)}${encodePath(path.slice(2))}`;
  return encodePath(path);
};

/** Lone surrogates, which `encodeURI` would throw on. */
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const encodePath = (path: string): string =>
  encodeURI(path.replace(loneSurrogate, '\uFFFD'))
    .replace(/#/g, '%23')
    .replace(/\?/g, '%3F')
    .replace(/:/g, '%3A');

/**
 * SARIF 2.1.0: one run whose driver lists `context.rules`, and one result per message (parse
 * problems, whose ruleIds are not among the rules, come without `ruleIndex`). Pretty-printed
 * with two spaces, with a trailing newline; controls and bidi controls in strings are `\uXXXX`
 * escapes ({@link safeJson}).
 */
export const sarif: Formatter = (results, context) => {
  const ruleIndexes = new Map<string, number>();
  context.rules.forEach((rule, index) => {
    if (!ruleIndexes.has(rule.id)) ruleIndexes.set(rule.id, index);
  });

  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'article-kit',
            informationUri: 'https://www.npmjs.com/package/article-kit',
            version: context.version,
            rules: context.rules.map((rule) => ({
              id: rule.id,
              shortDescription: { text: rule.description },
              helpUri: rule.url,
              defaultConfiguration: { level: ruleLevel[rule.severity] },
            })),
          },
        },
        results: results.flatMap((result) => {
          const uri = toUri(result.filePath);
          return result.messages.map((message) => {
            const ruleIndex = ruleIndexes.get(message.ruleId);
            return {
              ruleId: message.ruleId,
              ...(ruleIndex === undefined ? {} : { ruleIndex }),
              level: resultLevel[message.severity],
              message: { text: message.message },
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: { uri },
                    region: {
                      startLine: message.line,
                      startColumn: message.column,
                      ...(message.endLine === undefined ? {} : { endLine: message.endLine }),
                      ...(message.endColumn === undefined ? {} : { endColumn: message.endColumn }),
                    },
                  },
                },
              ],
            };
          });
        }),
      },
    ],
  };
  return `${safeJson(JSON.stringify(log, null, 2))}\n`;
};
