import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { limitOptions } from '../src/cli/limit-options.js';
import { defaultPolicy, errorText, type ExposureReport } from '../src/core/index.js';
import { csvTables } from '../src/format/csv.js';
import { commandNames } from '../src/format/types.js';
import { repoRoot } from './helpers/fixtures.js';

const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');

function tableRows(markdown: string, firstHeader: string): string[][] {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) =>
    new RegExp(`^\\|\\s*${firstHeader}\\s*\\|`, 'u').test(line),
  );
  const rows: string[][] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(
      line
        .split(/(?<!\\)\|/u)
        .slice(1, -1)
        .map((cell) => cell.trim()),
    );
  }
  return rows;
}

const emptyReport = {
  records: [],
  resumes: [],
  suggestions: [],
  categories: [],
} as unknown as ExposureReport;

describe('README', () => {
  it('documents every category of the policy with its scope, and no other', () => {
    const documented = tableRows(readme, 'category').map(([id, scope]) => [
      id?.replaceAll('`', ''),
      scope?.replace(' ', '-'),
    ]);
    expect(documented).toEqual(
      defaultPolicy.categories.map((category) => [category.id, category.scope]),
    );
  });

  it.each(commandNames)('lists the CSV columns of %s exactly', (command) => {
    const row = tableRows(readme, 'command').find(([name]) => name === `\`${command}\``);
    const columns = row?.[1]?.replaceAll('`', '').split(', ');
    expect(columns).toEqual([...csvTables[command](emptyReport).columns]);
  });

  it('keeps the two quick-start commands', () => {
    expect(readme).toContain('npm install && npm start');
    expect(readme).toMatch(/^npm test\b/mu);
  });
});

describe('README "When something goes wrong"', () => {
  const section = readme.slice(
    readme.indexOf('## When something goes wrong'),
    readme.indexOf('## For developers'),
  );

  it.each(Object.keys(errorText))('explains the error %s', (code) => {
    expect(section).toContain(`\`${code}\``);
  });

  it('documents every limit option with its real default', () => {
    for (const option of limitOptions()) {
      const flag = option.long ?? '';
      const documented = tableRows(section, 'option').find(([name]) =>
        name?.startsWith(`\`${flag} `),
      );
      expect(documented, flag).toBeDefined();
      expect(option.description).toContain(`default ${documented?.[1]?.replaceAll('`', '') ?? ''}`);
    }
  });
});
