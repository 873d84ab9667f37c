import { phraseRule } from '../engine/phrase-rule';
import data from './phrases/condescension.json' with { type: 'json' };

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
      en: 'Friendliness is the way into every customer relationship; talking down to someone closes it (guideline 6: handling emotions professionally).',
      de: 'Freundlichkeit öffnet den Zugang zur Kundschaft; Belehrung von oben verschließt ihn (Leitlinie 6: professioneller Umgang mit Emotionen).',
    },
  },
  data,
  {
    examples: {
      en: {
        valid: [
          { draft: 'Just to confirm: your new router ships today.' },
          { draft: "I'll just check with the warehouse and get back to you by 3 pm." },
          { draft: 'As you mentioned on the phone, the invoice is missing the VAT number.' },
          { draft: 'You can simply reply to this email with the photo.' },
        ],
        invalid: [
          { draft: 'Just restart the router and it will work.' },
          { draft: 'As already stated, we cannot refund opened items.' },
          { draft: 'Obviously the cable has to be plugged in.' },
          { draft: 'As I said in my last email, the deadline has passed.' },
          { draft: "It's really not that difficult to reset your password." },
        ],
      },
      de: {
        valid: [
          { draft: 'Natürlich helfe ich Ihnen gern dabei.' },
          { draft: 'Antworten Sie einfach auf diese E-Mail, dann kümmere ich mich darum.' },
          { draft: 'Wie telefonisch besprochen, schicke ich Ihnen das Formular heute noch.' },
        ],
        invalid: [
          { draft: 'Wie bereits erwähnt, können wir das nicht erstatten.' },
          { draft: 'Sie müssen einfach nur den Router neu starten.' },
          { draft: 'Wie Sie natürlich wissen, gilt die Frist von 14 Tagen.' },
          { draft: 'Natürlich müssen Sie das Gerät vorher ausschalten.' },
          { draft: 'Offensichtlich wurde das Kabel nicht eingesteckt.' },
        ],
      },
    },
  },
);
