import { phraseRule } from '../engine/phrase-rule';
import data from './phrases/deflection.json' with { type: 'json' };
import type { RuleExamples } from '../engine/rule-types';

export default phraseRule(
  {
    id: 'deflection',
    category: 'ownership',
    severity: 'warning',
    languages: ['de', 'en'],
    messages: {
      en: 'This sends the customer away with the problem. Say who takes it over, or what you will do to help.',
      de: 'Damit bleibt die Kundin mit dem Problem allein. Sagen Sie, wer es übernimmt oder was Sie tun, um zu helfen.',
    },
    rationale: {
      en: 'Taking responsibility is part of interaction work (guideline “responsibility, and being backed up in it”); handing the problem back leaves the customer alone with it.',
      de: 'Verantwortung zu übernehmen gehört zur Interaktionsarbeit (Leitlinie „Verantwortung und Rückhalt“); wer das Problem zurückgibt, lässt die Kundin allein.',
    },
  },
  data,
);

/** Drafts the rule must fire on (invalid) and stay silent on (valid); tests run them all. */
export const examples: RuleExamples = {
  en: {
    valid: [
      {
        draft: 'I have passed your case to our billing team; Anna will call you tomorrow morning.',
      },
      { draft: 'We are responsible for the delay, and I have refunded the shipping cost.' },
      { draft: 'Nothing else is needed from you.' },
      { draft: 'If anything is unclear, you can always call me on 0161 555 0101.' },
      { draft: "I'll raise this with our warehouse team today and call you by 4 pm." },
    ],
    invalid: [
      { draft: 'That is not our department.' },
      { draft: 'Please contact the manufacturer yourself about the warranty.' },
      { draft: "Unfortunately there's nothing we can do about it." },
      { draft: 'We are not responsible for delays caused by the courier.' },
      { draft: "The leak has nothing to do with our visit. You'll need to get a plumber in." },
      { draft: 'The outage was outside our control.' },
      { draft: "Breakage in transit is the courier's responsibility." },
      { draft: "You'll need to raise this with the payment provider directly." },
      { draft: "Printers aren't really my thing, you'll have to ask Facilities." },
    ],
  },
  de: {
    valid: [
      { draft: 'Der zuständige Kollege, Herr Wendt, ruft Sie morgen bis 12 Uhr an.' },
      {
        draft:
          'Ich habe Ihren Fall an die zuständige Abteilung übergeben und melde mich am Freitag.',
      },
      { draft: 'Wir kümmern uns darum.' },
      { draft: 'Wenden Sie sich bei Fragen jederzeit gern an mich.' },
      { draft: 'Für Reparaturen bin ich zuständig, ich rufe Sie morgen an.' },
    ],
    invalid: [
      { draft: 'Dafür sind wir nicht zuständig.' },
      { draft: 'Für Reparaturen ist unsere Abteilung leider nicht zuständig.' },
      { draft: 'Das liegt nicht in unserer Zuständigkeit.' },
      { draft: 'Wenden Sie sich bitte selbst an den Hersteller.' },
      { draft: 'Da können wir leider nichts machen.' },
      { draft: 'Reklamieren Sie beschädigte Ware bitte beim Versender.' },
      {
        draft: 'Da bist du bei uns an der falschen Adresse, das genehmigt deine Führungskraft.',
      },
      { draft: 'Drucker sind nicht mein Thema, da musst du bei der Haustechnik fragen.' },
      { draft: 'Der Ausfall hat mit unserem Einsatz nichts zu tun.' },
      { draft: 'Dafür können wir nichts, das Foto war unscharf.' },
      { draft: 'Die Verzögerung lag nicht in unserer Hand.' },
    ],
  },
};
