import { isExposureInputError } from '../core/errors.js';

export const exitCodes = {
  ok: 0,
  unexpected: 1,
  unusableInput: 2,
} as const;

/** 2 for the user's own mistakes (named errors), 1 for our bugs. */
export function exitCodeFor(error: unknown): number {
  return isExposureInputError(error) ? exitCodes.unusableInput : exitCodes.unexpected;
}
