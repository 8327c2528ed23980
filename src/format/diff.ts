import Table from 'cli-table3';
import {
  diffText,
  findingLabel,
  formatText,
  uncheckedReasons,
  type DiffItem,
  type DiffWarning,
  type ExportDiff,
} from '../core/index.js';
import { palette } from './ansi.js';
import { toCsv, type CsvCell } from './csv-writer.js';
import { jsonText } from './json-text.js';
import { markdownLink, markdownTable, markdownText } from './markdown-text.js';
import { oneLine, terminalSafe } from './terminal-text.js';
import { tableStyle } from './table-cells.js';
import { wrapWords } from './wrap.js';
import type { FormatName, FormatOptions } from './types.js';

/** `linkedin-exposure diff`: a formatter per `--format`, like the report's. */
export type DiffFormatter = (diff: ExportDiff, options: FormatOptions) => string;

type Section = 'deleted' | 'unchecked' | 'remaining' | 'added';
// "Not checked" right after "Deleted since": the items the member might otherwise count as gone.
const sections: readonly Section[] = ['deleted', 'unchecked', 'remaining', 'added'];

/** The status column of the CSV: what the member checks off, in values README documents. */
const statusOf: Record<Section, string> = {
  deleted: 'deleted',
  unchecked: 'not-checked',
  remaining: 'still-there',
  added: 'new',
};

/** A group printed only when it has items: exports read in full have none not checked. */
function shown(diff: ExportDiff, section: Section): boolean {
  return section !== 'unchecked' || diff.unchecked.length > 0;
}

/** Why the items not checked were not, a sentence per reason, for the table and Markdown. */
function uncheckedReasonLines(diff: ExportDiff): string[] {
  return uncheckedReasons.flatMap((reason) => {
    const count = diff.unchecked.filter((item) => item.reason === reason).length;
    return count === 0 ? [] : [diffText.uncheckedReason[reason]({ count })];
  });
}

/**
 * For CSV, whose rows have no place for them, the warnings go to stderr (diff-run.ts): one line
 * each, said by the export it is about.
 */
export function diffWarningLines(warnings: readonly DiffWarning[]): string[] {
  return warnings.map((warning) => diffText.warning(warning));
}

function sectionTitle(diff: ExportDiff, section: Section): string {
  return diffText[section]({ count: diff[section].length });
}

function sideName(side: ExportDiff['older']): string {
  return side.exportDate ?? side.inputs.join(' + ');
}

function foundText(item: DiffItem): string {
  return item.findings.map((code) => findingLabel[code]).join(', ');
}

/** The CSV columns of `diff`, documented in the README ("CSV columns"): data, not wording. */
export const diffCsvColumns = [
  'status',
  'id',
  'category',
  'kind',
  'date',
  'link',
  'excerpt',
  'found',
] as const;

const csvFormatter: DiffFormatter = (diff, options) => {
  const rows: CsvCell[][] = sections.flatMap((section) =>
    diff[section].map((item) => [
      statusOf[section],
      item.id,
      item.category,
      item.kind,
      item.date,
      item.link,
      item.excerpt,
      foundText(item),
    ]),
  );
  return `${toCsv(diffCsvColumns, rows, { bom: options.bom })}\r\n`;
};

const tableFormatter: DiffFormatter = (diff, options) => {
  const colors = palette(options.color);
  const textWidth = Math.max(30, Math.min(60, options.width - 80));
  const parts = [
    // The names are the archives', and a ZIP inside one can be named with escape sequences.
    colors.bold(
      terminalSafe(diffText.heading({ older: sideName(diff.older), newer: sideName(diff.newer) })),
    ),
  ];
  // Before the groups, not after as in the report: they say how far the counts can be trusted.
  if (diff.warnings.length > 0) {
    const lines = diffWarningLines(diff.warnings).map((line) =>
      wrapWords(terminalSafe(line), Math.max(40, options.width - 2))
        .map((part, index) => `${index === 0 ? colors.yellow('!') : ' '} ${part}`)
        .join('\n'),
    );
    parts.push(`${colors.bold(formatText.heading.warnings)}\n${lines.join('\n')}`);
  }
  for (const section of sections) {
    if (!shown(diff, section)) continue;
    parts.push(colors.bold(sectionTitle(diff, section)));
    if (section === 'unchecked') parts.push(uncheckedReasonLines(diff).join('\n'));
    if (diff[section].length === 0) {
      parts.push(diffText.nothing());
      continue;
    }
    const table = new Table({
      head: [...formatText.columns.diff],
      style: tableStyle(options),
      wordWrap: true,
      wrapOnWordBoundary: true,
      colWidths: [null, null, 24, textWidth + 2, null],
    });
    table.push(
      ...diff[section].map((item) => [
        item.date ?? '',
        oneLine(item.category, 20),
        oneLine(foundText(item), 60),
        item.excerpt === null ? '' : oneLine(item.excerpt, 200),
        item.link === null ? '' : colors.dim(terminalSafe(item.link)),
      ]),
    );
    parts.push(table.toString());
  }
  if (diff.notCheckable > 0) parts.push(diffText.notCheckable({ count: diff.notCheckable }));
  return `${parts.join('\n\n')}\n`;
};

const markdownFormatter: DiffFormatter = (diff) => {
  const parts = [
    `# ${markdownText(diffText.heading({ older: sideName(diff.older), newer: sideName(diff.newer) }))}`,
  ];
  if (diff.warnings.length > 0) {
    parts.push(
      [
        `## ${formatText.heading.warnings}`,
        '',
        ...diffWarningLines(diff.warnings).map((line) => `- ${markdownText(line)}`),
      ].join('\n'),
    );
  }
  for (const section of sections) {
    if (!shown(diff, section)) continue;
    parts.push(`## ${markdownText(sectionTitle(diff, section))}`);
    if (section === 'unchecked') {
      parts.push(uncheckedReasonLines(diff).map(markdownText).join('\n\n'));
    }
    parts.push(
      diff[section].length === 0
        ? diffText.nothing()
        : markdownTable(
            formatText.columns.diff,
            diff[section].map((item) => [
              item.date ?? '',
              markdownText(item.category),
              markdownText(foundText(item)),
              markdownText(item.excerpt),
              markdownLink(formatText.open, item.link),
            ]),
          ),
    );
  }
  if (diff.notCheckable > 0) parts.push(diffText.notCheckable({ count: diff.notCheckable }));
  return `${parts.join('\n\n')}\n`;
};

export const diffFormatters = {
  table: tableFormatter,
  json: (diff) => `${jsonText(diff)}\n`,
  csv: csvFormatter,
  markdown: markdownFormatter,
} satisfies Record<FormatName, DiffFormatter>;
