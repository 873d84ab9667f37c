// A reply that nobody signs reads like a notice from an institution. Helpdesk tools often add
// the agent's signature themselves, and many teams sign as a team, so a missing or team-only
// sign-off is fine when the greeting addresses the customer by name; a team-only signature
// under a cold or generic greeting, or a greeting and closing that name nobody ("Hallo, …
// Gruß"), is not.
import type { EngineRule, Match, RuleContext, RuleExamples, RuleHit } from '../engine/rule-types';
import type { Sentence } from '../engine/tokenizer';
import lists from './phrases/nameless-reply.json' with { type: 'json' };

/** Signature lines are short: "Best regards,", "Sabine Krüger", "IT Service Desk". */
const MAX_SIGNATURE_WORDS = 5;

type LineKind = 'closing' | 'team' | 'name' | 'other';

function startsWithCapital(word: string): boolean {
  const ch = word.charAt(0);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** A sentence that is a whole line of its own and short enough to be part of a signature. */
function isSignatureLine(ctx: RuleContext, s: Sentence): boolean {
  if (s.tokenEnd - s.tokenStart > MAX_SIGNATURE_WORDS) return false;
  // Only spaces may stand between the line start and the sentence.
  for (let i = s.start - 1; i >= 0 && ctx.text.charCodeAt(i) !== 10; i--) {
    const c = ctx.text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13 && c !== 160) return false;
  }
  const last = ctx.doc.tokens[s.tokenEnd - 1]!;
  const tail = ctx.text.slice(last.end, s.end);
  // "Gruß M." ends with a dot after an initial; a real sentence ends with . ! or ?
  if (/[!?]/.test(tail)) return false;
  return !tail.includes('.') || last.text.length === 1;
}

/** "Anna Schmidt | Kundenservice", "Priya / IT Service Desk", "Mo (Finance)": name, then team. */
const SEGMENT_BREAK = /[|,/(–—·]|\s-\s/;

function covered(matches: readonly Match[], token: number): boolean {
  return matches.some((m) => m.firstToken <= token && token <= m.lastToken);
}

/**
 * A signature line is a person's name when one of its parts starts with a capitalised word and
 * names no team ("Sabine Krüger", "Nina vom Empfang", "Mo (Finance)"); it is a team when a
 * team word is all it has ("Fleet Management", "Ihr Kundenservice", "HR").
 */
function classify(
  ctx: RuleContext,
  index: number,
  found: Record<string, readonly Match[]>,
): LineKind {
  const s = ctx.doc.sentences[index]!;
  const { tokens } = ctx.doc;
  let from = s.tokenStart;
  const closing = found.closing!.find((m) => m.sentence === index);
  if (closing) from = closing.lastToken + 1;
  let team = false;
  let segmentStart = from;
  for (let i = from; i <= s.tokenEnd; i++) {
    const atBreak =
      i === s.tokenEnd ||
      (i > segmentStart &&
        SEGMENT_BREAK.test(ctx.text.slice(tokens[i - 1]!.end, tokens[i]!.start)));
    if (!atBreak) continue;
    if (i === segmentStart) break;
    let segmentTeam = false;
    let joined = false;
    for (let j = segmentStart; j < i; j++) {
      if (covered(found.team!, j)) segmentTeam = true;
      if (covered(found.joiner!, j)) joined = true;
    }
    const first = tokens[segmentStart]!.text;
    const personLike = startsWithCapital(first) && first.length > 1 && !/\d/.test(first);
    if (personLike && (!segmentTeam || joined)) return 'name';
    if (segmentTeam) team = true;
    segmentStart = i;
  }
  if (team) return 'team';
  return closing ? 'closing' : 'other';
}

const MESSAGES = {
  team: {
    en: 'Only a team signs this reply. Add your own name, so the customer knows who is looking after the case.',
    de: 'Diese Antwort unterschreibt nur ein Team. Ergänzen Sie Ihren Namen, damit die Kundin weiß, wer sich um ihr Anliegen kümmert.',
  },
  nobody: {
    en: 'This reply greets no one by name and nobody signs it, so it reads like a curt notice. Greet the customer and sign with your name.',
    de: 'Diese Antwort spricht niemanden mit Namen an und niemand unterschreibt sie; so wirkt sie wie ein knapper Bescheid. Begrüßen Sie die Kundin und unterschreiben Sie mit Ihrem Namen.',
  },
};

/** Where the agent's name is unknown: a placeholder the agent completes. */
const YOUR_NAME = { en: '[your name]', de: '[Ihr Name]' };

/**
 * The agent's name where the team signs ("Support" becomes "Sam Taylor"), or after a closing
 * that nobody signs ("Thanks" becomes "Thanks\nSam Taylor").
 */
function signWithName(
  ctx: RuleContext,
  blockStart: number,
  kinds: readonly LineKind[],
): Pick<RuleHit, 'suggestions' | 'fix'> {
  const { sentences } = ctx.doc;
  const name = ctx.names.agent ?? YOUR_NAME[ctx.lang];
  // kinds runs from the last line up.
  const last = sentences.length - 1;
  const team = kinds.indexOf('team');
  if (team >= 0) {
    const line = sentences[last - team]!;
    return { suggestions: [name], fix: { start: line.start, end: line.end } };
  }
  const closing = kinds.indexOf('closing');
  if (closing < 0 || blockStart > last) return {};
  const line = sentences[last - closing]!;
  // "Thanks," keeps its comma: the name goes on the next line.
  const end = /^[,.!]/.test(ctx.text.slice(line.end, line.end + 1)) ? line.end + 1 : line.end;
  return {
    suggestions: [`${ctx.text.slice(line.start, end)}\n${name}`],
    fix: { start: line.start, end },
  };
}

const rule: EngineRule = {
  id: 'nameless-reply',
  category: 'tone',
  severity: 'hint',
  languages: ['de', 'en'],
  messages: MESSAGES.nobody,
  rationale: {
    en: 'A personal relationship opens the way to every customer; a reply signed by a department, or by nobody, keeps them at arm’s length.',
    de: 'Eine persönliche Beziehung öffnet den Zugang zur Kundschaft; eine Antwort, die eine Abteilung oder niemand unterschreibt, hält sie auf Abstand.',
  },
  lists,
  check(ctx) {
    const { sentences } = ctx.doc;
    if (sentences.length === 0) return [];
    const found: Record<string, readonly Match[]> = {
      closing: ctx.find('closing'),
      team: ctx.find('team'),
      joiner: ctx.find('joiner'),
    };
    // Walk the signature block up from the end of the draft.
    const kinds: LineKind[] = [];
    let blockStart = sentences.length;
    for (let i = sentences.length - 1; i > 0 && isSignatureLine(ctx, sentences[i]!); i--) {
      kinds.push(classify(ctx, i, found));
      blockStart = i;
    }
    if (kinds.includes('name')) return [];
    const block: RuleHit | undefined =
      blockStart < sentences.length
        ? { start: sentences[blockStart]!.start, end: sentences[sentences.length - 1]!.end }
        : undefined;
    // A reply that greets the customer by name is personal enough, whoever signs it: most teams
    // sign as a team ("Kind regards, the billing team"), and that is no problem on its own.
    const greeted = ctx.find('greeting').some((m) => m.sentence === 0);
    const generic = ctx.find('generic-greeting').some((m) => m.sentence === 0);
    if (greeted && !generic) return [];
    const sign = signWithName(ctx, blockStart, kinds);
    if (kinds.includes('team')) return [{ ...block!, ...sign, message: MESSAGES.team }];
    // A bare snippet without greeting or closing is still being written (or pasted into a
    // frame the tool adds); only a framed reply that names nobody is judged.
    if (!greeted && !kinds.includes('closing')) return [];
    const first = sentences[0]!;
    return [
      { ...(block ?? { start: first.start, end: first.end }), ...sign, message: MESSAGES.nobody },
    ];
  },
};

export default rule;

/** Drafts the rule must fire on (invalid) and stay silent on (valid); tests run them all. */
export const examples: RuleExamples = {
  en: {
    valid: [
      { draft: 'Hi Sam,\n\nyour refund went out today.\n\nBest,\nGrace' },
      { draft: 'Hi Jess,\n\nyes, you can expense the taxi.\n\nCheers,\nMo (Finance)' },
      { draft: 'Hello Ms Reed,\n\nyour parcel arrives on Friday.' },
      { draft: 'Hi Dana,\n\nI have reset it.\n\nBest,\nPriya\nIT Service Desk' },
      { draft: 'We will reply by Friday.' },
      { draft: 'Dear Ms Lenz,\n\nyour order is on its way.\n\nKind regards,\nthe billing team' },
      { draft: 'Hi,\n\nyour refund went out today.\n\nBest,\nAnna Schmidt | Customer Care' },
    ],
    invalid: [
      {
        draft: 'Hi,\n\nyour refund went out today.\n\nRegards,\nCustomer Services',
        agentName: 'Sam Taylor',
        fixed: 'Hi,\n\nyour refund went out today.\n\nRegards,\nSam Taylor',
      },
      { draft: 'Dear customer,\n\nyour order is being processed.\n\nFleet Management' },
      { draft: 'Hello,\n\nData > Data Validation > List.\n\nThanks' },
      {
        draft: 'Hi there,\n\nthe return window is 30 days.\n\nThanks',
        fixed: 'Hi there,\n\nthe return window is 30 days.\n\nThanks\n[your name]',
      },
    ],
  },
  de: {
    valid: [
      { draft: 'Hallo Frau Jung,\n\nIhre Rechnung kommt morgen.\n\nViele Grüße\nLukas Meier' },
      { draft: 'Hi Jana,\n\nja, das geht.\n\nViele Grüße\nMoritz aus der Buchhaltung' },
      { draft: 'Guten Tag Herr Lindner,\n\nder Techniker kommt morgen um 10 Uhr.' },
      { draft: 'Hallo Stefan,\n\nist erledigt.\n\nViele Grüße\nHelga\nFacility Management' },
      { draft: 'Wir melden uns bis Freitag.' },
      {
        draft:
          'Hallo Frau Lenz,\n\nIhre Bestellung ist unterwegs.\n\nFreundliche Grüße\nIhr Kundenservice',
      },
      {
        draft: 'Hallo,\n\nIhre Erstattung ist raus.\n\nViele Grüße\nAnna Schmidt, Kundenservice',
      },
    ],
    invalid: [
      {
        draft: 'Hallo,\n\n30 Tage. Steht in den AGB.\n\nGruß',
        fixed: 'Hallo,\n\n30 Tage. Steht in den AGB.\n\nGruß\n[Ihr Name]',
      },
      {
        draft: 'Sehr geehrte Kundin,\n\nIhre Bestellung ist in Bearbeitung.\n\nFuhrparkmanagement',
      },
      { draft: 'Daten > Datenüberprüfung > Liste. Steht auch in der Excel-Hilfe.\nGruß M.' },
      {
        draft:
          'Guten Tag,\n\ndie Rechnung liegt bei.\n\nMit freundlichen Grüßen\nIhr Kundenservice',
        agentName: 'Lena Vogt',
        fixed: 'Guten Tag,\n\ndie Rechnung liegt bei.\n\nMit freundlichen Grüßen\nLena Vogt',
      },
    ],
  },
};
