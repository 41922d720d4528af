import { isMap, isScalar, isSeq, type Node, parseDocument } from 'yaml';
import type { Article } from '../article/types.ts';

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
    if (contents === undefined) {
      contents = null;
      if (yaml !== undefined) {
        try {
          contents = parseDocument(yaml.replace(/\r(?!\n)/g, '\n'), { version: '1.1', uniqueKeys: false }).contents as Node | null;
        } catch {
          contents = null;
        }
      }
    }
    return contents;
  };
  const toFile = (range: readonly number[] | null | undefined): { start: number; end: number } | undefined =>
    range && yamlOffset !== undefined ? { start: yamlOffset + (range[0] ?? 0), end: yamlOffset + (range[1] ?? range[0] ?? 0) } : undefined;
  return {
    range(path) {
      let node: unknown = root();
      let found = toFile((node as Node | null)?.range);
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
        found = toFile((node as Node).range) ?? found;
      }
      return found;
    },
    keyRange(key) {
      const node = root();
      if (!isMap(node)) return undefined;
      const pair = node.items.findLast((item) => isScalar(item.key) && String(item.key.value) === key);
      return isScalar(pair?.key) ? toFile(pair.key.range) : undefined;
    },
  };
}
