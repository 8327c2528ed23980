import { defaultOlderThan } from '../../core/defaults.js';
import { linkedinGenAi20251103 } from '../../core/policy/linkedin-genai-2025-11-03.js';
import type { AnalysisSettings } from '../protocol.js';
import { h } from './dom.js';

/** `--older-than` choices; `6m` is the CLI's default. */
const ageChoices: readonly { value: string; label: string }[] = [
  { value: '1m', label: '1 month' },
  { value: '3m', label: '3 months' },
  { value: '6m', label: '6 months' },
  { value: '1y', label: '1 year' },
  { value: '2y', label: '2 years' },
  { value: '5y', label: '5 years' },
];
const defaultAge = defaultOlderThan;

export interface SettingsControls {
  region: HTMLSelectElement;
  olderThan: HTMLSelectElement;
  bom: HTMLInputElement;
}

/**
 * Fills the selects from the built-in policy's regions (the raw data, so the page's main bundle
 * does not carry the schemas) and the age choices.
 */
export function fillSettings(controls: SettingsControls): void {
  const policy = linkedinGenAi20251103;
  controls.region.replaceChildren(
    h('option', { attrs: { value: '' } }, `Not set (${policy.effectiveDate})`),
    ...policy.regions.map((region) =>
      h(
        'option',
        { attrs: { value: region.id } },
        `${region.label} (since ${region.trainingSince})`,
      ),
    ),
  );
  controls.olderThan.replaceChildren(
    ...ageChoices.map((choice) => h('option', { attrs: { value: choice.value } }, choice.label)),
  );
  controls.olderThan.value = defaultAge;
}

export function readSettings(controls: SettingsControls): AnalysisSettings {
  return {
    region: controls.region.value === '' ? null : controls.region.value,
    olderThan: controls.olderThan.value,
    bom: controls.bom.checked,
  };
}
