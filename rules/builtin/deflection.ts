import { phraseRule } from '../engine/phrase-rule';
import data from './phrases/deflection.json' with { type: 'json' };

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
      en: 'Taking responsibility is part of interaction work (guideline 4); handing the problem back leaves the customer alone with it.',
      de: 'Verantwortung zu übernehmen gehört zur Interaktionsarbeit (Leitlinie 4); wer das Problem zurückgibt, lässt die Kundin allein.',
    },
  },
  data,
  {
    examples: {
      en: {
        valid: [
          {
            draft:
              'I have passed your case to our billing team; Anna will call you tomorrow morning.',
          },
          { draft: 'We are responsible for the delay, and I have refunded the shipping cost.' },
          { draft: 'Nothing else is needed from you.' },
        ],
        invalid: [
          { draft: 'That is not our department.' },
          { draft: 'Please contact the manufacturer yourself about the warranty.' },
          { draft: "Unfortunately there's nothing we can do about it." },
          { draft: 'We are not responsible for delays caused by the courier.' },
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
        ],
        invalid: [
          { draft: 'Dafür sind wir nicht zuständig.' },
          { draft: 'Für Reparaturen ist unsere Abteilung leider nicht zuständig.' },
          { draft: 'Das liegt nicht in unserer Zuständigkeit.' },
          { draft: 'Wenden Sie sich bitte selbst an den Hersteller.' },
          { draft: 'Da können wir leider nichts machen.' },
        ],
      },
    },
  },
);
