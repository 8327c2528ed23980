import { describe, expect, it } from 'vitest';
import { detectorFor, detectors, findingCodes, type FindingCode } from '../src/core/index.js';
import { phoneCountryFor } from '../src/core/sensitive/scan.js';

/**
 * One table per detector (typescript-eslint's RuleTester style): each row a text, the region it
 * is read for, and exactly the values the detector must find — none for the traps.
 */
interface Row {
  text: string;
  found: string[];
  region?: string;
}

function valuesFound(code: FindingCode, { text, region }: Row): string[] {
  const context = { phoneCountry: phoneCountryFor(region ?? null) };
  return detectorFor(code)
    .find(text, context)
    .map((span) => text.slice(span.start, span.end));
}

const tables: Record<FindingCode, Row[]> = {
  email: [
    { text: 'The new icon is logo@2x.png in the assets folder', found: [] },
    { text: 'Clone git@github.com:acme/app.git and run it', found: [] },
    { text: 'Write to jane@example.com: I answer within a day', found: ['jane@example.com'] },
    { text: 'Write to jane.doe@example.com today.', found: ['jane.doe@example.com'] },
    {
      text: 'r.okafor+jobs@example.org, or hr@example.co.uk',
      found: ['r.okafor+jobs@example.org', 'hr@example.co.uk'],
    },
    { text: 'Ünïcode: zoë@exämple.de', found: ['zoë@exämple.de'] },
    { text: 'Follow @dataquill and #DataContracts', found: [] },
    { text: 'user@localhost in the container', found: [] },
  ],
  phone: [
    { text: 'Call +44 7400 123456 now', found: ['+44 7400 123456'] },
    { text: 'Büro: 0049 30 901820', found: ['0049 30 901820'] },
    { text: 'Phone: (415) 555-2671', found: ['(415) 555-2671'], region: 'us' },
    { text: 'Phone: (415) 555-2671', found: [], region: 'eu' },
    { text: 'Handy: 078 123 45 67', found: ['078 123 45 67'], region: 'ch' },
    { text: 'Gate code 415-555-0110 for the intercom', found: [], region: 'us' },
    {
      text: 'Jane Doe\nLondon · 07400 123456 · jane@example.co.uk\nData engineer',
      found: ['07400 123456'],
      region: 'uk',
    },
    {
      text: 'Order 07400 123456 shipped\nQuestions: jane@example.co.uk',
      found: [],
      region: 'uk',
    },
    { text: 'London · 07400 123456 · jane@example.co.uk', found: [], region: 'eu' },
    { text: 'From 2024-11-05 to 2024-12-18', found: [], region: 'us' },
    { text: 'Revenue +12% and 4,150 users', found: [] },
    { text: '+44 7700 900123 is a drama number, never allocated', found: [] },
  ],
  'postal-address': [
    {
      text: 'My address is 221B Baker Street, London NW1 6XE.',
      found: ['221B Baker Street, London NW1 6XE'],
    },
    {
      text: "J'habite au 12 rue de Rivoli, 75001 Paris.",
      found: ['12 rue de Rivoli, 75001 Paris'],
    },
    {
      text: 'Meine Adresse: Lindenstraße 12, 10115 Berlin',
      found: ['Lindenstraße 12, 10115 Berlin'],
    },
    { text: 'Vivo en la calle Mayor 5.', found: ['calle Mayor 5'] },
    // English street words include avenue, boulevard and place: the French order is longer.
    {
      text: 'Mon adresse : 5 avenue des Champs-Élysées, 75008 Paris.',
      found: ['5 avenue des Champs-Élysées, 75008 Paris'],
    },
    {
      text: 'Mon adresse : 3 place de la Bourse, 33000 Bordeaux',
      found: ['3 place de la Bourse, 33000 Bordeaux'],
    },
    {
      text: 'Mijn adres: Keizersgracht 123, 1015 CJ Amsterdam',
      found: ['Keizersgracht 123, 1015 CJ Amsterdam'],
    },
    { text: 'Our office is at 10 Downing Street.', found: [] },
    { text: 'Wall Street 2024 outlook', found: [] },
    { text: 'My email address is on the card, 12 Street names', found: [] },
  ],
  'birth-date': [
    { text: 'Je suis né à Lyon le 12 mars 1985.', found: ['12 mars 1985'] },
    { text: 'Nací en Sevilla el 12 de marzo de 1985.', found: ['12 de marzo de 1985'] },
    { text: 'Sono nato a Roma il 12 marzo 1985.', found: ['12 marzo 1985'] },
    { text: 'Nasci a 12 de março de 1985.', found: ['12 de março de 1985'] },
    { text: 'Né à Paris, il a rejoint Acme le 3 mai 2011.', found: [] },
    { text: 'Ich wurde am 12. März 1985 in Köln geboren.', found: ['12. März 1985'] },
    { text: 'Ik ben op 12 maart 1985 geboren.', found: ['12 maart 1985'] },
    { text: 'Seit 01.01.2020 bei Acme. Geboren und aufgewachsen in Köln.', found: [] },
    { text: 'Am 3. Mai 2019 starteten wir; geboren wurde die Idee später', found: [] },
    { text: 'Our startup was born on 12 May 2015', found: [] },
    { text: 'Unternehmen feiert Geburtstag: am 1. Juni 2014', found: [] },
    { text: 'Il progetto è nato il 5 maggio 2018', found: [] },
    { text: 'I was born on 12 March 1985.', found: ['12 March 1985'] },
    { text: 'Date of birth: 03/07/1990', found: ['03/07/1990'] },
    { text: 'Geboren am 14.02.1988 in Leipzig', found: ['14.02.1988'] },
    { text: 'Nací el 15 de agosto de 1987', found: ['15 de agosto de 1987'] },
    { text: 'Born in 1985, raised by the sea', found: [] },
    { text: 'Founded on 12 March 2015', found: [] },
  ],
  iban: [
    { text: 'IBAN DE89 3704 0044 0532 0130 00 please', found: ['DE89 3704 0044 0532 0130 00'] },
    { text: 'GB29NWBK60161331926819', found: ['GB29NWBK60161331926819'] },
    { text: 'DE89 3704 0044 0532 0130 01 (check digits wrong)', found: [] },
    { text: 'DE89 3704 0044 0532 0130 (too short for Germany)', found: [] },
    // Check digits valid, but 20 characters where a German IBAN has 22.
    { text: 'ref DE86 3704 0044 0532 0130 for the order', found: [] },
    { text: 'DE863704004405320130', found: [] },
  ],
  'payment-card': [
    { text: 'See https://example.com/view?id=4111111111111111 for the order', found: [] },
    { text: 'Tracked at /orders/4111111111111111 and order_4111111111111111', found: [] },
    {
      text: 'Shared from linkedin.com/feed/update/urn:li:activity:6512345678901234562/ today',
      found: [],
    },
    { text: 'urn:li:share:6512345678901234562', found: [] },
    // A phone number in international form whose digits pass the check digit of a 13-digit Visa.
    { text: 'Call me on +4915112345678 after six', found: [] },
    { text: 'card 4111 1111 1111 1111', found: ['4111 1111 1111 1111'] },
    { text: 'Amex 3782 822463 10005 ok', found: ['3782 822463 10005'] },
    { text: 'MC 5555-5555-5555-4444', found: ['5555-5555-5555-4444'] },
    { text: 'Ticket 4111 1111 1111 1112', found: [] },
    { text: 'Build 1234567812345670 (Luhn-valid, no network)', found: [] },
  ],
  'us-ssn': [
    { text: 'SSN 123-45-6789', found: ['123-45-6789'] },
    { text: 'social security number 234567890', found: ['234567890'] },
    { text: 'order 234567890 shipped', found: [] },
    { text: 'voided 078-05-1120', found: [] },
    { text: 'room 900-12-3456 and 666-12-3456', found: [] },
  ],
  'uk-nino': [
    { text: 'NI number AB 12 34 56 C', found: ['AB 12 34 56 C'] },
    { text: 'JG103622D on the payslip', found: ['JG103622D'] },
    { text: 'QQ 12 34 56 C is HMRC’s example', found: [] },
    { text: 'GB 12 34 56 A is never allocated', found: [] },
    { text: 'Part JG103622E (suffixes run A to D only)', found: [] },
  ],
  'in-aadhaar': [
    { text: 'Aadhaar 2345 6789 0124', found: ['2345 6789 0124'] },
    { text: 'My Aadhaar number 876543210988', found: ['876543210988'] },
    { text: 'serial 2345 6789 0125', found: [] },
    // Three years in a row pass the check digit one time in ten.
    { text: 'Top Employer 2023-2024-2025', found: [] },
    { text: 'Top Employer 2023 2024 2025', found: [] },
    { text: 'invoice 876543210988', found: [] },
  ],
  'in-pan': [
    { text: 'PAN ABCPE1234F', found: ['ABCPE1234F'] },
    { text: 'AAAPL1234C for the company', found: ['AAAPL1234C'] },
    { text: 'code ABCDE1234F at checkout', found: [] },
  ],
  'passport-number': [
    { text: 'Passport number C01X00T47, valid', found: ['C01X00T47'] },
    { text: 'Reisepassnummer C01X00T47', found: ['C01X00T47'] },
    { text: 'My passport expires in 2027', found: [] },
    { text: 'Order C01X00T47 shipped', found: [] },
  ],
  health: [
    { text: 'I had a stroke of luck with that hire', found: [] },
    { text: 'the Krebs cycle explained for data people', found: [] },
    { text: 'I was diagnosed with diabetes.', found: ['was diagnosed', 'diabetes'] },
    { text: 'Meine Brustkrebs-Diagnose', found: ['Brustkrebs'] },
    { text: 'Je suis enceinte de cinq mois', found: ['suis enceinte'] },
    { text: 'HIV research, not hiv', found: ['HIV'] },
    { text: 'The Great Depression', found: [] },
    { text: 'We diagnosed the outage', found: [] },
    { text: 'Micromanagement is a cancer on our industry', found: [] },
    { text: 'the cancer of bureaucracy', found: [] },
    { text: 'I had a cancer on my skin removed', found: ['cancer'] },
    { text: 'cancer of the pancreas', found: ['cancer'] },
  ],
  disability: [
    { text: 'Guest settings are disabled', found: [] },
    { text: 'un vrai handicap pour les PME', found: [] },
    { text: 'I have ADHD', found: ['ADHD'] },
    { text: 'Rollstuhlfahrerin', found: ['Rollstuhlfahrerin'] },
    { text: 'We disabled the old login', found: [] },
    { text: 'Elle fait la sourde oreille', found: [] },
  ],
  'ethnic-origin': [
    { text: 'As a Black woman in tech', found: ['Black woman'] },
    { text: 'mit Migrationshintergrund', found: ['Migrationshintergrund'] },
    { text: 'the ethnic food market', found: [] },
    { text: 'Nuestra presencia en América Latina y el mercado latinoamericano', found: [] },
    { text: 'Lavoro a Latina da cinque anni', found: [] },
    { text: 'Como mujer latina en tech', found: ['latina'] },
  ],
  'political-opinion': [
    { text: 'Klicken Sie auf die linke Spalte', found: [] },
    { text: 'In the photo, on the far left: our CEO', found: [] },
    { text: 'Ich wähle Die Linke', found: ['Die Linke'] },
    { text: 'a Labour Party member', found: ['Labour Party'] },
    { text: 'Parteimitglied der SPD', found: ['Parteimitglied', 'SPD'] },
    { text: 'the party after the hackathon', found: [] },
    { text: 'spd in lower case is no party', found: [] },
  ],
  religion: [
    { text: 'As a practising Muslim during Ramadan', found: ['Muslim', 'Ramadan'] },
    { text: 'Sou católica', found: ['católica'] },
    { text: 'religious about code reviews', found: [] },
    { text: 'Christian led the workshop', found: [] },
    { text: 'MSc, Università Cattolica di Milano', found: [] },
    { text: 'MBA at Católica Lisbon School of Business', found: [] },
    { text: 'Katholieke Universiteit Leuven, then Université catholique de Louvain', found: [] },
    { text: 'Banaras Hindu University; quoted in The Hindu', found: [] },
    { text: 'Analyst at the Islamic Development Bank', found: [] },
  ],
  'trade-union': [
    { text: 'I am a trade union rep', found: ['trade union'] },
    { text: 'déléguée syndicale CGT', found: ['syndicale', 'CGT'] },
    { text: 'the European Union and a union of sets', found: [] },
    { text: 'We syndicate the podcast', found: [] },
  ],
  'sexual-orientation': [
    { text: 'The results came out as expected', found: [] },
    { text: 'We hebben alles uit de kast gehaald', found: [] },
    { text: 'Ik kwam uit de kast op mijn twintigste', found: ['uit de kast'] },
    { text: 'I came out as gay', found: ['came out as', 'gay'] },
    { text: 'Salí del armario', found: ['Salí del armario'] },
    { text: 'The release is coming out next week', found: [] },
  ],
  'criminal-record': [
    { text: 'Les agences sont condamnées à innover', found: [] },
    { text: 'condenados a entenderse', found: [] },
    { text: 'Il a été condamné à une amende', found: ['condamné'] },
    { text: 'condenado a cinco años', found: ['condenado'] },
    { text: 'Back from LinkedIn jail after one comment', found: [] },
    { text: 'My criminal record', found: ['criminal record'] },
    { text: 'Ich bin vorbestraft', found: ['vorbestraft'] },
    { text: 'Das Projekt war zum Scheitern verurteilt', found: [] },
    { text: 'prendre la parole', found: [] },
  ],
  'work-authorisation': [
    { text: 'Right to Work checks for every hire', found: [] },
    { text: 'Atención a la ciudadanía en línea', found: [] },
    { text: 'on an H-1B and need sponsorship', found: ['H-1B', 'need sponsorship'] },
    { text: 'H1B transfer', found: ['H1B'] },
    { text: 'Mon titre de séjour', found: ['titre de séjour'] },
    { text: 'I joined Visa in 2021', found: [] },
    { text: 'the right to work from home', found: [] },
  ],
  salary: [
    { text: 'My salary is $85,000', found: ['$85,000'] },
    { text: 'Mein Jahresgehalt: 65.000 € brutto', found: ['65.000 €'] },
    { text: 'base salary of £52k', found: ['£52k'] },
    { text: 'We raised $12M; revenue €4.5 million', found: [] },
    { text: 'Q3 earnings of $2.1 billion', found: [] },
    // A vacancy's pay is not the member's.
    { text: "We're hiring! Salary: €70,000–85,000, apply via the link", found: [] },
    { text: 'Data Engineer (m/w/d), Gehalt 65.000 € brutto', found: [] },
    { text: 'Vacature: data-analist, salaris 4.200 euro bruto', found: [] },
    { text: 'Racism in hiring: my salary was $40k less', found: ['$40k'] },
  ],
};

describe('the detector registry', () => {
  it('has exactly one detector per finding code, in the order of the codes', () => {
    expect(detectors.map((detector) => detector.code)).toEqual([...findingCodes]);
  });

  it('gives every identifier a masked preview and every topic its words', () => {
    for (const detector of detectors) {
      expect(detector.severity).toBeGreaterThanOrEqual(40);
      expect(detector.severity).toBeLessThanOrEqual(70);
      expect(detector.masksValue).toBe(
        detector.group === 'contact' ||
          detector.group === 'identifier' ||
          detector.code === 'salary',
      );
    }
  });
});

describe.each(findingCodes.map((code) => [code, tables[code]] as const))('%s', (code, rows) => {
  it.each(rows)('$text → $found', (row) => {
    expect(valuesFound(code, row)).toEqual(row.found);
  });
});
