// The sidebar model with the real engine and a recording client.
import { describe, expect, it } from 'vitest';
import { CATEGORIES, check, type CheckInput } from '../../../../rules';
import type { Category, Finding } from '../../../../rules';
import {
  FINDINGS_SHOWN,
  firstOfEachCategory,
  toCategoryViews,
  toFindingList,
  toFindingViews,
} from '../../../../utils/sidebar/finding-view';
import type { BackgroundClient, Request, Responses } from '../../../../utils/messages';
import { DEFAULT_SETTINGS } from '../../../../utils/settings';
import {
  changeBetween,
  createSidebarModel,
  FULL_CHECK_LIMIT,
  nextPart,
} from '../../../../utils/sidebar/model';
import { ruleReason } from '../../../support/engine';

function setup(settings = DEFAULT_SETTINGS) {
  const sent: Request[] = [];
  const checks: CheckInput[] = [];
  const client: BackgroundClient = {
    request: async <R extends Request>(request: R) => {
      sent.push(request);
      return { ok: true } as Responses[R['kind']];
    },
  };
  const model = createSidebarModel({
    settings,
    browserLanguage: 'en-US',
    host: 'desk.example',
    client,
    check: (input) => {
      checks.push(input);
      return check(input);
    },
  });
  return { model, sent, checks };
}

const DRAFT = 'As already stated, the router is on its way.';

describe('createSidebarModel', () => {
  it('checks drafts with the customer message, once per change', () => {
    const { model, checks } = setup();
    model.update(DRAFT, 'Third time I write!');
    model.update(DRAFT, 'Third time I write!');
    expect(checks).toEqual([{ draft: DRAFT, customer: 'Third time I write!', uiLang: 'en' }]);
    const { result, attached } = model.store.get();
    expect(attached).toBe(true);
    expect(result?.findings.map((f) => f.ruleId)).toContain('condescension');
  });

  it('keeps why a draft has no result, until one comes', () => {
    let failure: string | undefined = 'no such tab';
    let ready = false;
    const model = createSidebarModel({
      settings: DEFAULT_SETTINGS,
      browserLanguage: 'en-US',
      host: 'desk.example',
      client: { request: async () => ({ ok: true }) } as unknown as BackgroundClient,
      check: (input) => (ready ? check(input) : undefined),
      checkFailure: () => failure,
    });
    model.update(DRAFT, undefined);
    expect(model.store.get()).toMatchObject({ result: undefined, failure: 'no such tab' });
    model.update('', undefined);
    expect(model.store.get().failure).toBeUndefined();
    ready = true;
    failure = undefined;
    model.update(DRAFT, undefined);
    expect(model.store.get().failure).toBeUndefined();
    expect(model.store.get().result?.findings.length).toBeGreaterThan(0);
  });

  it('does not check an empty draft', () => {
    const { model, checks } = setup();
    model.update('  ', undefined);
    expect(checks).toEqual([]);
    expect(model.store.get()).toMatchObject({ attached: true, result: undefined });
  });

  it('remembers collapsing through the background', () => {
    const { model, sent } = setup({ ...DEFAULT_SETTINGS, collapsed: true });
    expect(model.store.get().collapsed).toBe(true);
    model.toggleCollapsed();
    expect(model.store.get().collapsed).toBe(false);
    expect(sent).toEqual([{ kind: 'set-collapsed', collapsed: false }]);
  });

  it('switches Klartext off for its own host', async () => {
    const { model, sent } = setup();
    await model.disableSite();
    expect(sent).toEqual([{ kind: 'set-site-enabled', host: 'desk.example', enabled: false }]);
  });

  it('shows the findings in German once the user picks German', () => {
    const { model } = setup();
    model.update(DRAFT, undefined);
    model.applySettings({ ...DEFAULT_SETTINGS, uiLanguage: 'de' });
    const { uiLang, result } = model.store.get();
    expect(uiLang).toBe('de');
    const condescension = result?.findings.find((f) => f.ruleId === 'condescension');
    expect(condescension?.message).toMatch(/Kundin|wissen/);
  });
});

describe('finding views', () => {
  it('sorts by category, quotes the flagged words and gives the reason', () => {
    const draft = 'Dear customer,\n\nAs already stated, it ships today.';
    const { findings } = check({ draft, uiLang: 'en' });
    const views = toFindingViews(draft, findings, 'en', ruleReason);
    const condescension = views.find((v) => v.ruleId === 'condescension');
    expect(condescension?.quote).toBe('As already stated');
    expect(condescension?.reason).toBe(ruleReason('condescension')?.en);
    expect(condescension?.reason).toMatch(/\w/);
    const categories = toCategoryViews(findings);
    expect(categories.map((c) => c.category)).toEqual(CATEGORIES);
    expect(categories.find((c) => c.category === 'tone')?.count).toBeGreaterThan(0);
  });

  it('says "the whole reply" (no quote) for findings about all of it', () => {
    const draft = 'The router ships today.';
    const [view] = toFindingViews(
      draft,
      [
        {
          ruleId: 'missing-next-step',
          category: 'next-steps',
          severity: 'hint',
          start: 0,
          end: draft.length,
          message: 'm',
        },
      ],
      'en',
    );
    expect(view?.quote).toBeUndefined();
  });
});

/** A reply far beyond any real one: about three times FULL_CHECK_LIMIT, in whole lines. */
const LINE = 'The router ships today, and the courier brings it to your door.\n';
const HUGE = LINE.repeat(Math.ceil((3 * FULL_CHECK_LIMIT) / LINE.length));
const ENDING = 'As already stated, it ships today.';

describe('a draft too long to check whole', () => {
  it('checks the part where the agent pasted or typed, and says which part', () => {
    const { model, checks } = setup();
    const draft = HUGE + ENDING;
    model.update(draft, undefined);
    expect(checks).toHaveLength(1);
    const checkedText = checks[0]!.draft;
    expect(checkedText.length).toBeLessThanOrEqual(FULL_CHECK_LIMIT);
    const { checked, result } = model.store.get();
    // The caret is at the end of the pasted text: the part ends there, and starts on a line.
    expect(checked).toMatchObject({ end: draft.length });
    expect(draft.slice(checked!.start, checked!.end)).toBe(checkedText);
    expect(draft[checked!.start - 1]).toBe('\n');
    // Offsets point into the whole draft, at the flagged words.
    const condescension = result?.findings.find((f) => f.ruleId === 'condescension');
    expect(condescension && draft.slice(condescension.start, condescension.end)).toBe(
      'As already stated',
    );
  });

  it('keeps the part while the agent types in it, and checks what they type', () => {
    const { model } = setup();
    const draft = HUGE + ENDING;
    model.update(draft, undefined);
    const before = model.store.get().checked!;
    const typed = `${draft} We will get back to you asap.`;
    model.update(typed, undefined);
    const { checked, result } = model.store.get();
    expect(checked).toEqual({ start: before.start, end: typed.length });
    const vague = result?.findings.find((f) => f.ruleId === 'vague-time');
    expect(vague && typed.slice(vague.start, vague.end)).toBe('asap');
  });

  it('moves the part to where the agent types next', () => {
    const { model } = setup();
    model.update(HUGE + ENDING, undefined);
    const typed = `As already stated, ${HUGE}${ENDING}`;
    model.update(typed, undefined);
    const { checked, result } = model.store.get();
    expect(checked?.start).toBe(0);
    expect(checked!.end).toBeLessThan(typed.length);
    const starts = result?.findings.filter((f) => f.ruleId === 'condescension').map((f) => f.start);
    expect(starts).toEqual([0]);
  });

  it('checks the same part again when the rules or the language change', () => {
    const { model, checks } = setup();
    model.update(HUGE + ENDING, undefined);
    model.applySettings({ ...DEFAULT_SETTINGS, uiLanguage: 'de' });
    expect(checks).toHaveLength(2);
    expect(checks[1]!.draft).toBe(checks[0]!.draft);
    expect(checks[1]!.uiLang).toBe('de');
  });

  it('checks a reply of normal length whole, exactly as before', () => {
    const { model, checks } = setup();
    const draft = LINE.repeat(100) + ENDING;
    model.update(draft, 'Where is it?');
    expect(checks).toEqual([{ draft, customer: 'Where is it?', uiLang: 'en' }]);
    expect(model.store.get().checked).toBeUndefined();
    expect(model.store.get().result).toEqual(
      check({ draft, customer: 'Where is it?', uiLang: 'en' }),
    );
  });

  it('says "the whole reply" for a finding about all of the checked part', () => {
    const draft = HUGE + ENDING;
    const { model } = setup();
    model.update(draft, undefined);
    const checked = model.store.get().checked!;
    const about = (start: number, end: number): Finding => ({
      ruleId: 'missing-next-step',
      category: 'next-steps',
      severity: 'hint',
      start,
      end,
      message: 'm',
    });
    const [whole, part] = toFindingViews(
      draft,
      [about(checked.start, checked.end), about(checked.start + 10, checked.end)],
      'en',
      undefined,
      { checked },
    );
    expect(whole?.quote).toBeUndefined();
    expect(part?.quote).toMatch(/\w/);
  });
});

describe('where a draft changed and which part to check', () => {
  it('finds the changed stretch, also in drafts of a megabyte', () => {
    const big = 'x'.repeat(1_000_000);
    expect(changeBetween(big, `${big}!`)).toEqual({
      start: 1_000_000,
      previousEnd: 1_000_000,
      nextEnd: 1_000_001,
    });
    const middle = `${big.slice(0, 400_000)}abc${big.slice(400_001)}`;
    expect(changeBetween(big, middle)).toEqual({
      start: 400_000,
      previousEnd: 400_001,
      nextEnd: 400_003,
    });
    expect(changeBetween('same', 'same')).toBeUndefined();
  });

  it('leaves drafts of normal length alone', () => {
    expect(nextPart('', undefined, 'short')).toBeUndefined();
    expect(nextPart(HUGE, { start: 0, end: FULL_CHECK_LIMIT }, 'short')).toBeUndefined();
  });

  it('never checks more than the limit', () => {
    const part = nextPart('', undefined, HUGE)!;
    expect(part.end - part.start).toBeLessThanOrEqual(FULL_CHECK_LIMIT);
    const middle = Math.floor(HUGE.length / 2);
    const typed = `${HUGE.slice(0, middle)}asap ${HUGE.slice(middle)}`;
    const moved = nextPart(HUGE, part, typed)!;
    expect(moved.end - moved.start).toBeLessThanOrEqual(FULL_CHECK_LIMIT);
    expect(moved.start).toBeLessThan(middle);
    expect(moved.end).toBeGreaterThan(middle + 5);
  });
});

describe('the list of a draft with thousands of findings', () => {
  const CATEGORY_SHARE: [Category, number][] = [
    ['tone', 1_500],
    ['empathy', 5],
    ['ownership', 600],
    ['next-steps', 400],
    ['clarity', 300],
    ['co-production', 195],
  ];
  const findings: Finding[] = CATEGORY_SHARE.flatMap(([category, count], c) =>
    Array.from({ length: count }, (_, i) => ({
      ruleId: `rule-${category}`,
      category,
      severity: 'hint' as const,
      start: i * 10 + c,
      end: i * 10 + c + 4,
      message: `finding ${i}`,
    })),
  );
  const draft = 'word '.repeat(4_000);

  it('makes views for at most FINDINGS_SHOWN of 3,000, from every category, and counts all', () => {
    expect(findings).toHaveLength(3_000);
    const list = toFindingList(draft, findings, 'en');
    expect(list.total).toBe(3_000);
    expect(list.shown.length).toBe(FINDINGS_SHOWN);
    const shownOf = (category: Category) => list.shown.filter((view) => view.category === category);
    // A small category shows all of its findings; the others share the rest.
    expect(shownOf('empathy')).toHaveLength(5);
    for (const [category] of CATEGORY_SHARE) expect(shownOf(category).length).toBeGreaterThan(0);
    // Each category shows its first findings, in the sidebar's order.
    expect(shownOf('tone').map((view) => view.start)).toEqual(
      findings
        .filter((f) => f.category === 'tone')
        .slice(0, shownOf('tone').length)
        .map((f) => f.start),
    );
    expect(list.shown.map((view) => view.category)).toEqual(
      [...list.shown.map((view) => view.category)].sort(
        (a, b) => CATEGORIES.indexOf(a) - CATEGORIES.indexOf(b),
      ),
    );
    // The checklist still counts every finding.
    expect(toCategoryViews(findings).map((c) => c.count)).toEqual(
      CATEGORY_SHARE.map(([, count]) => count),
    );
  });

  it('shows everything when there are no more than FINDINGS_SHOWN', () => {
    const few = findings.filter((f) => f.category === 'empathy' || f.start < 100);
    expect(few.length).toBeLessThanOrEqual(FINDINGS_SHOWN);
    const list = toFindingList(draft, few, 'en');
    expect(list.shown).toEqual(toFindingViews(draft, few, 'en'));
    expect(firstOfEachCategory(few)).toEqual(few);
  });
});
