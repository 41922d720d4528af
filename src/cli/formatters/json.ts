import { safeJson } from '../safe-text.ts';
import type { Formatter } from '../types.ts';

/**
 * One entry per checked file, clean ones included:
 * `{ filePath, messages: [{ ruleId, severity, message, line, column, endLine?, endColumn? }],
 * errorCount, warningCount, infoCount, fixableCount }` (`fixableCount`: messages carrying a fix).
 * Compact, with one trailing newline; DEL, C1, bidi controls and U+2028/U+2029 are `\uXXXX`
 * escapes (as JSON.stringify writes C0), so the JSON text holds no byte a terminal acts on.
 */
export const json: Formatter = (results) =>
  `${safeJson(JSON.stringify(
    results.map((result) => ({
      filePath: result.filePath,
      messages: result.messages.map((message) => ({
        ruleId: message.ruleId,
        severity: message.severity,
        message: message.message,
        line: message.line,
        column: message.column,
        ...(message.endLine === undefined ? {} : { endLine: message.endLine }),
        ...(message.endColumn === undefined ? {} : { endColumn: message.endColumn }),
      })),
      errorCount: result.errorCount,
      warningCount: result.warningCount,
      infoCount: result.infoCount,
      fixableCount: result.messages.filter((message) => message.fix !== undefined).length,
    })),
  ))}\n`;
