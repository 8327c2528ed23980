import type { ExposureReport } from '../core/index.js';

export const commandNames = ['report', 'resumes', 'records', 'suggestions'] as const;
export type CommandName = (typeof commandNames)[number];

export const formatNames = ['table', 'json', 'csv', 'markdown'] as const;
export type FormatName = (typeof formatNames)[number];

export interface FormatOptions {
  /** ANSI colour for terminals; off under NO_COLOR and when piped. */
  color: boolean;
  /** Terminal width in columns. */
  width: number;
  /** Start CSV with a UTF-8 byte-order mark so Excel reads accents. */
  bom: boolean;
}

/** A formatter is pure: the report and options in, the text to write out. */
export type Formatter = (report: ExposureReport, options: FormatOptions) => string;
