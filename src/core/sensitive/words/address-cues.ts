import type { WordList } from './word-list.js';

/** Words that announce a postal address ("my address is", "j'habite au"): the detector's trigger. */
export const addressCues: WordList = {
  terms: {
    en: [
      'my address',
      'home address',
      'postal address',
      'mailing address',
      'address is',
      'address:',
      'I live at',
      'we live at',
    ],
    de: [
      'meine Adresse',
      'Adresse:',
      'Anschrift',
      'Wohnadresse',
      'wohne in der',
      'wohne am',
      'wohnhaft in',
    ],
    fr: ['mon adresse', 'adresse :', 'adresse:', "j'habite au", "j'habite", 'domicilié*'],
    es: ['mi dirección', 'dirección:', 'domicilio', 'vivo en'],
    it: ['il mio indirizzo', 'indirizzo:', 'abito in', 'residente in'],
    nl: ['mijn adres', 'adres:', 'woonadres', 'ik woon aan', 'ik woon op', 'woonachtig'],
    pt: ['minha morada', 'morada:', 'meu endereço', 'endereço:', 'moro na', 'moro no', 'moro em'],
  },
  ignore: ['IP address', 'email address', 'e-mail address', 'web address'],
};

/**
 * Street-type words. English and French addresses put the house number first (`221B Baker
 * Street`, `12 rue de Rivoli`), the other languages after the street (`Via Roma 12`,
 * `Lindenstraße 12`); the detector reads each list in its own order.
 */
export const streetWords: WordList = {
  terms: {
    en: [
      'street',
      'st.',
      'road',
      'rd.',
      'avenue',
      'ave.',
      'lane',
      'drive',
      'boulevard',
      'blvd',
      'way',
      'court',
      'place',
      'terrace',
      'close',
      'crescent',
      'apt',
      'apartment',
      'suite',
    ],
    de: ['*straße', '*strasse', '*str.', '*weg', '*gasse', '*allee', '*platz', '*ring', '*damm'],
    fr: ['rue', 'avenue', 'boulevard', 'bd', 'chemin', 'allée', 'place', 'impasse', 'quai'],
    es: ['calle', 'c/', 'avenida', 'avda.', 'plaza', 'paseo', 'camino', 'piso', 'puerta'],
    it: ['via', 'viale', 'piazza', 'corso', 'vicolo', 'largo'],
    nl: ['*straat', '*laan', '*gracht', '*plein', '*kade', '*dijk'],
    pt: ['rua', 'avenida', 'av.', 'travessa', 'praça', 'largo', 'alameda', 'estrada'],
  },
  ignore: [],
};
