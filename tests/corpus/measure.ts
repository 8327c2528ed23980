/**
 * Prints the precision/recall table of docs/sensitive-content.md and every mistake:
 * `npx tsx tests/corpus/measure.ts`. The corpus test fails when the docs' table differs.
 */
import { measure, readCorpus, resultTable } from './corpus.js';

const result = measure(readCorpus());
console.log(`${String(result.sentences)} sentences in ${result.languages.join(', ')}\n`);
console.log(resultTable(result).join('\n'));
console.log('');
for (const mistake of result.mistakes) {
  console.log(`${mistake.kind} ${mistake.code} ${mistake.where}: ${mistake.text}`);
}
