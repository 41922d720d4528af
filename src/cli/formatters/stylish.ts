import type { Formatter, StreamingFormatter } from '../types.ts';
import type { Diagnostic } from '../../validate/diagnostic.ts';
import { safeText } from '../safe-text.ts';
import { wholeReport } from './_whole-report.ts';

type Style = (text: string) => string;

const ansi = (open: number, close: number): Style => (text) => `\u001B[${open}m${text}\u001B[${close}m`;
const plain: Style = (text) => text;

function stylesOf(color: boolean) {
  return {
    underline: color ? ansi(4, 24) : plain,
    dim: color ? ansi(2, 22) : plain,
    bold: color ? ansi(1, 22) : plain,
    severity: {
      error: color ? ansi(31, 39) : plain,
      warning: color ? ansi(33, 39) : plain,
      info: color ? ansi(34, 39) : plain,
    } satisfies Record<Diagnostic['severity'], Style>,
  };
}

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
 * Nothing at all ('') when there are no messages. Written file by file by the CLI ({@link stylishStream}).
 *
 * Paths, messages and rule ids are printed through {@link safeText}: controls, escape sequences,
 * bidi controls and line breaks a post put in them show as escapes (`\x1B`, `\u202E`, `\n`), so
 * one message is one line and a post cannot drive the terminal or start a CI command line.
 */
export const stylishStream: StreamingFormatter = {
  file(result, context) {
    if (result.messages.length === 0) return '';
    const styles = stylesOf(context.color);
    const positions = result.messages.map((message) => `${message.line}:${message.column}`);
    const positionWidth = positions.reduce((max, position) => Math.max(max, position.length), 0);
    const severityWidth = result.messages.reduce((max, message) => Math.max(max, message.severity.length), 0);
    let output = `${styles.underline(safeText(result.filePath))}\n`;
    result.messages.forEach((message, index) => {
      const position = (positions[index] ?? '').padEnd(positionWidth);
      const padding = ' '.repeat(severityWidth - message.severity.length);
      const severity = styles.severity[message.severity](message.severity) + padding;
      output += `  ${position}  ${severity}  ${safeText(message.message)}  ${styles.dim(safeText(message.ruleId))}\n`;
    });
    return `${output}\n`;
  },

  end(results, context) {
    let errors = 0;
    let warnings = 0;
    let infos = 0;
    let fixableErrors = 0;
    let fixableWarnings = 0;
    for (const result of results) {
      for (const message of result.messages) {
        if (message.severity === 'error') {
          errors++;
          if (message.fix) fixableErrors++;
        } else if (message.severity === 'warning') {
          warnings++;
          if (message.fix) fixableWarnings++;
        } else {
          infos++;
        }
      }
    }
    const total = errors + warnings + infos;
    if (total === 0) return '';
    const styles = stylesOf(context.color);
    const summaryStyle: Style = context.color ? (text) => styles.bold(styles.severity[errors > 0 ? 'error' : 'warning'](text)) : plain;
    let output = `${summaryStyle(
      `✖ ${pluralize(total, 'problem')} (${pluralize(errors, 'error')}, ${pluralize(warnings, 'warning')}, ${pluralize(infos, 'info')})`,
    )}\n`;
    if (fixableErrors + fixableWarnings > 0) {
      output += `${summaryStyle(
        `  ${pluralize(fixableErrors, 'error')} and ${pluralize(fixableWarnings, 'warning')} potentially fixable with the \`--fix\` option.`,
      )}\n`;
    }
    return output;
  },
};

/** The whole report in ESLint's stylish layout (see {@link stylishStream}). */
export const stylish: Formatter = wholeReport(stylishStream);
