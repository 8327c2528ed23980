import { describe, expect, it } from 'vitest';
import { makePerson } from '../fixtures/generator/people.js';
import { Random } from '../fixtures/generator/random.js';
import { commentText, postLines } from '../fixtures/generator/texts.js';
import { detectors } from '../src/core/sensitive/index.js';
import { anchorOf, anchorSource } from '../src/core/sensitive/list-anchors.js';
import { ListMatcher } from '../src/core/sensitive/list-matcher.js';
import { ListPrefilter, listPrefilter } from '../src/core/sensitive/list-prefilter.js';
import { prefilterTable } from '../src/core/sensitive/list-prefilter-table.generated.js';
import {
  execAll,
  isAcronym,
  notWordAfter,
  TermMatcher,
  termSource,
  without,
} from '../src/core/sensitive/patterns.js';
import type { Span } from '../src/core/sensitive/types.js';
import { addressCues } from '../src/core/sensitive/words/address-cues.js';
import { birthDateCues } from '../src/core/sensitive/words/birth-date-cues.js';
import { criminalRecordWords } from '../src/core/sensitive/words/criminal-record.js';
import { disabilityWords } from '../src/core/sensitive/words/disability.js';
import { ethnicOriginWords } from '../src/core/sensitive/words/ethnic-origin.js';
import { healthWords } from '../src/core/sensitive/words/health.js';
import { aadhaarCues, passportCues, ssnCues } from '../src/core/sensitive/words/identifier-cues.js';
import { jobAdCues } from '../src/core/sensitive/words/job-ad-cues.js';
import { phoneCues } from '../src/core/sensitive/words/phone-cues.js';
import { politicalOpinionWords } from '../src/core/sensitive/words/political-opinion.js';
import { religionWords } from '../src/core/sensitive/words/religion.js';
import { salaryCues } from '../src/core/sensitive/words/salary-cues.js';
import { sexualOrientationWords } from '../src/core/sensitive/words/sexual-orientation.js';
import { tradeUnionWords } from '../src/core/sensitive/words/trade-union.js';
import { workAuthorisationWords } from '../src/core/sensitive/words/work-authorisation.js';
import { allTerms, type WordList } from '../src/core/sensitive/words/word-list.js';
import { readCorpus } from './corpus/corpus.js';

/**
 * The word lists are matched through a prefilter (list-prefilter.ts) that skips the lists that
 * cannot match a text. These tests hold it to the promise that nothing found changes.
 */

const lists: Record<string, WordList> = {
  health: healthWords,
  disability: disabilityWords,
  ethnicOrigin: ethnicOriginWords,
  politicalOpinion: politicalOpinionWords,
  religion: religionWords,
  tradeUnion: tradeUnionWords,
  sexualOrientation: sexualOrientationWords,
  criminalRecord: criminalRecordWords,
  workAuthorisation: workAuthorisationWords,
  phoneCues,
  salaryCues,
  jobAdCues,
  addressCues,
  birthDateCues,
  passportCues,
  ssnCues,
  aadhaarCues,
};

/** Ways a term is written in a text: as listed, in capitals, without accents, other separators. */
function writtenForms(term: string): string[] {
  const word = term.replaceAll('*', 'en');
  const plain = word.normalize('NFD').replace(/\p{M}/gu, '');
  return [
    word,
    word.toUpperCase(),
    plain,
    word.replaceAll('ä', 'ae').replaceAll('ö', 'oe').replaceAll('ü', 'ue').replaceAll('ß', 'ss'),
    word.replaceAll(' ', '-'),
    word.replaceAll(' ', '\u00a0'),
    word.replaceAll(' ', ' \n '),
    word.replaceAll('-', ''),
    word.replaceAll('-', ' '),
    word.replaceAll("'", '’'),
  ].flatMap((form) => [form, `Yes: ${form}, twice ${form}.`, `x${form}x`, `_${form}`]);
}

function generatorTexts(count: number): string[] {
  const rng = new Random('tests/sensitive-prefilter');
  const people = Array.from({ length: 20 }, () => makePerson(rng));
  return Array.from({ length: count }, (_, index) =>
    index % 3 === 0
      ? postLines(rng, rng.chance(0.5), rng.pick(people)).join('\n')
      : commentText(rng, rng.chance(0.1), rng.pick(people)),
  );
}

const emptyTerms: WordList['terms'] = { en: [], de: [], fr: [], es: [], it: [], nl: [], pt: [] };

const corpus = readCorpus().map((line) => line.sentence);
const texts = [
  ...corpus,
  ...generatorTexts(300),
  ...Object.values(lists).flatMap((list) =>
    [...allTerms(list), ...list.ignore].flatMap(writtenForms),
  ),
];

/** The matching every list had before the prefilter: its patterns, run on every text. */
function unfiltered(list: WordList): (text: string) => Span[] {
  const terms = new TermMatcher(allTerms(list));
  const ignore = new TermMatcher(list.ignore);
  return (text) => {
    const found = terms.find(text);
    return found.length === 0 ? found : without(found, ignore.find(text));
  };
}

/** The plainest matching of one term: its own pattern alone (docs: "Extending a word list"). */
function termMatches(term: string, text: string): boolean {
  const compound = term.startsWith('*');
  return new RegExp(termSource(term), !compound && isAcronym(term) ? 'u' : 'iu').test(text);
}

describe('the word-list prefilter (list-prefilter.ts)', () => {
  it.each(Object.entries(lists))(
    '%s: finds exactly what its patterns find unfiltered, in the corpus and every written form of every term',
    (_name, list) => {
      // Every set of terms gets its own patterns, however many texts: none falls back to the whole list's.
      const matcher = new ListMatcher(list, Infinity);
      const oracle = unfiltered(list);
      const differences = texts.filter(
        (text) => JSON.stringify(matcher.find(text)) !== JSON.stringify(oracle(text)),
      );
      expect(differences).toEqual([]);
    },
  );

  it.each(Object.entries(lists))(
    '%s: lets the list run on every text where one of its terms matches on its own',
    (_name, list) => {
      const matcher = new ListMatcher(list);
      const missed: string[] = [];
      for (const term of allTerms(list)) {
        for (const text of [...writtenForms(term), ...corpus]) {
          if (termMatches(term, text) && !matcher.mayMatch(text)) missed.push(`${term}: ${text}`);
        }
      }
      expect(missed).toEqual([]);
    },
  );

  it('rules every list out of texts that speak of none of them', () => {
    const quiet = [
      ...generatorTexts(600),
      'Excited to share that the team just shipped our new lineage explorer!',
      'Wir haben heute die neue Version veröffentlicht, danke an alle im Team.',
      'Merci à toute l’équipe pour ce lancement réussi.',
    ];
    const matchers = Object.entries(lists).map(
      ([name, list]) => [name, new ListMatcher(list)] as const,
    );
    const tried = quiet.flatMap((text) =>
      matchers.filter(([, matcher]) => matcher.mayMatch(text)).map(([name]) => `${name}: ${text}`),
    );
    // A few may still be tried, where a word starts like a term: few, not most.
    expect(tried.length).toBeLessThan(quiet.length / 50);
  });

  it('anchors every term of every list: a list with an unanchored term would run on every text', () => {
    const unanchored = Object.values(lists)
      .flatMap((list) => allTerms(list))
      .filter((term) => anchorOf(term) === null);
    expect(unanchored).toEqual([]);
  });

  it.each([
    { term: 'prière*', texts: ['priere', 'prière'], source: 'pri[eè]re' },
    { term: 'trade union*', texts: ['trade'], source: 'trade[\\s\\u00a0-]+union' },
    { term: 'Straße', texts: ['strasse', 'straße'] },
    { term: '*krebs', texts: ['krebs'] },
    { term: 'mi fe', texts: ['mi'], source: `mi[\\s\\u00a0-]+fe${notWordAfter}` },
    { term: 'H-1B', texts: ['1B'] },
    { term: "j'habite", texts: ["j'habite", 'j’habite'] },
    { term: 'c/', anchor: null },
  ])('$term → $texts', ({ term, texts: expected, source, anchor }) => {
    const found = anchorOf(term);
    if (anchor === null) {
      expect(found).toBeNull();
      return;
    }
    expect(found?.texts.map((text) => text.toLowerCase()).sort()).toEqual(
      expected.map((text) => text.toLowerCase()).sort(),
    );
    if (source !== undefined) expect(anchorSource(term, found?.start ?? -1)).toBe(source);
  });
});

describe('execAll', () => {
  it.each([
    [/a|b/gu, 'xaxbx'],
    [/x*/gu, 'axxb'],
    [/(?:)/gu, '😀a'],
    [/(?:)/g, '😀a'],
    [/é/giu, 'É é E'],
  ])('%s in %j: the matches of matchAll', (pattern, text) => {
    const expected = [...text.matchAll(pattern)].map((match) => [match.index, match[0]]);
    expect(execAll(pattern, text).map((match) => [match.index, match[0]])).toEqual(expected);
    expect(pattern.lastIndex).toBe(0);
  });
});

describe('detectors', () => {
  it('are all made with defineDetector, so that every one has needs of the same shape', () => {
    for (const detector of detectors) {
      expect(Object.keys(detector.needs).sort(), detector.code).toEqual([
        'character',
        'digits',
        'phoneDigits',
        'words',
      ]);
    }
  });
});

describe('the prefilter table (list-prefilter-table.generated.ts)', () => {
  it('is the one the word lists make now: after changing a list, run `npm run words`', () => {
    // The detectors (imported above) have registered every list.
    expect(prefilterTable).toEqual(listPrefilter.table());
  });

  it('lets the same lists and terms run as the table worked out at run time', () => {
    const registered = Object.values(lists);
    const fromTable = new ListPrefilter();
    const worked = new ListPrefilter();
    for (const list of registered) fromTable.register(list);
    // One list more than the table knows: this prefilter works its table out itself.
    const extra: WordList = { terms: { ...emptyTerms, en: ['lineage explorer'] }, ignore: [] };
    for (const list of [extra, ...registered]) worked.register(list);
    const differences = texts.filter((text) =>
      registered.some(
        (_list, slot) =>
          fromTable.mayMatch(slot, text) !== worked.mayMatch(slot + 1, text) ||
          JSON.stringify(fromTable.termsThatMayMatch(slot, text)) !==
            JSON.stringify(worked.termsThatMayMatch(slot + 1, text)),
      ),
    );
    expect([fromTable.usesGeneratedTable(), worked.usesGeneratedTable()]).toEqual([true, false]);
    expect(differences).toEqual([]);
    expect(worked.mayMatch(0, 'our new lineage explorer')).toBe(true);
  });
});
