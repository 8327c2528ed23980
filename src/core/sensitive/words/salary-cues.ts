import type { WordList } from './word-list.js';

/**
 * Words of pay next to which an amount is a salary figure. Company money ("revenue", "funding",
 * "earnings per share") is not among them, and "pay" alone is left out (one pays for tickets).
 */
export const salaryCues: WordList = {
  terms: {
    en: [
      'salary',
      'salaries',
      'wage',
      'wages',
      'paycheck',
      'payslip',
      'pay rise',
      'pay raise',
      'base pay',
      'take-home',
      'I earn',
      'I earned',
      'earning',
      'compensation',
      'hourly rate',
      'day rate',
      'paid me',
      'paying me',
    ],
    de: [
      'Gehalt',
      'Gehälter',
      'Jahresgehalt',
      'Bruttogehalt',
      'Nettogehalt',
      'Einstiegsgehalt',
      'Lohn',
      'Stundenlohn',
      'Tagessatz',
      'verdiene',
      'verdient',
      'verdiente',
    ],
    fr: [
      'salaire*',
      'rémunération',
      'je gagne',
      'je gagnais',
      'fiche de paie',
      'taux journalier',
      'TJM',
    ],
    es: ['sueldo*', 'salario*', 'gano', 'ganaba', 'nómina'],
    it: ['stipendio', 'stipendi', 'retribuzione', 'io guadagno', 'guadagnavo', 'RAL', 'busta paga'],
    nl: ['salaris', 'brutoloon', 'nettoloon', 'loon', 'verdien', 'verdiende', 'uurtarief'],
    pt: ['salário*', 'ordenado', 'remuneração', 'eu ganho', 'ganhava', 'recibo de vencimento'],
  },
  ignore: ['earnings', 'salary data', 'salary transparency', 'workers compensation'],
};
