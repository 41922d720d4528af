import { describe, expect, it } from 'vitest';
import { formatters, type FormatName } from '../../src/cli/formatters/index.ts';
import { github } from '../../src/cli/formatters/github.ts';
import { html } from '../../src/cli/formatters/html.ts';
import { json } from '../../src/cli/formatters/json.ts';
import { sarif } from '../../src/cli/formatters/sarif.ts';
import { stylish } from '../../src/cli/formatters/stylish.ts';
import type { FileResult, FormatContext } from '../../src/cli/types.ts';
import type { Diagnostic, Fix } from '../../src/validate/diagnostic.ts';

interface DiagnosticInput {
  ruleId: string;
  severity: Diagnostic['severity'];
  message: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  fix?: Fix;
}

const diagnostic = (input: DiagnosticInput): Diagnostic => ({
  ...input,
  reason: input.message,
  place:
    input.endLine === undefined
      ? { line: input.line, column: input.column, offset: 0 }
      : { start: { line: input.line, column: input.column, offset: 0 }, end: { line: input.endLine, column: input.endColumn ?? 1, offset: 0 } },
  source: 'article-kit',
  fatal: input.severity === 'error' ? true : input.severity === 'warning' ? false : undefined,
  url: `https://example.com/rules/${input.ruleId}`,
});

const fileResult = (filePath: string, messages: Diagnostic[]): FileResult => ({
  filePath,
  messages,
  errorCount: messages.filter((message) => message.severity === 'error').length,
  warningCount: messages.filter((message) => message.severity === 'warning').length,
  infoCount: messages.filter((message) => message.severity === 'info').length,
  fixCount: 0,
});

const context: FormatContext = {
  cwd: '/site',
  color: false,
  version: '1.2.3',
  rules: [
    { id: 'front-matter-title', description: 'Posts have a title.', url: 'https://example.com/rules/front-matter-title', severity: 'error' },
    { id: 'heading-increment', description: 'Heading levels go up one at a time.', url: 'https://example.com/rules/heading-increment', severity: 'warning' },
    { id: 'line-length', description: 'Lines are not too long.', url: 'https://example.com/rules/line-length', severity: 'info' },
    { id: 'no-html', description: 'No raw HTML.', url: 'https://example.com/rules/no-html', severity: 'off' },
  ],
};
const colored: FormatContext = { ...context, color: true };

const clean = fileResult('_posts/2024-01-01-clean.md', []);
const mixed = fileResult('_posts/2024-01-02-mixed.md', [
  diagnostic({
    ruleId: 'front-matter-title',
    severity: 'error',
    message: 'Title is missing',
    line: 3,
    column: 1,
    endLine: 3,
    endColumn: 12,
    fix: { range: [10, 20], text: 'title: x' },
  }),
  diagnostic({ ruleId: 'heading-increment', severity: 'warning', message: 'Heading jumps from h2 to h4', line: 12, column: 7 }),
  diagnostic({ ruleId: 'line-length', severity: 'info', message: 'Line is 130 characters long', line: 120, column: 15 }),
]);
const odd = fileResult('_posts/my 글.md', [
  diagnostic({ ruleId: 'yaml-syntax', severity: 'error', message: '100% broken, key: value\nsee line 2', line: 2, column: 5 }),
]);
const results = [clean, mixed, odd];

describe('formatters', () => {
  it('are all registered by name', () => {
    const names: FormatName[] = ['stylish', 'json', 'github', 'sarif', 'html'];
    expect(Object.keys(formatters)).toEqual(names);
    expect(formatters.stylish).toBe(stylish);
    expect(formatters.json).toBe(json);
    expect(formatters.github).toBe(github);
    expect(formatters.sarif).toBe(sarif);
    expect(formatters.html).toBe(html);
  });
});

describe('stylish', () => {
  it('lists messages per file, aligned, with a summary and a fix hint', () => {
    expect(stylish(results, context)).toBe(`_posts/2024-01-02-mixed.md
  3:1     error    Title is missing  front-matter-title
  12:7    warning  Heading jumps from h2 to h4  heading-increment
  120:15  info     Line is 130 characters long  line-length

_posts/my 글.md
  2:5  error  100% broken, key: value\\nsee line 2  yaml-syntax

✖ 4 problems (2 errors, 1 warning, 1 info)
  1 error and 0 warnings potentially fixable with the \`--fix\` option.
`);
  });

  it('prints nothing when there are no messages', () => {
    expect(stylish([], context)).toBe('');
    expect(stylish([clean], context)).toBe('');
    expect(stylish([clean], colored)).toBe('');
  });

  it('uses singular forms and omits the fix hint when nothing is fixable', () => {
    const one = fileResult('a.md', [diagnostic({ ruleId: 'heading-increment', severity: 'warning', message: 'Jump', line: 1, column: 1 })]);
    expect(stylish([one], context)).toBe(`a.md
  1:1  warning  Jump  heading-increment

✖ 1 problem (0 errors, 1 warning, 0 infos)
`);
    const infos = fileResult('b.md', [
      diagnostic({ ruleId: 'line-length', severity: 'info', message: 'Long', line: 1, column: 1 }),
      diagnostic({ ruleId: 'line-length', severity: 'info', message: 'Long', line: 2, column: 1 }),
    ]);
    expect(stylish([infos], context)).toBe(`b.md
  1:1  info  Long  line-length
  2:1  info  Long  line-length

✖ 2 problems (0 errors, 0 warnings, 2 infos)
`);
  });

  it('colours when asked', () => {
    expect(stylish([clean, mixed], colored)).toBe(`\u001B[4m_posts/2024-01-02-mixed.md\u001B[24m
  3:1     \u001B[31merror\u001B[39m    Title is missing  \u001B[2mfront-matter-title\u001B[22m
  12:7    \u001B[33mwarning\u001B[39m  Heading jumps from h2 to h4  \u001B[2mheading-increment\u001B[22m
  120:15  \u001B[34minfo\u001B[39m     Line is 130 characters long  \u001B[2mline-length\u001B[22m

\u001B[1m\u001B[31m✖ 3 problems (1 error, 1 warning, 1 info)\u001B[39m\u001B[22m
\u001B[1m\u001B[31m  1 error and 0 warnings potentially fixable with the \`--fix\` option.\u001B[39m\u001B[22m
`);
    const warning = fileResult('a.md', [
      diagnostic({ ruleId: 'heading-increment', severity: 'warning', message: 'Jump', line: 1, column: 1, fix: { range: [0, 1], text: '' } }),
    ]);
    expect(stylish([warning], colored)).toBe(`\u001B[4ma.md\u001B[24m
  1:1  \u001B[33mwarning\u001B[39m  Jump  \u001B[2mheading-increment\u001B[22m

\u001B[1m\u001B[33m✖ 1 problem (0 errors, 1 warning, 0 infos)\u001B[39m\u001B[22m
\u001B[1m\u001B[33m  0 errors and 1 warning potentially fixable with the \`--fix\` option.\u001B[39m\u001B[22m
`);
  });
});

describe('json', () => {
  it('has one entry per file, clean ones included, with exactly the documented keys', () => {
    expect(json(results, context)).toBe(
      `[{"filePath":"_posts/2024-01-01-clean.md","messages":[],"errorCount":0,"warningCount":0,"infoCount":0,"fixableCount":0},` +
        `{"filePath":"_posts/2024-01-02-mixed.md","messages":[` +
        `{"ruleId":"front-matter-title","severity":"error","message":"Title is missing","line":3,"column":1,"endLine":3,"endColumn":12},` +
        `{"ruleId":"heading-increment","severity":"warning","message":"Heading jumps from h2 to h4","line":12,"column":7},` +
        `{"ruleId":"line-length","severity":"info","message":"Line is 130 characters long","line":120,"column":15}` +
        `],"errorCount":1,"warningCount":1,"infoCount":1,"fixableCount":1},` +
        `{"filePath":"_posts/my 글.md","messages":[` +
        `{"ruleId":"yaml-syntax","severity":"error","message":"100% broken, key: value\\nsee line 2","line":2,"column":5}` +
        `],"errorCount":1,"warningCount":0,"infoCount":0,"fixableCount":0}]\n`,
    );
    const parsed = JSON.parse(json(results, context)) as Array<Record<string, unknown>>;
    for (const entry of parsed) {
      expect(Object.keys(entry)).toEqual(['filePath', 'messages', 'errorCount', 'warningCount', 'infoCount', 'fixableCount']);
    }
  });

  it('lists clean files when there are no messages', () => {
    expect(json([clean], context)).toBe(
      `[{"filePath":"_posts/2024-01-01-clean.md","messages":[],"errorCount":0,"warningCount":0,"infoCount":0,"fixableCount":0}]\n`,
    );
    expect(json([], context)).toBe('[]\n');
  });
});

describe('github', () => {
  it('prints one escaped workflow command per message', () => {
    expect(github(results, context)).toBe(
      `::error file=_posts/2024-01-02-mixed.md,line=3,col=1,endLine=3,endColumn=12,title=front-matter-title::Title is missing
::warning file=_posts/2024-01-02-mixed.md,line=12,col=7,title=heading-increment::Heading jumps from h2 to h4
::notice file=_posts/2024-01-02-mixed.md,line=120,col=15,title=line-length::Line is 130 characters long
::error file=_posts/my 글.md,line=2,col=5,title=yaml-syntax::100%25 broken, key: value%0Asee line 2
`,
    );
  });

  it('escapes property values more strictly than the message', () => {
    const weird = fileResult('a,b:c%d\r\ne.md', [diagnostic({ ruleId: 'x:y,z', severity: 'info', message: 'a,b:c%d\r\ne', line: 1, column: 2 })]);
    expect(github([weird], context)).toBe('::notice file=a%2Cb%3Ac%25d%0D%0Ae.md,line=1,col=2,title=x%3Ay%2Cz::a,b:c%25d%0D%0Ae\n');
  });

  it('prints nothing when there are no messages', () => {
    expect(github([clean], context)).toBe('');
    expect(github([], context)).toBe('');
  });
});

interface SarifRegion {
  startLine: number;
  startColumn: number;
  endLine?: number;
  endColumn?: number;
}
interface SarifResult {
  ruleId: string;
  ruleIndex?: number;
  level: string;
  message: { text: string };
  locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: SarifRegion } }>;
}
interface SarifLog {
  $schema: string;
  version: string;
  runs: Array<{
    tool: {
      driver: {
        name: string;
        informationUri: string;
        version: string;
        rules: Array<{ id: string; shortDescription: { text: string }; helpUri: string; defaultConfiguration: { level: string } }>;
      };
    };
    results: SarifResult[];
  }>;
}

describe('sarif', () => {
  const driver = {
    name: 'article-kit',
    informationUri: 'https://www.npmjs.com/package/article-kit',
    version: '1.2.3',
    rules: [
      {
        id: 'front-matter-title',
        shortDescription: { text: 'Posts have a title.' },
        helpUri: 'https://example.com/rules/front-matter-title',
        defaultConfiguration: { level: 'error' },
      },
      {
        id: 'heading-increment',
        shortDescription: { text: 'Heading levels go up one at a time.' },
        helpUri: 'https://example.com/rules/heading-increment',
        defaultConfiguration: { level: 'warning' },
      },
      {
        id: 'line-length',
        shortDescription: { text: 'Lines are not too long.' },
        helpUri: 'https://example.com/rules/line-length',
        defaultConfiguration: { level: 'note' },
      },
      {
        id: 'no-html',
        shortDescription: { text: 'No raw HTML.' },
        helpUri: 'https://example.com/rules/no-html',
        defaultConfiguration: { level: 'none' },
      },
    ],
  };

  it('describes the tool, its rules and every message', () => {
    const output = sarif(results, context);
    expect(output.endsWith('}\n')).toBe(true);
    expect(output.startsWith('{\n  "$schema": "https://json.schemastore.org/sarif-2.1.0.json",\n  "version": "2.1.0",\n')).toBe(true);
    const log = JSON.parse(output) as SarifLog;
    expect(output).toBe(`${JSON.stringify(log, null, 2)}\n`);
    expect(Object.keys(log)).toEqual(['$schema', 'version', 'runs']);
    expect(log.runs).toHaveLength(1);
    const run = log.runs[0]!;
    expect(Object.keys(run)).toEqual(['tool', 'results']);
    expect(run.tool).toEqual({ driver });
    expect(run.results).toEqual([
      {
        ruleId: 'front-matter-title',
        ruleIndex: 0,
        level: 'error',
        message: { text: 'Title is missing' },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: '_posts/2024-01-02-mixed.md' },
              region: { startLine: 3, startColumn: 1, endLine: 3, endColumn: 12 },
            },
          },
        ],
      },
      {
        ruleId: 'heading-increment',
        ruleIndex: 1,
        level: 'warning',
        message: { text: 'Heading jumps from h2 to h4' },
        locations: [
          { physicalLocation: { artifactLocation: { uri: '_posts/2024-01-02-mixed.md' }, region: { startLine: 12, startColumn: 7 } } },
        ],
      },
      {
        ruleId: 'line-length',
        ruleIndex: 2,
        level: 'note',
        message: { text: 'Line is 130 characters long' },
        locations: [
          { physicalLocation: { artifactLocation: { uri: '_posts/2024-01-02-mixed.md' }, region: { startLine: 120, startColumn: 15 } } },
        ],
      },
      {
        ruleId: 'yaml-syntax',
        level: 'error',
        message: { text: '100% broken, key: value\nsee line 2' },
        locations: [
          { physicalLocation: { artifactLocation: { uri: '_posts/my%20%EA%B8%80.md' }, region: { startLine: 2, startColumn: 5 } } },
        ],
      },
    ]);
    // Key order and omissions, not just values.
    const [first, , , parseProblem] = run.results;
    expect(Object.keys(first!)).toEqual(['ruleId', 'ruleIndex', 'level', 'message', 'locations']);
    expect(Object.keys(parseProblem!)).toEqual(['ruleId', 'level', 'message', 'locations']);
    expect(Object.keys(first!.locations[0]!.physicalLocation.region)).toEqual(['startLine', 'startColumn', 'endLine', 'endColumn']);
    expect(Object.keys(parseProblem!.locations[0]!.physicalLocation.region)).toEqual(['startLine', 'startColumn']);
    for (const result of run.results) {
      expect(['error', 'warning', 'note']).toContain(result.level);
      if (result.ruleIndex !== undefined) expect(driver.rules[result.ruleIndex]!.id).toBe(result.ruleId);
    }
  });

  it('encodes paths as URI references', () => {
    const uri = (filePath: string): string => {
      const log = JSON.parse(sarif([fileResult(filePath, [diagnostic({ ruleId: 'x', severity: 'info', message: 'm', line: 1, column: 1 })])], context)) as SarifLog;
      return log.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri;
    };
    expect(uri('posts/a b/글.md')).toBe('posts/a%20b/%EA%B8%80.md');
    expect(uri('posts\\win\\a.md')).toBe('posts/win/a.md');
    expect(uri('100%#1?.md')).toBe('100%25%231%3F.md');
    expect(uri('a:b.md')).toBe('a%3Ab.md');
    expect(uri('C:\\site\\a b.md')).toBe('file:///C:/site/a%20b.md');
  });

  it('has a run with no results when there are no messages', () => {
    expect(sarif([clean], { ...context, rules: [] })).toBe(`{
  "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
  "version": "2.1.0",
  "runs": [
    {
      "tool": {
        "driver": {
          "name": "article-kit",
          "informationUri": "https://www.npmjs.com/package/article-kit",
          "version": "1.2.3",
          "rules": []
        }
      },
      "results": []
    }
  ]
}
`);
    const log = JSON.parse(sarif([clean], context)) as SarifLog;
    expect(log.runs[0]!.tool.driver).toEqual(driver);
    expect(log.runs[0]!.results).toEqual([]);
  });
});
