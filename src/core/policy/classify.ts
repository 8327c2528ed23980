import type { RecordKind } from '../catalog/record-kinds.js';
import type { Policy, RuleField, Scope } from './schema.js';

export interface ClassifiableRecord {
  kind: RecordKind;
  link: string | null;
  question?: string | null;
  mediaKind?: string | null;
}

export interface Classification {
  category: string;
  scope: Scope;
  reason: string;
  rule: string;
}

interface CompiledRule {
  id: string;
  test: ((record: ClassifiableRecord) => boolean) | null;
  classification: Classification;
}

export interface CompiledPolicy {
  policy: Policy;
  rulesByKind: ReadonlyMap<RecordKind, readonly CompiledRule[]>;
}

function fieldValue(record: ClassifiableRecord, field: RuleField): string {
  return record[field] ?? '';
}

/** Compiles the rules' patterns once, so classifying a million rows is a map lookup and a test. */
export function compilePolicy(policy: Policy): CompiledPolicy {
  const scopeOf = new Map(policy.categories.map((category) => [category.id, category.scope]));
  const rulesByKind = new Map<RecordKind, CompiledRule[]>();
  for (const rule of policy.rules) {
    const { when } = rule;
    let test: CompiledRule['test'] = null;
    if (when) {
      const pattern = new RegExp(when.matches, 'iu');
      const ignoring = when.ignoring ? new RegExp(when.ignoring, 'giu') : null;
      test = (record) => {
        const value = fieldValue(record, when.field);
        return pattern.test(ignoring ? value.replace(ignoring, ' ') : value);
      };
    }
    const compiled: CompiledRule = {
      id: rule.id,
      test,
      classification: {
        category: rule.category,
        // The schema guarantees every rule's category exists.
        scope: scopeOf.get(rule.category) ?? 'not-named',
        reason: rule.reason,
        rule: rule.id,
      },
    };
    for (const kind of rule.kinds) {
      const list = rulesByKind.get(kind) ?? [];
      list.push(compiled);
      rulesByKind.set(kind, list);
    }
  }
  return { policy, rulesByKind };
}

/** The first rule for the record's kind whose condition holds (policy schema: one always does). */
export function classify(compiled: CompiledPolicy, record: ClassifiableRecord): Classification {
  const rules = compiled.rulesByKind.get(record.kind) ?? [];
  for (const rule of rules) {
    if (!rule.test || rule.test(record)) return rule.classification;
  }
  throw new Error(`policy ${compiled.policy.id} has no rule for record kind ${record.kind}`);
}
