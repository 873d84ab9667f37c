import type { EngineRule, RuleContext, RuleExamples, RuleHit } from '../engine/rule-types';
import {
  CONTENT_WORDS,
  OPENING_SENTENCES,
  openingEnd,
  wholeDraft,
  wordCount,
} from '../engine/doc-helpers';
import { upperFirst } from '../engine/rewrite';
import { judgeCustomer, judgeSentences } from '../learned/judgement';
import lists from './phrases/emotion.json' with { type: 'json' };

function quote(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > 40 ? `${oneLine.slice(0, 39)}…` : oneLine;
}

const ACKNOWLEDGE = {
  en: 'I understand how frustrating this is, and I am sorry.',
  de: 'Ich verstehe, wie ärgerlich das ist, und es tut mir leid.',
};

/** "Hello Ms Novak, please …" / "Hallo, …": a greeting at the start of the first sentence. */
const INLINE_GREETING =
  /^(?:hello|hi|hey|dear|good (?:morning|afternoon|evening)|hallo|guten (?:tag|morgen|abend)|liebe[rs]?|sehr geehrte[rs]?|moin|servus)\b[^,.!?\n]{0,40},\s*/i;

/**
 * The acknowledgement goes before the first sentence with content, after the greeting. What
 * then follows it starts a sentence and gets its capital ("Sehr geehrte Frau Jung,\n\nich
 * verstehe …, und es tut mir leid. Wie bereits …").
 */
function acknowledgeFirst(ctx: RuleContext): Pick<RuleHit, 'suggestions' | 'fix'> {
  const first = ctx.doc.sentences.find((s) => wordCount(s) >= CONTENT_WORDS);
  if (!first) return {};
  const greeting = INLINE_GREETING.exec(ctx.text.slice(first.start, first.end));
  const at = first.start + (greeting?.[0].length ?? 0);
  const initial = ctx.text.charAt(at);
  const ack = ACKNOWLEDGE[ctx.lang];
  if (!greeting && initial === upperFirst(initial)) {
    return { suggestions: [`${ack} `], fix: { start: at, end: at } };
  }
  // Inside the greeting's sentence or after "Sehr geehrte …," the German one starts small.
  const opening = ctx.lang === 'de' ? ack.charAt(0).toLowerCase() + ack.slice(1) : ack;
  return {
    suggestions: [`${opening} ${upperFirst(initial)}`],
    fix: { start: at, end: at + 1 },
  };
}

const rule: EngineRule = {
  id: 'unacknowledged-emotion',
  category: 'empathy',
  severity: 'warning',
  languages: ['de', 'en'],
  yieldsToJudgement: true,
  messages: {
    en: 'The customer sounds frustrated or under pressure, and the opening does not respond to that. Acknowledge how they feel before the facts.',
    de: 'Die Kundin klingt verärgert oder unter Druck, und der Anfang der Antwort geht nicht darauf ein. Nehmen Sie das Gefühl auf, bevor Sie zu den Fakten kommen.',
  },
  rationale: {
    en: 'Handling the customer’s emotions professionally is part of interaction work (guideline “professional handling of emotions”): people listen to the solution once they feel heard.',
    de: 'Der professionelle Umgang mit den Emotionen der Kundschaft gehört zur Interaktionsarbeit (Leitlinie „professioneller Umgang mit Emotionen“): Wer sich gehört fühlt, hört auch die Lösung.',
  },
  lists: {
    signals: lists.signals,
    acknowledgements: lists.acknowledgements,
  },
  check(ctx) {
    const customer = ctx.customer;
    if (!customer) return [];
    const signal = customer.find('signals')[0];
    const shouted = customer.text.indexOf('!!');
    // Emotion said without the obvious words ("the basement is filling with water", "Great
    // service, really."): the customer model (rules/learned/) judges the message as a whole.
    const felt = judgeCustomer(customer.text, customer.lang);
    if (!signal && shouted < 0 && !felt.has('emotional')) return [];
    const opening = openingEnd(ctx.doc, OPENING_SENTENCES);
    if (ctx.find('acknowledgements').some((m) => m.sentence < opening)) return [];
    const acknowledges = judgeSentences(ctx.doc, ctx.lang).some(
      (s) => s.sentence < opening && s.has('acknowledges'),
    );
    if (acknowledges) return [];
    const evidence = signal
      ? customer.text.slice(signal.start, signal.end)
      : shouted >= 0
        ? '!!'
        : (felt.evidence('emotional') ?? customer.text);
    const said = quote(evidence);
    return [
      {
        ...wholeDraft(ctx.text),
        ...acknowledgeFirst(ctx),
        message: {
          en: `The customer wrote “${said}”, and the opening does not respond to it. Acknowledge how they feel before the facts.`,
          de: `Die Kundin schreibt „${said}“, und der Anfang der Antwort geht nicht darauf ein. Nehmen Sie das Gefühl auf, bevor Sie zu den Fakten kommen.`,
        },
      },
    ];
  },
};

export default rule;

/** Drafts the rule must fire on (invalid) and stay silent on (valid); tests run them all. */
export const examples: RuleExamples = {
  en: {
    valid: [
      {
        customer: 'This is the third time I am writing. Still no refund!',
        draft: 'Hi Sam, I am sorry you had to chase us three times. I have refunded the £40 today.',
      },
      {
        customer: 'Can I change my delivery address?',
        draft: 'Yes, I have changed it to 4 Elm Road.',
      },
      {
        customer: 'URGENT: the shop is down and we are losing money.',
        draft:
          'Hi Mia,\n\nI understand how stressful this is. A technician is on the way and will arrive by 2 pm.',
      },
      {
        customer: "Hi, I've lost my building pass. What should I do?",
        draft:
          'Come to reception between 1 and 3 pm today with photo ID and we will print a new one.',
      },
      {
        customer: 'Do I have to cancel first, and what will the upgrade cost me?',
        draft: 'No need to cancel: the upgrade costs £5 a month more from your next bill.',
      },
      {
        customer: 'Thanks, the error message was there yesterday but now it is gone.',
        draft: 'Great, then the update worked.',
      },
      {
        customer: 'I submitted my holiday request two weeks ago. Could you check?',
        draft: 'Your manager approved it this morning; you will get the email today.',
      },
    ],
    invalid: [
      {
        // A commitment is not an acknowledgement, however concrete it is.
        customer:
          'Third time I am writing about this! The internet drops every evening and I work from home.',
        draft:
          'Hello Ms Novak, please restart the router and send us the log file. I will check it on Monday by 12:00 and call you.',
      },
      {
        customer: 'This is the third time I am writing. Still no refund!',
        draft: 'Hello, refunds take 5-7 working days. Your refund will arrive by Friday.',
        fixed:
          'Hello, I understand how frustrating this is, and I am sorry. Refunds take 5-7 working days. Your refund will arrive by Friday.',
      },
      {
        customer: 'Urgent: our tills are down and we are losing money every minute.',
        draft:
          'Hi, please restart the tills and check the network cable. Let me know if that helps.',
      },
      {
        customer:
          "I've been waiting 12 days for my parcel and I've called twice. The birthday has now passed.",
        draft: 'The parcel is at our hub. We will be in touch when we have an update.',
      },
      {
        customer: 'I have been without internet for five days and I work from home.',
        draft: 'An engineer visit is booked for Monday between 9 and 12.',
        fixed:
          'I understand how frustrating this is, and I am sorry. An engineer visit is booked for Monday between 9 and 12.',
      },
      {
        customer: 'My account was hacked and someone ordered £400 of stuff. I am panicking.',
        draft: 'Please call our fraud line on 0800 123 4567 between 9 am and 5 pm.',
      },
    ],
  },
  de: {
    valid: [
      {
        customer: 'Ich schreibe Ihnen zum dritten Mal! Das ist unmöglich.',
        draft:
          'Guten Tag Frau Kaya, es tut mir leid, dass Sie dreimal schreiben mussten. Ich habe die Gutschrift heute veranlasst.',
      },
      {
        customer: 'Wann öffnet Ihre Filiale am Samstag?',
        draft: 'Samstags haben wir von 9 bis 14 Uhr geöffnet.',
      },
      {
        customer: 'Der Router geht schon wieder nicht, ich bin echt verärgert.',
        draft:
          'Hallo Herr Roth,\n\ndas ist ärgerlich, ich verstehe das. Ein Techniker kommt morgen um 10 Uhr.',
      },
      {
        customer: 'Hallo, ich habe meinen Dienstausweis verloren. Was muss ich tun?',
        draft:
          'Kommen Sie heute zwischen 13 und 15 Uhr zum Empfang, dann bekommen Sie einen neuen.',
      },
      {
        customer:
          'Können Sie dafür sorgen, dass die Rechnung an die Firma geht? Muss ich etwas stornieren?',
        draft: 'Ja, ab sofort geht die Rechnung an Ihre Firma. Stornieren müssen Sie nichts.',
      },
      {
        customer: 'Ist die Aktion schon vorbei? Ich habe noch nichts bestellt.',
        draft: 'Die Aktion läuft noch bis Sonntag.',
      },
      {
        customer: 'Mein Paket hängt seit einer Woche beim Zoll. Was muss ich tun?',
        draft:
          'Sie müssen nichts tun: Der Zoll gibt es in der Regel innerhalb von drei Tagen frei.',
      },
    ],
    invalid: [
      {
        // Eine Zusage ist noch keine Anerkennung, so konkret sie auch ist.
        customer:
          'Ich schreibe jetzt zum dritten Mal! Das Internet bricht jeden Abend ab und ich arbeite von zu Hause.',
        draft:
          'Hallo Frau Novak, bitte starten Sie den Router neu und schicken Sie uns das Protokoll. Ich prüfe es am Montag bis 12 Uhr und rufe Sie an.',
      },
      {
        customer: 'Ich schreibe Ihnen zum dritten Mal! Das ist unmöglich.',
        draft: 'Guten Tag, die Bearbeitung dauert 5 Werktage. Die Gutschrift erfolgt bis Freitag.',
        fixed:
          'Guten Tag, ich verstehe, wie ärgerlich das ist, und es tut mir leid. Die Bearbeitung dauert 5 Werktage. Die Gutschrift erfolgt bis Freitag.',
      },
      {
        customer: 'Dringend: unsere Kasse funktioniert schon wieder nicht, wir verlieren Geld.',
        draft: 'Hallo, bitte starten Sie die Kasse neu und prüfen Sie das Netzwerkkabel.',
      },
      {
        customer:
          'Ich warte seit elf Tagen auf mein Paket und habe schon zweimal angerufen. Der Geburtstag ist jetzt vorbei.',
        draft: 'Die Sendung liegt im Verteilzentrum. Wir melden uns, sobald wir mehr wissen.',
        fixed:
          'Ich verstehe, wie ärgerlich das ist, und es tut mir leid. Die Sendung liegt im Verteilzentrum. Wir melden uns, sobald wir mehr wissen.',
      },
      {
        customer: 'Der Fahrer hat mein Paket vor die Tür gestellt und jetzt ist es weg.',
        draft: 'Laut Ihren Einstellungen war eine Abstellgenehmigung hinterlegt.',
      },
    ],
  },
};
