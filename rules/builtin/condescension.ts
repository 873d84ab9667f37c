import { phraseRule } from '../engine/phrase-rule';
import data from './phrases/condescension.json' with { type: 'json' };
import type { RuleExamples } from '../engine/rule-types';

export default phraseRule(
  {
    id: 'condescension',
    category: 'tone',
    severity: 'warning',
    languages: ['de', 'en'],
    messages: {
      en: 'This can sound as if the customer should have known already. Leave it out or explain the step without judging.',
      de: 'Das kann klingen, als hätte die Kundin es längst wissen müssen. Lassen Sie es weg oder erklären Sie den Schritt ohne Wertung.',
    },
    rationale: {
      en: 'Friendliness is the way into every customer relationship; talking down to someone closes it (guideline “professional handling of emotions”).',
      de: 'Freundlichkeit öffnet den Zugang zur Kundschaft; Belehrung von oben verschließt ihn (Leitlinie „professioneller Umgang mit Emotionen“).',
    },
  },
  data,
);

/** Drafts the rule must fire on (invalid) and stay silent on (valid); tests run them all. */
export const examples: RuleExamples = {
  en: {
    valid: [
      { draft: 'Just to confirm: your new router ships today.' },
      { draft: "I'll just check with the warehouse and get back to you by 3 pm." },
      { draft: 'As you mentioned on the phone, the invoice is missing the VAT number.' },
      { draft: 'You can simply reply to this email with the photo.' },
      { draft: 'Just upload the receipt in the expenses app and add a short reason.' },
      { draft: 'Let me know if you know the order number.' },
      { draft: 'Please check that the cable is plugged in properly.' },
      { draft: "Don't worry, it's not hard: hold the button for ten seconds." },
    ],
    invalid: [
      { draft: 'Just restart the router and it will work.' },
      { draft: 'As already stated, we cannot refund opened items.' },
      { draft: 'Obviously the cable has to be plugged in.' },
      { draft: 'As I said in my last email, the deadline has passed.' },
      { draft: "It's really not that difficult to reset your password." },
      { draft: 'As the name suggests, the tracking number is on the confirmation.' },
      { draft: 'Your operators really should know this by now.' },
      { draft: 'Have you actually looked at the manual?' },
      { draft: "It's in the Excel help too, you know." },
    ],
  },
  de: {
    valid: [
      { draft: 'Natürlich helfe ich Ihnen gern dabei.' },
      { draft: 'Antworten Sie einfach auf diese E-Mail, dann kümmere ich mich darum.' },
      { draft: 'Wie telefonisch besprochen, schicke ich Ihnen das Formular heute noch.' },
      {
        draft: 'Keine Sorge, das ist nicht schwer: Halten Sie die Taste zehn Sekunden gedrückt.',
      },
      { draft: 'Haben Sie das Paket schon erhalten?' },
      { draft: 'Rufen Sie doch einfach an, wenn noch etwas unklar ist.' },
      { draft: 'Melde dich doch einfach, wenn es hakt.' },
    ],
    invalid: [
      { draft: 'Wie bereits erwähnt, können wir das nicht erstatten.' },
      { draft: 'Sie müssen einfach nur den Router neu starten.' },
      { draft: 'Wie Sie natürlich wissen, gilt die Frist von 14 Tagen.' },
      { draft: 'Natürlich müssen Sie das Gerät vorher ausschalten.' },
      { draft: 'Offensichtlich wurde das Kabel nicht eingesteckt.' },
      { draft: 'Wie Ihnen bereits mehrfach mitgeteilt wurde, gibt es keine Papierrechnung.' },
      { draft: 'Die Nummer steht, wie der Name schon sagt, auf der Versandbestätigung.' },
      { draft: 'Das müsste eigentlich jedem klar sein.' },
      { draft: 'Haben Sie schon mal in die Anleitung geschaut?' },
      { draft: 'Aktivieren Sie doch einfach WLAN-Call.' },
      { draft: 'Wie ich Ihnen bereits letzte Woche geschrieben habe, gilt die Frist.' },
    ],
  },
};
