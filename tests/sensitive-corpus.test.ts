import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { wordListLanguages } from '../src/core/sensitive/codes.js';
import { measure, precision, readCorpus, recall, resultTable, rounded } from './corpus/corpus.js';
import { repoRoot } from './helpers/fixtures.js';

const corpus = readCorpus();
const result = measure(corpus);
const docs = readFileSync(path.join(repoRoot, 'docs/sensitive-content.md'), 'utf8');
const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');

function between(text: string, marker: string): string {
  const start = text.indexOf(`<!-- ${marker} -->`);
  const end = text.indexOf(`<!-- /${marker} -->`);
  if (start === -1 || end === -1) throw new Error(`docs: no ${marker} markers`);
  return text.slice(start + marker.length + 9, end);
}

/** Table rows as trimmed cells, header and separator left out (prettier pads the columns). */
function cells(table: string): string[][] {
  return table
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .slice(2)
    .map((line) =>
      line
        .slice(1, -1)
        .split('|')
        .map((cell) => cell.trim()),
    );
}

describe('the labelled corpus (tests/corpus)', () => {
  it('holds at least 300 sentences in the seven languages of the word lists', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(300);
    expect(result.languages).toEqual([...wordListLanguages].sort());
    for (const language of wordListLanguages) {
      expect(corpus.filter((line) => line.language === language).length).toBeGreaterThanOrEqual(40);
    }
  });

  it('labels every detector, and has sentences with no label at all (the traps)', () => {
    for (const [code, counts] of result.byCode) {
      expect(counts.truePositives + counts.falseNegatives, code).toBeGreaterThanOrEqual(3);
    }
    expect(corpus.filter((line) => line.labels.length === 0).length).toBeGreaterThanOrEqual(100);
  });

  it('meets the bars overall: precision ≥ 0.9, recall ≥ 0.8', () => {
    expect(precision(result.overall)).toBeGreaterThanOrEqual(0.9);
    expect(recall(result.overall)).toBeGreaterThanOrEqual(0.8);
  });
});

describe('docs/sensitive-content.md', () => {
  it('shows the precision and recall measured now', () => {
    expect(cells(between(docs, 'corpus:table'))).toEqual(cells(resultTable(result).join('\n')));
  });

  it('says how many sentences, in which languages', () => {
    expect(between(docs, 'corpus:sentences').trim()).toBe(String(corpus.length));
    const names: Record<string, string> = {
      en: 'English',
      de: 'German',
      fr: 'French',
      es: 'Spanish',
      it: 'Italian',
      nl: 'Dutch',
      pt: 'Portuguese',
    };
    for (const language of wordListLanguages) {
      const count = corpus.filter((line) => line.language === language).length;
      expect(docs.replace(/\s+/gu, ' ')).toContain(`${String(count)} ${names[language] ?? ''}`);
    }
  });
});

describe('README "Sensitive content"', () => {
  it('quotes the overall numbers measured now', () => {
    expect(between(readme, 'corpus:sentences').trim()).toBe(String(corpus.length));
    expect(between(readme, 'corpus:precision').trim()).toBe(rounded(precision(result.overall)));
    expect(between(readme, 'corpus:recall').trim()).toBe(rounded(recall(result.overall)));
  });
});
