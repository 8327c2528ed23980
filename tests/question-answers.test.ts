import { describe, it, expect } from 'vitest';
import {
  KnownQuestions,
  splitQuestionAnswers,
  type QuestionAnswer,
} from '../src/core/records/question-answers.js';

// All values are invented; the shapes follow export-format §3.33, §3.36, §4.1 and §4.2.

function qa(question: string, answer: string): QuestionAnswer {
  return { question, answer };
}

describe('splitQuestionAnswers: tricky cases of §4.2', () => {
  it.each<{ name: string; cell: string; expected: QuestionAnswer[] }>([
    { name: 'empty cell', cell: '', expected: [] },
    { name: 'whitespace-only cell', cell: ' \t ', expected: [] },
    {
      name: 'single entry',
      cell: 'Email address:jane.doe@example.com',
      expected: [qa('Email address', 'jane.doe@example.com')],
    },
    {
      name: 'answer containing " | " with no colon after it',
      cell: 'Your title:Writer | Content Strategist',
      expected: [qa('Your title', 'Writer | Content Strategist')],
    },
    {
      name: 'answer with several " | " followed by another entry',
      cell: 'Headline:Founder | Head of Content | Advisor | Company:Acme Corp',
      expected: [qa('Headline', 'Founder | Head of Content | Advisor'), qa('Company', 'Acme Corp')],
    },
    {
      name: 'multi-valued answer with trailing spaces before the separator',
      cell: 'Your title:Writer | Editor  | Email address:jane.doe@example.com',
      expected: [qa('Your title', 'Writer | Editor'), qa('Email address', 'jane.doe@example.com')],
    },
    {
      name: 'answer segment with a prose colon (": ") stays in the answer',
      cell: 'Headline:Founder | Head of Content: Europe | Company:Acme Corp',
      expected: [qa('Headline', 'Founder | Head of Content: Europe'), qa('Company', 'Acme Corp')],
    },
    {
      name: 'answer segment with a bare colon is split off (documented choice)',
      cell: 'Headline:Founder | Head of Content:Europe',
      expected: [qa('Headline', 'Founder'), qa('Head of Content', 'Europe')],
    },
    {
      name: 'answer segment with "|" before its colon stays in the answer',
      cell: 'Your title:Writer | Editor|Proofreader:Freelance',
      expected: [qa('Your title', 'Writer | Editor|Proofreader:Freelance')],
    },
    {
      name: 'question containing ": " and ending with "?:"',
      cell: "Have you completed the following level of education: Bachelor's Degree?:Yes",
      expected: [
        qa("Have you completed the following level of education: Bachelor's Degree?", 'Yes'),
      ],
    },
    {
      name: 'question with times (bare colons) ending with "?:"',
      cell: 'Are you available to work from 09:00 to 17:00?:Yes',
      expected: [qa('Are you available to work from 09:00 to 17:00?', 'Yes')],
    },
    {
      name: 'question with times (bare colons) ending with "? :"',
      cell: 'Can you attend a call between 08:30 and 09:15? :No',
      expected: [qa('Can you attend a call between 08:30 and 09:15?', 'No')],
    },
    {
      name: 'answer segment starting with a colon stays in the answer',
      cell: 'Headline:Writer | :) optimist | Company:Acme Corp',
      expected: [qa('Headline', 'Writer | :) optimist'), qa('Company', 'Acme Corp')],
    },
    {
      name: 'answer starting with a space in the first entry',
      cell: 'Your message to the hiring manager: Dear team, thank you.',
      expected: [qa('Your message to the hiring manager', 'Dear team, thank you.')],
    },
    {
      name: 'answer starting with a space after a separator stays in the previous answer (documented choice)',
      cell: 'Email address:jane.doe@example.com | Your message to the hiring manager: Dear team',
      expected: [
        qa('Email address', 'jane.doe@example.com | Your message to the hiring manager: Dear team'),
      ],
    },
    {
      name: 'question with HTML and a URL',
      cell: "Company:Acme Corp | I have read the <a href='https://example.com/privacy' target='_blank'>PRIVACY POLICY</a>.:I Agree Terms & Conditions",
      expected: [
        qa('Company', 'Acme Corp'),
        qa(
          "I have read the <a href='https://example.com/privacy' target='_blank'>PRIVACY POLICY</a>.",
          'I Agree Terms & Conditions',
        ),
      ],
    },
    {
      name: 'question with "?" inside an HTML attribute',
      cell: "I accept the <a href='https://example.com/terms/?'>TERMS</a>:I Agree",
      expected: [qa("I accept the <a href='https://example.com/terms/?'>TERMS</a>", 'I Agree')],
    },
    {
      name: 'question with " | " inside an HTML attribute',
      cell: "Company:Acme Corp | I accept the <a title='Terms | Privacy' href='https://example.com/legal'>terms</a>:I Agree",
      expected: [
        qa('Company', 'Acme Corp'),
        qa(
          "I accept the <a title='Terms | Privacy' href='https://example.com/legal'>terms</a>",
          'I Agree',
        ),
      ],
    },
    {
      name: 'a "<" that opens no tag does not hide the colon',
      cell: 'Preferred team size (<10 people):Small',
      expected: [qa('Preferred team size (<10 people)', 'Small')],
    },
    {
      name: 'unresolved URN answer',
      cell: 'Location (city):urn:li:geo:102277331',
      expected: [qa('Location (city)', 'urn:li:geo:102277331')],
    },
    {
      name: 'URL answer',
      cell: 'Website:https://example.com',
      expected: [qa('Website', 'https://example.com')],
    },
    {
      name: 'URL answer after a "?:" question',
      cell: 'Do you have a portfolio?:https://example.com/work?page=2',
      expected: [qa('Do you have a portfolio?', 'https://example.com/work?page=2')],
    },
    {
      name: 'answer with a prose colon',
      cell: 'Major / Field of study:Specialization: Urban Planning',
      expected: [qa('Major / Field of study', 'Specialization: Urban Planning')],
    },
    {
      name: 'question ending with "? :"',
      cell: 'Are you comfortable working a short-term contract? :Yes',
      expected: [qa('Are you comfortable working a short-term contract?', 'Yes')],
    },
    {
      name: 'question with ": " and ending with "? :"',
      cell: 'Do you live in one of these states: CA, NY, or TX? :No',
      expected: [qa('Do you live in one of these states: CA, NY, or TX?', 'No')],
    },
    {
      name: 'question ending with " :" without "?"',
      cell: 'Notice period in days :30',
      expected: [qa('Notice period in days', '30')],
    },
    {
      name: 'question starting with a space ("|  Do you …")',
      cell: "Email address:jane.doe@example.com |  Do you have a driver's license?:Yes",
      expected: [
        qa('Email address', 'jane.doe@example.com'),
        qa("Do you have a driver's license?", 'Yes'),
      ],
    },
    {
      name: 'date range with null month parts',
      cell: 'Dates of employment:2011-08-null - 2012-05-null',
      expected: [qa('Dates of employment', '2011-08-null - 2012-05-null')],
    },
    {
      name: 'open-ended date range before a separator',
      cell: 'Dates of employment:2016-05-01 -  | Company:Acme Corp',
      expected: [qa('Dates of employment', '2016-05-01 -'), qa('Company', 'Acme Corp')],
    },
    {
      name: 'phone number answer',
      cell: 'Mobile phone number:+1 5550100',
      expected: [qa('Mobile phone number', '+1 5550100')],
    },
    {
      name: 'resume id with a minus sign (§4.1)',
      cell: 'Please submit a resume or LinkedIn profile:-373948369.pdf | Cover letter:-5315.pdf',
      expected: [
        qa('Please submit a resume or LinkedIn profile', '-373948369.pdf'),
        qa('Cover letter', '-5315.pdf'),
      ],
    },
    {
      name: 'salary answers',
      cell: 'What is your current salary?:150000 | What is your expected CTC(in Lakhs)?:4',
      expected: [
        qa('What is your current salary?', '150000'),
        qa('What is your expected CTC(in Lakhs)?', '4'),
      ],
    },
    {
      name: 'empty answer at the end of the cell',
      cell: 'City:Springfield | Geolocation:',
      expected: [qa('City', 'Springfield'), qa('Geolocation', '')],
    },
    {
      name: 'empty answer in the middle of the cell',
      cell: 'Geolocation: | City:Springfield',
      expected: [qa('Geolocation', ''), qa('City', 'Springfield')],
    },
    {
      name: 'empty answer followed by an extra space before the separator',
      cell: 'City:Springfield | Geolocation:  | Country:United States',
      expected: [qa('City', 'Springfield'), qa('Geolocation', ''), qa('Country', 'United States')],
    },
    {
      name: 'repeated question keeps every entry in order',
      cell: 'Company:Acme Corp | Dates of employment:2019-01-01 -  | Company:Globex | Company:Initech',
      expected: [
        qa('Company', 'Acme Corp'),
        qa('Dates of employment', '2019-01-01 -'),
        qa('Company', 'Globex'),
        qa('Company', 'Initech'),
      ],
    },
    {
      name: 'text without any colon is kept as a question',
      cell: 'Geolocation',
      expected: [qa('Geolocation', '')],
    },
  ])('$name', ({ cell, expected }) => {
    expect(splitQuestionAnswers(cell)).toEqual(expected);
  });
});

describe('splitQuestionAnswers: known questions (§3.36 dictionary)', () => {
  const pipedQuestionCell =
    'Email address:jane.doe@example.com | Preferred shift | day or night:Night | City:Springfield';

  it('takes a known question containing " | " as one question', () => {
    const known = new Set(['Email address', 'Preferred shift | day or night']);
    expect(splitQuestionAnswers(pipedQuestionCell, known)).toEqual([
      qa('Email address', 'jane.doe@example.com'),
      qa('Preferred shift | day or night', 'Night'),
      qa('City', 'Springfield'),
    ]);
  });

  it('splits the same with the questions sorted once for many cells', () => {
    const known = new Set(['Email address', 'Preferred shift | day or night', '  ']);
    const sorted = new KnownQuestions(known);
    expect(sorted.longestFirst).toEqual(['Preferred shift | day or night', 'Email address']);
    for (const cell of [pipedQuestionCell, 'Email address: x | City:Springfield', '']) {
      expect(splitQuestionAnswers(cell, sorted)).toEqual(splitQuestionAnswers(cell, known));
    }
  });

  it('cannot recognise that question without the dictionary', () => {
    expect(splitQuestionAnswers(pipedQuestionCell)).toEqual([
      qa('Email address', 'jane.doe@example.com | Preferred shift'),
      qa('day or night', 'Night'),
      qa('City', 'Springfield'),
    ]);
  });

  it('recognises a known question containing " | " at the start of the cell', () => {
    const known = new Set(['Preferred shift | day or night']);
    expect(
      splitQuestionAnswers('Preferred shift | day or night:Day | City:Springfield', known),
    ).toEqual([qa('Preferred shift | day or night', 'Day'), qa('City', 'Springfield')]);
  });

  it('recognises a known question after "|  " (extra space)', () => {
    const known = new Set(['Preferred shift | day or night']);
    expect(
      splitQuestionAnswers('City:Springfield |  Preferred shift | day or night:Day', known),
    ).toEqual([qa('City', 'Springfield'), qa('Preferred shift | day or night', 'Day')]);
  });

  it('recognises a known question whose answer starts with a space', () => {
    const known = new Set(['Your message to the hiring manager']);
    const cell =
      'Email address:jane.doe@example.com | Your message to the hiring manager: Dear team';
    expect(splitQuestionAnswers(cell, known)).toEqual([
      qa('Email address', 'jane.doe@example.com'),
      qa('Your message to the hiring manager', 'Dear team'),
    ]);
  });

  const urlQuestion = 'Portfolio (e.g. https://example.com/you)';
  const urlQuestionCell = `City:Springfield | ${urlQuestion}:https://example.com/jane`;

  it('ends a known question exactly, even when it contains a bare colon', () => {
    expect(splitQuestionAnswers(urlQuestionCell, new Set([urlQuestion]))).toEqual([
      qa('City', 'Springfield'),
      qa(urlQuestion, 'https://example.com/jane'),
    ]);
  });

  it('splits that question at its URL colon without the dictionary', () => {
    expect(splitQuestionAnswers(urlQuestionCell)).toEqual([
      qa('City', 'Springfield'),
      qa('Portfolio (e.g. https', '//example.com/you):https://example.com/jane'),
    ]);
  });

  it('matches a known question followed by " :"', () => {
    const known = new Set([urlQuestion]);
    expect(splitQuestionAnswers(`${urlQuestion} :https://example.com/jane`, known)).toEqual([
      qa(urlQuestion, 'https://example.com/jane'),
    ]);
  });

  it('prefers the longest known question', () => {
    const known = new Set(['Rate', 'Rate: hourly (USD)']);
    expect(splitQuestionAnswers('Rate: hourly (USD):50', known)).toEqual([
      qa('Rate: hourly (USD)', '50'),
    ]);
  });

  it('ignores blank dictionary entries and trims the others', () => {
    const known = new Set(['', '   ', `  ${urlQuestion}  `]);
    expect(splitQuestionAnswers(`${urlQuestion}:https://example.com/jane`, known)).toEqual([
      qa(urlQuestion, 'https://example.com/jane'),
    ]);
  });

  it('still splits off questions missing from the dictionary', () => {
    const known = new Set(['Email address', 'Headline']);
    const cell =
      'Email address:jane.doe@example.com | How many years of WRT experience do you currently have?:10 | Headline:Founder | Head of Content:Europe';
    expect(splitQuestionAnswers(cell, known)).toEqual([
      qa('Email address', 'jane.doe@example.com'),
      qa('How many years of WRT experience do you currently have?', '10'),
      qa('Headline', 'Founder'),
      qa('Head of Content', 'Europe'),
    ]);
  });

  it('does not treat a known question as one when no colon follows it', () => {
    const known = new Set(['Editor']);
    expect(splitQuestionAnswers('Your title:Writer | Editor in Chief', known)).toEqual([
      qa('Your title', 'Writer | Editor in Chief'),
    ]);
  });
});

describe('splitQuestionAnswers: realistic full cells', () => {
  it('splits a profile auto-fill cell of 13 entries', () => {
    const cell = [
      'First name:Jane',
      'Last name:Doe',
      'Email address:jane.doe@example.com',
      'Mobile phone number:+1 5550100',
      'Headline:Founder, Example Studio | Head of Content | Brand Voice',
      'Your title:Writer | Content Strategist',
      'Company:Example Studio',
      'Dates of employment:2019-03-null - ',
      'Company:Acme Corp',
      'Dates of employment:2011-08-null - 2012-05-null',
      'Major / Field of study:Specialization: Urban Planning',
      'Location (city):urn:li:geo:102277331',
      'Geolocation:',
    ].join(' | ');
    expect(splitQuestionAnswers(cell)).toEqual([
      qa('First name', 'Jane'),
      qa('Last name', 'Doe'),
      qa('Email address', 'jane.doe@example.com'),
      qa('Mobile phone number', '+1 5550100'),
      qa('Headline', 'Founder, Example Studio | Head of Content | Brand Voice'),
      qa('Your title', 'Writer | Content Strategist'),
      qa('Company', 'Example Studio'),
      qa('Dates of employment', '2019-03-null -'),
      qa('Company', 'Acme Corp'),
      qa('Dates of employment', '2011-08-null - 2012-05-null'),
      qa('Major / Field of study', 'Specialization: Urban Planning'),
      qa('Location (city)', 'urn:li:geo:102277331'),
      qa('Geolocation', ''),
    ]);
  });

  it('splits a screening cell of 10 entries', () => {
    const cell = [
      'Will you now, or in the future, require sponsorship for employment visa status (e.g. H-1B visa status)?:No',
      'Are you legally authorized to work in the United States?:Yes',
      'How many years of work experience do you have with Content Strategy?:7',
      'What is your current salary?:95000',
      'Are you comfortable working a short-term, four month contract? :Yes',
      ' Do you reside in any of the following states: CA, NY, or TX? :No',
      "BY CHECKING THIS BOX, YOU DECLARE THAT YOU READ THE <a href='https://example.com/privacy/?' target='_blank'>PRIVACY POLICY</a> AND <a href='https://example.com/terms/' target='_blank'> TERMS OF USE</a>.:I Agree Terms & Conditions",
      'Portfolio:https://example.com/jane-doe/work?tab=writing',
      'Please submit a resume or LinkedIn profile:-373948369.pdf',
      'Cover letter:88123.pdf',
    ].join(' | ');
    expect(splitQuestionAnswers(cell)).toEqual([
      qa(
        'Will you now, or in the future, require sponsorship for employment visa status (e.g. H-1B visa status)?',
        'No',
      ),
      qa('Are you legally authorized to work in the United States?', 'Yes'),
      qa('How many years of work experience do you have with Content Strategy?', '7'),
      qa('What is your current salary?', '95000'),
      qa('Are you comfortable working a short-term, four month contract?', 'Yes'),
      qa('Do you reside in any of the following states: CA, NY, or TX?', 'No'),
      qa(
        "BY CHECKING THIS BOX, YOU DECLARE THAT YOU READ THE <a href='https://example.com/privacy/?' target='_blank'>PRIVACY POLICY</a> AND <a href='https://example.com/terms/' target='_blank'> TERMS OF USE</a>.",
        'I Agree Terms & Conditions',
      ),
      qa('Portfolio', 'https://example.com/jane-doe/work?tab=writing'),
      qa('Please submit a resume or LinkedIn profile', '-373948369.pdf'),
      qa('Cover letter', '88123.pdf'),
    ]);
  });

  it('splits a mixed cell of 9 entries with the help of the dictionary', () => {
    const known = new Set([
      'Your title',
      'Description',
      'Preferred shift | day or night',
      'Portfolio (e.g. https://example.com/you)',
    ]);
    const cell = [
      'Your title:Director | Content Strategy | Research',
      'Description:- Led a team of 4 writers - Key result: 30% more newsletter sign-ups',
      'Preferred shift | day or night:Day',
      'Portfolio (e.g. https://example.com/you):https://example.com/jane',
      'Your title:Copywriter',
      'Dates attended:2001-null-null - 2005-null-null',
      'What is your expected CTC(in Lakhs)?:12',
      'Your message to the hiring manager:Dear team, thank you: I look forward to hearing from you.',
      'State / Province:CA',
    ].join(' | ');
    expect(splitQuestionAnswers(cell, known)).toEqual([
      qa('Your title', 'Director | Content Strategy | Research'),
      qa('Description', '- Led a team of 4 writers - Key result: 30% more newsletter sign-ups'),
      qa('Preferred shift | day or night', 'Day'),
      qa('Portfolio (e.g. https://example.com/you)', 'https://example.com/jane'),
      qa('Your title', 'Copywriter'),
      qa('Dates attended', '2001-null-null - 2005-null-null'),
      qa('What is your expected CTC(in Lakhs)?', '12'),
      qa(
        'Your message to the hiring manager',
        'Dear team, thank you: I look forward to hearing from you.',
      ),
      qa('State / Province', 'CA'),
    ]);
  });
});
