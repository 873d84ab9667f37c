// The sidebar's live checker: follows packs and adjustments written to storage, falls back when
// the stored packs do not fit together, and hides ignored-once findings for this reply only.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { createLiveChecker, ENGINE_RETRY_MS } from '../../../../utils/sidebar/live-checker';
import { createFindingActions } from '../../../../utils/sidebar/finding-actions';
import { PACK_KEYS } from '../../../../utils/packs/state';
import { createPackWriter } from '../../../../utils/packs/writer';
import { extensionStorage } from '../../../../utils/settings';
import { createStore } from '../../../../utils/store';
import type { BackgroundClient } from '../../../../utils/messages';
import {
  createSidebarModel,
  FULL_CHECK_LIMIT,
  type SidebarState,
} from '../../../../utils/sidebar/model';
import { toFindingList } from '../../../../utils/sidebar/finding-view';
import { DEFAULT_SETTINGS } from '../../../../utils/settings';
import { minimalPack, samplePackText } from '../../../support/packs';
import { testEngine } from '../../../support/engine';

beforeEach(() => fakeBrowser.reset());

const storage = () => extensionStorage(fakeBrowser);

function changes() {
  let count = 0;
  let wake: (() => void) | undefined;
  return {
    onChange: () => {
      count += 1;
      wake?.();
    },
    next: (after: number) =>
      new Promise<void>((resolve) => {
        if (count > after) return resolve();
        wake = resolve;
      }),
    get count() {
      return count;
    },
  };
}

const ids = (result: { findings: { ruleId: string }[] } | undefined) => {
  if (!result) throw new Error('no result: the engine is not loaded');
  return result.findings.map((f) => f.ruleId);
};
const DRAFT = 'No worries, we will get back to you asap.';

describe('live checker', () => {
  it('starts with the built-ins and follows imports and adjustments as they are stored', async () => {
    const seen = changes();
    const live = createLiveChecker({
      storage: storage(),
      engine: testEngine({ preloaded: true }),
      signal: new AbortController().signal,
      onChange: seen.onChange,
    });
    expect(ids(live.check({ draft: DRAFT, lang: 'en' }))).not.toContain('disliked-phrases');
    await seen.next(0);

    const writer = createPackWriter(storage());
    await writer.install(samplePackText());
    await seen.next(1);
    expect(ids(live.check({ draft: DRAFT, lang: 'en' }))).toContain('disliked-phrases');
    expect(live.rules().some((r) => r.packId === 'acme-support')).toBe(true);
    expect(live.reason('disliked-phrases')?.en).toMatch(/customer survey/);

    const before = seen.count;
    await writer.setRule('disliked-phrases', { enabled: false });
    await seen.next(before);
    expect(ids(live.check({ draft: DRAFT, lang: 'en' }))).not.toContain('disliked-phrases');
  });

  it('falls back to the managed packs when the agent’s packs clash with them', async () => {
    const clash = { ...minimalPack(), id: 'mine' };
    await fakeBrowser.storage.local.set({
      [PACK_KEYS.managed]: [minimalPack()],
      [PACK_KEYS.user]: [clash],
    });
    const seen = changes();
    const live = createLiveChecker({
      storage: storage(),
      engine: testEngine({ preloaded: true }),
      signal: new AbortController().signal,
      onChange: seen.onChange,
    });
    await seen.next(0);
    expect(ids(live.check({ draft: 'I will call you asap.', lang: 'en' }))).toContain('no-asap');
    expect(live.rules().filter((r) => r.id === 'no-asap')).toHaveLength(1);
  });

  it('hides an ignored finding for this reply, until the reply box goes away', async () => {
    const seen = changes();
    const live = createLiveChecker({
      storage: storage(),
      engine: testEngine({ preloaded: true }),
      signal: new AbortController().signal,
      onChange: seen.onChange,
    });
    await seen.next(0);
    const draft = 'As already stated, the router is on its way. We will get back to you asap.';
    const store = createStore<SidebarState>({
      collapsed: false,
      uiLang: 'en',
      attached: true,
      draft,
      result: undefined,
    });
    const sent: unknown[] = [];
    const client = {
      request: async (request: unknown) => {
        sent.push(request);
        return { ok: true };
      },
    } as unknown as BackgroundClient;
    const actions = createFindingActions({ store }, live, client);
    const finding = live
      .check({ draft, lang: 'en' })!
      .findings.find((f) => f.ruleId === 'vague-time')!;
    const view = {
      ...finding,
      key: 'k',
      reason: '',
      quote: 'asap',
      suggestions: [],
      fixStart: finding.start,
      fixEnd: finding.end,
      fixText: 'asap',
    };

    actions.onIgnoreOnce(view);
    expect(ids(live.check({ draft, lang: 'en' }))).not.toContain('vague-time');
    expect(ids(live.check({ draft, lang: 'en' }))).toContain('condescension');
    expect(sent).toEqual([]);

    actions.onDisableRule(view);
    actions.onAllow(view);
    expect(sent).toEqual([
      { kind: 'set-rule-adjustment', ruleId: 'vague-time', enabled: false },
      { kind: 'set-allowlist-entry', entry: 'asap', allowed: true },
    ]);

    store.set({ attached: false, draft: '' });
    expect(ids(live.check({ draft, lang: 'en' }))).toContain('vague-time');
  });

  it('has no answer until the engine is injected, asks for it once, and then checks', async () => {
    const seen = changes();
    const engine = testEngine();
    const live = createLiveChecker({
      storage: storage(),
      engine,
      signal: new AbortController().signal,
      onChange: seen.onChange,
    });
    expect(live.check({ draft: DRAFT, lang: 'en' })).toBeUndefined();
    expect(live.check({ draft: DRAFT, lang: 'en' })).toBeUndefined();
    expect(live.reason('vague-time')).toBeUndefined();
    await live.ready();
    expect(engine.injections).toBe(1);
    expect(seen.count).toBeGreaterThan(0);
    expect(ids(live.check({ draft: DRAFT, lang: 'en' }))).toContain('vague-time');
    expect(live.reason('vague-time')?.de).toMatch(/\w/);
  });

  it('tries the injection again after one failed', async () => {
    const engine = testEngine({ failFirst: true });
    const live = createLiveChecker({
      storage: storage(),
      engine,
      signal: new AbortController().signal,
      onChange: () => undefined,
    });
    await expect(live.ready()).rejects.toThrow('no such tab');
    expect(live.check({ draft: DRAFT, lang: 'en' })).toBeUndefined();
    await live.ready();
    expect(engine.injections).toBe(2);
    expect(ids(live.check({ draft: DRAFT, lang: 'en' }))).toContain('vague-time');
  });

  it('says why the engine did not come, and asks again only after a pause', async () => {
    const seen = changes();
    let clock = 1_000;
    const engine = testEngine({ failAlways: true });
    const live = createLiveChecker({
      storage: storage(),
      engine,
      signal: new AbortController().signal,
      onChange: seen.onChange,
      now: () => clock,
    });
    expect(live.check({ draft: DRAFT, lang: 'en' })).toBeUndefined();
    expect(live.failure()).toBeUndefined();
    await seen.next(0);
    expect(live.failure()).toBe('no such tab');
    // The sidebar checks again on the change: that must not ask again at once.
    expect(live.check({ draft: DRAFT, lang: 'en' })).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(engine.injections).toBe(1);
    clock += ENGINE_RETRY_MS;
    expect(live.check({ draft: DRAFT, lang: 'en' })).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(engine.injections).toBe(2);
    expect(live.failure()).toBe('no such tab');
  });

  it('ignores a finding once in a draft too long to check whole, where it was flagged', async () => {
    const seen = changes();
    // As in the session: the checker's changes check the draft again (the model exists by then).
    const live = createLiveChecker({
      storage: storage(),
      engine: testEngine({ preloaded: true }),
      signal: new AbortController().signal,
      onChange: () => {
        seen.onChange();
        model.recheck();
      },
    });
    const client = { request: async () => ({ ok: true }) } as unknown as BackgroundClient;
    const model = createSidebarModel({
      settings: DEFAULT_SETTINGS,
      browserLanguage: 'en-US',
      host: 'desk.example',
      client,
      check: live.check,
    });
    await seen.next(0);
    const line = 'The router ships today, and the courier brings it to your door.\n';
    const lines = line.repeat(Math.ceil((2 * FULL_CHECK_LIMIT) / line.length));
    const draft = `${lines}We will get back to you asap.`;
    model.update(draft, undefined);
    const state = model.store.get();
    expect(state.checked).toBeDefined();
    const { shown } = toFindingList(state.draft, state.result!.findings, 'en', undefined, {
      checked: state.checked,
    });
    const vague = shown.find((view) => view.ruleId === 'vague-time')!;
    expect(draft.slice(vague.start, vague.end)).toBe('asap');

    createFindingActions(model, live, client).onIgnoreOnce(vague);
    expect(ids(model.store.get().result)).not.toContain('vague-time');
  });
});
