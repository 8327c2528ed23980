import type { WordList } from './word-list.js';

/** Words that name a passport: a passport number is only read right after one. */
export const passportCues: WordList = {
  terms: {
    en: ['passport', 'passport number', 'passport no', 'passport no.', 'passport #'],
    de: ['Reisepass', 'Reisepassnummer', 'Passnummer', 'Pass-Nr.', 'Pass Nr.'],
    fr: ['passeport', 'numéro de passeport'],
    es: ['pasaporte', 'número de pasaporte'],
    it: ['passaporto', 'numero di passaporto'],
    nl: ['paspoort', 'paspoortnummer'],
    pt: ['passaporte', 'número do passaporte'],
  },
  ignore: [],
};

/** Words that name a US Social Security number, for numbers written without dashes. */
export const ssnCues: WordList = {
  terms: {
    en: ['SSN', 'social security number', 'social security no', 'social security #'],
    de: [],
    fr: [],
    es: [],
    it: [],
    nl: [],
    pt: [],
  },
  ignore: [],
};

/** Words that name an Aadhaar number, for numbers written without spaces. */
export const aadhaarCues: WordList = {
  terms: {
    en: ['Aadhaar', 'Aadhar', 'UIDAI', 'UID'],
    de: [],
    fr: [],
    es: [],
    it: [],
    nl: [],
    pt: [],
  },
  ignore: [],
};
