import { defaultOlderThan } from '../../core/defaults.js';
import { webText } from '../../core/messages.js';
import { linkedinGenAi20251103 } from '../../core/policy/linkedin-genai-2025-11-03.js';
import type { AnalysisSettings } from '../protocol.js';
import { h } from './dom.js';

/** `--older-than` choices, with their words; `6m` is the CLI's default. */
const ageChoices = Object.entries(webText.settings.olderThan);
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
    h(
      'option',
      { attrs: { value: '' } },
      webText.settings.regionNotSet({ effectiveDate: policy.effectiveDate }),
    ),
    ...policy.regions.map((region) =>
      h(
        'option',
        { attrs: { value: region.id } },
        webText.settings.region({ label: region.label, trainingSince: region.trainingSince }),
      ),
    ),
  );
  controls.olderThan.replaceChildren(
    ...ageChoices.map(([value, label]) => h('option', { attrs: { value } }, label)),
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
