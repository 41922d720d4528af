import { type Dirent, readFileSync, realpathSync, statSync } from 'node:fs';
import { lstat, readdir, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { SiteProblem } from '../jekyll/site.ts';

/** What `loadJekyllSite` reads of a site at most, beyond which it reports and skips. */
export const SITE_LIMITS = {
  /** Bytes of one file (an include, a data file, a post). */
  fileBytes: 10 * 1024 * 1024,
  /** Bytes of all the files read. */
  totalBytes: 200 * 1024 * 1024,
  /** Folder entries listed while looking for posts, includes and data. */
  entries: 200_000,
} as const;

export type EntryKind = 'file' | 'directory';

export interface Entry {
  name: string;
  kind: EntryKind;
  /** It is a symbolic link (to somewhere inside the site). */
  link: boolean;
}

/** A file or a folder (not a link); undefined for anything else (a FIFO, a socket, a device). */
const plainKind = (info: Pick<Dirent, 'isDirectory' | 'isFile'>): { kind: EntryKind; link: false } | undefined =>
  info.isDirectory() ? { kind: 'directory', link: false } : info.isFile() ? { kind: 'file', link: false } : undefined;

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Whether `file` lies inside `root` (or is it). */
export const isInside = (root: string, file: string): boolean => {
  const relative = path.relative(root, file);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
};

/** UTF-8, a byte order mark kept as U+FEFF (Ruby's CSV keeps it; the readers that drop it do). */
const DECODER = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Reads a site's files safely: only inside its real root (a symbolic link that leads out is
 * reported and not followed), within SITE_LIMITS, never throwing: what cannot be read is a problem.
 * Paths are relative to the root, `/`-separated.
 */
export class SiteFiles {
  readonly problems: SiteProblem[] = [];
  private bytes = 0;
  private entries = 0;
  private limitReported = false;

  constructor(readonly root: string) {}

  private absolute(rel: string): string {
    return rel === '' ? this.root : path.join(this.root, ...rel.split('/'));
  }

  private readonly reported = new Set<string>();

  private report(ruleId: string, text: string, file: string): void {
    if (this.reported.has(`${ruleId}\0${file}`)) return;
    this.reported.add(`${ruleId}\0${file}`);
    this.problems.push({ ruleId, severity: 'warning', message: text, file });
  }

  private overLimit(file: string): boolean {
    if (this.entries <= SITE_LIMITS.entries && this.bytes <= SITE_LIMITS.totalBytes) return false;
    if (!this.limitReported) {
      this.limitReported = true;
      this.report('jekyll-site-too-large', `The site holds more than article-kit reads (${SITE_LIMITS.entries} entries, ${SITE_LIMITS.totalBytes} bytes): the rest is not read`, file);
    }
    return true;
  }

  /** What a path is, a link followed only when it stays inside the root; undefined when it does not exist or leaves. */
  async kind(rel: string): Promise<{ kind: EntryKind; link: boolean } | undefined> {
    try {
      const info = await lstat(this.absolute(rel));
      return info.isSymbolicLink() ? await this.linkKind(rel) : plainKind(info);
    } catch {
      return undefined;
    }
  }

  /** What a symbolic link leads to, when that is inside the root. */
  private async linkKind(rel: string): Promise<{ kind: EntryKind; link: boolean } | undefined> {
    try {
      const real = await realpath(this.absolute(rel));
      if (!isInside(this.root, real)) {
        this.report('jekyll-site-outside-root', `\`${rel}\` links outside the site's folder: not read`, rel);
        return undefined;
      }
      const target = plainKind(await stat(real));
      return target && { kind: target.kind, link: true };
    } catch {
      return undefined;
    }
  }

  private readonly listed = new Map<string, Promise<Entry[]>>();

  /**
   * The entries of a folder, sorted by name (Ruby's byte order), links out of the root left out;
   * each folder listed once (the includes, data, posts and `site.files` readers share listings).
   */
  list(rel: string): Promise<Entry[]> {
    let entries = this.listed.get(rel);
    if (entries === undefined) {
      entries = this.listUncached(rel);
      this.listed.set(rel, entries);
    }
    return entries;
  }

  private async listUncached(rel: string): Promise<Entry[]> {
    let dirents: Dirent[];
    try {
      // The entries' types come with their names: only links need another system call.
      dirents = await readdir(this.absolute(rel), { withFileTypes: true });
    } catch {
      return [];
    }
    const sorted = dirents.map((dirent) => ({ dirent, key: Buffer.from(dirent.name) })).sort((a, b) => Buffer.compare(a.key, b.key));
    const out: Entry[] = [];
    const plainFolder = rel === '' || this.plain.has(rel);
    for (const { dirent } of sorted) {
      this.entries++;
      if (this.overLimit(rel)) break;
      const { name } = dirent;
      const child = rel === '' ? name : `${rel}/${name}`;
      const entry = dirent.isSymbolicLink() ? await this.linkKind(child) : plainKind(dirent);
      if (!entry) continue;
      // Reached without any link: its real path is inside the root, no realpath needed to read it.
      if (plainFolder && !entry.link) this.plain.add(child);
      out.push({ name, ...entry });
    }
    return out;
  }

  /** Every file under a folder, as paths relative to it, recursively (`*​*​/*`: no names starting with `.`, no linked folders). */
  async walk(rel: string, options: { dotFiles?: boolean } = {}): Promise<string[]> {
    const out: string[] = [];
    const pending = [''];
    while (pending.length > 0) {
      const sub = pending.shift() as string;
      for (const entry of await this.list(sub === '' ? rel : `${rel}/${sub}`)) {
        if (!options.dotFiles && entry.name.startsWith('.')) continue;
        const child = sub === '' ? entry.name : `${sub}/${entry.name}`;
        if (entry.kind === 'file') out.push(child);
        else if (!entry.link) pending.push(child);
      }
    }
    return out;
  }

  /**
   * A file's text (UTF-8) and modification time, read once; undefined when it cannot or may not
   * be read (with a problem, unless `quiet`: a file larger than `maxBytes`, not UTF-8).
   */
  async read(rel: string, options: { maxBytes?: number; quiet?: boolean } = {}): Promise<{ text: string; mtime: Date } | undefined> {
    const cached = this.cache.get(rel);
    if (cached !== undefined) return cached ?? undefined;
    const read = await this.readUncached(rel, options);
    if (read !== undefined || !options.quiet) this.cache.set(rel, read ?? null);
    return read;
  }

  private readonly cache = new Map<string, { text: string; mtime: Date } | null>();

  /** Paths listed from the root through folders that are not links. */
  private readonly plain = new Set<string>();

  private async readUncached(rel: string, options: { maxBytes?: number; quiet?: boolean }): Promise<{ text: string; mtime: Date } | undefined> {
    const file = this.absolute(rel);
    const quiet = options.quiet === true;
    try {
      const real = this.plain.has(rel) ? file : await realpath(file);
      if (!this.inRoot(rel, real)) return undefined;
      const info = await stat(real);
      if (!this.admit(rel, info.size, options)) return undefined;
      return this.decoded(rel, await readFile(real), info.mtime, quiet);
    } catch (error) {
      if (!quiet) this.report('jekyll-site-file-unreadable', `\`${rel}\` cannot be read: ${message(error)}`, rel);
      return undefined;
    }
  }

  /**
   * A file's text, read now and synchronously, as `read` with `quiet` reads it: for contents
   * looked at only when a post asks for them (`site.files`), long after the site was loaded.
   */
  readNow(rel: string, options: { maxBytes?: number } = {}): string | undefined {
    const cached = this.cache.get(rel);
    if (cached !== undefined) return cached?.text;
    const file = this.absolute(rel);
    let read: { text: string; mtime: Date } | undefined;
    try {
      const real = this.plain.has(rel) ? file : realpathSync(file);
      const info = this.inRoot(rel, real) ? statSync(real) : undefined;
      read = info && this.admit(rel, info.size, { ...options, quiet: true }) ? this.decoded(rel, readFileSync(real), info.mtime, true) : undefined;
    } catch {
      read = undefined;
    }
    if (read !== undefined) this.cache.set(rel, read);
    return read?.text;
  }

  private inRoot(rel: string, real: string): boolean {
    if (isInside(this.root, real)) return true;
    this.report('jekyll-site-outside-root', `\`${rel}\` links outside the site's folder: not read`, rel);
    return false;
  }

  /** Whether a file of `size` bytes may be read, within the limits; counts it when it may. */
  private admit(rel: string, size: number, options: { maxBytes?: number; quiet?: boolean }): boolean {
    const max = Math.min(options.maxBytes ?? SITE_LIMITS.fileBytes, SITE_LIMITS.fileBytes);
    if (size > max) {
      if (options.quiet !== true) this.report('jekyll-site-file-too-large', `\`${rel}\` is larger than ${max} bytes: not read`, rel);
      return false;
    }
    this.bytes += size;
    return !this.overLimit(rel);
  }

  private decoded(rel: string, buffer: Uint8Array, mtime: Date, quiet: boolean): { text: string; mtime: Date } | undefined {
    try {
      return { text: DECODER.decode(buffer), mtime };
    } catch {
      if (!quiet) this.report('jekyll-site-file-encoding', `\`${rel}\` is not valid UTF-8: Jekyll skips it`, rel);
      return undefined;
    }
  }
}
