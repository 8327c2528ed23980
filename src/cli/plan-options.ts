import { Option } from 'commander';

/** The options of issue 7 every report command takes: masking, the keep-list, redaction. */
export interface PlanFlags {
  showValues?: boolean;
  keep?: string;
  redact?: boolean;
}

export function planOptions(): Option[] {
  return [
    new Option(
      '--keep <file>',
      'hide the suggestions you keep: ids one per line, or the suggestions CSV with "keep" in its decision column',
    ),
    new Option(
      '--show-values',
      'show found phone numbers, emails, addresses and ids in full (masked by default)',
    ),
    // A redacted report shows no value to show in full: asking for both is a contradiction.
    new Option(
      '--redact',
      'replace names of other people, emails, phone numbers and all free text by placeholders: a report to share',
    ).conflicts('showValues'),
  ];
}
