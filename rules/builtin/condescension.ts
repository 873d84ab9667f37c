import { phraseRule, phrases, type PhraseFix } from '../engine/phrase-rule';
import data from './phrases/condescension.json' with { type: 'json' };
import type { Match, RuleContext, RuleExamples } from '../engine/rule-types';
import { capitalizeLike, upperFirst } from '../engine/rewrite';

/** At most this many words may follow the phrase before its comma ("As I said in my last email,"). */
const TAIL_WORDS = 6;
/** Phrases that are a sentence adverb of their own and go without a comma ("Obviously the …"). */
const ADVERBS = new Set(['obviously']);
/**
 * German puts the verb right after a fronted clause ("wie gesagt, ist Ihr Router unterwegs"):
 * when the phrase goes, something must take its place before the verb, or the sentence reads
 * as a question. A subject right after the next word tells that word is the verb.
 */
const DE_SUBJECTS = new Set(
  'ich du er sie es wir ihr man der die das dem den des ein eine einen einem einer mein meine unser unsere dein deine'.split(
    ' ',
  ),
);
const DE_FRONT = 'nach aktuellem Stand';

/** Where the comma closing the phrase is (the phrase and a few words, nothing else), if any. */
function commaAfter(ctx: RuleContext, match: Match): number | undefined {
  const { tokens } = ctx.doc;
  const sentence = ctx.doc.sentences[match.sentence]!;
  for (let i = match.lastToken; i < sentence.tokenEnd && i <= match.lastToken + TAIL_WORDS; i++) {
    const token = tokens[i]!;
    const next = tokens[i + 1];
    const between = ctx.text.slice(
      token.end,
      next && next.sentence === match.sentence ? next.start : sentence.end,
    );
    if (/^,\s/.test(between)) return token.end;
    if (token.punctAfter) return undefined;
  }
  return undefined;
}

/**
 * Leaves the phrase out: "As already stated, your router …" becomes "Your router …", ", wie der
 * Name schon sagt," goes with its commas; in German a fronted phrase before the verb gives way
 * to a neutral one ("nach aktuellem Stand ist …").
 */
function leaveOut(match: Match, ctx: RuleContext): PhraseFix | undefined {
  const { tokens } = ctx.doc;
  const sentence = ctx.doc.sentences[match.sentence]!;
  const first = tokens[match.firstToken]!;
  const atStart = match.firstToken === sentence.tokenStart;
  const comma = commaAfter(ctx, match);
  if (!atStart) {
    // Inside a sentence only between two commas.
    const before = /,\s*$/.exec(ctx.text.slice(sentence.start, match.start));
    if (comma === undefined || !before) return undefined;
    return { suggestions: [''], fix: { start: match.start - before[0].length, end: comma + 1 } };
  }
  let restStart: number;
  if (comma !== undefined) restStart = comma + 1;
  else if (ctx.lang === 'en' && match.firstToken === match.lastToken && ADVERBS.has(first.norm)) {
    restStart = match.end;
  } else return undefined;
  while (/\s/.test(ctx.text.charAt(restStart))) restStart++;
  const nextIndex = tokens.findIndex((token) => token.start === restStart);
  const next = tokens[nextIndex];
  if (!next || next.sentence !== match.sentence) return undefined;
  const afterNext = tokens[nextIndex + 1];
  if (ctx.lang === 'de' && comma !== undefined && afterNext && DE_SUBJECTS.has(afterNext.norm)) {
    return {
      suggestions: [capitalizeLike(first.text, DE_FRONT)],
      fix: { start: match.start, end: comma + 1 },
    };
  }
  const initial = ctx.text.charAt(restStart);
  const capital = capitalizeLike(first.text, initial) === initial ? initial : upperFirst(initial);
  return { suggestions: [capital], fix: { start: match.start, end: restStart + 1 } };
}

export default phraseRule(
  {
    id: 'condescension',
    category: 'tone',
    severity: 'warning',
    languages: ['de', 'en'],
    messages: {
      en: 'This can sound as if the customer should have known already. Leave it out or explain the step without judging.',
      de: 'Das kann klingen, als hätte die Kundin es längst wissen müssen. Lassen Sie es weg oder erklären Sie den Schritt ohne Wertung.',
    },
    rationale: {
      en: 'Friendliness is the way into every customer relationship; talking down to someone closes it (guideline “professional handling of emotions”).',
      de: 'Freundlichkeit öffnet den Zugang zur Kundschaft; Belehrung von oben verschließt ihn (Leitlinie „professioneller Umgang mit Emotionen“).',
    },
  },
  phrases(data),
  { fix: leaveOut },
);

/** Drafts the rule must fire on (invalid) and stay silent on (valid); tests run them all. */
export const examples: RuleExamples = {
  en: {
    valid: [
      { draft: 'Just to confirm: your new router ships today.' },
      { draft: "I'll just check with the warehouse and get back to you by 3 pm." },
      { draft: 'As you mentioned on the phone, the invoice is missing the VAT number.' },
      { draft: 'You can simply reply to this email with the photo.' },
      { draft: 'Just upload the receipt in the expenses app and add a short reason.' },
      { draft: 'Let me know if you know the order number.' },
      { draft: 'Please check that the cable is plugged in properly.' },
      { draft: "Don't worry, it's not hard: hold the button for ten seconds." },
    ],
    invalid: [
      { draft: 'Just restart the router and it will work.' },
      {
        draft: 'As already stated, we cannot refund opened items.',
        fixed: 'We cannot refund opened items.',
      },
      {
        draft: 'Obviously the cable has to be plugged in.',
        fixed: 'The cable has to be plugged in.',
      },
      {
        draft: 'As I said in my last email, the deadline has passed.',
        fixed: 'The deadline has passed.',
      },
      { draft: "It's really not that difficult to reset your password." },
      { draft: 'As the name suggests, the tracking number is on the confirmation.' },
      { draft: 'Your operators really should know this by now.' },
      { draft: 'Have you actually looked at the manual?' },
      { draft: "It's in the Excel help too, you know." },
    ],
  },
  de: {
    valid: [
      { draft: 'Natürlich helfe ich Ihnen gern dabei.' },
      { draft: 'Antworten Sie einfach auf diese E-Mail, dann kümmere ich mich darum.' },
      { draft: 'Wie telefonisch besprochen, schicke ich Ihnen das Formular heute noch.' },
      {
        draft: 'Keine Sorge, das ist nicht schwer: Halten Sie die Taste zehn Sekunden gedrückt.',
      },
      { draft: 'Haben Sie das Paket schon erhalten?' },
      { draft: 'Rufen Sie doch einfach an, wenn noch etwas unklar ist.' },
      { draft: 'Melde dich doch einfach, wenn es hakt.' },
    ],
    invalid: [
      {
        draft: 'Wie bereits erwähnt, können wir das nicht erstatten.',
        fixed: 'Nach aktuellem Stand können wir das nicht erstatten.',
      },
      { draft: 'Sie müssen einfach nur den Router neu starten.' },
      { draft: 'Wie Sie natürlich wissen, gilt die Frist von 14 Tagen.' },
      { draft: 'Natürlich müssen Sie das Gerät vorher ausschalten.' },
      { draft: 'Offensichtlich wurde das Kabel nicht eingesteckt.' },
      { draft: 'Wie Ihnen bereits mehrfach mitgeteilt wurde, gibt es keine Papierrechnung.' },
      {
        draft: 'Die Nummer steht, wie der Name schon sagt, auf der Versandbestätigung.',
        fixed: 'Die Nummer steht auf der Versandbestätigung.',
      },
      { draft: 'Das müsste eigentlich jedem klar sein.' },
      { draft: 'Haben Sie schon mal in die Anleitung geschaut?' },
      { draft: 'Aktivieren Sie doch einfach WLAN-Call.' },
      { draft: 'Wie ich Ihnen bereits letzte Woche geschrieben habe, gilt die Frist.' },
    ],
  },
};
