/** linkedin-exposure's platform-neutral core: export bytes in, typed exposure report out. */
export { analyzeExport } from './analyze.js';
export { analyzeOptionsSchema, progressEventSchema } from './options.js';
export type { AnalyzeOptions, ProgressEvent } from './options.js';
export type { ExportInput } from './archive/types.js';
export { ExposureInputError, isExposureInputError } from './errors.js';
export { errorText, warningText, type ErrorCode, type WarningCode } from './messages.js';
export { catalog, recordKinds, type RecordKind, type TableSpec } from './catalog/index.js';
export { defaultPolicy, parsePolicy, policySchema, namedCategoryIds } from './policy/index.js';
export type { Policy, PolicyInput, Scope } from './policy/index.js';
export {
  reportSchema,
  classifiedRecordSchema,
  suggestionSchema,
  resumeSchema,
  type ExposureReport,
  type ReportSummary,
  type ClassifiedRecord,
  type Suggestion,
  type Resume,
  type CategorySummary,
  type FileSummary,
  type ReportWarning,
  type ExportKind,
} from './report/schema.js';
