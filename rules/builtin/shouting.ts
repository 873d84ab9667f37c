import type { EngineRule, RuleExamples, RuleHit } from '../engine/rule-types';
import type { Token } from '../engine/tokenizer';
import { hasDigit, isAllCaps, letterCount, upperCase } from '../engine/doc-helpers';
import words from './phrases/acronyms.json' with { type: 'json' };

const EVERYDAY = new Set(words.everyday.map((w) => w.toUpperCase()));
const JARGON = new Set(Object.keys(words.jargon));
const EMPHASIS = new Set(words.emphasis);
/** A capitalised keyword the customer has to type or send is an instruction, not shouting. */
const KEYWORD_CUES = new Set(
  'mit with keyword stichwort code codewort kennwort text send senden schicken word wort reply antworten type tippen enter eingeben'.split(
    ' ',
  ),
);

function isShoutedWord(text: string): boolean {
  if (!isAllCaps(text) || hasDigit(text) || letterCount(text) < 2) return false;
  const upper = upperCase(text);
  if (EVERYDAY.has(upper) || JARGON.has(upper)) return false;
  return true;
}

/** A UTF-16 unit that lower-cases to something else: a capital letter. */
function isCapitalUnit(c: number): boolean {
  if (c < 128) return c >= 65 && c <= 90;
  // Latin-1: À-Þ except ×, the German capitals among them (no call to toLowerCase, slow here).
  if (c < 256) return c >= 0xc0 && c <= 0xde && c !== 0xd7;
  const ch = String.fromCharCode(c);
  return ch !== ch.toLowerCase();
}

/** Two capitals in a row: HLR, EORI, ATB-Status, VDSL2, KVz – not E-Mail. */
function hasTwoCapitals(text: string): boolean {
  let previous = false;
  for (let i = 0; i < text.length; i++) {
    const capital = isCapitalUnit(text.charCodeAt(i));
    if (capital && previous) return true;
    previous = capital;
  }
  return false;
}

/**
 * Sentences that already carry an unexplained abbreviation. There a lone capitalised word
 * (ATLAS, ICCID, SVDSL) is one more abbreviation – a clarity matter – not a raised voice.
 */
function sentencesWithAcronyms(tokens: readonly Token[]): Set<number> {
  const out = new Set<number>();
  for (const tok of tokens) {
    // A word equal to its lower-cased form has no capital at all (most words).
    if (tok.text === tok.norm || !hasTwoCapitals(tok.text)) continue;
    const upper = upperCase(tok.text);
    if (EVERYDAY.has(upper) || EMPHASIS.has(upper)) continue;
    if (isShoutedWord(tok.text) && letterCount(tok.text) >= 5) continue;
    out.add(tok.sentence);
  }
  return out;
}

// German capitalises nouns and the polite "Sie", so only these words are safe to lower-case.
const GERMAN_LOWER_SAFE = new Set(
  'NICHT NIE NIEMALS SOFORT BITTE KEIN KEINE KEINEN IMMER NUR ALLE ALLES MUSS MÜSSEN JETZT ENDLICH WIEDER SCHON GAR EGAL UND IST SEHR ABER DOCH NOCH AUCH HABEN HAT BEVOR ERST SELBST GENAU WIR'.split(
    ' ',
  ),
);

function softened(original: string, lang: 'de' | 'en', sentenceStart: boolean): string | undefined {
  if (lang === 'de' && original.split(/\s+/).some((w) => !GERMAN_LOWER_SAFE.has(w)))
    return undefined;
  const lower = original.toLowerCase();
  return sentenceStart ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower;
}

const PUNCTUATION_RUN = /[!?]{2,}/g;

/** Runs of "!!" / "??" / "?!" anywhere in the draft, in one pass. */
function punctuationRuns(text: string): RuleHit[] {
  const hits: RuleHit[] = [];
  PUNCTUATION_RUN.lastIndex = 0;
  for (let m = PUNCTUATION_RUN.exec(text); m; m = PUNCTUATION_RUN.exec(text)) {
    const question = m[0].includes('?');
    hits.push({ start: m.index, end: m.index + m[0].length, suggestions: [question ? '?' : '!'] });
  }
  return hits;
}

const rule: EngineRule = {
  id: 'shouting',
  category: 'tone',
  severity: 'warning',
  languages: ['de', 'en'],
  yieldsToJudgement: true,
  messages: {
    en: 'Capitals and repeated !!/?? read as shouting. Use normal case; bold or a clear sentence carries the emphasis.',
    de: 'Großbuchstaben und !!/?? wirken wie Schreien. Schreiben Sie normal; ein klarer Satz betont genug.',
  },
  rationale: {
    en: 'Friendliness is the entry to every customer; a raised voice in writing turns a question into a conflict (guideline “professional handling of emotions”).',
    de: 'Freundlichkeit ist der Zugang zu jeder Kundin; eine laute Schreibweise macht aus einer Frage einen Konflikt (Leitlinie „professioneller Umgang mit Emotionen“).',
  },
  check(ctx) {
    const hits: RuleHit[] = [];
    const { tokens } = ctx.doc;
    const acronymSentences = sentencesWithAcronyms(tokens);
    let i = 0;
    while (i < tokens.length) {
      const tok = tokens[i]!;
      if (tok.quoted || !isShoutedWord(tok.text)) {
        i++;
        continue;
      }
      // Group a run of capitalised words in one sentence into one finding.
      let j = i;
      while (
        j + 1 < tokens.length &&
        tokens[j + 1]!.sentence === tok.sentence &&
        !tokens[j + 1]!.quoted &&
        isShoutedWord(tokens[j + 1]!.text)
      ) {
        j++;
      }
      const run = j - i + 1;
      const prev = tokens[i - 1];
      const keyword = run === 1 && prev !== undefined && KEYWORD_CUES.has(prev.norm);
      const acronym =
        run === 1 && !EMPHASIS.has(upperCase(tok.text)) && acronymSentences.has(tok.sentence);
      const strong = run >= 2 || letterCount(tok.text) >= 5 || EMPHASIS.has(upperCase(tok.text));
      const longEnough = tokens.slice(i, j + 1).some((t) => letterCount(t.text) >= 3);
      if (!keyword && !acronym && strong && longEnough) {
        const start = tok.start;
        const end = tokens[j]!.end;
        const suggestion = softened(
          ctx.text.slice(start, end),
          ctx.lang,
          i === ctx.doc.sentences[tok.sentence]!.tokenStart,
        );
        hits.push({ start, end, ...(suggestion ? { suggestions: [suggestion] } : {}) });
      }
      i = j + 1;
    }
    hits.push(...punctuationRuns(ctx.text));
    return hits;
  },
};

export default rule;

/** Drafts the rule must fire on (invalid) and stay silent on (valid); tests run them all. */
export const examples: RuleExamples = {
  en: {
    valid: [
      { draft: 'Please send the PDF by USB or email.' },
      { draft: 'Text STOP to 8080 to unsubscribe.' },
      { draft: 'Your IBAN and the VAT number are correct. Thanks!' },
      { draft: 'Please advise your IMEI and ICCID and we will raise it with the NOC.' },
    ],
    invalid: [
      { draft: 'Please do NOT unplug the router.' },
      { draft: 'I ALREADY TOLD YOU THIS.' },
      { draft: 'Why did you not read my email??' },
      { draft: 'This is the last reminder!!!' },
      { draft: 'Your IBAN is WRONG, please check it.' },
    ],
  },
  de: {
    valid: [
      { draft: 'Senden Sie eine SMS mit MEHR an 1234.' },
      { draft: 'Bitte prüfen Sie die WLAN-Einstellungen und die PIN.' },
      { draft: 'Klicken Sie auf „SPEICHERN“.' },
      { draft: 'Es fehlt die MRN bzw. der ATB-Status im ATLAS.' },
    ],
    invalid: [
      { draft: 'Bitte schalten Sie das Gerät NICHT aus.' },
      { draft: 'Das haben wir IHNEN SCHON GESAGT.' },
      { draft: 'Haben Sie die Mail überhaupt gelesen??' },
      { draft: 'Das geht so nicht!!!' },
    ],
  },
};
