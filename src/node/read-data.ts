import { dataKey, DATA_EXTENSIONS, readDataFile } from '../jekyll/data-file.ts';
import type { SiteProblem } from '../jekyll/site.ts';
import { createLineIndex } from '../position/line-index.ts';
import { setOwn } from '../ruby/values.ts';
import type { SiteFiles } from './site-files.ts';

/**
 * `site.data` as Jekyll's DataReader reads the data folder (`data_dir`, `_data` by default): its
 * `.yaml`, `.yml`, `.json`, `.csv` and `.tsv` files (in that order, each sorted by name), then
 * its folders as nested hashes, each keyed by its sanitised name (`dataKey`), a later one of the
 * same key replacing an earlier. Names starting with `.` are not read; nor are links that leave
 * the site. A file that does not load is a problem (Jekyll stops) and `null`.
 */
export async function readData(files: SiteFiles, dir: string, config: Record<string, unknown>, problems: SiteProblem[]): Promise<Record<string, unknown>> {
  const data: Record<string, unknown> = {};
  const info = await files.kind(dir);
  if (info?.kind !== 'directory') return data;
  await readInto(files, dir, data, config, problems);
  return data;
}

async function readInto(files: SiteFiles, dir: string, data: Record<string, unknown>, config: Record<string, unknown>, problems: SiteProblem[]): Promise<void> {
  const entries = (await files.list(dir)).filter((e) => !e.name.startsWith('.'));
  const ordered = [
    ...DATA_EXTENSIONS.flatMap((ext) => entries.filter((e) => e.name.endsWith(ext) && e.name.length > ext.length)),
    ...entries.filter((e) => e.kind === 'directory'),
  ];
  for (const entry of ordered) {
    const rel = `${dir}/${entry.name}`;
    if (entry.kind === 'directory') {
      const nested: Record<string, unknown> = {};
      setOwn(data, dataKey(entry.name), nested);
      await readInto(files, rel, nested, config, problems);
      continue;
    }
    const read = await files.read(rel);
    if (read === undefined) continue;
    const loaded = readDataFile(entry.name, read.text, config);
    const lines = createLineIndex(read.text);
    for (const p of loaded.problems) {
      const start = p.offset === undefined ? { line: p.line ?? 1, column: 1 } : lines.point(p.offset);
      problems.push({ ruleId: 'jekyll-data-invalid', severity: 'error', message: `${p.message}: Jekyll stops`, file: rel, line: start.line, column: start.column });
    }
    // File.basename(entry, ".*"): the last extension dropped.
    setOwn(data, dataKey(entry.name.slice(0, entry.name.lastIndexOf('.'))), loaded.value);
  }
}
