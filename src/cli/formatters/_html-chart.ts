import { htmlAttribute, htmlText } from './_html-text.ts';

/** Findings of one rule, by severity. @internal */
export interface RuleTotal {
  ruleId: string;
  error: number;
  warning: number;
  info: number;
}

const SEVERITIES = ['error', 'warning', 'info'] as const;
const ROW = 22;
const LABEL = 230;
const BAR = 300;

/**
 * A horizontal bar per rule, its errors, warnings and infos stacked, as inline SVG: no script,
 * no external resource; each bar has a `<title>` with its figures, and the whole an accessible
 * name. `totals` come sorted as they should be drawn.
 *
 * @internal
 */
export function ruleChart(totals: readonly RuleTotal[]): string {
  const max = totals.reduce((m, t) => Math.max(m, t.error + t.warning + t.info), 0);
  if (max === 0) return '';
  const height = totals.length * ROW + 4;
  const width = LABEL + BAR + 60;
  const rows = totals.map((total, index) => {
    const y = index * ROW + 2;
    const sum = total.error + total.warning + total.info;
    let x = LABEL;
    const bars = SEVERITIES.filter((s) => total[s] > 0).map((severity) => {
      const w = Math.max(1, (total[severity] / max) * BAR);
      const rect = `<rect class="${severity}" x="${x.toFixed(1)}" y="${y + 3}" width="${w.toFixed(1)}" height="${ROW - 6}"><title>${htmlText(total.ruleId)}: ${total[severity]} ${severity}${total[severity] === 1 ? '' : 's'}</title></rect>`;
      x += w;
      return rect;
    });
    return (
      `<g data-rule="${htmlAttribute(total.ruleId)}"><text x="${LABEL - 8}" y="${y + ROW / 2}" text-anchor="end" dominant-baseline="middle">${htmlText(total.ruleId)}</text>` +
      `${bars.join('')}<text x="${(x + 6).toFixed(1)}" y="${y + ROW / 2}" dominant-baseline="middle">${sum}</text></g>`
    );
  });
  return (
    `<svg class="chart" role="img" aria-labelledby="chart-title" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg">` +
    `<title id="chart-title">Findings per rule: errors, warnings and infos</title>${rows.join('')}</svg>`
  );
}
