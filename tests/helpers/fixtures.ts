import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const fixturesDir = path.join(repoRoot, 'fixtures');

export interface FixtureExpectation {
  exportKind: string;
  exportDate: string;
  categories: Record<string, number>;
  resumeNames: string[];
  unknownEntries: string[];
}

export interface Fixture {
  /** Descriptive name: the fixture's folder, or `a+b` for archives analysed together. */
  name: string;
  /** Archive paths relative to the repository. */
  archives: string[];
  expected: FixtureExpectation;
}

function zipsIn(folder: string): string[] {
  return readdirSync(path.join(fixturesDir, folder))
    .filter((file) => file.endsWith('.zip'))
    .map((file) => path.join('fixtures', folder, file));
}

function readExpectation(file: string): FixtureExpectation {
  return JSON.parse(readFileSync(path.join(fixturesDir, file), 'utf8')) as FixtureExpectation;
}

/** Every committed fixture with the counts its generator wrote (fixtures/README.md). */
export function listFixtures(): Fixture[] {
  const folders = readdirSync(fixturesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !['generator', 'hostile'].includes(entry.name))
    .map((entry) => entry.name)
    .sort();
  const single = folders.map((folder) => ({
    name: folder,
    archives: zipsIn(folder),
    expected: readExpectation(path.join(folder, 'expected.json')),
  }));
  const combined = readdirSync(fixturesDir)
    .filter((file) => file.endsWith('.expected.json'))
    .map((file) => {
      const name = file.replace(/\.expected\.json$/u, '');
      return {
        name,
        archives: name.split('+').flatMap(zipsIn),
        expected: readExpectation(file),
      };
    });
  return [...single, ...combined];
}

export const sampleArchive = 'fixtures/sample/Complete_LinkedInDataExport_11-28-2026.zip';

export function readArchive(relativePath: string): { name: string; bytes: Uint8Array } {
  return {
    name: path.basename(relativePath),
    bytes: new Uint8Array(readFileSync(path.join(repoRoot, relativePath))),
  };
}
