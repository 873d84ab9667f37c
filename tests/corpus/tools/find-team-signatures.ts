// Lists drafts whose tone flag may rest only on a team signature under a greeting that names
// the customer (tests/corpus/README.md, "Readings settled after the second labeller"): tone in
// `flag`, a greeting that looks like it names someone, and a signature block without a line
// that looks like a person's name. It errs on the side of listing too many: every candidate is
// judged by reading it, never relabelled by this script.
// npx tsx tests/corpus/tools/find-team-signatures.ts [--json]
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

interface Entry {
  id: string;
  lang: string;
  setting: string;
  customer: string;
  draft: string;
  flag: string[];
  clean: string[];
  good: boolean;
  note: string;
}

/** Greeting words, longest first so "Sehr geehrte" wins over a bare "Sehr". */
const GREETINGS = [
  'sehr geehrte damen und herren',
  'sehr geehrter',
  'sehr geehrte',
  'sehr geehrtes',
  'guten morgen',
  'guten abend',
  'guten tag',
  'grüß gott',
  'grüss gott',
  'grüezi',
  'grüessech',
  'servus',
  'moin moin',
  'moin',
  'hallo',
  'hallöchen',
  'hello',
  'hey',
  'hi',
  'liebe',
  'lieber',
  'liebes',
  'dear',
  'good morning',
  'good afternoon',
  'good evening',
  'morning',
  'greetings',
];

/** Capitalised words after a greeting that do not name anyone. */
const GENERIC = new Set(
  [
    // German
    'kunde',
    'kundin',
    'kunden',
    'kundinnen',
    'kundschaft',
    'damen',
    'herren',
    'team',
    'teams',
    'zusammen',
    'alle',
    'allerseits',
    'leute',
    'kollege',
    'kollegin',
    'kollegen',
    'kolleginnen',
    'mitglied',
    'mitglieder',
    'mieter',
    'mieterin',
    'mieterinnen',
    'patient',
    'patientin',
    'patienten',
    'versicherte',
    'versicherter',
    'fahrgast',
    'fahrgäste',
    'reisende',
    'reisender',
    'bürger',
    'bürgerin',
    'antragsteller',
    'antragstellerin',
    'nutzer',
    'nutzerin',
    'admin',
    'administrator',
    'administratorin',
    'interessent',
    'interessentin',
    'gast',
    'gäste',
    'bewohner',
    'bewohnerin',
    'abonnent',
    'abonnentin',
    'vertragspartner',
    'vertragspartnerin',
    'geschäftspartner',
    'mitarbeiter',
    'mitarbeiterin',
    'mitarbeitende',
    'beschäftigte',
    'sehr',
    'geehrte',
    'geehrter',
    'liebe',
    'lieber',
    'werte',
    'werter',
    'tag',
    'morgen',
    'abend',
    'frau',
    'herr',
    'familie',
    'dr',
    'prof',
    'firma',
    'support',
    'service',
    'kundenservice',
    'servicecenter',
    'ihr',
    'ihre',
    // English
    'customer',
    'customers',
    'valued',
    'sir',
    'madam',
    'sirs',
    'all',
    'everyone',
    'everybody',
    'team',
    'folks',
    'there',
    'colleague',
    'colleagues',
    'member',
    'members',
    'resident',
    'residents',
    'tenant',
    'tenants',
    'patient',
    'patients',
    'passenger',
    'passengers',
    'traveller',
    'travellers',
    'traveler',
    'travelers',
    'guest',
    'guests',
    'user',
    'users',
    'employee',
    'employees',
    'applicant',
    'applicants',
    'client',
    'clients',
    'account',
    'holder',
    'policyholder',
    'policy',
    'subscriber',
    'subscribers',
    'shopper',
    'buyer',
    'seller',
    'admin',
    'administrator',
    'sender',
    'recipient',
    'cardholder',
    'card',
    'occupant',
    'homeowner',
    'householder',
    'ratepayer',
    'taxpayer',
    'claimant',
    'partner',
    'partners',
    'mr',
    'mrs',
    'ms',
    'miss',
    'mx',
    'or',
    'and',
    'to',
    'whom',
    'it',
    'may',
    'concern',
    'hiring',
    'manager',
    'friend',
    'friends',
    'the',
    'our',
    'parent',
    'parents',
    'carer',
    'carers',
    'guardian',
    'student',
    'students',
    'owner',
    'owners',
    'landlord',
    'neighbour',
    'neighbours',
  ].map((w) => w.toLowerCase()),
);

/** Closing formulas: a line with one of these starts the signature block. */
const CLOSING =
  /^(mit freundlichen grüßen|mit freundlichen grüssen|freundliche grüße|freundliche grüsse|beste grüße|beste grüsse|viele grüße|viele grüsse|liebe grüße|liebe grüsse|herzliche grüße|herzliche grüsse|herzlichste grüße|schöne grüße|schöne grüsse|grüße|grüsse|gruß|gruss|lg|vg|mfg|bg|servus|ciao|danke|vielen dank|best regards|kind regards|warm regards|warm wishes|regards|best wishes|best|cheers|thanks|ta|thank you|many thanks|sincerely|yours sincerely|yours faithfully|yours truly|all the best|take care|hochachtungsvoll)(?=$|[\s,.!:;])/i;

/**
 * A word that makes a signature line a team, a department, a company or a legal line; German
 * compounds by their last part ("Leistungsabteilung", "Ordnungsamt", "Reisebüro").
 */
const TEAM_PART =
  /(team|teams|service|services|servicecenter|support|kundendienst|betreuung|helpdesk|desk|abteilung|stelle|amt|ämter|behörde|verwaltung|management|kasse|dialog|einkauf|wirtschaft|werk|werke|regulierung|buchhaltung|praxis|büro|zentrale|technik|wesen|kanzlei|leitung|bank|versicherung|gmbh|kollektiv|markt|shop|center|centre|zentrum|personal|reisen|hotel|redaktion|vertrieb|versand|logistik|disposition|empfang|anmeldung|rezeption|sekretariat|poststelle|hotline|ops)$/i;
const TEAM_WORD = new Set(
  [
    'ag',
    'kg',
    'ohg',
    'ev',
    'e.v.',
    'ltd',
    'limited',
    'plc',
    'inc',
    'llc',
    'co',
    'it',
    'hr',
    'fm',
    'bi',
    'die',
    'der',
    'das',
    'dein',
    'deine',
    'ihr',
    'ihre',
    'your',
    'the',
    'und',
    'and',
    '&',
    'im',
    'auftrag',
    'i.',
    'a.',
    'office',
    'department',
    'dept',
    'customer',
    'care',
    'relations',
    'reception',
    'reservations',
    'reservierung',
    'claims',
    'bookings',
    'revenues',
    'retentions',
    'recruiting',
    'scheduling',
    'tailoring',
    'admissions',
    'installs',
    'liaison',
    'reviews',
    'acquisition',
    'marketing',
    'legal',
    'finance',
    'accounts',
    'payroll',
    'lettings',
    'housing',
    'estates',
    'estate',
    'facilities',
    'facility',
    'maintenance',
    'repairs',
    'returns',
    'refunds',
    'sales',
    'orders',
    'complaints',
    'compliance',
    'security',
    'procurement',
    'purchasing',
    'treasury',
    'onboarding',
    'engineering',
    'dispatch',
    'warehouse',
    'fulfilment',
    'concierge',
    'pharmacy',
    'admin',
    'administration',
    'enquiries',
    'helpline',
    'licensing',
    'planning',
    'highways',
    'parking',
    'waste',
    'transport',
    'registrations',
    'registry',
    'records',
    'billing',
    'abrechnung',
    'operations',
    'surgery',
    'clinic',
    'council',
    'residential',
    'property',
    'properties',
    'lettings',
    'logistics',
    'shipping',
    'contract',
    'contracts',
    'subscriptions',
    'integrations',
    'api',
    'digital',
    'member',
    'members',
    'patient',
    'access',
    'feedback',
    'development',
    'school',
    'leisure',
    'fault',
    'faults',
    'account',
    'experience',
    'baggage',
    'rental',
    'online',
    'retail',
    'practice',
    'manager',
    'damage',
    'scheduling',
    'tailoring',
    'bookings',
    'reisekostenstelle',
    'gift',
    'cards',
    'collections',
    'fuhrpark',
    'dispo',
    'networks',
    'network',
    'energieversorgung',
    'gefahrgutbeauftragter',
    'nord',
    'süd',
    'ost',
    'west',
    'mitte',
  ].map((w) => w.toLowerCase()),
);
const isTeamWord = (w: string): boolean => {
  const bare = w.toLowerCase().replace(/^[("„“]+|[)"“”.,:;!]+$/g, '');
  return TEAM_WORD.has(bare) || bare.split('-').some((part) => TEAM_PART.test(part));
};
const hasTeamWord = (line: string): boolean =>
  /www\.|https?:|@|\b(tel|fax|hrb|ust|vat)\b|\d/i.test(line) || line.split(/\s+/).some(isTeamWord);

/** A name word: capitalised ("Doğan", "Jan-Ole", "O'Brien") or an initial ("T."). */
const NAME_WORD = /^(\p{Lu}[\p{Ll}'’-]+(-\p{Lu}[\p{Ll}]+)?|\p{Lu}\.)$/u;

/** The greeting line names someone: a capitalised word after the greeting word that is not generic. */
export function greetingName(firstLine: string): string | undefined {
  const line = firstLine.trim();
  const lower = line.toLowerCase();
  const greeting = GREETINGS.find(
    (g) => lower.startsWith(g) && !/[a-zäöüß]/.test(lower.charAt(g.length)),
  );
  if (!greeting) return undefined;
  // The greeting ends at the first comma, "!" or "?" ("Hey! Dein Transfer ..." names nobody).
  const rest = (line.slice(greeting.length).split(/[,!?:;\p{Extended_Pictographic}]/u)[0] ?? '')
    .replace(/[."“”„]+/g, ' ')
    .trim();
  const words = rest.split(/[\s,/]+/).filter(Boolean);
  const named = words.filter(
    (w) =>
      /^\p{Lu}/u.test(w) &&
      !GENERIC.has(
        w
          .toLowerCase()
          .replace(/[.,!:;]+$/, '')
          .replace(/^\(|\)$/g, ''),
      ),
  );
  return named.length > 0 ? named.join(' ') : undefined;
}

/** The last few short lines of the draft, from the closing formula on if there is one. */
export function signatureBlock(draft: string): string[] {
  // A quoted earlier message under the reply is not part of the signature.
  const lines = draft
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const unquoted: string[] = [];
  for (const l of lines) {
    if (l.startsWith('>') || /^(am .* schrieb|on .* wrote|-----\s*original|von:|from:)/i.test(l))
      break;
    unquoted.push(l);
  }
  // Never the greeting itself, in a draft of a few lines.
  const tail = unquoted.slice(1).slice(-6);
  let start = -1;
  tail.forEach((l, i) => {
    if (CLOSING.test(l)) start = i;
  });
  const block = start >= 0 ? tail.slice(start) : tail.slice(-3);
  return block.filter((l) => l.length <= 80);
}

/** A line that looks like a person's name: one to four name-like words, none of them a team word. */
export function looksLikePerson(line: string): boolean {
  const cleaned = line
    .replace(/^[-–—~/\sx]+(?=\p{Lu})/u, '')
    .replace(/^i\.\s?A\.\s*/, '')
    .trim();
  // "Jana vom Mieterservice", "Andreas aus dem Service-Team", "schickt Andreas aus ...".
  const who = /(\p{Lu}[\p{Ll}-]+) (vom|von der|aus dem|aus der|from the|from|at|@) /u.exec(
    cleaned,
  )?.[1];
  if (who && !GENERIC.has(who.toLowerCase()) && !isTeamWord(who)) return true;
  // "Anna Berger, Kundenservice" and "Nina | Reception" carry a person's name before the comma.
  const head = cleaned.split(/\s*[,|(·]\s*|\s+[-–—]\s+/)[0] ?? '';
  // The closing formula and the name on one line: "Viele Grüße, Anna" / "LG Jenny".
  const afterClosing = cleaned.replace(CLOSING, '').replace(/^[,\s]+/, '');
  for (const candidate of [head, afterClosing]) {
    if (candidate === '' || CLOSING.test(candidate) || hasTeamWord(candidate)) continue;
    const words = candidate
      .split(/\s+/)
      .filter((w) => !/^(dr\.?|prof\.?|von|van|de|der|zu)$/i.test(w));
    if (words.length < 1 || words.length > 4 || !words.every((w) => NAME_WORD.test(w))) continue;
    if (words.length === 1 && GENERIC.has(words[0]!.toLowerCase().replace(/\.$/, ''))) continue;
    return true;
  }
  return false;
}

export interface Candidate {
  id: string;
  file: string;
  writer: string;
  greeting: string;
  named: string;
  signature: string[];
}

export function findCandidates(): Candidate[] {
  const out: Candidate[] = [];
  for (const lang of ['de', 'en']) {
    for (const name of readdirSync(join(root, lang))
      .filter((f) => f.endsWith('.json'))
      .sort()) {
      const writer = /\.(w\d+)\.json$/.exec(name)?.[1] ?? 'original';
      const entries = JSON.parse(readFileSync(join(root, lang, name), 'utf8')) as Entry[];
      for (const e of entries) {
        if (!e.flag.includes('tone')) continue;
        const first = e.draft.split('\n').find((l) => l.trim() !== '') ?? '';
        const named = greetingName(first);
        if (!named) continue;
        const signature = signatureBlock(e.draft);
        if (signature.some(looksLikePerson)) continue;
        out.push({
          id: e.id,
          file: join('tests/corpus', lang, name),
          writer,
          greeting: first.trim(),
          named,
          signature,
        });
      }
    }
  }
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const candidates = findCandidates();
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(candidates, null, 2));
  } else {
    for (const c of candidates)
      console.log(`${c.id}\t${c.greeting}\t[${c.named}]\t${c.signature.join(' | ')}`);
    console.log(`\n${candidates.length} candidates`);
  }
}
