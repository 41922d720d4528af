import { hasOwn, isHash } from '../ruby/values.ts';
import { deepMergeHashes } from './_deep-merge.ts';
import { globPattern } from './dir-glob.ts';
import type { SiteProblem } from './site.ts';

/** A `defaults:` entry Jekyll uses: `{ scope?, values }` with `values` a mapping. */
interface DefaultSet {
  scope: Record<string, unknown> | undefined;
  values: Record<string, unknown>;
}

/** Jekyll 3's singular types, which FrontmatterDefaults#update_deprecated_types renames. */
const DEPRECATED_TYPES: Readonly<Record<string, string>> = { page: 'pages', post: 'posts', draft: 'drafts' };

/** FrontmatterDefaults#sanitize_path: a leading `/` dropped; none is `''`. */
const sanitizePath = (path: unknown): string => (typeof path !== 'string' || path === '' ? '' : path.startsWith('/') ? path.slice(1) : path);

/** FrontmatterDefaults#strip_collections_dir. */
function stripCollectionsDir(path: string, collectionsDir: string): string {
  return collectionsDir !== '' && path.startsWith(`${collectionsDir}/`) ? path.slice(collectionsDir.length + 1) : path;
}

/** The paths a glob may have listed that a document's path starts with: its folders and itself. */
function ancestors(path: string): string[] {
  const parts = path.split('/');
  return parts.map((_, i) => parts.slice(0, i + 1).join('/'));
}

/** Marks the defaults of a file Jekyll fails to read (see `frontMatterDefaults`). */
export const UNREADABLE: unique symbol = Symbol('unreadable');

export interface DefaultsOptions {
  /** The site's `collections_dir` (default: `''`). */
  collectionsDir?: string;
  /** Told about each `defaults:` entry Jekyll warns about and skips. */
  report?: (problem: SiteProblem) => void;
}

/** FrontmatterDefaults#valid_sets: the entries that are mappings with `values` mappings, old type names renamed. */
function validSets(defaults: unknown, report: DefaultsOptions['report']): DefaultSet[] {
  if (!Array.isArray(defaults)) return [];
  const sets: DefaultSet[] = [];
  defaults.forEach((set: unknown, i) => {
    if (!isHash(set) || !isHash(set['values'])) {
      report?.({ ruleId: 'jekyll-defaults-invalid', severity: 'warning', message: 'An invalid front matter default set: Jekyll skips it', key: `defaults.${i}` });
      return;
    }
    const written = hasOwn(set, 'scope') ? set['scope'] : undefined;
    if (written !== undefined && !isHash(written)) {
      report?.({ ruleId: 'jekyll-defaults-invalid', severity: 'error', message: '`scope` must be a mapping: Jekyll stops', key: `defaults.${i}.scope` });
      return;
    }
    let scope = written;
    if (scope && typeof scope['type'] === 'string' && hasOwn(DEPRECATED_TYPES, scope['type'])) scope = { ...scope, type: DEPRECATED_TYPES[scope['type']] };
    sets.push({ scope, values: set['values'] });
  });
  return sets;
}

/** FrontmatterDefaults#applies?: the scope's `type` is the document's, and its `path` holds the document. */
function applies(scope: Record<string, unknown>, path: string, type: string, collectionsDir: string): boolean {
  if (hasOwn(scope, 'type') && String(scope['type']) !== type) return false;
  const scopePath = scope['path'];
  if (typeof scopePath !== 'string' || scopePath === '') return true;
  const documentPath = sanitizePath(path);
  if (scopePath.includes('*')) {
    // Dir.glob lists what exists; of that, only the document's folders and itself can start its path.
    const glob = globPattern(scopePath.replace(/^\/+/, ''));
    return ancestors(documentPath).some((p) => glob.test(p) && documentPath.startsWith(stripCollectionsDir(p, collectionsDir)));
  }
  return documentPath.startsWith(stripCollectionsDir(scopePath, collectionsDir));
}

/** FrontmatterDefaults#has_precedence?: the longer path wins; at equal length, one with a `type`. */
function hasPrecedence(oldScope: Record<string, unknown> | undefined, newScope: Record<string, unknown> | undefined): boolean {
  // No scope yet (or a set without one matched last): the new set wins.
  if (oldScope === undefined) return true;
  const newPath = sanitizePath(newScope?.['path']);
  const oldPath = sanitizePath(oldScope?.['path']);
  if (newPath.length !== oldPath.length) return newPath.length >= oldPath.length;
  if (newScope !== undefined && hasOwn(newScope, 'type')) return true;
  return !(oldScope !== undefined && hasOwn(oldScope, 'type'));
}

/**
 * Jekyll's `FrontmatterDefaults#all(path, type)`: the values of every `defaults:` entry whose
 * scope holds the document (`path`, relative to the site or its `collections_dir`; `type`, the
 * collection's label), deep-merged so that a more specific scope (a longer `path`, then one with
 * a `type`) wins over a less specific one whatever their order. A glob `path` (`_posts/*​/2024*`)
 * is matched against the document's folders and the document itself. Where Jekyll fails on the
 * entries (a scope-less entry after a scoped one that applies), the result carries `UNREADABLE`
 * and the failure is reported.
 */
export function frontMatterDefaults(defaults: unknown, path: string, type: string, options: DefaultsOptions = {}): Record<string, unknown> & { [UNREADABLE]?: true } {
  const collectionsDir = options.collectionsDir ?? '';
  let merged: Record<string, unknown> = {};
  let oldScope: Record<string, unknown> | undefined;
  for (const set of validSets(defaults, options.report)) {
    if (set.scope !== undefined && !applies(set.scope, path, type, collectionsDir)) continue;
    if (oldScope !== undefined && set.scope === undefined) {
      // has_precedence? reads `new_scope["path"]` of nil: NoMethodError, which Document#read logs.
      options.report?.({
        ruleId: 'jekyll-defaults-invalid',
        severity: 'error',
        message: "A `defaults:` entry without `scope` after one whose scope applies makes Jekyll fail to read the file (undefined method `[]' for nil:NilClass)",
        key: 'defaults',
      });
      return { ...merged, [UNREADABLE]: true };
    }
    if (hasPrecedence(oldScope, set.scope)) {
      merged = deepMergeHashes(merged, set.values);
      oldScope = set.scope;
    } else {
      merged = deepMergeHashes(set.values, merged);
    }
  }
  return merged;
}
