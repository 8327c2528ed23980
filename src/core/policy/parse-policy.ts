import type { z } from 'zod';
import { ExposureInputError } from '../errors.js';
import { policySchema, type Policy } from './schema.js';
import { errorMessage } from '../util/error-message.js';

function describeIssue(issue: z.core.$ZodIssue): string {
  const path = issue.path
    .map((part, index) =>
      typeof part === 'number' ? `[${part}]` : `${index > 0 ? '.' : ''}${String(part)}`,
    )
    .join('');
  return path ? `${path}: ${issue.message}` : issue.message;
}

/** Reads a user's policy definition (`--policy FILE`), with located messages on failure. */
export function parsePolicy(json: string, source: string): Policy {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    throw new ExposureInputError('INVALID_POLICY', {
      source,
      problem: `not valid JSON (${errorMessage(error)})`,
    });
  }
  const result = policySchema.safeParse(value);
  if (!result.success) {
    const problems = result.error.issues.slice(0, 3).map(describeIssue);
    const more = result.error.issues.length > 3 ? ` (+${result.error.issues.length - 3} more)` : '';
    throw new ExposureInputError('INVALID_POLICY', { source, problem: problems.join('; ') + more });
  }
  return result.data;
}
