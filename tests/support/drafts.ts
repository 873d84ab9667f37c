// Reply drafts for the demo ticket, shared by `npm run demo` and the e2e tests.

/** A rushed English reply with typical problems: tone, ownership, next steps, co-production. */
export const EN_PROBLEM_DRAFT = [
  'Dear customer,',
  '',
  'As already stated, your router is simply on its way. Delivery is not our department, so please read the FAQ. We will get back to you asap.',
  '',
  'Regards',
  'Support',
].join('\n');

/** The same answer, written with care: acknowledges the frustration, owns it, names dates. */
export const EN_POLITE_DRAFT = [
  'Hello Mr Whitaker,',
  '',
  'I am sorry that you have been without internet for five days and that nobody called you back.',
  'I checked the shipment myself. Your new router left our warehouse this morning by express.',
  'It will be delivered on Saturday before 12:00, and I will call you on Saturday at 14:00 to make sure everything works.',
  'If that time does not suit you, please tell me a better one.',
  '',
  'Kind regards',
  'Sam Taylor',
].join('\n');

/** A rushed German reply with typical problems. */
export const DE_PROBLEM_DRAFT = [
  'Sehr geehrter Kunde,',
  '',
  'wie bereits gesagt, ist Ihr Router unterwegs. Dafür sind wir nicht zuständig, bitte lesen Sie die FAQ. Wir melden uns zeitnah.',
  '',
  'Mit freundlichen Grüßen',
  'Ihr Support-Team',
].join('\n');

/** One line, for contenteditable boxes: condescension and deflection. */
export const DE_SHORT_PROBLEM = 'Wie bereits gesagt, dafür sind wir nicht zuständig.';

/** The German fix of DE_SHORT_PROBLEM, one line. */
export const DE_SHORT_POLITE =
  'Guten Tag Frau Krüger, es tut mir leid, dass Sie so lange warten mussten. Ich kümmere mich selbst darum: Ihr neuer Router ist heute per Express unterwegs und kommt am Samstag bis 12 Uhr. Ich rufe Sie am Samstag um 14 Uhr an.';
