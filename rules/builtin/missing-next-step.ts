import type { EngineRule, Match, RuleContext, RuleExamples } from '../engine/rule-types';
import { contentSentences, wholeDraft } from '../engine/doc-helpers';
import { phraseList } from '../engine/phrase-rule';
import type { Doc } from '../engine/tokenizer';
import { judgeSentences } from '../learned/judgement';
import lists from './phrases/next-step.json' with { type: 'json' };
import deflection from './phrases/deflection.json' with { type: 'json' };
import vagueTime from './phrases/vague-time.json' with { type: 'json' };
import { definition as liability } from './liability-boilerplate';

/** Short answers ("Yes, sale items can be returned.") need no plan. */
const MIN_CONTENT_SENTENCES = 2;

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

type PhraseData = { patterns: ByLangList; except?: ByLangList };
type ByLangList = Partial<Record<'de' | 'en', readonly string[]>>;

/** Another rule's phrase data (its JSON or definition), as a list here. */
const borrowed = (data: PhraseData) => phraseList(data.patterns, data.except);

/** A match inside a sentence that ends with a question mark. */
function inQuestion(m: Match, ctx: Pick<RuleContext, 'doc' | 'text'>): boolean {
  const s = ctx.doc.sentences[m.sentence]!;
  return ctx.text.slice(s.start, s.end).includes('?');
}

const rule: EngineRule = {
  id: 'missing-next-step',
  category: 'next-steps',
  severity: 'warning',
  languages: ['de', 'en'],
  yieldsToJudgement: true,
  messages: {
    en: 'The reply does not say what happens next: who does what, by when. Add a commitment (“I will call you by Friday”) or a clear step for the customer.',
    de: 'Die Antwort sagt nicht, wie es weitergeht: wer was bis wann tut. Ergänzen Sie eine Zusage („Ich rufe Sie bis Freitag an“) oder einen klaren Schritt für die Kundin.',
  },
  rationale: {
    en: 'Clear commitments make expectations measurable and keep the customer from chasing; they are the self-commitments good service teams publish.',
    de: 'Klare Zusagen machen Erwartungen messbar und ersparen der Kundin das Nachfassen; gute Serviceteams verpflichten sich genau dazu.',
  },
  lists: {
    ...lists,
    // Other rules' words, so both judge by the same ones.
    vague: borrowed(vagueTime),
    handedOff: borrowed(deflection),
    liability: borrowed(liability),
  },
  check(ctx) {
    const content = contentSentences(ctx.doc).length;
    if (content === 0) return [];
    // A concrete day or time answers "by when"; a vague one is vague-time's finding.
    if (ctx.find('time').length > 0 || hasNumericTime(ctx.doc)) return [];
    if (ctx.find('vague').length > 0) return [];
    // A commitment in other words than the lists know ("I'll ring you first thing Monday").
    if (judgeSentences(ctx.doc, ctx.lang).some((s) => s.has('commits'))) return [];
    // The case stays open: work in progress, a promise to get back, something still needed.
    if (ctx.find('pending').length > 0) return [wholeDraft(ctx.text)];
    // A check for the customer to run whose result nobody collects leaves the fault open.
    if (ctx.find('diagnostic').length > 0 && ctx.find('reportBack').length === 0) {
      if (!ctx.text.includes('?')) return [wholeDraft(ctx.text)];
    }
    // The customer asked when, and the reply names no time.
    const customer = ctx.customer;
    if (customer?.find('whenQuestion').some((m) => inQuestion(m, customer))) {
      return [wholeDraft(ctx.text)];
    }
    // Otherwise only a reply that neither acts nor asks leaves the case hanging. Short answers,
    // answers to a question and a refusal (judged under ownership) close the case.
    if (content < MIN_CONTENT_SENTENCES) return [];
    if (ctx.find('commitment').length > 0 || ctx.find('request').length > 0) return [];
    if (ctx.text.includes('?')) return [];
    if (customer && (customer.text.includes('?') || customer.find('infoQuestion').length > 0)) {
      return [];
    }
    if (['refusal', 'handedOff', 'liability'].some((list) => ctx.find(list).length > 0)) return [];
    return [wholeDraft(ctx.text)];
  },
};

export default rule;

/** Drafts the rule must fire on (invalid) and stay silent on (valid); tests run them all. */
export const examples: RuleExamples = {
  en: {
    valid: [
      { draft: 'Yes, sale items can be returned within 30 days.' },
      {
        draft:
          'Hi Tom,\n\nthanks for the photos. The crack is covered by the warranty. I will send a replacement tomorrow.\n\nBest, Ana',
      },
      {
        customer: 'The router light keeps blinking.',
        draft:
          'Hi Sam,\n\nplease check whether the light is green after a restart. If it is red, reply to this email and I will book an engineer.\n\nBest, Ana',
      },
      {
        customer: 'Your engineer was great, thanks!',
        draft:
          'Hi Lewis,\n\nthank you so much for the kind words! I will pass them on to the team, they will be delighted.\n\nBest,\nSarah',
      },
      {
        draft:
          'Hi Tom,\n\nthe meter reading looks wrong. Our records show a different number. Please send me a photo of the meter.\n\nBest, Ana',
      },
      {
        customer: 'How often does the boiler need a service?',
        draft:
          'Hi Tom,\n\nmost boilers need one service a year. Your contract already includes it. The engineer books the visit with you directly.\n\nBest, Ana',
      },
      {
        customer: 'I want the price difference refunded.',
        draft:
          'Hi Tom,\n\nthe price dropped after your purchase, and our prices change often. I cannot offer a refund of the difference. Thank you for understanding.\n\nBest, Ana',
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
      {
        customer: 'When is the engineer coming? The lift is still broken.',
        draft: 'Hi Ms Heller,\n\nan engineer has been assigned to your lift.\n\nBest, Ana',
      },
      { draft: "We're on it and will let you know once the code works again." },
      {
        customer: 'Teams shows a sign-in error. Can you help?',
        draft:
          'Hi Sophie,\n\nclear the app cache, then check that your account shows as connected.\n\nLiam',
      },
      {
        customer: 'My internet has been down for two days!',
        draft:
          'Hi Tom,\n\nwe have escalated this to our network team. They will look into it.\n\nBest,\nAna',
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
      {
        customer: 'Seit dem Neustart des Routers geht das Telefon nicht mehr.',
        draft:
          'Hallo Herr Marx,\n\nbitte prüfen Sie, ob am Router die Telefon-Lampe leuchtet, und antworten Sie mir kurz. Dann weiß ich, ob ein Techniker kommen muss.\n\nViele Grüße\nTobias',
      },
      {
        customer: 'Wie oft muss die Heizung gewartet werden?',
        draft:
          'Hallo Frau Berg,\n\nwir empfehlen eine Wartung pro Jahr. Sie ist in Ihrem Vertrag enthalten. Den Termin stimmt der Techniker direkt mit Ihnen ab.\n\nViele Grüße\nTim',
      },
      {
        customer: 'Mir wurde ein Rabatt versprochen, der fehlt auf der Rechnung.',
        draft:
          'Hallo Frau Berg,\n\nim unterschriebenen Vertrag ist kein Rabatt vereinbart. Ich kann Ihnen deshalb leider keine Gutschrift anbieten. Danke für Ihr Verständnis.\n\nViele Grüße\nTim',
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
      {
        customer: 'Wann kommt endlich jemand? Der Aufzug steht seit Tagen.',
        draft:
          'Hallo Frau Heller,\n\nder Techniker ist informiert und auf dem Weg zu Ihnen.\n\nViele Grüße\nTim',
      },
      {
        draft:
          'Hallo Herr Jäger,\n\nder Code wurde beim Kauf falsch angelegt. Wir kümmern uns darum und geben Ihnen Bescheid.\n\nViele Grüße\nLena',
      },
      {
        customer: 'Seit dem Neustart des Routers geht das Telefon nicht mehr.',
        draft:
          'Hallo Herr Marx,\n\nbitte prüfen Sie im Router-Menü, ob die Telefonie-Registrierung aktiv ist.\n\nViele Grüße\nTobias',
      },
      {
        customer: 'Mein Internet geht seit zwei Tagen nicht!',
        draft:
          'Hallo Tom,\n\nich habe das an unser Netzwerkteam weitergegeben. Die Kollegen schauen sich das an.\n\nViele Grüße\nAna',
      },
    ],
  },
};
