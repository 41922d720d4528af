import type { Formatter } from '../types.ts';
import type { Diagnostic } from '../../validate/diagnostic.ts';
import { safeText } from '../safe-text.ts';

type Style = (text: string) => string;

const ansi = (open: number, close: number): Style => (text) => `\u001B[${open}m${text}\u001B[${close}m`;
const plain: Style = (text) => text;

const pluralize = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

/**
 * ESLint's "stylish" layout. For each file with messages:
 *
 *     path/to/file.md
 *       3:1   error    Message text  rule-id
 *       12:7  warning  Message text  other-rule
 *
 * (`line:column` and the severity padded to the widest in that file), then a summary
 * `✖ N problems (E errors, W warnings, I infos)` and, when some errors or warnings carry a fix,
 * `  E errors and W warnings potentially fixable with the \`--fix\` option.`
 * Nothing at all ('') when there are no messages.
 *
 * Paths, messages and rule ids are printed through {@link safeText}: controls, escape sequences,
 * bidi controls and line breaks a post put in them show as escapes (`\x1B`, `\u202E`, `\n`), so
 * one message is one line and a post cannot drive the terminal or start a CI command line.
 */
export const stylish: Formatter = (results, context) => {
  const color = context.color;
  const underline = color ? ansi(4, 24) : plain;
  const dim = color ? ansi(2, 22) : plain;
  const bold = color ? ansi(1, 22) : plain;
  const severityStyle: Record<Diagnostic['severity'], Style> = {
    error: color ? ansi(31, 39) : plain,
    warning: color ? ansi(33, 39) : plain,
    info: color ? ansi(34, 39) : plain,
  };

  let output = '';
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  let fixableErrors = 0;
  let fixableWarnings = 0;

  for (const result of results) {
    if (result.messages.length === 0) continue;
    const positions = result.messages.map((message) => `${message.line}:${message.column}`);
    const positionWidth = positions.reduce((max, position) => Math.max(max, position.length), 0);
    const severityWidth = result.messages.reduce((max, message) => Math.max(max, message.severity.length), 0);

    output += `${underline(safeText(result.filePath))}\n`;
    result.messages.forEach((message, index) => {
      const position = (positions[index] ?? '').padEnd(positionWidth);
      const padding = ' '.repeat(severityWidth - message.severity.length);
      const severity = severityStyle[message.severity](message.severity) + padding;
      output += `  ${position}  ${severity}  ${safeText(message.message)}  ${dim(safeText(message.ruleId))}\n`;

      if (message.severity === 'error') {
        errors++;
        if (message.fix) fixableErrors++;
      } else if (message.severity === 'warning') {
        warnings++;
        if (message.fix) fixableWarnings++;
      } else {
        infos++;
      }
    });
    output += '\n';
  }

  const total = errors + warnings + infos;
  if (total === 0) return '';

  const summaryStyle: Style = color ? (text) => bold(severityStyle[errors > 0 ? 'error' : 'warning'](text)) : plain;
  output += `${summaryStyle(
    `✖ ${pluralize(total, 'problem')} (${pluralize(errors, 'error')}, ${pluralize(warnings, 'warning')}, ${pluralize(infos, 'info')})`,
  )}\n`;
  if (fixableErrors + fixableWarnings > 0) {
    output += `${summaryStyle(
      `  ${pluralize(fixableErrors, 'error')} and ${pluralize(fixableWarnings, 'warning')} potentially fixable with the \`--fix\` option.`,
    )}\n`;
  }
  return output;
};
