/**
 * @internal Ruby's `Dir.glob` patterns (without `File::FNM_DOTMATCH`) as a regular expression
 * over `/`-separated relative paths: `*` and `?` within one name and never a leading `.`,
 * `**​/` any number of directories, `[set]` (`[!set]`, `[^set]`), `{a,b}`, `\` escaping.
 */
export function globPattern(pattern: string): RegExp {
  return new RegExp(`^${translate(pattern)}$`, 'su');
}

const escape = (char: string): string => char.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

function translate(pattern: string): string {
  let out = '';
  let i = 0;
  const atNameStart = (): boolean => i === 0 || pattern[i - 1] === '/';
  while (i < pattern.length) {
    const char = pattern[i] ?? '';
    if (char === '\\' && i + 1 < pattern.length) {
      out += escape(pattern[i + 1] ?? '');
      i += 2;
    } else if (char === '*' && pattern[i + 1] === '*' && pattern[i + 2] === '/' && atNameStart()) {
      out += '(?:(?![.])[^/]*/)*';
      i += 3;
    } else if (char === '*') {
      out += atNameStart() ? '(?![.])[^/]*' : '[^/]*';
      while (pattern[i] === '*') i++;
    } else if (char === '?') {
      out += atNameStart() ? '(?![.])[^/]' : '[^/]';
      i++;
    } else if (char === '[') {
      const end = pattern.indexOf(']', i + 2);
      if (end === -1) {
        out += escape(char);
        i++;
        continue;
      }
      let set = pattern.slice(i + 1, end);
      const negated = set.startsWith('!') || set.startsWith('^');
      if (negated) set = set.slice(1);
      out += `(?!/)[${negated ? '^' : ''}${set.replace(/[\\\]]/g, '\\$&')}]`;
      i = end + 1;
    } else if (char === '{') {
      const end = closingBrace(pattern, i);
      if (end === -1) {
        out += escape(char);
        i++;
        continue;
      }
      const alternatives = splitTopLevel(pattern.slice(i + 1, end));
      out += `(?:${alternatives.map(translate).join('|')})`;
      i = end + 1;
    } else {
      out += escape(char);
      i++;
    }
  }
  return out;
}

function closingBrace(pattern: string, open: number): number {
  let depth = 0;
  for (let i = open; i < pattern.length; i++) {
    if (pattern[i] === '\\') i++;
    else if (pattern[i] === '{') depth++;
    else if (pattern[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

function splitTopLevel(body: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    if (body[i] === '\\') i++;
    else if (body[i] === '{') depth++;
    else if (body[i] === '}') depth--;
    else if (body[i] === ',' && depth === 0) {
      parts.push(body.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(body.slice(start));
  return parts;
}
