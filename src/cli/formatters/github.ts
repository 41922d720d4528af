import { safeText } from '../safe-text.ts';
import { wholeReport } from './_whole-report.ts';
import type { Formatter, StreamingFormatter } from '../types.ts';

const command = { error: 'error', warning: 'warning', info: 'notice' } as const;

/**
 * Escapes a workflow command's data (the message): CR and LF as the runner decodes them
 * (`%0D`, `%0A`), so no line of the log can start with a new command; every other control,
 * escape sequence and bidi control as a visible escape (`\x1B`), which the log viewer shows
 * as text.
 */
const escapeData = (text: string): string => safeText(text, 'breaks').replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

/** Escapes a workflow command's property value. */
const escapeProperty = (text: string): string => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/**
 * GitHub Actions workflow commands, one line per message:
 * `::error file=<path>,line=<l>,col=<c>,endLine=<el>,endColumn=<ec>,title=<ruleId>::<message>`
 * (`warning` for warnings, `notice` for info). '' when there are none.
 */
export const githubStream: StreamingFormatter = {
  file(result) {
    let output = '';
    for (const message of result.messages) {
      const properties = [
        `file=${escapeProperty(result.filePath)}`,
        `line=${message.line}`,
        `col=${message.column}`,
        ...(message.endLine === undefined ? [] : [`endLine=${message.endLine}`]),
        ...(message.endColumn === undefined ? [] : [`endColumn=${message.endColumn}`]),
        `title=${escapeProperty(message.ruleId)}`,
      ];
      output += `::${command[message.severity]} ${properties.join(',')}::${escapeData(message.message)}\n`;
    }
    return output;
  },
  end: () => '',
};

export const github: Formatter = wholeReport(githubStream);
