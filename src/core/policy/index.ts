import { linkedinGenAi20251103 } from './linkedin-genai-2025-11-03.js';
import type { Policy } from './schema.js';

/**
 * The policy the report applies unless the user passes their own with `--policy`. Not parsed
 * here: the schema adds nothing to it, and validating a constant cost some 10 ms of every start
 * of the CLI; tests/catalog-schema.test.ts checks that it passes `policySchema` unchanged.
 */
export const defaultPolicy: Policy = linkedinGenAi20251103;

export { policySchema, scopes } from './schema.js';
export type { Policy, PolicyInput, Region, Scope } from './schema.js';
export { parsePolicy } from './parse-policy.js';
export { classify, compilePolicy, type CompiledPolicy } from './classify.js';
