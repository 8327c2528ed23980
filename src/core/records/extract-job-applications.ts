import { fingerprint } from '../util/hash.js';
import { percentDecode } from '../util/text.js';
import { baseRecord, repairedText } from './extract-rows.js';
import { KnownQuestions, splitQuestionAnswers } from './question-answers.js';
import type { CsvExtractInput, ExtractOutput, RawRecord, ResumeUse } from './types.js';

/**
 * Jobs/Job Applications.csv: the application itself, one record per question/answer pair of its
 * `Question And Answers` cell (export-format.md §4.2), and the use of its resume (§4.1).
 */
export function extractJobApplications(input: CsvExtractInput): ExtractOutput {
  const records: RawRecord[] = [];
  const resumeUses: ResumeUse[] = [];
  const knownQuestions = new KnownQuestions(input.knownQuestions);
  for (const { cells, row } of input.rows) {
    const application = baseRecord(input, cells, row);
    records.push(application);
    const resumeName = percentDecode(input.reader.get(cells, 'Resume Name')).trim();
    if (resumeName !== '') {
      resumeUses.push({
        name: resumeName,
        date: application.date,
        company: input.reader.get(cells, 'Company Name'),
        file: input.file,
        row,
      });
    }
    const answersCell = input.reader.get(cells, 'Question And Answers');
    const pairs = splitQuestionAnswers(answersCell, knownQuestions);
    // The cell's fingerprint, made once per application: the cell itself in each answer's
    // identity made the large benchmark export's ids about 0.2 s slower to hash.
    const answersKey = pairs.length > 0 ? fingerprint(answersCell) : '';
    pairs.forEach(({ question, answer }, index) => {
      // The fields of `baseRecord`, in its order: one shape for every record read.
      records.push({
        kind: 'application-answer',
        date: application.date,
        link: application.link,
        text: repairedText(input.spec, `${question}: ${answer}`),
        question,
        // The cell as written (its fingerprint), not the question as split: the split leans on
        // the saved answers (export-format.md §4.2), which the member may delete meanwhile, as
        // the plan suggests.
        identity: [application.identity, String(index), answersKey].join('\u001e'),
        row,
        dedupeKey: undefined,
      });
    });
  }
  return { records, resumeUses };
}
