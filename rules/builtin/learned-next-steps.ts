// The learned judgement for next steps: replies that leave the case open without saying who does what by when. The model reads the whole draft with the customer's
// message it answers (rules/learned/draft-model.ts), where no phrase rule of the category already
// reports; it is data (rules/learned/weights/), written by `npm run train`.
import type { RuleExamples } from '../engine/rule-types';
import { learnedDraftRule, learnedExamples } from '../learned/draft-rule';

const rule = learnedDraftRule({
  id: 'learned-next-steps',
  category: 'next-steps',
  messages: {
    en: 'This reply may leave the customer without a next step: nobody says who does what by when. Name the step, who takes it and a day or time you can keep.',
    de: 'Nach dieser Antwort fehlt vielleicht der nächste Schritt: Niemand sagt, wer was bis wann tut. Nennen Sie den Schritt, wer ihn übernimmt, und einen Tag oder eine Uhrzeit, die Sie halten können.',
  },
  rationale: {
    en: 'Measurable self-commitments (“we answer the same day”) make service reliable: the customer can plan, and nobody has to chase.',
    de: 'Messbare Selbstverpflichtungen („wir antworten am selben Tag“) machen Service verlässlich: Die Kundin kann planen, und niemand muss nachhaken.',
  },
});

export default rule;

/**
 * Whole replies the model must flag (invalid: worded so that no phrase rule of the category
 * catches them) and leave alone (valid), in the languages it runs in; tests run them all, and
 * training keeps its thresholds where they stay true.
 */
export const examples: RuleExamples = learnedExamples('next-steps', {
  en: {
    valid: [
      {
        customer: 'My internet has been down since yesterday.',
        draft:
          "Hello Mr Ito,\n\nI'm sorry you've been without internet since yesterday. I've found a fault on the line at the street cabinet and booked an engineer for tomorrow, Wednesday, between 8:00 and 12:00. I'll text you when they are on their way.\n\nBest regards,\nLea Schmidt",
      },
      {
        customer: 'Thanks, the replacement card arrived today and works!',
        draft:
          "Hi Ms Duarte,\n\ngreat to hear the new card works. I've closed the case; nothing else is needed from you.\n\nHave a good week,\nMarc",
      },
    ],
    invalid: [
      {
        customer: 'Is there any news on the outage? We have been offline since Monday.',
        draft: 'Hi,\n\nno ETA yet unfortunately, the engineers are still on it.\n\nThanks,\nNOC',
      },
      {
        customer: "Any news? We've been offline since Monday.",
        draft:
          'Hi,\n\nthe fault was logged on 12/03 at 09:14 under ticket 55812. Engineering are aware.\n\nThanks,\nNOC',
      },
    ],
  },
  de: {
    valid: [
      {
        customer: 'Mein Internet geht seit gestern nicht.',
        draft:
          'Guten Tag Herr Ito,\n\nes tut mir leid, dass Sie seit gestern ohne Internet sind. Ich habe eine Störung am Verteilerkasten gefunden und für morgen, Mittwoch, zwischen 8 und 12 Uhr einen Techniker gebucht. Ich schicke Ihnen eine SMS, sobald er unterwegs ist.\n\nMit freundlichen Grüßen\nLea Schmidt',
      },
      {
        customer: 'Danke, die Ersatzkarte ist heute gekommen und funktioniert!',
        draft:
          'Hallo Frau Duarte,\n\nschön, dass die neue Karte funktioniert. Ich habe den Vorgang abgeschlossen; Sie müssen nichts weiter tun.\n\nEine gute Woche\nMarc Vogel',
      },
    ],
    invalid: [
      {
        customer: 'Gibt es was Neues zur Störung? Wir sind seit Montag offline.',
        draft:
          'Hallo,\n\nleider noch kein Zeitpunkt absehbar, die Techniker sind dran.\n\nGruß\nNetzbetrieb',
      },
      {
        customer: 'Gibt es was Neues? Wir sind seit Montag offline.',
        draft:
          'Hallo,\n\ndie Störung wurde am 12.03. um 09:14 Uhr unter Ticket 55812 erfasst. Die Technik ist informiert.\n\nGruß\nNetzbetrieb',
      },
    ],
  },
});
