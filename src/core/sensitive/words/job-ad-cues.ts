import type { WordList } from './word-list.js';

/**
 * Words of a job advertisement. A recruiter's post ("We're hiring … salary €70,000–85,000") gives
 * the pay of a vacancy, not the member's own: a text holding one of these has no salary finding.
 * Each is a phrase only an advertisement uses; "hiring" alone is not ("racism in hiring").
 */
export const jobAdCues: WordList = {
  terms: {
    en: [
      "we're hiring",
      'we are hiring',
      "I'm hiring",
      'I am hiring',
      'now hiring',
      '#hiring',
      'join our team',
      'job opening',
      'open role',
      'open position',
      'apply now',
      'apply here',
      'salary range',
      'pay range',
      'vacancy',
    ],
    de: [
      'wir suchen',
      'Stellenangebot',
      'Stellenanzeige',
      'Gehaltsspanne',
      'Gehaltsband',
      'jetzt bewerben',
      '(m/w/d)',
    ],
    fr: [
      'nous recrutons',
      'on recrute',
      'je recrute',
      'poste à pourvoir',
      "offre d'emploi",
      'fourchette de salaire',
      'fourchette salariale',
      '(H/F)',
    ],
    es: ['estamos contratando', 'oferta de empleo', 'vacante', 'rango salarial', 'banda salarial'],
    it: ['stiamo assumendo', 'offerta di lavoro', 'posizione aperta', 'fascia retributiva'],
    nl: ['vacature', 'wij zoeken', 'we zoeken', 'salarisindicatie', 'solliciteer'],
    pt: ['vaga', 'oferta de emprego', 'faixa salarial', 'candidate-se'],
  },
  ignore: [],
};
