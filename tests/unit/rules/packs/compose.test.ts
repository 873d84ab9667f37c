// createChecker as a team and an agent meet it: pack rules fire beside the built-ins, packs and
// local adjustments switch rules off or re-level them, the allowlist keeps product names quiet.
import { describe, expect, it } from 'vitest';
import {
  CATEGORIES,
  check,
  createChecker,
  loadPack,
  type Adjustments,
  type Checker,
  type ComposeOptions,
  type Pack,
} from '../../../../rules/index';
import { BUILTIN_EXAMPLES } from '../../../../rules/examples';
import { BUILTIN_RULES } from '../../../../rules/registry';
import { withWeights, type LangWeights } from '../../../../rules/learned/judgement';
import { silentModel } from '../../../../rules/learned/pack';
import deWeights from '../../../../rules/learned/weights/de.json' with { type: 'json' };
import enWeights from '../../../../rules/learned/weights/en.json' with { type: 'json' };

/**
 * The shipped weights without the draft model: whether it vouches for a short test draft's tone
 * (and so lets `shouting` stand down) changes with every training, which is not what a test of
 * the allowlist is about.
 */
const NO_DRAFT_MODEL: Record<'de' | 'en', LangWeights> = {
  de: { ...(deWeights as LangWeights), draft: silentModel(CATEGORIES) },
  en: { ...(enWeights as LangWeights), draft: silentModel(CATEGORIES) },
};
import { messageOf, minimalPack, samplePackText, text, worded } from '../../../support/packs';

function checker(options: ComposeOptions): Checker {
  const result = createChecker(options);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result;
}

function loaded(pack: Pack): Pack {
  const result = loadPack(text(pack));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.pack;
}

function sample(): Pack {
  const result = loadPack(samplePackText());
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.pack;
}

const ids = (c: Checker, draft: string, customer?: string) =>
  c.check({ draft, customer }).findings.map((f) => f.ruleId);

describe('createChecker', () => {
  it('without packs finds exactly what check finds', () => {
    const plain = checker({});
    for (const rule of BUILTIN_RULES) {
      for (const lang of rule.languages) {
        const examples = BUILTIN_EXAMPLES[rule.id]![lang]!;
        for (const example of [...examples.invalid, ...examples.valid]) {
          const input = { ...example, lang };
          expect(plain.check(input)).toEqual(check(input));
        }
      }
    }
  });

  it('adds the pack rules beside the built-ins, with their messages and replacements', () => {
    const c = checker({ packs: [loaded(minimalPack())] });
    const result = c.check({ draft: 'Please read the FAQ. I will call you asap.', uiLang: 'en' });
    const asap = result.findings.find((f) => f.ruleId === 'no-asap');
    expect(asap).toEqual({
      ruleId: 'no-asap',
      category: 'next-steps',
      severity: 'warning',
      start: 37,
      end: 41,
      message: 'Give a time instead of "asap".',
      suggestions: ['by 5 pm today'],
    });
    expect(result.findings.map((f) => f.ruleId)).toContain('read-the-faq');
  });

  it('requires the same-day promise only when the customer asks when', () => {
    const c = checker({ packs: [sample()] });
    const draft = 'Thanks for your message. We are looking into it.';
    expect(ids(c, draft, 'When will my router arrive?')).toContain('same-day-answer');
    expect(ids(c, draft, 'Thank you!')).not.toContain('same-day-answer');
    expect(ids(c, draft)).not.toContain('same-day-answer');
    expect(ids(c, 'We will send it today.', 'When will my router arrive?')).not.toContain(
      'same-day-answer',
    );
    // A German draft answering an English customer: the condition is read in the customer's language.
    expect(ids(c, 'Wir kümmern uns darum, Herr Kim.', 'How long will this take?')).toContain(
      'same-day-answer',
    );
  });

  it('keeps allowlisted product names out of every rule', () => {
    withWeights(NO_DRAFT_MODEL, () => {
      const draft = 'Your ATLAS box and the SVDSL line are both fine now.';
      expect(check({ draft }).findings.map((f) => f.ruleId)).toEqual(['shouting', 'shouting']);
      expect(ids(checker({ packs: [sample()] }), draft)).toEqual([]);
      const ont = 'Your new ONT is installed and works fine now.';
      expect(ids(checker({}), ont)).toEqual(['jargon']);
      expect(ids(checker({ adjustments: { allowlist: ['ONT'] } }), ont)).toEqual([]);
    });
  });

  it('lets a pack switch a built-in off and re-level another', () => {
    const long =
      'After we received your message on Monday we checked the order with the warehouse team and the courier and found that the parcel had been sent to the old address that was still stored in your customer account from last year.';
    expect(check({ draft: long }).findings.map((f) => f.ruleId)).toContain('long-sentence');
    const c = checker({ packs: [sample()] });
    expect(ids(c, long)).not.toContain('long-sentence');
    expect(ids(c, long)).toContain('short-sentences');
    const vague = c.check({ draft: 'We will get back to you soon.' }).findings;
    expect(vague.find((f) => f.ruleId === 'vague-time')?.severity).toBe('warning');
    const rule = c.rules.find((r) => r.id === 'long-sentence');
    expect(rule).toMatchObject({ origin: 'builtin', kind: 'builtin', enabled: false });
  });

  it('lets local adjustments win over packs', () => {
    const adjustments: Adjustments = {
      rules: {
        'long-sentence': { enabled: true, severity: 'warning' },
        'disliked-phrases': { enabled: false },
        'vague-time': { severity: 'hint' },
      },
    };
    const c = checker({ packs: [sample()], adjustments });
    const long = `${'word '.repeat(40)}end.`;
    const findings = c.check({ draft: `${long} No worries, we reply soon.`, lang: 'en' }).findings;
    expect(findings.find((f) => f.ruleId === 'long-sentence')?.severity).toBe('warning');
    expect(findings.some((f) => f.ruleId === 'disliked-phrases')).toBe(false);
    expect(findings.find((f) => f.ruleId === 'vague-time')?.severity).toBe('hint');
    expect(c.rules.find((r) => r.id === 'vague-time')).toMatchObject({
      severity: 'hint',
      defaultSeverity: 'warning',
    });
    expect(c.rules.find((r) => r.id === 'disliked-phrases')).toMatchObject({
      origin: 'pack',
      packId: 'acme-support',
      kind: 'phrases',
      enabled: false,
    });
  });

  it('adds exceptions to a built-in phrase rule', () => {
    const draft = 'Please read the FAQ.';
    const adjustments: Adjustments = {
      rules: { 'read-the-faq': { options: { except: { en: ['read the faq'] } } } },
    };
    expect(ids(checker({}), draft)).toContain('read-the-faq');
    expect(ids(checker({ adjustments }), draft)).not.toContain('read-the-faq');
    // The shared built-in set is untouched.
    expect(check({ draft }).findings.map((f) => f.ruleId)).toContain('read-the-faq');
  });

  it('names adjustments of rules that no longer exist', () => {
    const c = checker({ adjustments: { rules: { 'removed-rule': { enabled: false } } } });
    expect(c.unusedAdjustments).toEqual(['removed-rule']);
  });

  it('refuses two packs with the same id or rule id, naming pack and place', () => {
    const a = loaded(minimalPack());
    const b = { ...minimalPack(), id: 'other' };
    const twice = createChecker({ packs: [a, a] });
    expect(twice.ok ? twice : { ...twice, errors: twice.errors.map(worded) }).toEqual({
      ok: false,
      errors: [{ pack: 'mini', path: '/id', message: 'pack "mini" is given twice' }],
    });
    expect(createChecker({ packs: [a, b] })).toMatchObject({
      ok: false,
      errors: [{ pack: 'other', path: '/rules/0/id' }],
    });
  });

  it('runs measures with their thresholds per language', () => {
    const pack = minimalPack();
    pack.languages = ['de', 'en'];
    pack.rules = [
      {
        id: 'shout-less',
        kind: 'measure',
        measure: 'exclamation-marks',
        max: { en: 1, de: 0 },
        category: 'tone',
        severity: 'hint',
        messages: { de: 'Weniger Ausrufezeichen.', en: 'Fewer exclamation marks.' },
        rationale: { de: 'Ruhiger Ton.', en: 'Calm tone.' },
        examples: {
          en: { valid: [{ draft: 'Done!' }], invalid: [{ draft: 'Done! Really!' }] },
          de: { valid: [{ draft: 'Erledigt.' }], invalid: [{ draft: 'Erledigt!' }] },
        },
      },
      {
        id: 'say-more',
        kind: 'measure',
        measure: 'draft-words',
        min: { en: 4 },
        category: 'co-production',
        severity: 'hint',
        messages: { de: 'Etwas mehr sagen.', en: 'Say a little more.' },
        rationale: { de: 'Kurz ist nicht knapp.', en: 'Short is not curt.' },
        examples: {
          en: { valid: [{ draft: 'Your refund is on its way.' }], invalid: [{ draft: 'Done.' }] },
        },
      },
    ];
    const c = checker({ packs: [loaded(pack)] });
    expect(ids(c, 'Done! Really! Yes!')).toContain('shout-less');
    // German: one "!" is already too many, and say-more has no German threshold.
    expect(ids(c, 'Das ist gut!')).toContain('shout-less');
    expect(ids(c, 'Das ist gut!')).not.toContain('say-more');
    expect(ids(c, 'Thanks, done.')).toContain('say-more');
    expect(ids(c, '')).toEqual([]);
  });

  it('refuses a damaged pack object instead of throwing', () => {
    const damaged = { ...minimalPack(), rules: [{ id: 'x', kind: 'phrases' }] } as unknown as Pack;
    const result = createChecker({ packs: [damaged] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(messageOf(result.errors[0]!)).toMatch(/^cannot use these packs: /);
  });

  it("warns about, and ignores, a pack's builtins entry that names no built-in rule", () => {
    const pack = JSON.parse(samplePackText()) as Pack;
    pack.builtins = { 'disliked-phrases': { enabled: false } };
    const result = loadPack(JSON.stringify(pack));
    expect({ ...result, warnings: result.warnings.map(worded) }).toMatchObject({
      ok: true,
      warnings: [
        {
          path: '/builtins/disliked-phrases',
          message: 'there is no built-in rule "disliked-phrases"; this adjustment does nothing',
        },
      ],
    });
    if (!result.ok) return;
    expect(ids(checker({ packs: [result.pack] }), 'No worries!')).toContain('disliked-phrases');
  });

  it("takes loadPack's valid patterns from the caller, and checks the same without them", () => {
    const result = loadPack(samplePackText());
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const { pack, validPatterns } = result;
    for (const rule of pack.rules) {
      if (rule.kind === 'measure') continue;
      for (const source of Object.values(rule.patterns).flat()) {
        expect(validPatterns.has(source), source).toBe(true);
      }
    }
    const drafts = ['No worries, we will get back to you asap!', 'Kein Problem, bis bald.'];
    const passedOn = checker({ packs: [pack], validPatterns: [validPatterns] });
    const parsedAgain = checker({ packs: [pack] });
    for (const draft of drafts) {
      expect(passedOn.check({ draft })).toEqual(parsedAgain.check({ draft }));
    }
  });
});
