import type { ExtractorId } from '../catalog/schema.js';
import { extractJobApplications } from './extract-job-applications.js';
import { extractJobPostings } from './extract-job-postings.js';
import { extractProfile } from './extract-profile.js';
import { extractRichMedia } from './extract-rich-media.js';
import { extractRows } from './extract-rows.js';
import type { CsvExtractInput, ExtractOutput } from './types.js';

/** The CSV extractors by catalog id; `article` reads HTML and is called on its own. */
export const csvExtractors = {
  rows: extractRows,
  profile: extractProfile,
  'job-applications': extractJobApplications,
  'online-job-postings': extractJobPostings,
  'rich-media': extractRichMedia,
} satisfies Record<Exclude<ExtractorId, 'article'>, (input: CsvExtractInput) => ExtractOutput>;
