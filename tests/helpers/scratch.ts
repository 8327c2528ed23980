import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A fresh, empty folder under the system's temporary folder, for a test to write into. */
export function scratchDir(prefix = 'linkedin-exposure-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}
