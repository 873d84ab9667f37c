import type { EngineRule, RuleExamples, RuleHit } from '../engine/rule-types';
import { contentSentences, isCapitalized } from '../engine/doc-helpers';
import type { Doc, Token } from '../engine/tokenizer';
import type { Lang } from '../engine/types';

// One passive is often right ("your parcel was shipped"); it is the density that hides who acts:
// passives in most of the reply, not two short remarks that happen to hold two each.
const MIN_PASSIVES = 4;
const MIN_PASSIVE_SENTENCES = 3;
const MIN_SHARE = 0.4;
/** How far after the auxiliary the participle may come (German puts it at the clause end). */
const REACH = { en: 2, de: 6 } as const;

const EN_AUX = new Set([
  'was',
  'were',
  'been',
  'being',
  'is',
  'are',
  'be',
  "isn't",
  "aren't",
  "wasn't",
  "weren't",
]);
const EN_IRREGULAR = new Set(
  'sent made done given taken seen known shown written paid built found lost held kept told sold brought bought caught set put cut shut left read sent spent lent meant broken chosen frozen stolen forgotten hidden driven ridden thrown drawn begun'.split(
    ' ',
  ),
);
// Adjectives ending in -ed after "is/are" that are not passives.
const EN_NOT_PASSIVE = new Set([
  'interested',
  'based',
  'located',
  'supposed',
  'used',
  'needed',
  'concerned',
  'pleased',
  'tired',
  'excited',
  'worried',
  'surprised',
  'scheduled',
  'expected',
  'required',
  'allowed',
  'closed',
  'included',
  'limited',
  'advised',
  'entitled',
]);

const DE_AUX = new Set(['wurde', 'wurden', 'worden', 'wird', 'werden', 'wirst', 'wurdest']);
const DE_NOT_PARTICIPLE = new Set([
  'nicht',
  'jetzt',
  'erst',
  'selbst',
  'direkt',
  'bereits',
  'sofort',
  'bestimmt',
  'zuletzt',
  'meist',
  'spaetestens',
  'frueh',
  'nachricht',
  'gerade',
  'leicht',
  'recht',
  'heute',
  'gut',
  'oft',
  'extra',
  'insgesamt',
  'komplett',
  'korrekt',
  'dort',
  'damit',
  'fast',
  'fest',
  'zuerst',
  'mindestens',
  'weit',
]);
const SEPARABLE = [
  'ab',
  'an',
  'auf',
  'aus',
  'ein',
  'mit',
  'nach',
  'vor',
  'zu',
  'zurueck',
  'weiter',
  'fest',
  'frei',
  'durch',
  'um',
  'ueber',
  'bereit',
  'her',
  'hin',
  'los',
  'weg',
  'zusammen',
  'hoch',
];

function isEnglishParticiple(tok: Token): boolean {
  const n = tok.norm;
  if (EN_IRREGULAR.has(n)) return true;
  return n.length > 4 && n.endsWith('ed') && !EN_NOT_PASSIVE.has(n);
}

// Inseparable prefixes make participles without ge-: erhalten, vergessen, bekommen.
const INSEPARABLE = ['be', 'er', 'ver', 'ent', 'zer', 'emp', 'miss'];
/** After these, an -en word is a participle, never an infinitive (unlike after "wird"). */
const DE_PAST_AUX = new Set(['wurde', 'wurden', 'worden', 'wurdest']);

function isGermanParticiple(tok: Token, aux: Token): boolean {
  const n = tok.norm;
  if (isCapitalized(tok) || n.length < 5 || DE_NOT_PARTICIPLE.has(n)) return false;
  if (n.endsWith('t')) return true;
  if (!n.endsWith('en') || n.length < 7) return false;
  if (n.startsWith('ge')) return true;
  if (DE_PAST_AUX.has(aux.norm) && INSEPARABLE.some((p) => n.startsWith(p))) return true;
  return SEPARABLE.some((p) => n.startsWith(p + 'ge'));
}

/** Spans of passive constructions: auxiliary ... participle within one clause. */
export function passiveSpans(
  doc: Doc,
  lang: Lang,
): { start: number; end: number; sentence: number }[] {
  const aux = lang === 'de' ? DE_AUX : EN_AUX;
  const isParticiple = lang === 'de' ? isGermanParticiple : isEnglishParticiple;
  const out: { start: number; end: number; sentence: number }[] = [];
  const { tokens } = doc;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    if (!aux.has(tok.norm)) continue;
    for (let j = i + 1; j <= i + REACH[lang] && j < tokens.length; j++) {
      const next = tokens[j]!;
      if (next.sentence !== tok.sentence) break;
      if (isParticiple(next, tok)) {
        out.push({ start: tok.start, end: next.end, sentence: tok.sentence });
        i = j;
        break;
      }
      // A comma closes the clause.
      if (tokens[j - 1]!.punctAfter && lang === 'en') break;
      if (next.punctAfter && lang === 'de') break;
    }
  }
  return out;
}

const rule: EngineRule = {
  id: 'passive-density',
  category: 'clarity',
  severity: 'hint',
  languages: ['de', 'en'],
  yieldsToJudgement: true,
  // A stricter rule, off by default: on the development drafts it made no right finding no other
  // clarity rule made, and 6 false ones on replies the labellers found clear (2026-12-08).
  offByDefault: true,
  messages: {
    en: 'Many passive sentences hide who does what. Say who acts: “we checked”, “I will send”.',
    de: 'Viele Passivsätze verschweigen, wer handelt. Sagen Sie, wer etwas tut: „wir haben geprüft“, „ich schicke“.',
  },
  rationale: {
    en: 'Naming who does what makes responsibility visible (guideline “responsibility, and being backed up in it”) and the reply easier to follow.',
    de: 'Wer sagt, wer was tut, macht Verantwortung sichtbar (Leitlinie „Verantwortung und Rückhalt“) und die Antwort leichter verständlich.',
  },
  check(ctx) {
    const spans = passiveSpans(ctx.doc, ctx.lang);
    if (spans.length < MIN_PASSIVES) return [];
    const sentencesWithPassive = new Set(spans.map((s) => s.sentence)).size;
    if (sentencesWithPassive < MIN_PASSIVE_SENTENCES) return [];
    const content = Math.max(1, contentSentences(ctx.doc).length);
    if (sentencesWithPassive / content < MIN_SHARE) return [];
    return spans.map((s): RuleHit => ({ start: s.start, end: s.end }));
  },
};

export default rule;

/** Drafts the rule must fire on (invalid) and stay silent on (valid); tests run them all. */
export const examples: RuleExamples = {
  en: {
    valid: [
      {
        draft:
          'Your parcel was shipped on Monday. I checked the tracking, and it arrives tomorrow. I will call you if anything changes.',
      },
      { draft: 'We checked your meter, found the fault and replaced the fuse.' },
      {
        draft:
          'A new headset has been ordered and will arrive on Wednesday. It will be delivered to your desk. I will call you if anything changes.',
      },
    ],
    invalid: [
      {
        draft:
          'Your request was received. It was forwarded to the team. A decision will be made and you will be informed.',
      },
      {
        draft:
          'The device was tested. The fault was confirmed. The repair was approved and a new part was ordered.',
      },
    ],
  },
  de: {
    valid: [
      {
        draft:
          'Ihr Paket wurde am Montag verschickt. Ich habe die Sendung geprüft, sie kommt morgen an. Ich melde mich, falls sich etwas ändert.',
      },
      { draft: 'Wir werden Sie morgen anrufen und den Termin mit Ihnen abstimmen.' },
    ],
    invalid: [
      {
        draft:
          'Ihre Anfrage wurde erhalten. Sie wurde an die Fachabteilung weitergeleitet. Es wird geprüft, und Sie werden informiert.',
      },
      {
        draft:
          'Das Gerät wurde getestet. Der Fehler wurde bestätigt. Die Reparatur wird durchgeführt, das Teil wurde bestellt.',
      },
    ],
  },
};
