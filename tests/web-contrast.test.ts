import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './helpers/fixtures.js';

const css = readFileSync(path.join(repoRoot, 'src/web/styles.css'), 'utf8');

/** The colour variables of the first rule that starts with `selector`. */
function palette(selector: string): Record<string, string> {
  const start = css.indexOf(selector);
  const rule = css.slice(start, css.indexOf('}', start));
  return Object.fromEntries(
    [...rule.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6});/gu)].map(([, name = '', value = '']) => [
      name,
      value,
    ]),
  );
}

/** WCAG 2.2 relative luminance and contrast ratio (§1.4.3, §1.4.11). */
function luminance(hex: string): number {
  const [red = 0, green = 0, blue = 0] = [1, 3, 5].map((offset) => {
    const channel = Number.parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** Text on its background: 4.5:1 (AA). */
const textPairs = [
  ['text', 'bg'],
  ['text', 'surface'],
  ['muted', 'surface'],
  ['muted', 'bg'],
  ['muted', 'accent-soft'],
  ['accent', 'surface'],
  ['accent', 'accent-soft'],
  ['accent-text', 'accent'],
  ['in-scope-text', 'in-scope-bg'],
  ['excluded-text', 'excluded-bg'],
  ['not-named-text', 'not-named-bg'],
  ['warning-text', 'warning-bg'],
  ['error-text', 'error-bg'],
  ['chart-axis', 'surface'],
  ['chart-marker', 'surface'],
  ['chart-marker-active', 'surface'],
] as const;

/** Control edges, focus ring and chart bars: 3:1 (AA, non-text contrast). */
const graphicPairs = [
  ['control-border', 'surface'],
  ['control-border', 'surface-sunken'],
  ['focus', 'surface'],
  ['focus', 'bg'],
  ['chart-bar', 'surface'],
] as const;

describe.each([
  ['light', palette(':root {')],
  ['dark', palette('@media (prefers-color-scheme: dark)')],
])('the %s colour scheme', (_scheme, colors) => {
  it('defines every colour the pairs use', () => {
    for (const name of [...textPairs, ...graphicPairs].flat()) {
      expect(colors[name], name).toMatch(/^#[0-9a-f]{6}$/u);
    }
  });

  it.each(textPairs)('%s on %s reads at 4.5:1 or more', (foreground, background) => {
    expect(contrast(colors[foreground] ?? '', colors[background] ?? '')).toBeGreaterThanOrEqual(
      4.5,
    );
  });

  it.each(graphicPairs)('%s on %s shows at 3:1 or more', (foreground, background) => {
    expect(contrast(colors[foreground] ?? '', colors[background] ?? '')).toBeGreaterThanOrEqual(3);
  });
});
