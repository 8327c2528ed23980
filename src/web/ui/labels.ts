import type { ExportKind, Resume, Scope } from '../../core/index.js';
import { scopeLabel } from '../../core/messages.js';

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The page's words for the report's codes; the CLI's own words where it has them. */
export const scopeBadge: Readonly<Record<Scope, string>> = {
  'in-scope': capitalised(scopeLabel['in-scope']),
  excluded: capitalised(scopeLabel.excluded),
  'not-named': capitalised(scopeLabel['not-named']),
};

export const scopeGroups: readonly { scope: Scope; title: string; description: string }[] = [
  {
    scope: 'in-scope',
    title: 'In scope for AI training',
    description: 'LinkedIn names these among the data its content-generating AI models train on.',
  },
  {
    scope: 'excluded',
    title: 'Excluded from training',
    description: 'The policy says these are not used to train its models.',
  },
  {
    scope: 'not-named',
    title: 'Not named by the policy',
    description:
      'The policy neither includes nor excludes these; they are counted so nothing is hidden.',
  },
];

export const exportKindText: Readonly<Record<ExportKind, string>> = {
  basic: 'Basic export',
  complete: 'Complete export',
  'basic+complete': 'Basic and Complete export',
  unknown: 'Export of unknown kind',
};

export const resumeStatusText: Readonly<Record<Resume['status'], string>> = {
  old: 'Old',
  superseded: 'Superseded',
  current: 'Current',
  undated: 'Undated',
  'stored-text': 'Stored text',
};
