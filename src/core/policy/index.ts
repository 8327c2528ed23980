import { linkedinGenAi20251103 } from './linkedin-genai-2025-11-03.js';
import { policySchema, type Policy } from './schema.js';

/** The policy the report applies unless the user passes their own with `--policy`. */
export const defaultPolicy: Policy = policySchema.parse(linkedinGenAi20251103);

export { policySchema, namedCategoryIds, scopes } from './schema.js';
export type { Policy, PolicyInput, PolicyRule, Region, Scope } from './schema.js';
export { parsePolicy } from './parse-policy.js';
export { classify, compilePolicy, type CompiledPolicy } from './classify.js';
