/** Whether `href` parses as a URL against `base`, as a browser resolves a link. */
export function urlParses(href: string, base: string): boolean {
  // `URL.canParse` builds no URL object (a check reads thousands of links); older runtimes lack it.
  if (typeof URL.canParse === 'function') return URL.canParse(href, base);
  try {
    new URL(href, base);
    return true;
  } catch {
    return false;
  }
}
