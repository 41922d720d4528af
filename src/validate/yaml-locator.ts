import { isMap, isScalar, isSeq, type Node, parseDocument } from 'yaml';
import type { Article } from '../article/types.ts';
import { readPlainYaml } from '../front-matter/plain-yaml.ts';
import { type TopLevelEntry, topLevelEntries } from '../front-matter/top-level-entries.ts';

export interface YamlLocator {
  /**
   * The file range of the node at `path` in the front matter (`['categories', 0]`), or of the
   * nearest ancestor that exists; undefined without front matter.
   */
  range(path: ReadonlyArray<PropertyKey>): { start: number; end: number } | undefined;
  /** The file range of the key of the top-level entry `key`. */
  keyRange(key: string): { start: number; end: number } | undefined;
}

/**
 * Re-reads the front matter YAML lazily (YAML 1.1, as Jekyll reads it), only when a rule asks
 * where something is. Of two equal keys, the last is found: the one whose value Jekyll keeps.
 */
export function createYamlLocator(article: Article): YamlLocator {
  const { yaml, yamlOffset } = article.frontMatter;
  let contents: Node | null | undefined;
  const root = (): Node | null => {
    if (contents === undefined) contents = yaml === undefined ? null : parsedContents(yaml.replace(/\r(?!\n)/g, '\n'));
    return contents;
  };
  let entries: ReturnType<typeof plainEntries> | undefined;
  /** The top-level entry `key` read alone, and where its text starts; undefined unless the front matter is plain YAML that has it. */
  const entry = (key: string): { node: Node | null; base: number } | undefined => {
    entries ??= yaml === undefined ? null : plainEntries(yaml);
    const found = entries?.get(key);
    if (found === undefined) return undefined;
    found.node ??= parsedContents(yaml?.slice(found.start, found.end) ?? '');
    return { node: found.node, base: found.start };
  };
  const toFile = (range: readonly number[] | null | undefined, base = 0): { start: number; end: number } | undefined =>
    range && yamlOffset !== undefined ? { start: yamlOffset + base + (range[0] ?? 0), end: yamlOffset + base + (range[1] ?? range[0] ?? 0) } : undefined;
  return {
    range(path) {
      // A plain front matter's entries stand alone: the one asked for is read, not the whole.
      const alone = path.length > 0 ? entry(String(path[0])) : undefined;
      let node: unknown = alone === undefined ? root() : alone.node;
      const base = alone?.base ?? 0;
      let found = toFile((node as Node | null)?.range, base);
      for (const segment of path) {
        if (isMap(node)) {
          const pair = node.items.findLast((item) => isScalar(item.key) && String(item.key.value) === String(segment));
          node = pair?.value;
        } else if (isSeq(node) && typeof segment === 'number') {
          node = node.items[segment];
        } else {
          node = undefined;
        }
        if (!node || typeof node !== 'object' || !('range' in node)) break;
        found = toFile((node as Node).range, base) ?? found;
      }
      return found;
    },
    keyRange(key) {
      const alone = entry(key);
      const node = alone === undefined ? root() : alone.node;
      if (!isMap(node)) return undefined;
      const pair = node.items.findLast((item) => isScalar(item.key) && String(item.key.value) === key);
      return isScalar(pair?.key) ? toFile(pair.key.range, alone?.base ?? 0) : undefined;
    },
  };
}

function parsedContents(text: string): Node | null {
  try {
    return parseDocument(text, { version: '1.1', uniqueKeys: false }).contents as Node | null;
  } catch {
    return null;
  }
}

/**
 * The top-level entries of a front matter in the plain subset `readPlainYaml` reads (no anchors,
 * aliases, tags or directives: each entry stands alone), by key: the text from the key's line to
 * the next key's, where the yaml package finds the same nodes at the same offsets as in the whole.
 * Null for any other front matter, or one whose keys repeat (the last is Jekyll's).
 */
function plainEntries(yaml: string): Map<string, { start: number; end: number; node?: Node | null }> | null {
  if (readPlainYaml(yaml) === undefined) return null;
  const lines = topLevelEntries(yaml);
  const byKey = new Map<string, { start: number; end: number; node?: Node | null }>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as TopLevelEntry;
    if (byKey.has(line.key)) return null;
    byKey.set(line.key, { start: line.keyStart, end: lines[i + 1]?.keyStart ?? yaml.length });
  }
  return byKey;
}
