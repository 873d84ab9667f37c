// One-click fixes on the demo drafts (issue 16, item 2): most findings offer one, names come
// from the check's input, placeholders are recognisable, and "Fix all safe ones" leaves those
// with placeholders to the agent.
import { describe, expect, it } from 'vitest';
import { check, type Finding, type Lang } from '../../../../rules/index';
import { firstPlaceholder, needsNoCompleting } from '../../../../rules/engine/placeholder';
import { personName } from '../../../../rules/engine/names';
import { applySafeFixes, diffEdit, fixAllSafe, safeFix } from '../../../../utils/sidebar/fix-all';
import { DE_PROBLEM_DRAFT, EN_PROBLEM_DRAFT } from '../../../support/drafts';
import { DEMO_TICKETS } from '../../../support/demo-ticket';

const DRAFTS = { en: EN_PROBLEM_DRAFT, de: DE_PROBLEM_DRAFT } as const;

/** The demo drafts after "Fix all safe ones": only the vague time is left to complete. */
const ALL_SAFE_FIXED = {
  en: [
    'Hello Daniel Whitaker,',
    '',
    'I understand how frustrating this is, and I am sorry. Your router is simply on its way. I will take care of the delivery for you, so I am happy to walk you through the steps. We will get back to you asap.',
    '',
    'Regards',
    'Sam Taylor',
  ].join('\n'),
  de: [
    'Guten Tag Sabine Krüger,',
    '',
    'ich verstehe, wie ärgerlich das ist, und es tut mir leid. Nach aktuellem Stand ist Ihr Router unterwegs. Ich kümmere mich selbst darum, gern erkläre ich Ihnen die einzelnen Schritte. Wir melden uns zeitnah.',
    '',
    'Mit freundlichen Grüßen',
    'Lena Vogt',
  ].join('\n'),
};

function demoCheck(lang: Lang, draft: string = DRAFTS[lang], withAgent = true) {
  const ticket = DEMO_TICKETS[lang];
  return check({
    draft,
    lang,
    customer: ticket.customer,
    customerName: ticket.requester,
    ...(withAgent ? { agentName: ticket.agent } : {}),
  }).findings;
}

function apply(draft: string, finding: Finding, index = 0): string {
  const { start, end } = finding.fix ?? finding;
  return draft.slice(0, start) + finding.suggestions![index]! + draft.slice(end);
}

describe.each(['en', 'de'] as const)('the %s demo draft', (lang) => {
  it('offers a fix for at least 60% of its findings', () => {
    const findings = demoCheck(lang);
    const fixable = findings.filter((f) => (f.suggestions?.length ?? 0) > 0);
    expect(findings.length).toBeGreaterThanOrEqual(5);
    expect(fixable.length / findings.length).toBeGreaterThanOrEqual(0.6);
  });

  it('greets the customer by the name the ticket shows', () => {
    const greeting = demoCheck(lang).find((f) => f.ruleId === 'impersonal-greeting')!;
    const name = DEMO_TICKETS[lang].requester;
    expect(greeting.suggestions![0]).toBe(`${lang === 'en' ? 'Hello' : 'Guten Tag'} ${name}`);
  });

  it("signs with the agent's name where it is known, else leaves a placeholder", () => {
    const signed = demoCheck(lang).find((f) => f.ruleId === 'nameless-reply')!;
    expect(apply(DRAFTS[lang], signed).endsWith(`\n${DEMO_TICKETS[lang].agent}`)).toBe(true);
    const unsigned = demoCheck(lang, DRAFTS[lang], false).find(
      (f) => f.ruleId === 'nameless-reply',
    )!;
    expect(needsNoCompleting(unsigned.suggestions![0]!)).toBe(false);
  });

  it('turns the vague time into a placeholder the agent completes', () => {
    const vague = demoCheck(lang).find((f) => f.ruleId === 'vague-time')!;
    const suggestion = vague.suggestions![0]!;
    expect(suggestion).toBe(lang === 'en' ? 'by [day], [time]' : 'bis [Tag], [Uhrzeit]');
    const placeholder = firstPlaceholder(suggestion)!;
    expect(suggestion.slice(placeholder.start, placeholder.end)).toBe(
      lang === 'en' ? '[day]' : '[Tag]',
    );
    expect(safeFix(vague)).toBeUndefined();
  });

  it('fixes all safe ones in one edit and leaves only what the agent must complete', () => {
    const draft = DRAFTS[lang];
    const edit = fixAllSafe(draft, demoCheck(lang), (text) => demoCheck(lang, text))!;
    const fixed = draft.slice(0, edit.start) + edit.text + draft.slice(edit.end);
    const left = demoCheck(lang, fixed);
    // The vague time is left for the agent; nothing else with a fix stays.
    expect(left.filter((f) => f.suggestions).map((f) => f.ruleId)).toEqual(['vague-time']);
    expect(fixed).toBe(ALL_SAFE_FIXED[lang]);
  });
});

describe('fixes that reach past the flagged words', () => {
  it('rewrites a deflection into a sentence that takes the problem over', () => {
    const draft = 'Delivery is not our department, so please call the courier.';
    const finding = check({ draft, lang: 'en' }).findings.find((f) => f.ruleId === 'deflection')!;
    expect(apply(draft, finding)).toBe(
      'I will take care of the delivery for you, so please call the courier.',
    );
  });

  it('keeps the facts of a sentence that blames only in part: no fix there', () => {
    const draft = 'You entered the wrong IBAN, so the payment bounced.';
    const finding = check({ draft, lang: 'en' }).findings.find(
      (f) => f.ruleId === 'blame-customer',
    )!;
    expect(finding.suggestions).toBeUndefined();
  });

  it('does not let a fix reach outside the draft', () => {
    for (const finding of demoCheck('en')) {
      const { start, end } = finding.fix ?? finding;
      expect(0 <= start && start <= end && end <= EN_PROBLEM_DRAFT.length).toBe(true);
    }
  });
});

describe('names for suggestions', () => {
  it.each([
    ['Daniel Whitaker', 'Daniel Whitaker'],
    ['  Sabine   Krüger ', 'Sabine Krüger'],
    ["Siobhán O'Brien-Kelly", "Siobhán O'Brien-Kelly"],
    ['daniel@example.com', undefined],
    ['Ticket #48213', undefined],
    ['support', undefined],
    ['This is the third time I am writing to you about it', undefined],
  ])('%j reads as %j', (raw, name) => {
    expect(personName(raw)).toBe(name);
  });

  it('leaves a greeting without a name when the page shows none', () => {
    const findings = check({ draft: 'Dear customer,\n\nyour parcel is here.', lang: 'en' });
    const greeting = findings.findings.find((f) => f.ruleId === 'impersonal-greeting')!;
    expect(greeting.suggestions).toEqual(['Hello']);
  });
});

describe('applying several fixes', () => {
  const finding = (start: number, end: number, text: string, ruleId = 'r'): Finding => ({
    ruleId,
    category: 'tone',
    severity: 'hint',
    start,
    end,
    message: '',
    suggestions: [text],
  });

  it('applies fixes that do not overlap, an insertion before a replacement at one place too', () => {
    const step = applySafeFixes('abc def', [
      finding(4, 7, 'XYZ'),
      finding(0, 0, '> '),
      finding(0, 3, 'ABC'),
    ]);
    expect(step.draft).toBe('> ABC XYZ');
    expect(step.skipped.size).toBe(0);
  });

  it('leaves out one of two overlapping fixes and names its rule', () => {
    const step = applySafeFixes('abc def', [finding(0, 5, 'x', 'a'), finding(4, 7, 'y', 'b')]);
    expect(step.draft).toBe('xef');
    expect([...step.skipped]).toEqual(['b']);
  });

  it('skips placeholders', () => {
    expect(applySafeFixes('soon', [finding(0, 4, 'by [day]')]).draft).toBe('soon');
  });

  it('reports the smallest edit', () => {
    expect(diffEdit('Hello you there', 'Hello all there')).toEqual({
      start: 6,
      end: 9,
      text: 'all',
    });
    expect(diffEdit('same', 'same')).toBeUndefined();
  });
});
