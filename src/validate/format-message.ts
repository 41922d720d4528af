const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;

/** Fills `{{name}}` placeholders from `data`; unknown names stay as written. */
export type FormatMessage = (template: string, data?: Record<string, string | number>) => string;

/**
 * A {@link FormatMessage} that cuts each template at its placeholders once: one validation
 * reports with a few templates, thousands of times in a big post.
 */
export function createMessageFormatter(): FormatMessage {
  // Literal text at indexes 0, 3, 6…; after each, a placeholder's name and the placeholder as written.
  const cut = new Map<string, readonly string[]>();
  const partsOf = (template: string): readonly string[] => {
    let parts = cut.get(template);
    if (parts === undefined) {
      const made: string[] = [];
      let last = 0;
      for (const match of template.matchAll(PLACEHOLDER)) {
        made.push(template.slice(last, match.index), match[1] ?? '', match[0]);
        last = match.index + match[0].length;
      }
      made.push(template.slice(last));
      cut.set(template, (parts = made));
    }
    return parts;
  };
  return (template, data = {}) => {
    if (!template.includes('{{')) return template;
    const parts = partsOf(template);
    let out = parts[0] ?? '';
    for (let i = 1; i < parts.length; i += 3) {
      const name = parts[i] ?? '';
      out += (name in data ? String(data[name]) : parts[i + 1]) + (parts[i + 2] ?? '');
    }
    return out;
  };
}
