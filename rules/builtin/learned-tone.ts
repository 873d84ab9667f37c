// The learned judgement for tone: replies the model finds cold, curt or condescending as a whole. The model reads the whole draft with the customer's
// message it answers (rules/learned/draft-model.ts), where no phrase rule of the category already
// reports; it is data (rules/learned/weights/), written by `npm run train`.
import type { RuleExamples } from '../engine/rule-types';
import { learnedDraftRule, learnedExamples } from '../learned/draft-rule';

const rule = learnedDraftRule({
  id: 'learned-tone',
  category: 'tone',
  messages: {
    en: 'This reply may come across as cold, curt or condescending. Say it the way you would to someone standing in front of you.',
    de: 'Diese Antwort kann kühl, knapp oder herablassend wirken. Sagen Sie es so, wie Sie es einem Menschen sagen würden, der vor Ihnen steht.',
  },
  rationale: {
    en: 'Friendliness and a personal relationship are the way in to every customer; a cold or superior tone closes it, however right the content is.',
    de: 'Freundlichkeit und eine persönliche Beziehung sind der Zugang zu jeder Kundin; ein kühler oder überlegener Ton verschließt ihn, so richtig der Inhalt auch ist.',
  },
});

export default rule;

/**
 * Whole replies the model must flag (invalid: worded so that no phrase rule of the category
 * catches them) and leave alone (valid), in the languages it runs in; tests run them all, and
 * training keeps its thresholds where they stay true.
 */
export const examples: RuleExamples = learnedExamples('tone', {
  en: {
    valid: [
      {
        customer: 'Hi, my order 4471 arrived without the charger. Can you send one? Thanks, Priya',
        draft:
          "Hi Priya,\n\nThanks for letting me know, and sorry the charger was missing from order 4471. I've sent one out today by tracked post; it should be with you by Thursday.\n\nBest wishes,\nTom",
      },
      {
        customer: 'Is the gym open on bank holidays?',
        draft:
          "Hello Mr Hughes,\n\nYes, we're open on bank holidays from 8:00 to 18:00. The pool closes an hour earlier on those days.\n\nEnjoy your workout,\nSam from the front desk",
      },
    ],
    invalid: [
      {
        customer: 'Your app logged me out again and I lost my basket.',
        draft: 'ok. did u try turning it off and on. works fine for everyone else tbh',
      },
      {
        customer: 'Your courier threw my parcel over the fence in the rain.',
        draft:
          "yeah that happens sometimes lol. it's just a box tho, the stuff inside is probably fine",
      },
    ],
  },
  de: {
    valid: [
      {
        customer:
          'Hallo, bei meiner Bestellung 4471 fehlt das Ladekabel. Können Sie eins schicken? Gruß, Priya Nair',
        draft:
          'Hallo Frau Nair,\n\ndanke für den Hinweis, und entschuldigen Sie, dass das Ladekabel gefehlt hat. Ich habe heute eins per Sendungsverfolgung losgeschickt; es ist spätestens am Donnerstag bei Ihnen.\n\nViele Grüße\nTom Berger',
      },
      {
        customer: 'Hat das Schwimmbad an Feiertagen geöffnet?',
        draft:
          'Guten Tag Herr Hübner,\n\nja, an Feiertagen haben wir von 8 bis 18 Uhr geöffnet. Das Becken schließt an diesen Tagen eine Stunde früher.\n\nViel Spaß beim Schwimmen\nSam vom Empfang',
      },
    ],
    invalid: [
      {
        customer:
          'Ich warte jetzt seit drei Wochen auf meine Erstattung von 89 Euro. Wo bleibt sie?',
        draft:
          'Eine Erstattung dauert eben so lange, wie sie dauert. Ihr Anliegen ist erfasst. Weitere Nachfragen beschleunigen den Vorgang nicht.',
      },
      {
        customer: 'Ihre App hat mich schon wieder ausgeloggt und mein Warenkorb ist weg.',
        draft: 'ok. schon mal neu gestartet? bei allen anderen gehts ja auch',
      },
    ],
  },
});
