import type { EngineRule, RuleContext, RuleExamples, RuleHit } from '../engine/rule-types';
import lists from './phrases/grovelling.json' with { type: 'json' };
import emotion from './phrases/emotion.json' with { type: 'json' };

/** One apology is good; by the third one the reply is about us, not about the customer. */
const TOO_MANY = 3;
/** A calm question needs no apology at all; two of them, or an inflated one, are too much. */
const TOO_MANY_WHEN_CALM = 2;

/** The customer wrote calmly: no frustration, urgency, repeated contact or loss in the message. */
function customerIsCalm(ctx: RuleContext): boolean {
  const customer = ctx.customer;
  if (!customer) return false;
  return customer.find('signals').length === 0 && !customer.text.includes('!!');
}

const CALM_MESSAGE = {
  en: 'The customer asked calmly; this apology is bigger than the occasion. Answer the question – a short thanks is enough.',
  de: 'Die Kundin hat ruhig gefragt; diese Entschuldigung ist größer als der Anlass. Beantworten Sie die Frage – ein kurzes Danke genügt.',
};

const rule: EngineRule = {
  id: 'grovelling',
  category: 'empathy',
  severity: 'hint',
  languages: ['de', 'en'],
  messages: {
    en: 'Too many or too strong apologies make the reply about you and weaken the solution. Apologise once, sincerely, then say what you will do.',
    de: 'Zu viele oder zu starke Entschuldigungen stellen Sie in den Mittelpunkt und schwächen die Lösung. Entschuldigen Sie sich einmal, ehrlich, und sagen Sie dann, was Sie tun.',
  },
  rationale: {
    en: 'Professional handling of emotions (guideline “professional handling of emotions”) includes your own: confident, calm ownership reassures more than repeated apologies.',
    de: 'Zum professionellen Umgang mit Emotionen (Leitlinie „professioneller Umgang mit Emotionen“) gehören auch die eigenen: ruhige, klare Verantwortung beruhigt mehr als wiederholte Entschuldigungen.',
  },
  lists: { ...lists, signals: emotion.signals },
  check(ctx) {
    const hits: RuleHit[] = ctx.find('excessive').map((m) => ({ start: m.start, end: m.end }));
    const apologies = ctx.find('apologies');
    const overlaps = (m: { start: number; end: number }) =>
      hits.some((h) => h.start < m.end && m.start < h.end);
    if (hits.length === 0 && customerIsCalm(ctx)) {
      const overdone = ctx.find('overdone');
      const flagged = overdone.length > 0 ? overdone : apologies;
      if (overdone.length > 0 || apologies.length >= TOO_MANY_WHEN_CALM) {
        for (const m of flagged) {
          if (!overlaps(m)) hits.push({ start: m.start, end: m.end, message: CALM_MESSAGE });
        }
        return hits;
      }
    }
    if (apologies.length >= TOO_MANY) {
      const count = apologies.length;
      for (const m of apologies.slice(1)) {
        if (overlaps(m)) continue;
        hits.push({
          start: m.start,
          end: m.end,
          message: {
            en: `${count} apologies in one reply make it about you. Keep one sincere apology and say what you will do.`,
            de: `${count} Entschuldigungen in einer Antwort stellen Sie in den Mittelpunkt. Behalten Sie eine ehrliche und sagen Sie, was Sie tun.`,
          },
        });
      }
    }
    return hits;
  },
};

export default rule;

/** Drafts the rule must fire on (invalid) and stay silent on (valid); tests run them all. */
export const examples: RuleExamples = {
  en: {
    valid: [
      { draft: "I'm sorry the order arrived late. I've refunded the delivery fee." },
      {
        draft:
          "Sorry to hear about the delay. I'm sorry we missed the date; I've sent a replacement today.",
      },
      {
        customer: 'The lamp I ordered flickers.',
        draft: "Sorry about that – I've sent you a replacement lamp today.",
      },
      {
        customer: 'This is the third time I am writing and my parcel is still lost!',
        draft: "I'm extremely sorry you had to chase us. I've sent a replacement today.",
      },
    ],
    invalid: [
      { draft: 'We are deeply, terribly sorry for this.' },
      { draft: 'Sorry again. We apologise for the delay and apologise for the mix-up. Sorry!' },
      { draft: 'We cannot apologise enough for this.' },
      {
        customer: 'Hello, how do I change my address on my account?',
        draft: 'We are extremely sorry you had to ask! Go to My Account > Address.',
      },
      {
        customer: 'Do you sell gift cards?',
        draft: 'Sorry for the confusion on our website, and apologies again. Yes, from £10.',
      },
    ],
  },
  de: {
    valid: [
      {
        draft:
          'Es tut mir leid, dass die Lieferung zu spät kam. Ich habe die Versandkosten erstattet.',
      },
      {
        draft:
          'Entschuldigen Sie die Nachfrage: Ist die Adresse noch aktuell? Es tut mir leid, dass es so lange dauert.',
      },
      {
        customer: 'Die Lampe, die ich bestellt habe, flackert.',
        draft: 'Das tut mir leid – ich schicke Ihnen heute eine neue Lampe.',
      },
      {
        customer: 'Ich schreibe zum dritten Mal, mein Paket ist immer noch nicht da!',
        draft:
          'Es tut mir wirklich sehr leid, dass Sie dreimal schreiben mussten. Ich habe heute Ersatz verschickt.',
      },
    ],
    invalid: [
      { draft: 'Es tut uns unendlich leid.' },
      {
        draft:
          'Entschuldigung! Es tut mir so leid. Wir bedauern das sehr und entschuldigen uns vielmals.',
      },
      { draft: 'Wir bitten tausendmal um Entschuldigung.' },
      {
        customer: 'Guten Tag, wie ändere ich meine Adresse im Kundenkonto?',
        draft:
          'Es tut uns außerordentlich leid, dass Sie sich diese Mühe machen müssen! Gehen Sie auf „Meine Daten“.',
      },
      {
        customer: 'Verkaufen Sie auch Gutscheine?',
        draft: 'Entschuldigen Sie bitte, verzeihen Sie uns! Ja, ab 10 €.',
      },
    ],
  },
};
