export interface JekyllFileName {
  date: string;
  slug: string;
}

const POST_NAME = /^(\d{4}-\d{2}-\d{2})-(.+)\.[^./\\]+$/;

/** `date` and `slug` from a Jekyll post's file name (`YYYY-MM-DD-slug.ext`), if it is one. */
export function parseJekyllFileName(path: string): JekyllFileName | undefined {
  const name = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  const m = POST_NAME.exec(name);
  if (!m) return undefined;
  const date = m[1] ?? '';
  const [year, month, day] = date.split('-').map(Number);
  const valid = new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1));
  if (valid.getUTCFullYear() !== year || valid.getUTCMonth() + 1 !== month || valid.getUTCDate() !== day) return undefined;
  return { date, slug: m[2] ?? '' };
}
