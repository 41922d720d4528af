import type { Diagnostic } from '../../validate/diagnostic.ts';
import type { FileResult, Formatter } from '../types.ts';
import { type RuleTotal, ruleChart } from './_html-chart.ts';
import { htmlAttribute, htmlText } from './_html-text.ts';

/** Lines of source shown around a finding: one before, the finding's lines (at most this many), one after. */
const MAX_SPAN_LINES = 5;

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

const counts = (errors: number, warnings: number, infos: number): string =>
  `${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(infos, 'info')}`;

/**
 * One self-contained HTML page (no script, no external resource): a summary, the totals per
 * rule as a table and an inline SVG chart, then each file with findings, every finding with its
 * `line:column`, severity, message, rule (linked to its docs) and the source lines it is on, its
 * span marked; files without findings are listed last. Everything that comes from posts (paths,
 * messages, source) is escaped, and invisible characters are shown as `U+XXXX`. Source lines
 * come from `context.readSource` (the CLI reads the files); without it, findings come without them.
 */
export const html: Formatter = (results, context) => {
  const totals = new Map<string, RuleTotal>();
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const result of results) {
    for (const message of result.messages) {
      const total = totals.get(message.ruleId) ?? { ruleId: message.ruleId, error: 0, warning: 0, info: 0 };
      total[message.severity]++;
      totals.set(message.ruleId, total);
    }
    errors += result.errorCount;
    warnings += result.warningCount;
    infos += result.infoCount;
  }
  const problems = errors + warnings + infos;
  const withFindings = results.filter((r) => r.messages.length > 0);
  const clean = results.filter((r) => r.messages.length === 0);
  const sum = (t: RuleTotal): number => t.error + t.warning + t.info;
  const sorted = [...totals.values()].sort((a, b) => sum(b) - sum(a) || b.error - a.error || (a.ruleId < b.ruleId ? -1 : 1));
  const urls = new Map(context.rules.map((rule) => [rule.id, rule.url]));
  // Parse problems are no rules of the registry: their docs come with their messages.
  for (const message of results.flatMap((r) => r.messages)) if (message.url && !urls.has(message.ruleId)) urls.set(message.ruleId, message.url);
  const ruleLink = (ruleId: string, url: string | undefined): string =>
    url && /^https?:\/\//.test(url) ? `<a class="rule" href="${htmlAttribute(url)}">${htmlText(ruleId)}</a>` : `<span class="rule">${htmlText(ruleId)}</span>`;

  const summary = `${plural(results.length, 'file')} checked: ${plural(problems, 'problem')} (${counts(errors, warnings, infos)}) in ${plural(withFindings.length, 'file')}.`;

  const totalsTable =
    sorted.length === 0
      ? '<p>No findings.</p>'
      : `${ruleChart(sorted)}
<table class="totals">
<thead><tr><th scope="col">Rule</th><th scope="col">Errors</th><th scope="col">Warnings</th><th scope="col">Infos</th><th scope="col">Total</th></tr></thead>
<tbody>
${sorted.map((t) => `<tr data-rule="${htmlAttribute(t.ruleId)}"><th scope="row">${ruleLink(t.ruleId, urls.get(t.ruleId))}</th><td>${t.error}</td><td>${t.warning}</td><td>${t.info}</td><td>${sum(t)}</td></tr>`).join('\n')}
</tbody>
<tfoot><tr><th scope="row">All rules</th><td>${errors}</td><td>${warnings}</td><td>${infos}</td><td>${problems}</td></tr></tfoot>
</table>`;

  const files = withFindings.map((result, index) => fileSection(result, index + 1, context.readSource?.(result.filePath), (m) => ruleLink(m.ruleId, m.url ?? urls.get(m.ruleId))));

  const cleanList =
    clean.length === 0
      ? ''
      : `<section aria-labelledby="clean-heading">
<h2 id="clean-heading">Files without findings</h2>
<details><summary>${plural(clean.length, 'file')}</summary>
<ul class="clean">
${clean.map((r) => `<li>${htmlText(r.filePath)}</li>`).join('\n')}
</ul>
</details>
</section>`;

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="article-kit ${htmlAttribute(context.version)}">
<title>article-kit report: ${htmlText(plural(problems, 'problem'))}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>article-kit report</h1>
<p class="summary">${htmlText(summary)}</p>
</header>
<main>
<section aria-labelledby="rules-heading">
<h2 id="rules-heading">Totals per rule</h2>
${totalsTable}
</section>
${files.length === 0 ? '' : `<section aria-labelledby="files-heading">\n<h2 id="files-heading">Findings per file</h2>\n${files.join('\n')}\n</section>`}
${cleanList}
</main>
<footer><p>Made by article-kit ${htmlText(context.version)}.</p></footer>
</body>
</html>
`;
};

function fileSection(result: FileResult, index: number, source: string | undefined, ruleLink: (message: Diagnostic) => string): string {
  const id = `file-${index}`;
  const lines = source === undefined ? undefined : source.split(/\r\n|\r|\n/);
  const findings = result.messages.map((message, n) => {
    const at = `${message.line}:${message.column}`;
    return `<li class="finding ${message.severity}" id="${id}-${n + 1}" data-line="${message.line}" data-column="${message.column}">
<p class="head"><a class="at" href="#${id}-${n + 1}">${at}</a> <span class="severity">${message.severity}</span> <span class="message">${htmlText(message.message)}</span> ${ruleLink(message)}</p>
${lines ? sourceLines(lines, message) : ''}</li>`;
  });
  return `<section class="file" id="${id}" aria-labelledby="${id}-name">
<h3 id="${id}-name">${htmlText(result.filePath)}</h3>
<p class="counts">${counts(result.errorCount, result.warningCount, result.infoCount)}</p>
<ol class="findings">
${findings.join('\n')}
</ol>
</section>`;
}

/** The finding's lines with one line of context either side, its span marked (one character for a point). */
function sourceLines(lines: readonly string[], message: Diagnostic): string {
  const last = lines.length;
  const startLine = Math.min(Math.max(message.line, 1), last);
  const endLine = Math.min(Math.max(message.endLine ?? startLine, startLine), last);
  const shownEnd = Math.min(endLine, startLine + MAX_SPAN_LINES - 1);
  const from = Math.max(1, startLine - 1);
  const row = (n: number, body: string, hit: boolean): string =>
    `<span class="line${hit ? ' hit' : ''}" data-line="${n}"><span class="number" aria-hidden="true">${n}</span>${body}</span>`;
  const rows: string[] = [];
  for (let n = from; n <= shownEnd; n++) {
    const text = lines[n - 1] ?? '';
    if (n < startLine) {
      rows.push(row(n, htmlText(text), false));
      continue;
    }
    const begin = n === startLine ? Math.min(Math.max(message.column - 1, 0), text.length) : 0;
    const codePoint = text.codePointAt(begin);
    let end = message.endLine === undefined ? begin + (codePoint === undefined ? 0 : codePoint > 0xffff ? 2 : 1) : n === endLine ? (message.endColumn ?? 1) - 1 : text.length;
    end = Math.min(Math.max(end, begin), text.length);
    const marked = end > begin ? htmlText(text.slice(begin, end)) : '<span class="caret" aria-hidden="true">␣</span>';
    rows.push(row(n, `${htmlText(text.slice(0, begin))}<mark class="${message.severity}">${marked}</mark>${htmlText(text.slice(end))}`, true));
  }
  if (shownEnd < endLine) rows.push(`<span class="line more"><span class="number" aria-hidden="true">…</span>${plural(endLine - shownEnd, 'more line')}</span>`);
  else if (shownEnd < last) rows.push(row(shownEnd + 1, htmlText(lines[shownEnd] ?? ''), false));
  const to = shownEnd < endLine ? shownEnd : Math.min(last, shownEnd + 1);
  return `<pre class="source" aria-label="Source, lines ${from} to ${to}"><code>${rows.join('')}</code></pre>\n`;
}

const STYLE = `
:root { color-scheme: light dark; --error: #c62828; --warning: #a35c00; --info: #1565c0; --muted: #666; --line: #8882; --mark: #ffd54f66; }
body { font: 16px/1.5 system-ui, sans-serif; margin: 0 auto; max-width: 70rem; padding: 1rem 1.5rem 3rem; }
h1 { font-size: 1.6rem; margin-bottom: 0.25rem; }
h2 { font-size: 1.3rem; margin-top: 2rem; border-bottom: 1px solid var(--line); }
h3 { font-size: 1.05rem; font-family: ui-monospace, monospace; overflow-wrap: anywhere; margin-bottom: 0; }
.counts, .summary, footer { color: var(--muted); margin-top: 0.2rem; }
table.totals { border-collapse: collapse; margin-top: 1rem; }
.totals th, .totals td { padding: 0.2rem 0.75rem; border-bottom: 1px solid var(--line); text-align: right; }
.totals th[scope=row], .totals thead th:first-child { text-align: left; font-weight: normal; font-family: ui-monospace, monospace; }
.totals tfoot th, .totals tfoot td { font-weight: bold; }
.chart { max-width: 100%; height: auto; font: 13px ui-monospace, monospace; fill: currentColor; }
.chart rect.error, .finding.error .severity { fill: var(--error); color: var(--error); }
.chart rect.warning, .finding.warning .severity { fill: var(--warning); color: var(--warning); }
.chart rect.info, .finding.info .severity { fill: var(--info); color: var(--info); }
ol.findings { list-style: none; padding: 0; }
.finding { margin: 0.75rem 0; padding-left: 0.75rem; border-left: 4px solid var(--muted); }
.finding.error { border-color: var(--error); } .finding.warning { border-color: var(--warning); } .finding.info { border-color: var(--info); }
.finding .head { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; }
.at, .rule { font-family: ui-monospace, monospace; } .severity { font-weight: bold; } .rule { color: var(--muted); }
pre.source { margin: 0.35rem 0 0; padding: 0.4rem 0; background: #8881; overflow-x: auto; white-space: pre-wrap; overflow-wrap: anywhere; }
pre.source .line { display: block; padding-right: 0.5rem; }
pre.source .line.hit { background: #8881; }
pre.source .number { display: inline-block; min-width: 3.5em; padding-right: 0.75em; text-align: right; color: var(--muted); user-select: none; }
mark { background: var(--mark); color: inherit; text-decoration: underline wavy; text-decoration-thickness: 1px; }
mark.error { text-decoration-color: var(--error); } mark.warning { text-decoration-color: var(--warning); } mark.info { text-decoration-color: var(--info); }
.invisible { font-size: 0.7em; border: 1px solid currentColor; border-radius: 3px; padding: 0 0.15em; margin: 0 0.1em; }
.clean { columns: 2; font-family: ui-monospace, monospace; font-size: 0.9em; }
`;
