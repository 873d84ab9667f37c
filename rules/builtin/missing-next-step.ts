import type { Rule } from '../engine/rule-types';
import { contentSentences, wholeDraft } from '../engine/doc-helpers';
import type { Doc } from '../engine/tokenizer';
import lists from './phrases/next-step.json' with { type: 'json' };

/** Short answers ("Yes, sale items can be returned.") need no plan. */
const MIN_CONTENT_SENTENCES = 3;

// Clock times and dates written with digits: 17:00, 5pm, 14.06., 14.06.2025, 2025-06-14.
const CLOCK = /^\d{1,2}([:.]\d{2})?(am|pm|h|uhr)?$/;
const DATE = /^\d{1,4}[./-]\d{1,2}[./-]?(\d{2,4})?$/;

function hasNumericTime(doc: Doc): boolean {
  for (const tok of doc.tokens) {
    const n = tok.norm;
    if (n.length > 10 || n.charCodeAt(0) < 48 || n.charCodeAt(0) > 57) continue;
    if ((CLOCK.test(n) && /[:.]|am|pm|h|uhr/.test(n)) || (DATE.test(n) && /[./-]/.test(n))) {
      return true;
    }
  }
  return false;
}

const rule: Rule = {
  id: 'missing-next-step',
  category: 'next-steps',
  severity: 'warning',
  languages: ['de', 'en'],
  messages: {
    en: 'The reply does not say what happens next: who does what, by when. Add a commitment (“I will call you by Friday”) or a clear step for the customer.',
    de: 'Die Antwort sagt nicht, wie es weitergeht: wer was bis wann tut. Ergänzen Sie eine Zusage („Ich rufe Sie bis Freitag an“) oder einen klaren Schritt für die Kundin.',
  },
  rationale: {
    en: 'Clear commitments make expectations measurable and keep the customer from chasing; they are the self-commitments good service teams publish.',
    de: 'Klare Zusagen machen Erwartungen messbar und ersparen der Kundin das Nachfassen; gute Serviceteams verpflichten sich genau dazu.',
  },
  lists: lists,
  check(ctx) {
    if (contentSentences(ctx.doc).length < MIN_CONTENT_SENTENCES) return [];
    if (ctx.find('commitment').length > 0) return [];
    if (ctx.find('time').length > 0 || hasNumericTime(ctx.doc)) return [];
    if (ctx.find('request').length > 0 || ctx.text.includes('?')) return [];
    return [wholeDraft(ctx.text)];
  },
  examples: {
    en: {
      valid: [
        { draft: 'Yes, sale items can be returned within 30 days.' },
        {
          draft:
            'Hi Tom,\n\nthanks for the photos. The crack is covered by the warranty. I will send a replacement tomorrow.\n\nBest, Ana',
        },
        {
          draft:
            'Hi Tom,\n\nthe meter reading looks wrong. Our records show a different number. Please send me a photo of the meter.\n\nBest, Ana',
        },
      ],
      invalid: [
        {
          draft:
            'Hi Tom,\n\nthanks for your message about the meter. We have looked at the readings. There seems to be a difference between the two values.\n\nBest regards',
        },
        {
          draft:
            'Hello,\n\nyour complaint has been received. The matter is being looked into by the relevant team. If it still does not work, get back to us.',
        },
      ],
    },
    de: {
      valid: [
        { draft: 'Ja, Sie können den Artikel innerhalb von 30 Tagen zurückgeben.' },
        {
          draft:
            'Hallo Frau Berg,\n\ndanke für die Fotos. Der Schaden ist von der Garantie gedeckt. Ich schicke Ihnen morgen ein Ersatzgerät.\n\nViele Grüße\nTim',
        },
        {
          draft:
            'Hallo Frau Berg,\n\nder Zählerstand sieht ungewöhnlich aus. Unsere Daten zeigen einen anderen Wert. Bitte schicken Sie mir ein Foto vom Zähler.\n\nViele Grüße\nTim',
        },
      ],
      invalid: [
        {
          draft:
            'Hallo Frau Berg,\n\nvielen Dank für Ihre Nachricht zum Zähler. Die Werte wurden von uns angesehen. Es scheint einen Unterschied zwischen den beiden Ständen zu geben.\n\nMit freundlichen Grüßen',
        },
        {
          draft:
            'Guten Tag,\n\nIhre Beschwerde ist eingegangen. Die Angelegenheit liegt bei der Fachabteilung. Falls es weiterhin nicht funktioniert, melden Sie sich wieder.',
        },
      ],
    },
  },
};

export default rule;
