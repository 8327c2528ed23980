import { Option } from 'commander';

/** The options of issue 7 every report command takes: masking, the keep-list, redaction. */
export interface PlanFlags {
  showValues?: boolean;
  keep?: string;
  redact?: boolean;
}

/** What each option does for the command that takes it (`diff` compares rather than reports). */
export interface PlanOptionHelp {
  keep: string;
  showValues: string;
  redact: string;
}

const reportHelp: PlanOptionHelp = {
  keep: 'hide the suggestions you keep: ids one per line, or the suggestions CSV with "keep" in its decision column',
  showValues: 'show found phone numbers, emails, addresses and ids in full (masked by default)',
  redact:
    'replace names of other people, emails, phone numbers and all free text by placeholders: a report to share',
};

export function planOptions(help: PlanOptionHelp = reportHelp): Option[] {
  return [
    new Option('--keep <file>', help.keep),
    new Option('--show-values', help.showValues),
    // A redacted report shows no value to show in full: asking for both is a contradiction.
    new Option('--redact', help.redact).conflicts('showValues'),
  ];
}
