/** linkedin-exposure's platform-neutral core: export bytes in, typed exposure report out. */
export { analyzeExport } from './analyze.js';
export { analyzeOptionsSchema, progressEventSchema } from './options.js';
export type { AnalyzeOptions, ProgressEvent } from './options.js';
export type { ExportInput, FolderFile, UnlistedFolder } from './archive/types.js';
export { blobChunks, inflateRawWithWebStreams, type InflateRaw } from './archive/inflate.js';
export { ExposureInputError, isExposureInputError } from './errors.js';
export { errorText, warningText, type ErrorCode, type WarningCode } from './messages.js';
export { catalog, recordKinds, type RecordKind, type TableSpec } from './catalog/index.js';
export { defaultPolicy, parsePolicy, policySchema } from './policy/index.js';
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
  type MonthCount,
  type FileSummary,
  type ReportWarning,
  type ExportKind,
} from './report/schema.js';
export { reportHead } from './report/summaries.js';
// Sensitive content and the plan over time (issue 7, docs/sensitive-content.md).
export { findingSchema, type Finding } from './report/schema.js';
export {
  findingCodes,
  findingGroups,
  type FindingCode,
  type FindingGroup,
} from './sensitive/codes.js';
export { detectors, detectorFor } from './sensitive/index.js';
export { scanText, scannedKinds, phoneCountryFor } from './sensitive/scan.js';
export { parseKeepList } from './plan/keep-list.js';
export {
  diffReports,
  exportDiffSchema,
  diffItemSchema,
  uncheckedReasons,
  type ExportDiff,
  type DiffItem,
  type DiffWarning,
} from './plan/diff.js';
export { redactReport, redactRecord, redactDiff, placeholders } from './plan/redact.js';
export { exposureOf, exposures, type Exposure } from './plan/exposure.js';
export {
  findingLabel,
  exposureLabel,
  sensitiveSectionText,
  filesSectionText,
  formatText,
  formatCount,
  exportDateText,
  reportText,
  scopeLabel,
  diffText,
} from './messages.js';
