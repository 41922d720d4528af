import { wallClock } from '../ruby/ruby-time.ts';
import { rubyToS } from '../ruby/values.ts';
import { slugify } from './slugify.ts';

/** What a document's URL placeholders are made of (Jekyll's `Drops::UrlDrop` reads them off the document). */
export interface UrlDocument {
  /** The collection's label (`posts`). */
  collection: string;
  /** The file name without its extension (`2024-06-12-slug`). */
  basenameWithoutExt: string;
  /** `Document#cleaned_relative_path`: the relative path without its extension and `_posts` (`/2024-06-12-slug`). */
  cleanedRelativePath: string;
  /** The output extension (`.html`). */
  outputExt: string;
  /** The document's `slug` (front matter, else the file name's). */
  slug: unknown;
  categories: readonly unknown[];
  date: Date;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const pad = (n: number, width = 2): string => (n < 0 ? `-${String(-n).padStart(width, '0')}` : String(n).padStart(width, '0'));

/** ISO 8601 week-numbering year and week (`%G`, `%V`) of a calendar day. */
function isoWeek(year: number, month: number, day: number): [number, number] {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  const weekday = (date.getUTCDay() + 6) % 7; // Monday 0
  date.setUTCDate(date.getUTCDate() - weekday + 3); // the week's Thursday
  const isoYear = date.getUTCFullYear();
  const jan4 = new Date(0);
  jan4.setUTCFullYear(isoYear, 0, 4);
  const firstThursday = jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86_400_000 + 3 * 86_400_000;
  return [isoYear, Math.round((date.getTime() - firstThursday) / (7 * 86_400_000)) + 1];
}

/**
 * Jekyll's `Drops::UrlDrop`: the value of every placeholder a permalink template may name, the
 * date ones in the document's own UTC offset (`strftime` in Jekyll's time zone).
 */
export function urlPlaceholders(doc: UrlDocument): Record<string, string> {
  const w = wallClock(doc.date);
  const [wYear, week] = isoWeek(w.year, w.month, w.day);
  const slugText = doc.slug === null || doc.slug === undefined ? undefined : rubyToS(doc.slug);
  const categories = [...new Set(doc.categories.map((c) => rubyToS(c).toLowerCase()))];
  const slugified = [...new Set(doc.categories.map((c) => slugify(rubyToS(c)) ?? ''))];
  return {
    output_ext: doc.outputExt,
    path: doc.cleanedRelativePath,
    collection: doc.collection,
    name: slugify(doc.basenameWithoutExt) ?? '',
    title: slugify(slugText, { mode: 'pretty', cased: true }) ?? slugify(doc.basenameWithoutExt, { mode: 'pretty', cased: true }) ?? '',
    slug: slugify(slugText) ?? slugify(doc.basenameWithoutExt) ?? '',
    categories: categories.join('/'),
    slugified_categories: slugified.join('/'),
    year: pad(w.year, 4),
    month: pad(w.month),
    day: pad(w.day),
    hour: pad(w.hour),
    minute: pad(w.minute),
    second: pad(w.second),
    i_day: String(w.day),
    i_month: String(w.month),
    short_month: (MONTHS[w.month - 1] ?? '').slice(0, 3),
    long_month: MONTHS[w.month - 1] ?? '',
    short_year: pad(((w.year % 100) + 100) % 100),
    w_year: pad(wYear, 4),
    week: pad(week),
    w_day: String(w.weekday === 0 ? 7 : w.weekday),
    short_day: (DAYS[w.weekday] ?? '').slice(0, 3),
    long_day: DAYS[w.weekday] ?? '',
    y_day: pad(w.yearDay, 3),
  };
}
