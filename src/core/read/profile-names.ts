import { ChunkDecoder } from '../csv/decode.js';
import { normalizeColumnName, type TableRow } from '../csv/table-header.js';
import { TableStream } from '../csv/table-stream.js';
import type { PlannedFile, ReadPlan } from './plan.js';

const firstName = normalizeColumnName('First Name');
const lastName = normalizeColumnName('Last Name');

/**
 * The name on one Profile.csv (its first record's First Name and Last Name, lower-cased), read
 * before the analysis reads the file; null when it has none or cannot be read, which the
 * analysis then reports as it does for any file.
 */
async function profileNameIn(planned: PlannedFile): Promise<string | null> {
  const { spec } = planned;
  if (spec === null) return null;
  const stream = new TableStream(spec, { backslashEscapes: false });
  const decoder = new ChunkDecoder();
  try {
    let first: TableRow | undefined;
    for await (const chunk of planned.file.chunks()) {
      first = stream.push(decoder.decode(chunk))[0];
      if (first) break;
    }
    first ??= stream.end().rows[0];
    const columns = (stream.columns ?? []).map(normalizeColumnName);
    const nameParts = [columns.indexOf(firstName), columns.indexOf(lastName)].map(
      (index) => first?.cells[index]?.trim() ?? '',
    );
    return nameParts.every((part) => part === '') ? null : nameParts.join(' ').toLowerCase();
  } catch {
    return null;
  }
}

/**
 * Whether the archives given carry profiles with different names: two people's exports read as
 * one report, which the member numbers in file names only show for exports of 2026 (catalog/
 * member-ids.ts). Each archive's profile is read here, since only one of them is read for the
 * report (the others are duplicates of its table). A name can change (a marriage): the warning
 * says "seem".
 */
export async function ofDifferentlyNamedProfiles(plan: ReadPlan): Promise<boolean> {
  const profiles = plan.files.filter((planned) => planned.spec?.id === 'profile');
  if (new Set(profiles.map((planned) => planned.source)).size < 2) return false;
  const names = new Set<string>();
  for (const planned of profiles) {
    const name = await profileNameIn(planned);
    if (name !== null) names.add(name);
  }
  return names.size > 1;
}
