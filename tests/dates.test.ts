import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  dateFormatIds,
  parseDate,
  parseRichMediaDateTime,
  type DateFormatId,
  type ParsedDate,
} from '../src/core/dates/index.js';
import { isoSecondsDayOfBytes } from '../src/core/dates/parse.js';
import { dayNumber, isBefore, parseDuration, subtractDuration } from '../src/core/util/dates.js';

type Case = readonly [raw: string, expected: ParsedDate];

function at(date: string, time: string | null = null): ParsedDate {
  return { status: 'ok', date, time, precision: 'day' };
}

const invalid: ParsedDate = { status: 'invalid' };
const undated: ParsedDate = { status: 'undated' };
const absent: ParsedDate = { status: 'absent' };

const validCases = {
  'dd-mon-yyyy': [
    ['04 Jul 2023', at('2023-07-04')],
    ['31 Dec 2025', at('2025-12-31')],
    ['29 Feb 2024', at('2024-02-29')],
    ['04 july 2023', at('2023-07-04')],
    ['  04 JUL 2023  ', at('2023-07-04')],
  ],
  'iso-seconds-utc': [
    ['2025-08-23 21:09:04 UTC', at('2025-08-23', '21:09:04')],
    ['2024-01-01 00:00:00 UTC', at('2024-01-01', '00:00:00')],
    ['2023-12-31 23:59:59 UTC', at('2023-12-31', '23:59:59')],
  ],
  'mdy-12h': [
    ['7/1/22, 7:01 AM', at('2022-07-01', '07:01:00')],
    ['3/7/26, 9:05 PM', at('2026-03-07', '21:05:00')],
    ['12/31/25, 11:59 PM', at('2025-12-31', '23:59:00')],
    ['1/2/24, 12:00 AM', at('2024-01-02', '00:00:00')],
    ['1/2/24, 12:30 PM', at('2024-01-02', '12:30:00')],
    ['07/01/22, 07:01 AM', at('2022-07-01', '07:01:00')],
    ['2/29/24, 1:15 pm', at('2024-02-29', '13:15:00')],
  ],
  'mdy-12h-padded': [
    ['04/15/24, 09:25 PM', at('2024-04-15', '21:25:00')],
    ['11/03/23, 12:05 AM', at('2023-11-03', '00:05:00')],
    ['01/01/25, 12:00 PM', at('2025-01-01', '12:00:00')],
  ],
  'mdy-12h-utc': [
    ['03/11/26 04:41 PM UTC', at('2026-03-11', '16:41:00')],
    ['12/01/25 12:10 AM UTC', at('2025-12-01', '00:10:00')],
  ],
  'ymd-slash-utc': [
    ['2024/08/11 03:10:26 UTC', at('2024-08-11', '03:10:26')],
    ['2025/12/31 23:00:00 UTC', at('2025-12-31', '23:00:00')],
  ],
  'ymd-slash': [
    ['2025/10/09', at('2025-10-09')],
    ['2024/02/29', at('2024-02-29')],
  ],
  'iso-seconds': [
    ['2025-08-13 13:08:21', at('2025-08-13', '13:08:21')],
    ['2023-02-28 00:00:59', at('2023-02-28', '00:00:59')],
  ],
  'iso-minutes-utc': [
    ['2022-08-05 08:11 UTC', at('2022-08-05', '08:11:00')],
    ['2024-11-30 23:59 UTC', at('2024-11-30', '23:59:00')],
  ],
  'java-date': [
    ['Tue Jun 20 12:25:51 UTC 2023', at('2023-06-20', '12:25:51')],
    ['Thu Feb 29 00:00:00 UTC 2024', at('2024-02-29', '00:00:00')],
    ['wed jan 01 09:05:00 utc 2025', at('2025-01-01', '09:05:00')],
  ],
  'mon-yyyy': [
    ['Nov 2022', { status: 'ok', date: '2022-11-01', time: null, precision: 'month' }],
    ['November 2022', { status: 'ok', date: '2022-11-01', time: null, precision: 'month' }],
    ['sep 2019', { status: 'ok', date: '2019-09-01', time: null, precision: 'month' }],
    ['2015', { status: 'ok', date: '2015-01-01', time: null, precision: 'year' }],
  ],
  'mon-d-yyyy': [
    ['Apr 3, 2023', at('2023-04-03')],
    ['Dec 31, 2024', at('2024-12-31')],
    ['April 03, 2023', at('2023-04-03')],
  ],
  'event-range': [
    ['May 07, 2022 08:00 AM - May 07, 2022 11:00 AM', at('2022-05-07', '08:00:00')],
    ['Dec 31, 2024 11:30 PM - Jan 01, 2025 01:00 AM', at('2024-12-31', '23:30:00')],
  ],
  'mon-d': [
    ['Apr 22', undated],
    ['Feb 29', undated],
    ['december 1', undated],
  ],
  ymd: [
    ['2024-10-07', at('2024-10-07')],
    ['2000-02-29', at('2000-02-29')],
  ],
  'rich-media-prose': [
    ['You uploaded a document on February 7, 2025 at 7:01 AM (GMT)', at('2025-02-07', '07:01:00')],
    [
      'You uploaded a group background photo on December 31, 2024 at 12:59 PM (GMT)',
      at('2024-12-31', '12:59:00'),
    ],
    ['You uploaded a video on Mar 10, 2025 at 11:00 PM (GMT)', at('2025-03-10', '23:00:00')],
  ],
  'article-line': [
    ['Created on 2025-11-21 17:31', at('2025-11-21', '17:31:00')],
    ['Published on 2025-11-21 17:31', at('2025-11-21', '17:31:00')],
    ['Published on ---', absent],
    ['Published on', absent],
  ],
} satisfies Record<DateFormatId, readonly Case[]>;

const invalidValues = {
  'dd-mon-yyyy': [
    '4 Jul 2023', // export-format.md §3.1: the day is always two digits
    '30 Feb 2023',
    '29 Feb 2023',
    '04 Jux 2023',
    '04 Jul 23',
    '2023-07-04',
    '04 Jul 2023 10:00',
  ],
  'iso-seconds-utc': [
    '2025-08-23 21:09:04',
    '2025-08-23 24:00:00 UTC',
    '2025-08-23 21:60:04 UTC',
    '2025-08-23 21:09:60 UTC',
    '2025-13-01 00:00:00 UTC',
    '2025-04-31 00:00:00 UTC',
    '2025/08/23 21:09:04 UTC',
    '2025-08-23 21:09:04 CET',
    // One letter of the zone wrong, each letter in turn.
    '2025-08-23 21:09:04 XTC',
    '2025-08-23 21:09:04 UXC',
    '2025-08-23 21:09:04 UTX',
  ],
  'mdy-12h': [
    '13/1/22, 7:01 AM',
    '2/30/24, 7:01 AM',
    '7/1/22, 13:00 PM',
    '7/1/22, 0:30 AM',
    '7/1/22, 7:61 AM',
    '7/1/2022, 7:01 AM',
    '7/1/22 7:01 AM',
    '7/1/22, 7:01',
    '7/1/22',
  ],
  'mdy-12h-padded': [
    '4/15/24, 9:25 PM',
    '04/15/24, 9:25 PM',
    '04/31/24, 09:25 PM',
    '04/15/24, 00:25 PM',
    '04/15/24 09:25 PM',
  ],
  'mdy-12h-utc': [
    '03/11/26, 04:41 PM UTC',
    '03/11/26 04:41 PM',
    '02/29/25 04:41 PM UTC',
    '03/11/26 13:41 PM UTC',
    '3/11/26 4:41 PM UTC',
  ],
  'ymd-slash-utc': [
    '2024/08/11 03:10:26',
    '2024/02/30 03:10:26 UTC',
    '2024/08/11 25:10:26 UTC',
    '2024-08-11 03:10:26 UTC',
  ],
  'ymd-slash': ['2025/10/9', '2025/00/09', '2025/10/32', '2025-10-09', '2025/10/09 00:00:00 UTC'],
  'iso-seconds': [
    '2025-08-13 13:08',
    '2025-08-13 13:08:21 UTC',
    '2025-08-13T13:08:21',
    '2025-02-29 13:08:21',
    '2025-08-13 24:08:21',
  ],
  'iso-minutes-utc': [
    '2022-08-05 08:11',
    '2022-08-05 08:11:00 UTC',
    '2022-08-32 08:11 UTC',
    '2022-08-05 08:60 UTC',
  ],
  'java-date': [
    'Wed Jun 20 12:25:51 UTC 2023', // 2023-06-20 was a Tuesday
    'Xyz Jun 20 12:25:51 UTC 2023',
    'Tue Jun 20 12:25:51 PST 2023',
    'Tue Jun 20 12:25:51 2023',
    'Sat Jun 31 12:25:51 UTC 2023',
    'Tue Jun 20 24:25:51 UTC 2023',
    '2023-06-20 12:25:51 UTC',
  ],
  'mon-yyyy': ['Nox 2022', '11/2022', '2022-11', 'Nov 22', '22', 'Nov', 'Nov 3, 2022'],
  'mon-d-yyyy': ['Apr 31, 2023', 'Apr 3 2023', '3 Apr 2023', 'Apx 3, 2023', 'Apr 2023'],
  'event-range': [
    'May 07, 2022 08:00 AM',
    'May 07, 2022 08:00 AM - ',
    'May 07, 2022 08:00 AM - May 32, 2022 11:00 AM',
    'May 32, 2022 08:00 AM - May 07, 2022 11:00 AM',
    'May 07, 2022 13:00 PM - May 07, 2022 11:00 AM',
    'May 7, 2022 8:00 AM - May 7, 2022 11:00 AM',
    '2022-05-07 08:00 - 2022-05-07 11:00',
  ],
  'mon-d': ['Feb 30', 'Apr 31', 'Apr 0', '22 Apr', 'Apr 22, 1990', 'Apx 22', '04/22'],
  ymd: ['2024-10-7', '2024-13-07', '2023-02-29', '2024/10/07', '2024-10-07 10:00:00'],
  'rich-media-prose': [
    'You uploaded a document on February 30, 2025 at 7:01 AM (GMT)',
    'You uploaded a document on February 7, 2025 at 13:01 PM (GMT)',
    'You uploaded a document on February 7, 2025 at 7:01 AM',
    'You uploaded a document on February 7, 2025 at 7:01 AM (PST)',
    'You uploaded on February 7, 2025 at 7:01 AM (GMT)',
    'February 7, 2025 at 7:01 AM (GMT)',
  ],
  'article-line': [
    'Created on 2025-11-21',
    'Created on 2025-11-21 17:31:01',
    'Created on 2025-11-31 17:31',
    'Created on 2025-11-21 25:31',
    'Edited on 2025-11-21 17:31',
    '2025-11-21 17:31',
  ],
} satisfies Record<DateFormatId, readonly string[]>;

// export-format.md §3.11, §3.26, §3.27, §3.32, §3.40, §6.6: what the export writes for "no date".
const absentValues = ['', '   ', 'N/A', 'n/a', 'null', 'NULL', '-', ' -', '---', 'Not Available'];

describe('parseDate', () => {
  describe.each(dateFormatIds)('%s', (format) => {
    it.each(validCases[format])('parses %j', (raw, expected) => {
      expect(parseDate(format, raw)).toEqual(expected);
    });

    it.each(invalidValues[format])('rejects %j', (raw) => {
      expect(parseDate(format, raw)).toEqual(invalid);
    });

    it.each(absentValues)('reads %j as absent', (raw) => {
      expect(parseDate(format, raw)).toEqual(absent);
    });
  });

  it.each([
    ['mdy-12h', '3/7/26, 1:00 PM', '2026-03-07'],
    ['mdy-12h-padded', '03/07/26, 01:00 PM', '2026-03-07'],
    ['mdy-12h-utc', '03/07/26 01:00 PM UTC', '2026-03-07'],
  ] as const)('reads %s %j as month/day/year, not day/month', (format, raw, date) => {
    expect(parseDate(format, raw)).toMatchObject({ status: 'ok', date });
  });

  it('keeps UTC values in UTC rather than converting to local time', () => {
    expect(parseDate('iso-seconds-utc', '2025-01-01 00:30:00 UTC')).toEqual(
      at('2025-01-01', '00:30:00'),
    );
  });
});

describe('parseRichMediaDateTime', () => {
  const kindsSeen = [
    'feed photo',
    'photo',
    'video',
    'document',
    'feed document',
    'profile photo',
    'profile background photo',
    'article cover photo',
    'group logo',
    'group background photo',
  ];

  it.each(kindsSeen)('reads the kind %j and the date', (kind) => {
    expect(
      parseRichMediaDateTime(`You uploaded a ${kind} on February 7, 2025 at 7:01 AM (GMT)`),
    ).toEqual({ kind, date: at('2025-02-07', '07:01:00') });
  });

  it.each([
    [
      'an unknown kind, lower-cased',
      'You uploaded a Carousel Slide on March 1, 2025 at 10:15 PM (GMT)',
      { kind: 'carousel slide', date: at('2025-03-01', '22:15:00') },
    ],
    [
      'a kind after "an"',
      'You uploaded an article cover photo on March 1, 2025 at 10:15 PM (GMT)',
      { kind: 'article cover photo', date: at('2025-03-01', '22:15:00') },
    ],
    [
      'the kind of a sentence with an impossible date',
      'You uploaded a video on February 30, 2025 at 7:01 AM (GMT)',
      { kind: 'video', date: invalid },
    ],
    ['no kind for an empty cell', ' ', { kind: null, date: absent }],
    [
      'no kind for another text',
      'Video content can be downloaded at',
      { kind: null, date: invalid },
    ],
  ] as const)('returns %s', (_label, raw, expected) => {
    expect(parseRichMediaDateTime(raw)).toEqual(expected);
  });
});

describe('dateFormatIds', () => {
  it('lists every id once', () => {
    expect(new Set(dateFormatIds).size).toBe(dateFormatIds.length);
  });
});

describe('ISO date-times (the fast path of a million message dates)', () => {
  const digits = (length: number) =>
    fc
      .array(fc.integer({ min: 0, max: 9 }), { minLength: length, maxLength: length })
      .map((d) => d.join(''));

  it('accepts exactly the calendar dates and clock times', () => {
    fc.assert(
      fc.property(
        digits(4),
        digits(2),
        digits(2),
        digits(2),
        digits(2),
        digits(2),
        fc.boolean(),
        (year, month, day, hour, minute, second, utc) => {
          const value = `${year}-${month}-${day} ${hour}:${minute}:${second}${utc ? ' UTC' : ''}`;
          const date = new Date(0);
          date.setUTCFullYear(Number(year), Number(month) - 1, Number(day));
          const calendar =
            Number(month) >= 1 &&
            Number(month) <= 12 &&
            date.getUTCMonth() === Number(month) - 1 &&
            date.getUTCDate() === Number(day);
          const clock = Number(hour) <= 23 && Number(minute) <= 59 && Number(second) <= 59;
          const expected =
            calendar && clock
              ? {
                  status: 'ok',
                  date: `${year}-${month}-${day}`,
                  time: `${hour}:${minute}:${second}`,
                  precision: 'day',
                }
              : { status: 'invalid' };
          expect(parseDate(utc ? 'iso-seconds-utc' : 'iso-seconds', value)).toEqual(expected);
          // The other format's suffix rule: ` UTC` only where the format has it.
          expect(parseDate(utc ? 'iso-seconds' : 'iso-seconds-utc', value).status).not.toBe('ok');
        },
      ),
      { numRuns: 3000, seed: 3 },
    );
  });
});

describe('isoSecondsDayOfBytes: the ISO formats read from bytes', () => {
  const encoder = new TextEncoder();
  /** The bytes of `text` inside other bytes, as a cell sits inside a chunk. */
  const inChunk = (text: string) => {
    const cell = encoder.encode(text);
    const chunk = new Uint8Array(cell.length + 6).fill(0x22);
    chunk.set(cell, 3);
    return { chunk, start: 3, end: 3 + cell.length };
  };
  const dayOfParsed = (format: DateFormatId, text: string) => {
    const parsed = parseDate(format, text);
    return parsed.status === 'ok' ? dayNumber(parsed.date) : null;
  };

  it.each([
    ['iso-seconds-utc', '2026-11-27 17:48:07 UTC', 20261127],
    ['iso-seconds-utc', '2024-02-29 00:00:00 utc', 20240229],
    ['iso-seconds', '2019-01-01 23:59:59', 20190101],
  ] as const)('%s %j is the day %d', (format, text, day) => {
    const { chunk, start, end } = inChunk(text);
    expect(isoSecondsDayOfBytes(format, chunk, start, end)).toBe(day);
  });

  it.each([
    ['iso-seconds-utc', ' 2026-11-27 17:48:07 UTC'],
    ['iso-seconds-utc', '2026-11-27 17:48:07 UTC\r'],
    ['iso-seconds-utc', '2023-02-29 10:00:00 UTC'],
    ['iso-seconds-utc', '2026-11-27 24:00:00 UTC'],
    ['iso-seconds-utc', '2026-11-27T17:48:07 UTC'],
    ['iso-seconds-utc', '2026-11-27 17:48:07 GMT'],
    ['iso-seconds-utc', '2026-11-27 17:48:07 XTC'],
    ['iso-seconds-utc', '2026-11-27 17:48:07 UXC'],
    ['iso-seconds-utc', '2026-11-27 17:48:07 UTX'],
    ['iso-seconds', '2026-11-27 17:48:07 UTC'],
    ['iso-seconds', '２026-11-27 17:48:07'],
    ['ymd', '2026-11-27'],
    ['dd-mon-yyyy', '27 Nov 2026'],
  ] as const)('%s %j is left to the text', (format, text) => {
    const { chunk, start, end } = inChunk(text);
    expect(isoSecondsDayOfBytes(format, chunk, start, end)).toBe(-1);
  });

  it('never gives another day than parseDate gives the text', () => {
    const near = fc
      .array(
        fc.constantFrom(...'0123456789-: UTCutcx\r\t\u00a0é"'.split(''), '2026', '-02-', ' 12:'),
        { maxLength: 14 },
      )
      .map((parts) => parts.join(''));
    const valid = fc
      .record({
        year: fc.integer({ min: 0, max: 9999 }),
        month: fc.integer({ min: 1, max: 12 }),
        day: fc.integer({ min: 1, max: 31 }),
        hour: fc.integer({ min: 0, max: 23 }),
        minute: fc.integer({ min: 0, max: 59 }),
        second: fc.integer({ min: 0, max: 59 }),
        zone: fc.constantFrom(' UTC', ' utc', ' Utc', ''),
      })
      .map(({ year, month, day, hour, minute, second, zone }) => {
        const two = (value: number) => String(value).padStart(2, '0');
        return `${String(year).padStart(4, '0')}-${two(month)}-${two(day)} ${two(hour)}:${two(minute)}:${two(second)}${zone}`;
      });
    fc.assert(
      fc.property(
        fc.oneof(near, valid),
        fc.constantFrom<DateFormatId>('iso-seconds-utc', 'iso-seconds'),
        (text, format) => {
          const { chunk, start, end } = inChunk(text);
          const day = isoSecondsDayOfBytes(format, chunk, start, end);
          const expected = dayOfParsed(format, text);
          // Either the same day, or left to the text; and every exact value is read from bytes.
          if (day !== -1) expect(day).toBe(expected);
          if (expected !== null && text.trim() === text) expect(day).toBe(expected);
        },
      ),
      { numRuns: 3000, seed: 11 },
    );
  });
});

describe('isBefore: a record’s day before a cutoff or the policy’s start', () => {
  it.each([
    { date: '2025-11-02', day: '2025-11-03', before: true },
    { date: '2025-11-03', day: '2025-11-03', before: false },
    { date: '2025-12-01', day: '2025-11-03', before: false },
    { date: '2024-12-31', day: '2025-01-01', before: true },
    // An undated record is never old, and nothing is old without a cutoff.
    { date: null, day: '2025-11-03', before: false },
    { date: '2020-01-01', day: null, before: false },
  ])('$date before $day: $before', ({ date, day, before }) => {
    expect(isBefore(date, day)).toBe(before);
  });
});

describe('subtractDuration: the plan’s cutoff, --older-than before the export date', () => {
  it.each([
    { from: '2026-11-28', olderThan: '6m', cutoff: '2026-05-28' },
    { from: '2026-01-15', olderThan: '2w', cutoff: '2026-01-01' },
    { from: '2026-03-01', olderThan: '1d', cutoff: '2026-02-28' },
    { from: '2026-01-31', olderThan: '1m', cutoff: '2025-12-31' },
    { from: '2026-11-28', olderThan: '5y', cutoff: '2021-11-28' },
    // Month ends clamp to the shorter month instead of running on into the next.
    { from: '2026-08-31', olderThan: '6m', cutoff: '2026-02-28' },
    { from: '2024-08-31', olderThan: '6m', cutoff: '2024-02-29' },
    { from: '2026-05-31', olderThan: '1m', cutoff: '2026-04-30' },
    { from: '2024-02-29', olderThan: '1y', cutoff: '2023-02-28' },
    // Units in capitals and a space before them read the same.
    { from: '2026-11-28', olderThan: '6M', cutoff: '2026-05-28' },
    { from: '2026-11-28', olderThan: '2 Y', cutoff: '2024-11-28' },
  ])('$olderThan before $from is $cutoff', ({ from, olderThan, cutoff }) => {
    const duration = parseDuration(olderThan);
    if (duration === null) throw new Error(olderThan);
    expect(subtractDuration(from, duration)).toBe(cutoff);
  });
});
