// The learned judgement for empathy: replies that pass over what the customer is going through (fear, anger, a loss, the third message about the same thing). The model reads the whole draft with the customer's
// message it answers (rules/learned/draft-model.ts), where no phrase rule of the category already
// reports; it is data (rules/learned/weights/), written by `npm run train`.
import type { RuleExamples } from '../engine/rule-types';
import { learnedDraftRule, learnedExamples } from '../learned/draft-rule';

const rule = learnedDraftRule({
  id: 'learned-empathy',
  category: 'empathy',
  needsCustomer: true,
  messages: {
    en: 'This reply may pass over what the customer is going through. Say in your own words what happened to them and what it means for them.',
    de: 'Diese Antwort geht vielleicht über das hinweg, was die Kundin gerade erlebt. Sagen Sie mit eigenen Worten, was ihr passiert ist und was es für sie bedeutet.',
  },
  rationale: {
    en: "Handling the customer's emotions professionally is part of interaction work: a formula shows that nobody really read the message.",
    de: 'Der professionelle Umgang mit den Gefühlen der Kundschaft gehört zur Interaktionsarbeit: Eine Floskel zeigt, dass niemand die Nachricht wirklich gelesen hat.',
  },
});

export default rule;

/**
 * Whole replies the model must flag (invalid: worded so that no phrase rule of the category
 * catches them) and leave alone (valid), in the languages it runs in; tests run them all, and
 * training keeps its thresholds where they stay true.
 */
export const examples: RuleExamples = learnedExamples('empathy', {
  en: {
    valid: [
      {
        customer:
          'My father is on oxygen at home and the power has been off since 6 this morning. Please, when is it coming back?',
        draft:
          "Dear Ms Okafor,\n\nwith your father relying on oxygen at home, a power cut is frightening, and I understand why you need an answer now. I have marked your address as a priority medical case and our engineer is on site; power should be back by 14:00. I'll call you at 12:00 with an update.\n\nBest regards,\nDaniel Reyes",
      },
      {
        customer:
          'Could you tell me which documents I need to bring for the appointment on Monday?',
        draft:
          'Hello Mr Lang,\n\nplease bring your ID card and the letter we sent you in May. Nothing else is needed.\n\nSee you on Monday,\nEva Lindqvist',
      },
    ],
    invalid: [
      {
        customer:
          'Great service, really. Third missed delivery this month and I took a day off for it.',
        draft:
          'Hi,\n\nthe driver reported that nobody was home. A new delivery can be booked online.\n\nRegards,\nDelivery Team',
      },
      {
        customer:
          "We missed my daughter's wedding because you cancelled our flight with two hours' notice.",
        draft:
          'Dear Passenger,\n\nas per our conditions of carriage you are entitled to a refund of the unused ticket. Please fill in the online form.\n\nCustomer Relations',
      },
    ],
  },
  de: {
    valid: [
      {
        customer:
          'Mein Vater braucht zu Hause Sauerstoff und seit 6 Uhr ist der Strom weg. Bitte, wann kommt er wieder?',
        draft:
          'Sehr geehrte Frau Okafor,\n\nwenn Ihr Vater zu Hause auf Sauerstoff angewiesen ist, ist ein Stromausfall beängstigend, und ich verstehe, dass Sie jetzt eine Antwort brauchen. Ich habe Ihre Adresse als medizinischen Vorrangfall markiert, unser Techniker ist vor Ort; der Strom ist voraussichtlich bis 14 Uhr zurück. Ich rufe Sie um 12 Uhr mit dem Stand an.\n\nMit freundlichen Grüßen\nDaniel Reyes',
      },
      {
        customer:
          'Können Sie mir sagen, welche Unterlagen ich zum Termin am Montag mitbringen muss?',
        draft:
          'Guten Tag Herr Lang,\n\nbitte bringen Sie Ihren Personalausweis und unser Schreiben vom Mai mit. Mehr brauchen Sie nicht.\n\nBis Montag\nEva Lindqvist',
      },
    ],
    invalid: [
      {
        customer:
          'Ich habe einen ganzen Tagesumsatz verloren, weil Ihr Kartenterminal den ganzen Samstag ausgefallen war. Ich bin mit meinem Latein am Ende.',
        draft:
          'Hallo,\n\ndas Terminal funktioniert wieder. Danke für Ihre Nachricht.\n\nGrüße\nHändlerservice',
      },
      {
        customer:
          'Na toll, vielen Dank auch. Dritte verpasste Lieferung diesen Monat, und ich habe mir dafür extra frei genommen.',
        draft:
          'Hallo,\n\nlaut Fahrer war niemand zu Hause. Eine neue Zustellung können Sie online buchen.\n\nGrüße\nLieferteam',
      },
    ],
  },
});
