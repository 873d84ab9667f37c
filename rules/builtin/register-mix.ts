import type { EngineRule, RuleExamples, RuleHit } from '../engine/rule-types';
import type { Token } from '../engine/tokenizer';

const FORMAL_POSSESSIVES = new Set(['Ihnen', 'Ihr', 'Ihre', 'Ihren', 'Ihrem', 'Ihrer', 'Ihres']);
const INFORMAL = new Set([
  'du',
  'dich',
  'dir',
  'dein',
  'deine',
  'deinen',
  'deinem',
  'deiner',
  'deines',
  'euch',
  'euer',
  'eure',
  'euren',
  'eurem',
  'eurer',
]);

type Register = 'formal' | 'informal';

/**
 * Only unambiguous forms count: a capitalised "Sie"/"Ihr..." at the start of a sentence may
 * just as well mean "she"/"they"/"her", so formal forms count only inside a sentence.
 */
function registerOf(tok: Token, sentenceStart: boolean): Register | undefined {
  if (tok.quoted) return undefined;
  if (INFORMAL.has(tok.norm)) return 'informal';
  if (sentenceStart) return undefined;
  if (tok.text === 'Sie' || FORMAL_POSSESSIVES.has(tok.text)) return 'formal';
  return undefined;
}

const rule: EngineRule = {
  id: 'register-mix',
  category: 'tone',
  severity: 'warning',
  languages: ['de'],
  messages: {
    en: 'The draft switches between formal “Sie” and informal “du”. Pick one form of address and keep it.',
    de: 'Der Entwurf wechselt zwischen „Sie“ und „du“. Bleiben Sie bei einer Anrede.',
  },
  rationale: {
    en: 'A consistent form of address is part of a respectful, personal relationship with the customer.',
    de: 'Eine durchgehende Anrede gehört zu einer respektvollen, persönlichen Beziehung zur Kundin.',
  },
  check(ctx) {
    const formal: Token[] = [];
    const informal: Token[] = [];
    const { tokens, sentences } = ctx.doc;
    for (let i = 0; i < tokens.length; i++) {
      const tok = tokens[i]!;
      const reg = registerOf(tok, sentences[tok.sentence]!.tokenStart === i);
      if (reg === 'formal') formal.push(tok);
      else if (reg === 'informal') informal.push(tok);
    }
    if (formal.length === 0 || informal.length === 0) return [];
    // Flag the less used form; on a tie, the one that came in second.
    const minority =
      formal.length < informal.length
        ? formal
        : informal.length < formal.length
          ? informal
          : formal[0]!.start < informal[0]!.start
            ? informal
            : formal;
    return minority.map((t): RuleHit => ({ start: t.start, end: t.end }));
  },
};

export default rule;

/** Drafts the rule must fire on (invalid) and stay silent on (valid); tests run them all. */
export const examples: RuleExamples = {
  de: {
    valid: [
      { draft: 'Können Sie mir bitte Ihre Kundennummer schicken? Ich kümmere mich dann darum.' },
      {
        draft:
          'Hi Jonas, kannst du mir kurz deine Rechnernummer schicken? Dann richte ich dir den Zugang ein.',
      },
      { draft: 'Klicken Sie in der App auf „Dein Konto“ und dann auf Speichern.' },
    ],
    invalid: [
      { draft: 'Können Sie mir Ihre Kundennummer schicken? Dann kann ich dir helfen.' },
      {
        draft: 'Hallo, hast du schon den Router neu gestartet? Falls nicht, melden Sie sich bitte.',
      },
    ],
  },
};
