/**
 * Text deflate cannot shrink much (six bits of noise per letter), the same at every run: a
 * linear congruential generator. Large entries made of it stay over the 1 MiB of deflated data
 * that the shells leave in the file until the entry is inflated (core/archive/deferred-ranges.ts).
 */
export function noise(length: number, seed: number): string {
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  let state = seed;
  let text = '';
  for (let index = 0; index < length; index++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    text += letters[state >>> 26] ?? 'A';
  }
  return text;
}

const messagesHeader =
  '"CONVERSATION ID","CONVERSATION TITLE","FROM","SENDER PROFILE URL","TO","RECIPIENT PROFILE URLS","DATE","SUBJECT","CONTENT","FOLDER","ATTACHMENTS"\n';

/** messages.csv (export-format.md §3.2) with `count` messages of 600 letters of noise each. */
export function noisyMessagesCsv(count: number): string {
  const rows = Array.from({ length: count }, (_, index) => {
    const day = String(1 + (index % 28)).padStart(2, '0');
    return `"2-abc${String(index % 50)}","","Ada","","Bo","","2026-10-${day} 10:00:00 UTC","","${noise(600, index)}","INBOX",""`;
  });
  return messagesHeader + rows.join('\n') + '\n';
}

/**
 * Comments.csv with `count` comments of noise, the first with LinkedIn's escaped quote (`\"`,
 * export-format.md §3.21), at which the file's first reading stops (csv/repairs.ts).
 */
export function noisyCommentsCsv(count: number): string {
  const rows = Array.from(
    { length: count },
    (_, index) =>
      `2026-10-01 10:00:${String(index % 60).padStart(2, '0')},https://www.linkedin.com/feed/update/urn:li:activity:${String(7000000000000000000 + index)},"${index === 0 ? 'a \\"quote\\" ' : ''}${noise(600, 1_000_000 + index)}"`,
  );
  return `Date,Link,Message\n${rows.join('\n')}\n`;
}
