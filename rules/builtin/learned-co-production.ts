// The learned judgement for co-production: replies after which the customer does not know what to do (sent elsewhere, asked for something without what and how, their question left open). The model reads the whole draft with the customer's
// message it answers (rules/learned/draft-model.ts), where no phrase rule of the category already
// reports; it is data (rules/learned/weights/), written by `npm run train`.
import type { RuleExamples } from '../engine/rule-types';
import { learnedDraftRule, learnedExamples } from '../learned/draft-rule';

const rule = learnedDraftRule({
  id: 'learned-co-production',
  category: 'co-production',
  // Whether the reply leaves the customer's question open or their part unclear depends on what
  // they asked; every training draft answered a message, and on a bare draft ("We call you
  // asap.") the model guessed.
  needsCustomer: true,
  messages: {
    en: 'After this reply the customer may not know what to do: it sends them elsewhere, asks for something without saying what and how, or leaves their question open. Say exactly what they can send or do, and how.',
    de: 'Nach dieser Antwort weiß die Kundin vielleicht nicht, was sie tun soll: Sie schickt sie woandershin, bittet um etwas, ohne zu sagen, was und wie, oder lässt ihre Frage offen. Sagen Sie genau, was sie schicken oder tun kann, und auf welchem Weg.',
  },
  rationale: {
    en: 'Service is co-produced with the customer: they can only do their part when they know what it is and how.',
    de: 'Dienstleistung entsteht gemeinsam mit der Kundin: Sie kann ihren Teil nur leisten, wenn sie weiß, was er ist und wie.',
  },
});

export default rule;

/**
 * Whole replies the model must flag (invalid: worded so that no phrase rule of the category
 * catches them) and leave alone (valid), in the languages it runs in; tests run them all, and
 * training keeps its thresholds where they stay true.
 */
export const examples: RuleExamples = learnedExamples('co-production', {
  en: {
    valid: [
      {
        customer: 'The dishwasher I bought from you leaks.',
        draft:
          "Hello Mrs Amin,\n\nI'm sorry your new dishwasher leaks. To book the repair, could you reply to this mail with a photo of the type plate inside the door and tell me which weekday mornings suit you? I'll confirm the engineer's visit within a day of your reply.\n\nBest regards,\nLuca",
      },
      {
        customer: 'Can I change my delivery address for order 5521?',
        draft:
          "Hi Mr Park,\n\ndone: order 5521 will now go to 14 Mill Lane. You'll get a new tracking mail tonight.\n\nBest,\nAnn",
      },
    ],
    invalid: [
      {
        customer: 'How do I claim back the deposit for my flat?',
        draft:
          'Hi,\n\neverything you need to know about deposits is explained on our website under Help.\n\nRegards,\nTenant Services',
      },
      {
        customer: 'I want to cancel my contract.',
        draft:
          'Hi,\n\ncancellations have to be made in writing with the required details.\n\nRegards,\nContracts',
      },
    ],
  },
  de: {
    valid: [
      {
        customer: 'Der Geschirrspüler, den ich bei Ihnen gekauft habe, tropft.',
        draft:
          'Guten Tag Frau Amin,\n\nes tut mir leid, dass Ihr neuer Geschirrspüler tropft. Damit ich die Reparatur buchen kann: Schicken Sie mir bitte als Antwort auf diese Mail ein Foto vom Typenschild innen an der Tür und schreiben Sie, welche Vormittage Ihnen passen? Ich bestätige den Termin innerhalb eines Tages.\n\nMit freundlichen Grüßen\nLuca Moretti',
      },
      {
        customer: 'Kann ich die Lieferadresse für Bestellung 5521 ändern?',
        draft:
          'Hallo Herr Park,\n\nerledigt: Bestellung 5521 geht jetzt an die Mühlgasse 14. Heute Abend bekommen Sie eine neue Sendungsmail.\n\nViele Grüße\nAnn Keller',
      },
    ],
    invalid: [
      {
        customer: 'Wie bekomme ich die Kaution für meine Wohnung zurück?',
        draft:
          'Hallo,\n\nzur Kaution gibt es ein Merkblatt, das Ihnen bei Ihrem Einzug ausgehändigt wurde.\n\nGrüße\nMieterservice',
      },
      {
        customer: 'Was brauchen Sie von mir, damit die Garantie greift?',
        draft: 'Hallo,\n\nbitte melden Sie sich, wenn Sie Fragen haben.\n\nGrüße\nService',
      },
    ],
  },
});
