import { phraseRule } from '../engine/phrase-rule';
import data from './phrases/read-the-faq.json' with { type: 'json' };
import type { Match, RuleContext } from '../engine/rule-types';

/** A link or a precise place (section 3, step 2, Kapitel 4) makes the pointer helpful. */
const SPECIFIC = [
  'http',
  'www.',
  '.com/',
  '.de/',
  'section',
  'step ',
  'chapter',
  'page ',
  'abschnitt',
  'schritt',
  'kapitel',
  'seite ',
  'link',
  'anhang',
  'attached',
  'beigefügt',
];

function pointsToSomethingSpecific(match: Match, ctx: RuleContext): boolean {
  const sentence = ctx.doc.sentences[match.sentence]!;
  const rest = ctx.text.slice(match.start, Math.min(sentence.end + 120, ctx.text.length));
  const lower = rest.toLowerCase();
  return SPECIFIC.some((s) => lower.includes(s));
}

export default phraseRule(
  {
    id: 'read-the-faq',
    category: 'co-production',
    severity: 'warning',
    languages: ['de', 'en'],
    messages: {
      en: 'Pointing to the FAQ or manual sends the customer off to search alone. Answer the question, or link the exact article or step.',
      de: 'Der Verweis auf FAQ oder Anleitung schickt die Kundin allein auf die Suche. Beantworten Sie die Frage oder verlinken Sie die genaue Stelle.',
    },
    rationale: {
      en: 'Good service is produced together with the customer (guideline 1); a bare pointer to documentation hands the work back.',
      de: 'Gute Dienstleistung entsteht gemeinsam mit der Kundin (Leitlinie 1); ein bloßer Verweis auf Dokumentation gibt die Arbeit zurück.',
    },
  },
  data,
  {
    keep: (match, ctx) => !pointsToSomethingSpecific(match, ctx),
    examples: {
      en: {
        valid: [
          {
            draft: 'You can find the steps in our FAQ: https://example.com/faq#reset (section 2).',
          },
          { draft: 'To reset it, hold the button for 10 seconds until the light blinks.' },
        ],
        invalid: [
          { draft: 'Please read the FAQ.' },
          { draft: 'Everything is explained in our documentation.' },
          { draft: 'Please see our returns policy.' },
        ],
      },
      de: {
        valid: [
          {
            draft:
              'Die Schritte finden Sie in unserer Hilfe unter https://example.de/hilfe/router, Abschnitt 3.',
          },
          { draft: 'Halten Sie die Taste 10 Sekunden gedrückt, bis die Lampe blinkt.' },
        ],
        invalid: [
          { draft: 'Lesen Sie bitte die FAQ.' },
          { draft: 'Schauen Sie doch in unsere Hilfe.' },
          { draft: 'Das steht alles in der Bedienungsanleitung.' },
        ],
      },
    },
  },
);
