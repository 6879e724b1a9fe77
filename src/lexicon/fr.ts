import type { Vocabulary } from './types.js';

/** French. */
export const fr: Vocabulary = {
  total: ['au total', 'en tout', 'ensemble(?!\\s+avec(?![\\p{L}]))', 'total de', 'au global', 'cumulée?s?', 'en cumul'],
  closing: [
    'soit', 'ce qui (?:porte|portait|portera|fait|donne) (?:le|la|l[\'’])?\\s*(?:[\\p{L}-]+\\s+){0,2}?(?:à|au)?',
    'port(?:ant|e|ent|ait|era) (?:le|la|l[\'’])\\s*(?:[\\p{L}-]+\\s+){0,2}?(?:à|au)',
    'pour un (?:total|montant total|ensemble) de',
    'atteign(?:ant|ent)', 'atteint', 'représent(?:ant|ent|e)', "s['’]élève(?:nt)? à", 'totalis(?:ant|ent|e)',
  ],
  distributive: ['chacun', 'chacune', 'chacuns', 'chacunes', 'pièce', 'la pièce'],
  perPeriod: ['par (?:an|année|mois|semaine|jour|trimestre)', 'chaque (?:année|an|mois|semaine|jour|trimestre)', 'annuel(?:le)?s?', 'mensuel(?:le)?s?', 'annuellement', 'mensuellement', "l['’]an"],
  duration: ['ans', 'an', 'années?', 'mois', 'semaines?', 'jours?', 'trimestres?'],
  coordination: ['et', 'ou', 'plus', 'ainsi que', 'avec'],
  change: [
    'baiss(?:e|é|ée|és|ées)', 'diminu(?:e|é|ée|tion)', 'rédui(?:t|te|ts|tes|re)', 'réduction', 'abaiss(?:e|é|ée)', 'pass(?:e|é|ée|ant)', 'chut(?:e|é|ée)',
    'recul(?:é|ée)?', 'augment(?:e|é|ée|ation)', 'hausse', 'progress(?:é|ée|ion)', 'modifi(?:é|ée)', 'avancé(?:e)?', 'report(?:é|ée)', 'repouss(?:é|ée)',
    'décal(?:é|ée)', 'évolution', 'variation', 'écart', 'différence', 'compar(?:é|ée|aison)', 'par rapport',
  ],
  toward: ['à', 'au', 'jusqu'],
  rate: ['par'],
  partMarker: ['dont'],
  partOf: ['des', 'sur(?: les| ces| un total de)?'],
  wholeFirst: [
    '(?:sur|parmi)\\s+(?:les|ces|ses|leurs|nos|la|le)(?:\\s+[\\p{L}][\\p{L}\'’-]*){0,2}(?:\\s+d[eu])?',
    'des(?:\\s+[\\p{L}][\\p{L}\'’-]*){0,2}',
  ],
  comparison: ['de plus', 'de moins', 'supplémentaires?', 'en plus', 'en moins'],
  roundingNote: ['arrondi\\p{L}*'],
  countHeader: ['nombre', 'quantités?', 'heures', 'jours', 'mois', 'unités'],
  multiAnswer: ['plusieurs réponses', 'réponses multiples', 'plusieurs choix', 'choix multiples?', 'plus de 100 ?%'],
  determiner: ['le', 'la', 'les', "l['’]", 'du', 'au', 'aux', 'ce', 'cet', 'cette', 'ces', 'son', 'sa', 'ses', 'leur', 'leurs'],
  plus: ['plus'],
  minus: ['moins'],
  times: ['fois', 'multiplié par'],
  dividedBy: ['divisé par'],
  equals: ['égale', 'égalent', 'est égale? à', 'font', 'fait', 'donnent', 'donne', 'est', 'sont', 'soit'],
  rest: ['autres?', 'restant\\p{L}*', 'reste', 'y compris', 'supplémentaires?'],
};
