import type { EngineRule, RuleExamples, RuleHit } from '../engine/rule-types';
import { sentenceSpan, wordCount } from '../engine/doc-helpers';

/** German packs more into compounds, so its sentences get long with fewer words. */
const MAX_WORDS = { en: 40, de: 30 } as const;

const rule: EngineRule = {
  id: 'long-sentence',
  category: 'clarity',
  severity: 'hint',
  languages: ['de', 'en'],
  yieldsToJudgement: true,
  messages: {
    en: 'This sentence is long and hard to take in at once. Split it into two or three shorter ones.',
    de: 'Dieser Satz ist lang und schwer auf einmal zu erfassen. Teilen Sie ihn in zwei oder drei kürzere.',
  },
  rationale: {
    en: 'Customers read replies between other tasks; short sentences let them follow the steps without re-reading.',
    de: 'Kundinnen lesen Antworten zwischen anderen Aufgaben; kurze Sätze lassen sich ohne zweites Lesen befolgen.',
  },
  check(ctx) {
    const max = MAX_WORDS[ctx.lang];
    const hits: RuleHit[] = [];
    for (const s of ctx.doc.sentences) if (wordCount(s) > max) hits.push(sentenceSpan(s));
    return hits;
  },
};

export default rule;

/** Drafts the rule must fire on (invalid) and stay silent on (valid); tests run them all. */
export const examples: RuleExamples = {
  en: {
    valid: [
      {
        draft:
          'I have refunded the £12 delivery fee. It will show on your card within three working days.',
      },
      {
        draft:
          'Thanks for your patience while we checked the order with the warehouse team this morning.',
      },
    ],
    invalid: [
      {
        draft:
          'After we received your message we checked the order with the warehouse team and the courier and found that the parcel had been sent to the old address that was still stored in your account from the previous order last year.',
      },
      {
        draft:
          'Hi, the technician who visited on Monday noted that the socket in the hallway is not the one the line is connected to, which is why the router could not sync and why we have now booked another visit for next week.',
      },
    ],
  },
  de: {
    valid: [
      {
        draft:
          'Ich habe die Versandkosten erstattet. Das Geld ist in drei Werktagen auf Ihrem Konto.',
      },
      {
        draft:
          'Danke für Ihre Geduld, während wir die Bestellung heute Morgen mit dem Lager geprüft haben.',
      },
    ],
    invalid: [
      {
        draft:
          'Nachdem wir Ihre Nachricht erhalten hatten, haben wir die Bestellung mit dem Lager und dem Paketdienst geprüft und festgestellt, dass das Paket an die alte Adresse ging, die noch von der letzten Bestellung gespeichert war.',
      },
      {
        draft:
          'Der Techniker, der am Montag bei Ihnen war, hat festgestellt, dass die Dose im Flur nicht die ist, an der die Leitung anliegt, weshalb der Router keine Verbindung bekam und wir jetzt einen neuen Termin gebucht haben.',
      },
    ],
  },
};
