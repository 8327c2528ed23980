import { z } from 'zod';
import { isoDaySchema } from '../util/dates.js';
import { recordKinds } from '../catalog/record-kinds.js';
import { problemText } from '../messages.js';

export const scopes = ['in-scope', 'excluded', 'not-named'] as const;
export type Scope = (typeof scopes)[number];

/** The ten category ids the report always carries (policy.md §2). */
export const namedCategoryScopes = {
  profile: 'in-scope',
  posts: 'in-scope',
  comments: 'in-scope',
  'group-activity': 'in-scope',
  resumes: 'in-scope',
  'screening-answers': 'in-scope',
  'ai-interactions': 'in-scope',
  'private-messages': 'excluded',
  salary: 'excluded',
  payments: 'excluded',
} as const satisfies Record<string, Scope>;

const regexSource = z.string().refine(
  (source) => {
    try {
      new RegExp(source, 'iu');
      return true;
    } catch {
      return false;
    }
  },
  { error: 'not a valid regular expression' },
);

/** The record fields a rule can test. */
export const ruleFields = ['link', 'question', 'mediaKind'] as const;
export type RuleField = (typeof ruleFields)[number];

export const ruleSchema = z.object({
  id: z.string().min(1),
  kinds: z.array(z.enum(recordKinds)).min(1),
  when: z
    .object({
      field: z.enum(ruleFields),
      /** Case-insensitive regular expression tested against the field. */
      matches: regexSource,
      /** Text removed from the field before testing (e.g. "workers' compensation"). */
      ignoring: regexSource.optional(),
    })
    .optional(),
  category: z.string().min(1),
  reason: z.string().min(1),
});

export const regionSchema = z.object({
  id: z.string().regex(/^[a-z]+$/),
  label: z.string().min(1),
  /** The day LinkedIn began training on members' data of this region. */
  trainingSince: isoDaySchema,
});

export const settingsActionSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  priority: z.enum(['high', 'medium', 'low']),
  action: z.string().min(1),
  reason: z.string().min(1),
  /** Absent where LinkedIn gives the setting no address of its own: the action names its path. */
  link: z.url().optional(),
  /** Regions the action applies to; absent = all. */
  regions: z.array(z.string()).optional(),
});

export const policySchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    name: z.string().min(1),
    effectiveDate: isoDaySchema,
    regions: z.array(regionSchema).min(1),
    categories: z
      .array(
        z.object({
          id: z.string().regex(/^[a-z0-9-]+$/),
          scope: z.enum(scopes),
          label: z.string().min(1),
        }),
      )
      .min(1),
    /** First matching rule wins; every record kind must meet a rule without `when`. */
    rules: z.array(ruleSchema).min(1),
    settingsActions: z.array(settingsActionSchema),
    /**
     * What every report states beside its counts, in its own words: what the classification
     * cannot settle (policy.md §2, "Two nuances the report must state, not hide").
     */
    notes: z.array(z.string().min(1)).default([]),
    links: z.object({
      resumesAndAnswers: z.url(),
      profileEdit: z.url(),
      commentsActivity: z.url(),
      articleBase: z.url(),
    }),
  })
  .superRefine((policy, ctx) => {
    const categoryIds = new Set(policy.categories.map((category) => category.id));
    for (const [id, scope] of Object.entries(namedCategoryScopes)) {
      const category = policy.categories.find((candidate) => candidate.id === id);
      if (!category) {
        ctx.addIssue({
          code: 'custom',
          path: ['categories'],
          message: problemText.policyCategoryMissing({ id }),
        });
      } else if (category.scope !== scope) {
        ctx.addIssue({
          code: 'custom',
          path: ['categories'],
          message: problemText.policyCategoryScope({ id, scope }),
        });
      }
    }
    policy.rules.forEach((rule, index) => {
      if (!categoryIds.has(rule.category)) {
        ctx.addIssue({
          code: 'custom',
          path: ['rules', index, 'category'],
          message: problemText.policyUnknownCategory({ id: rule.category }),
        });
      }
    });
    const unconditional = new Set(
      policy.rules.filter((rule) => !rule.when).flatMap((rule) => rule.kinds),
    );
    const uncovered = recordKinds.filter((kind) => !unconditional.has(kind));
    if (uncovered.length > 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['rules'],
        message: problemText.policyKindsWithoutRule({ kinds: uncovered }),
      });
    }
  });

export type PolicyInput = z.input<typeof policySchema>;
export type Policy = z.output<typeof policySchema>;
export type Region = z.output<typeof regionSchema>;
