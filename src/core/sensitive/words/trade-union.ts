import type { WordList } from './word-list.js';

/** GDPR Art. 9 "trade union membership". "Union" alone is left out (European Union, unions of sets). */
export const tradeUnionWords: WordList = {
  terms: {
    en: [
      'trade union*',
      'labor union*',
      'labour union*',
      'union member*',
      'union rep',
      'union representative*',
      'shop steward*',
      'collective bargaining',
      'unionize',
      'unionise',
      'unionized',
      'unionised',
      'unionizing',
      'unionising',
      'picket line*',
      'UNISON',
      'Teamsters',
      'AFL-CIO',
      'SEIU',
    ],
    de: ['Gewerkschaft*', 'gewerkschaftlich*', 'ver.di', 'IG Metall', 'DGB', 'Tarifverhandlung*'],
    fr: ['syndicat*', 'syndical*', 'syndiqué*', 'CGT', 'CFDT', 'Force Ouvrière'],
    es: ['sindicato*', 'sindical*', 'CCOO', 'UGT'],
    it: ['sindacato', 'sindacati', 'sindacal*', 'CGIL', 'CISL'],
    nl: ['vakbond*', 'FNV', 'CNV', 'kaderlid'],
    pt: ['sindicalizad*', 'CGTP'],
  },
  ignore: [
    'syndicate*',
    'syndication',
    'syndicat de copropriété',
    'syndicat mixte',
    // Member states of the European Union, members of a credit union.
    'European Union member*',
    'credit union member*',
  ],
};
