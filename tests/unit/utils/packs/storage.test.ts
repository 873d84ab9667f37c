// Installed packs and local adjustments in extension storage: the background's writer validates
// before it stores, a refused write changes nothing, and readers get what was written.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { createChecker } from '../../../../rules/index';
import { handleRequest, type RouterDeps } from '../../../../entrypoints/background/router';
import { parseRequest } from '../../../../utils/messages';
import { loadPackState, installedPacks, PACK_KEYS } from '../../../../utils/packs/state';
import { createPackWriter } from '../../../../utils/packs/writer';
import { createSettingsWriter, extensionStorage } from '../../../../utils/settings';
import { minimalPack, samplePackText, text } from '../../../support/packs';

beforeEach(() => fakeBrowser.reset());

const storage = () => extensionStorage(fakeBrowser);

function findingsWith(state: Awaited<ReturnType<typeof loadPackState>>, draft: string) {
  const checker = createChecker({ packs: installedPacks(state), adjustments: state.adjustments });
  if (!checker.ok) throw new Error(JSON.stringify(checker.errors));
  return checker.check({ draft, lang: 'en' }).findings.map((f) => f.ruleId);
}

describe('pack writer', () => {
  it('installs a valid pack, whose rule then fires, and replaces it by id on a new version', async () => {
    const writer = createPackWriter(storage());
    await writer.install(samplePackText());
    let state = await loadPackState(storage());
    expect(state.user.map((p) => p.id)).toEqual(['acme-support']);
    expect(findingsWith(state, 'No worries, I will call you today at 3 pm.')).toContain(
      'disliked-phrases',
    );

    const next = { ...JSON.parse(samplePackText()), version: '1.3.0' };
    await writer.install(text(next));
    state = await loadPackState(storage());
    expect(state.user.map((p) => `${p.id}@${p.version}`)).toEqual(['acme-support@1.3.0']);
  });

  it('refuses a broken pack with its location and leaves the installed packs alone', async () => {
    const writer = createPackWriter(storage());
    await writer.install(samplePackText());
    const before = await fakeBrowser.storage.local.get(PACK_KEYS.user);
    await expect(writer.install('{ "schemaVersion": 1, "id": ')).rejects.toThrow(/1:\d+/);
    await expect(writer.install(text({ ...minimalPack(), schemaVersion: 2 }))).rejects.toThrow(
      /schemaVersion/,
    );
    expect(await fakeBrowser.storage.local.get(PACK_KEYS.user)).toEqual(before);
  });

  it('refuses a pack whose rule id clashes with an installed pack', async () => {
    const writer = createPackWriter(storage());
    await writer.install(text(minimalPack()));
    const clash = { ...minimalPack(), id: 'other' };
    await expect(writer.install(text(clash))).rejects.toThrow(/no-asap/);
    expect((await loadPackState(storage())).user.map((p) => p.id)).toEqual(['mini']);
  });

  it('switches a rule off and back on, re-levels it, and keeps only real changes', async () => {
    const writer = createPackWriter(storage());
    await writer.setRule('vague-time', { enabled: false });
    expect(
      findingsWith(
        await loadPackState(storage()),
        'Thanks for your message. We will get back to you asap.',
      ),
    ).not.toContain('vague-time');
    await writer.setRule('vague-time', { severity: 'hint' });
    expect((await loadPackState(storage())).adjustments.rules).toEqual({
      'vague-time': { enabled: false, severity: 'hint' },
    });
    await writer.setRule('vague-time', { enabled: true, severity: null });
    expect((await loadPackState(storage())).adjustments.rules).toEqual({});
    await expect(writer.setRule('no-such-rule', { enabled: false })).rejects.toThrow(/no rule/);
  });

  it('switches a rule that is off by default on, and back to its default', async () => {
    const writer = createPackWriter(storage());
    const draft =
      'We cannot say whether the engineer who visited knows which socket is the one that failed because the fuse which we replaced was not the one that tripped.';
    expect(findingsWith(await loadPackState(storage()), draft)).not.toContain('stacked-clauses');
    await writer.setRule('stacked-clauses', { enabled: true });
    expect((await loadPackState(storage())).adjustments.rules).toEqual({
      'stacked-clauses': { enabled: true },
    });
    expect(findingsWith(await loadPackState(storage()), draft)).toContain('stacked-clauses');
    await writer.setRule('stacked-clauses', { enabled: false });
    expect((await loadPackState(storage())).adjustments.rules).toEqual({});
    expect(findingsWith(await loadPackState(storage()), draft)).not.toContain('stacked-clauses');
  });

  it('adds a word to the allowlist, which silences its finding, and removes it again', async () => {
    const writer = createPackWriter(storage());
    const draft = 'Thanks for your message. We will get back to you asap.';
    expect(findingsWith(await loadPackState(storage()), draft)).toContain('vague-time');
    await writer.setAllowed('asap', true);
    await writer.setAllowed('asap', true);
    const state = await loadPackState(storage());
    expect(state.adjustments.allowlist).toEqual(['asap']);
    expect(findingsWith(state, draft)).not.toContain('vague-time');
    await writer.setAllowed('asap', false);
    expect((await loadPackState(storage())).adjustments.allowlist).toEqual([]);
    await expect(writer.setAllowed('!!!', true)).rejects.toThrow(/no words/);
  });

  it('removes a pack; concurrent writes do not lose each other', async () => {
    const writer = createPackWriter(storage());
    await Promise.all([
      writer.install(text(minimalPack())),
      writer.setRule('vague-time', { enabled: false }),
      writer.setAllowed('ATLAS', true),
    ]);
    let state = await loadPackState(storage());
    expect(state.user).toHaveLength(1);
    expect(state.adjustments).toEqual({
      rules: { 'vague-time': { enabled: false } },
      allowlist: ['ATLAS'],
    });
    await writer.remove('mini');
    state = await loadPackState(storage());
    expect(state.user).toEqual([]);
  });
});

describe('pack requests through the router', () => {
  const deps = (): RouterDeps =>
    ({
      settings: createSettingsWriter(storage()),
      openOptions: async () => undefined,
      packs: createPackWriter(storage()),
    }) as unknown as RouterDeps;

  it('parses pack requests and answers refusals with the reason', async () => {
    const install = parseRequest({ kind: 'install-pack', text: '{' });
    expect(install).toEqual({ kind: 'install-pack', text: '{' });
    expect(parseRequest({ kind: 'set-rule-adjustment', ruleId: 'x', severity: 'loud' })).toBe(
      undefined,
    );
    expect(parseRequest({ kind: 'set-allowlist-entry', entry: ' ', allowed: true })).toBe(
      undefined,
    );
    const answer = await handleRequest(install!, deps());
    expect(answer.ok).toBe(false);
    const off = await handleRequest(
      { kind: 'set-rule-adjustment', ruleId: 'vague-time', enabled: false },
      deps(),
    );
    expect(off).toEqual({ ok: true });
    expect((await loadPackState(storage())).adjustments.rules).toEqual({
      'vague-time': { enabled: false },
    });
  });
});
