import type { WordList } from './word-list.js';

/**
 * Words that announce a phone number. A number in national form (no `+` or `00`) is only taken
 * for one when such a word stands just before it: national digits alone are too often dates,
 * order numbers or amounts.
 */
export const phoneCues: WordList = {
  terms: {
    en: [
      'phone',
      'telephone',
      'tel',
      'mobile',
      'cell',
      'call me',
      'call us',
      'text me',
      'reach me',
      'WhatsApp',
      'my number',
    ],
    de: [
      'Telefon',
      'Telefonnummer',
      'Handy',
      'Handynummer',
      'Mobil',
      'Mobilnummer',
      'ruf*',
      'anrufen',
    ],
    fr: ['téléphone', 'tél', 'portable', 'appelez', 'appelle*', 'joignable', 'mon numéro'],
    es: ['teléfono', 'móvil', 'celular', 'llámame', 'llámanos', 'mi número'],
    it: ['telefono', 'cellulare', 'cell', 'chiamami', 'chiamateci', 'il mio numero'],
    nl: ['telefoon', 'telefoonnummer', 'mobiel', 'bel', 'bellen', 'mijn nummer'],
    pt: ['telefone', 'telemóvel', 'ligue', 'liga-me', 'o meu número', 'meu número'],
  },
  ignore: [],
};
