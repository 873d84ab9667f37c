import type { Rule, RuleHit } from '../engine/rule-types';
import { isCapitalized, sentenceSpan } from '../engine/doc-helpers';
import type { Token } from '../engine/tokenizer';
import { normalizeWord } from '../engine/normalize';
import data from './phrases/nominal-style.json' with { type: 'json' };

const SUFFIXES = [
  'ung',
  'ungen',
  'heit',
  'heiten',
  'keit',
  'keiten',
  'ion',
  'ionen',
  'taet',
  'taeten',
];
const EVERYDAY = data.everyday.map((w) => normalizeWord(w));
/** Three abstract nouns in one sentence turn actions into things. */
const TOO_MANY = 3;

function isAbstractNoun(tok: Token): boolean {
  // German nouns are capitalised, also at the start of a sentence.
  if (tok.norm.length < 7 || !isCapitalized(tok)) return false;
  if (!SUFFIXES.some((s) => tok.norm.endsWith(s))) return false;
  // Compounds of everyday words ("Rücksendung", "Stromrechnung") stay concrete.
  for (const word of EVERYDAY) if (tok.norm.endsWith(word)) return false;
  return true;
}

const rule: Rule = {
  id: 'nominal-style',
  category: 'clarity',
  severity: 'hint',
  languages: ['de'],
  messages: {
    en: 'Chains of abstract nouns (-ung, -heit, -keit, -ion) make the sentence heavy. Use verbs: “to check” instead of “for the carrying out of the check”.',
    de: 'Ketten aus Hauptwörtern auf -ung, -heit, -keit, -ion machen den Satz schwer. Nutzen Sie Verben: „damit wir prüfen können“ statt „zur Durchführung der Überprüfung“.',
  },
  rationale: {
    en: 'Plain, active language is easier to act on and sounds like a person, which is the basis of a personal customer relationship.',
    de: 'Einfache, handelnde Sprache lässt sich leichter befolgen und klingt nach einem Menschen, die Basis einer persönlichen Beziehung.',
  },
  lists: { chains: data.chains },
  check(ctx) {
    const hits: RuleHit[] = ctx.find('chains').map((m) => ({ start: m.start, end: m.end }));
    const flaggedSentences = new Set(ctx.find('chains').map((m) => m.sentence));
    const { tokens, sentences } = ctx.doc;
    sentences.forEach((s, index) => {
      if (flaggedSentences.has(index)) return;
      let count = 0;
      for (let t = s.tokenStart; t < s.tokenEnd; t++) {
        if (isAbstractNoun(tokens[t]!)) count++;
      }
      if (count >= TOO_MANY) hits.push(sentenceSpan(s));
    });
    return hits;
  },
  examples: {
    de: {
      valid: [
        { draft: 'Damit wir den Fehler prüfen können, schicken Sie uns bitte ein Foto.' },
        { draft: 'Ihre Bestellung und die Rechnung sind unterwegs, die Lieferung kommt morgen.' },
      ],
      invalid: [
        { draft: 'Zur Durchführung der Überprüfung benötigen wir Ihre Unterlagen.' },
        {
          draft:
            'Die Bearbeitung Ihrer Reklamation erfolgt nach Prüfung der Voraussetzungen durch die Fachabteilung unter Berücksichtigung der Gewährleistung.',
        },
        { draft: 'Im Rahmen der Umstellung kann es zu Einschränkungen kommen.' },
      ],
    },
  },
};

export default rule;
