import type { Rule, RuleHit } from '../engine/rule-types';
import lists from './phrases/grovelling.json' with { type: 'json' };

/** One apology is good; by the third one the reply is about us, not about the customer. */
const TOO_MANY = 3;

const rule: Rule = {
  id: 'grovelling',
  category: 'empathy',
  severity: 'hint',
  languages: ['de', 'en'],
  messages: {
    en: 'Too many or too strong apologies make the reply about you and weaken the solution. Apologise once, sincerely, then say what you will do.',
    de: 'Zu viele oder zu starke Entschuldigungen stellen Sie in den Mittelpunkt und schwächen die Lösung. Entschuldigen Sie sich einmal, ehrlich, und sagen Sie dann, was Sie tun.',
  },
  rationale: {
    en: 'Professional handling of emotions (guideline 6) includes your own: confident, calm ownership reassures more than repeated apologies.',
    de: 'Zum professionellen Umgang mit Emotionen (Leitlinie 6) gehören auch die eigenen: ruhige, klare Verantwortung beruhigt mehr als wiederholte Entschuldigungen.',
  },
  lists: lists,
  check(ctx) {
    const hits: RuleHit[] = ctx.find('excessive').map((m) => ({ start: m.start, end: m.end }));
    const apologies = ctx.find('apologies');
    if (apologies.length >= TOO_MANY) {
      const count = apologies.length;
      for (const m of apologies.slice(1)) {
        if (hits.some((h) => h.start < m.end && m.start < h.end)) continue;
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
  examples: {
    en: {
      valid: [
        { draft: "I'm sorry the order arrived late. I've refunded the delivery fee." },
        {
          draft:
            "Sorry to hear about the delay. I'm sorry we missed the date; I've sent a replacement today.",
        },
      ],
      invalid: [
        { draft: 'We are deeply, terribly sorry for this.' },
        { draft: 'Sorry again. We apologise for the delay and apologise for the mix-up. Sorry!' },
        { draft: 'We cannot apologise enough for this.' },
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
      ],
      invalid: [
        { draft: 'Es tut uns unendlich leid.' },
        {
          draft:
            'Entschuldigung! Es tut mir so leid. Wir bedauern das sehr und entschuldigen uns vielmals.',
        },
        { draft: 'Wir bitten tausendmal um Entschuldigung.' },
      ],
    },
  },
};

export default rule;
