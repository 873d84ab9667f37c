// The learned judgement for ownership: replies that pass the problem on, put it on the customer, dispute what they report or hide who acted. The model reads the whole draft with the customer's
// message it answers (rules/learned/draft-model.ts), where no phrase rule of the category already
// reports; it is data (rules/learned/weights/), written by `npm run train`.
import type { RuleExamples } from '../engine/rule-types';
import { learnedDraftRule, learnedExamples } from '../learned/draft-rule';

const rule = learnedDraftRule({
  id: 'learned-ownership',
  category: 'ownership',
  messages: {
    en: 'This reply may read as passing the problem on, putting it on the customer or hiding who acted. Say what you will do about it.',
    de: 'Diese Antwort kann so wirken, als werde das Problem weitergereicht, der Kundin angelastet oder verschwiegen, wer gehandelt hat. Sagen Sie, was Sie selbst tun.',
  },
  rationale: {
    en: 'Taking responsibility, and being backed up in it, is part of good interaction work: the customer needs someone who owns the case.',
    de: 'Verantwortung übernehmen, und darin gestützt werden, gehört zu guter Interaktionsarbeit: Die Kundin braucht jemanden, der sich des Falls annimmt.',
  },
});

export default rule;

/**
 * Whole replies the model must flag (invalid: worded so that no phrase rule of the category
 * catches them) and leave alone (valid), in the languages it runs in; tests run them all, and
 * training keeps its thresholds where they stay true.
 */
export const examples: RuleExamples = learnedExamples('ownership', {
  en: {
    valid: [
      {
        customer: 'You charged me twice for my March bill.',
        draft:
          "Hello Mr Brandt,\n\nyou're right, we took the March payment twice, and that was our mistake. I have refunded the second payment of £42.10 today; it will be back on your account by Friday. I've also checked April, which is correct.\n\nBest regards,\nNina Patel",
      },
      {
        customer: "When was my parcel delivered? I can't find it.",
        draft:
          "Hi Ms Cole,\n\nthe driver handed the parcel to your neighbour at number 12 on Monday at 10:14 and left a card. If it isn't there, reply to this mail and I'll open a search with the courier the same day.\n\nBest,\nJon",
      },
    ],
    invalid: [
      {
        customer: 'The shelf you sold me came without screws and now my wall has holes in it.',
        draft:
          'Hello,\n\nthat would be a question for the manufacturer; their details are on the box. We only resell the product.\n\nRegards,\nCustomer Service',
      },
      {
        customer: 'Your technician left water all over my kitchen floor.',
        draft:
          'Hi,\n\nour technicians are trained professionals and follow strict procedures, so this is very unlikely to have been caused by our visit. You should also have cleared the area before the appointment, as stated in the booking confirmation.\n\nRegards,\nField Service',
      },
    ],
  },
  de: {
    valid: [
      {
        customer: 'Sie haben meine Märzrechnung doppelt abgebucht.',
        draft:
          'Guten Tag Herr Brandt,\n\nSie haben recht, wir haben den März doppelt abgebucht, das war unser Fehler. Ich habe die zweite Abbuchung über 42,10 € heute zurücküberwiesen; das Geld ist bis Freitag auf Ihrem Konto. Den April habe ich auch geprüft, er stimmt.\n\nMit freundlichen Grüßen\nNina Patel',
      },
      {
        customer: 'Wann wurde mein Paket zugestellt? Ich finde es nicht.',
        draft:
          'Hallo Frau Cole,\n\nder Fahrer hat das Paket am Montag um 10:14 Uhr bei Ihrem Nachbarn in Nummer 12 abgegeben und eine Karte eingeworfen. Falls es dort nicht ist, antworten Sie auf diese Mail, dann starte ich noch am selben Tag einen Nachforschungsauftrag.\n\nViele Grüße\nJon Weber',
      },
    ],
    invalid: [
      {
        customer: 'Ihr Techniker hat meinen ganzen Küchenboden unter Wasser gesetzt.',
        draft:
          'Hallo,\n\nunsere Techniker sind geschulte Fachkräfte, so etwas würde bei uns nicht passieren. Vermutlich war die Leitung schon vorher undicht.\n\nGrüße\nAußendienst',
      },
      {
        customer: 'Meine Überweisung ist seit einer Woche nicht angekommen.',
        draft:
          'Hallo,\n\nda müssen Sie sich an Ihre Hausbank halten, wir sehen auf unserer Seite keinen Eingang.\n\nGrüße\nBuchhaltung',
      },
    ],
  },
});
