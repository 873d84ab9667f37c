import type { EngineRule, RuleExamples, RuleHit } from '../engine/rule-types';
import { isCapitalized, sentenceSpan } from '../engine/doc-helpers';
import type { Token } from '../engine/tokenizer';
import type { Lang } from '../engine/types';
import { normalizeWord } from '../engine/normalize';
import data from './phrases/nominal-style.json' with { type: 'json' };

const SUFFIXES: Record<Lang, readonly string[]> = {
  de: ['ung', 'ungen', 'heit', 'heiten', 'keit', 'keiten', 'ion', 'ionen', 'taet', 'taeten'],
  en: ['tion', 'tions', 'sion', 'sions', 'ment', 'ments', 'ance', 'ances', 'ence', 'ences', 'ity'],
};
const EVERYDAY_EN = new Set(data.everyday.en.map((w) => normalizeWord(w)));
/**
 * German everyday words by their last three letters, so a noun is compared only with the few
 * that could end it (shorter ones, if any, with every noun).
 */
const EVERYDAY_DE = new Map<string, string[]>();
const SHORT_EVERYDAY_DE: string[] = [];
for (const w of data.everyday.de.map((x) => normalizeWord(x))) {
  if (w.length < 3) SHORT_EVERYDAY_DE.push(w);
  else {
    const tail = w.slice(-3);
    EVERYDAY_DE.set(tail, [...(EVERYDAY_DE.get(tail) ?? []), w]);
  }
}

/** Three abstract nouns or stiff phrases in one sentence turn actions into things. */
const TOO_MANY = 3;

function endsWithAny(word: string, endings: readonly string[]): boolean {
  for (const ending of endings) if (word.endsWith(ending)) return true;
  return false;
}

/** The last letters of the suffixes: most words end otherwise and need no endsWith at all. */
const SUFFIX_ENDS: Record<Lang, ReadonlySet<number>> = {
  de: new Set(SUFFIXES.de.map((s) => s.charCodeAt(s.length - 1))),
  en: new Set(SUFFIXES.en.map((s) => s.charCodeAt(s.length - 1))),
};

function isAbstractNoun(tok: Token, lang: Lang): boolean {
  // German nouns are capitalised, also at the start of a sentence.
  const norm = tok.norm;
  if (norm.length < 7 || (lang === 'de' && !isCapitalized(tok))) return false;
  if (!SUFFIX_ENDS[lang].has(norm.charCodeAt(norm.length - 1))) return false;
  if (!endsWithAny(norm, SUFFIXES[lang])) return false;
  // Compounds of everyday words ("Rücksendung", "Stromrechnung") stay concrete; English
  // compounds are separate words, so there the whole word must match.
  if (lang === 'en') return !EVERYDAY_EN.has(norm);
  const sameTail = EVERYDAY_DE.get(norm.slice(-3));
  if (sameTail && endsWithAny(norm, sameTail)) return false;
  return !endsWithAny(norm, SHORT_EVERYDAY_DE);
}

const rule: EngineRule = {
  id: 'nominal-style',
  category: 'clarity',
  severity: 'hint',
  languages: ['de', 'en'],
  messages: {
    en: 'Abstract nouns and officialese (“the submission of evidence is required”) make the sentence heavy. Use verbs and say who acts: “please send us a photo”.',
    de: 'Hauptwörter auf -ung, -heit, -keit, -ion und Amtsdeutsch machen den Satz schwer. Nutzen Sie Verben: „damit wir prüfen können“ statt „zur Durchführung der Überprüfung“.',
  },
  rationale: {
    en: 'Plain, active language is easier to act on and sounds like a person, which is the basis of a personal customer relationship.',
    de: 'Einfache, handelnde Sprache lässt sich leichter befolgen und klingt nach einem Menschen, die Basis einer persönlichen Beziehung.',
  },
  lists: { chains: data.chains, stiff: data.stiff },
  check(ctx) {
    const chains = ctx.find('chains');
    const hits: RuleHit[] = chains.map((m) => ({ start: m.start, end: m.end }));
    const flaggedSentences = new Set(chains.map((m) => m.sentence));
    // Officialese ("zur Verfügung gestellt", "following receipt of") weighs like a noun.
    const stiff = new Map<number, number>();
    for (const m of ctx.find('stiff')) stiff.set(m.sentence, (stiff.get(m.sentence) ?? 0) + 1);
    const { tokens, sentences } = ctx.doc;
    sentences.forEach((s, index) => {
      if (flaggedSentences.has(index)) return;
      let count = stiff.get(index) ?? 0;
      for (let t = s.tokenStart; t < s.tokenEnd && count < TOO_MANY; t++) {
        if (isAbstractNoun(tokens[t]!, ctx.lang)) count++;
      }
      if (count >= TOO_MANY) hits.push(sentenceSpan(s));
    });
    return hits;
  },
};

export default rule;

/** Drafts the rule must fire on (invalid) and stay silent on (valid); tests run them all. */
export const examples: RuleExamples = {
  en: {
    valid: [
      { draft: 'Please send us a photo of the fault, and I will check it within two days.' },
      {
        draft: 'Your appointment confirmation and the payment information are in the attachment.',
      },
    ],
    invalid: [
      {
        draft:
          'In order for your claim to be processed, the submission of appropriate evidence is required.',
      },
      {
        draft:
          'Following receipt, an assessment will be carried out by our quality assurance team.',
      },
      {
        draft:
          'The report is undergoing final review and will be made available following sign-off by project management.',
      },
    ],
  },
  de: {
    valid: [
      { draft: 'Damit wir den Fehler prüfen können, schicken Sie uns bitte ein Foto.' },
      { draft: 'Ihre Bestellung und die Rechnung sind unterwegs, die Lieferung kommt morgen.' },
      { draft: 'Ich stelle Ihnen bis morgen ein Ersatzgerät zur Verfügung.' },
    ],
    invalid: [
      { draft: 'Zur Durchführung der Überprüfung benötigen wir Ihre Unterlagen.' },
      {
        draft:
          'Die Bearbeitung Ihrer Reklamation erfolgt nach Prüfung der Voraussetzungen durch die Fachabteilung unter Berücksichtigung der Gewährleistung.',
      },
      { draft: 'Im Rahmen der Umstellung kann es zu Einschränkungen kommen.' },
      {
        draft:
          'Der Bericht befindet sich in der Endabstimmung und wird Ihnen nach Abschluss der Freigabe zur Verfügung gestellt.',
      },
    ],
  },
};
