/**
 * Defaults the command line, the web page and the analyzer share, in a module without imports:
 * the CLI reads them when it starts, before it loads any of the analyzer.
 */

/** Content and resumes older than this before the export date are suggested for deletion. */
export const defaultOlderThan = '6m';

/** The policy's region ids, for help texts (the policy itself checks a given one). */
export const regionIdsText = 'us, other, eu, eea, ch, uk, ca, hk';
