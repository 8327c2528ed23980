import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { webText } from '../src/core/messages.js';
import { repoRoot } from './helpers/fixtures.js';

const markup = readFileSync(path.join(repoRoot, 'src', 'web', 'index.html'), 'utf8');

describe("the words index.html shares with the page's script", () => {
  it('are each taken from webText.page, none of it left unused', () => {
    const placeholders = [...markup.matchAll(/\{\{(\w+)\}\}/gu)].map(([, key]) => key);
    expect(new Set(placeholders)).toEqual(new Set(Object.keys(webText.page)));
  });

  it('are written into the built page', () => {
    const built = readFileSync(path.join(repoRoot, 'dist', 'web', 'index.html'), 'utf8');
    expect(built).not.toContain('{{');
    for (const words of Object.values(webText.page)) expect(built).toContain(words);
  });
});
