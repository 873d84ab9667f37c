// The sidebar model with the real engine and a recording client.
import { describe, expect, it } from 'vitest';
import { CATEGORIES, check, type CheckInput } from '../../../rules';
import { toCategoryViews, toFindingViews } from '../../../utils/finding-view';
import type { BackgroundClient, Request, Responses } from '../../../utils/messages';
import { DEFAULT_SETTINGS } from '../../../utils/settings';
import { createSidebarModel } from '../../../utils/sidebar-model';
import { ruleReason } from '../../support/engine';

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
