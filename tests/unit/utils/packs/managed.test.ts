// Managed deployment: packs and settings from browser policy (storage.managed), read through a
// fake managed area. Good packs install as managed, broken ones are reported, the policy's
// settings win and the agent cannot undo them or remove a managed pack.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  applyPolicy,
  parsePolicy,
  policySettingsWriter,
  readPolicy,
} from '../../../../utils/packs/managed';
import { loadPackState } from '../../../../utils/packs/state';
import { createPackWriter } from '../../../../utils/packs/writer';
import { createSettingsWriter, extensionStorage, loadSettings } from '../../../../utils/settings';
import { minimalPack, samplePackText, text } from '../../../support/packs';

beforeEach(() => fakeBrowser.reset());

const storage = () => extensionStorage(fakeBrowser);
const fakeManaged = (contents: Record<string, unknown>) => ({ get: async () => contents });

describe('reading the policy', () => {
  it('takes packs as JSON strings or objects and keeps only known settings', async () => {
    const policy = await readPolicy(
      fakeManaged({
        packs: [samplePackText(), minimalPack(), 42],
        settings: { uiLanguage: 'de', disabledHosts: ['x.example', 3], colour: 'red' },
      }),
    );
    expect(policy.packs).toHaveLength(2);
    expect(JSON.parse(policy.packs[1]!).id).toBe('mini');
    expect(policy.settings).toEqual({ uiLanguage: 'de', disabledHosts: ['x.example'] });
  });

  it('treats a missing managed area (Firefox without policy) as no policy', async () => {
    const failing = {
      get: async () => {
        throw new Error('Managed storage manifest not found');
      },
    };
    expect(await readPolicy(failing)).toEqual({ packs: [], settings: {} });
    expect(parsePolicy(undefined)).toEqual({ packs: [], settings: {} });
  });
});

describe('applying the policy', () => {
  it('installs good packs as managed, reports broken ones, and replaces a same-id user pack', async () => {
    const writer = createPackWriter(storage());
    await writer.install(samplePackText());
    await writer.install(text(minimalPack()));
    const settings = createSettingsWriter(storage());
    const managedSample = { ...JSON.parse(samplePackText()), version: '2.0.0' };
    const result = await applyPolicy(
      parsePolicy({ packs: [JSON.stringify(managedSample), '{"schemaVersion": 9'] }),
      storage(),
      settings,
    );
    expect(result.packs.map((p) => p.id)).toEqual(['acme-support']);
    const state = await loadPackState(storage());
    expect(state.managed.map((p) => `${p.id}@${p.version}`)).toEqual(['acme-support@2.0.0']);
    expect(state.user.map((p) => p.id)).toEqual(['mini']);
    expect(state.managedProblems).toHaveLength(1);
    expect(state.managedProblems[0]!.index).toBe(1);
    expect(state.managedProblems[0]!.errors[0]!.line).toBe(1);

    // Managed packs cannot be removed or replaced by the agent.
    await expect(writer.remove('acme-support')).rejects.toThrow(/organisation/);
    await expect(writer.install(samplePackText())).rejects.toThrow(/organisation/);
    expect((await loadPackState(storage())).managed).toHaveLength(1);
  });

  it('a later policy without packs uninstalls the managed ones', async () => {
    const settings = createSettingsWriter(storage());
    await applyPolicy(parsePolicy({ packs: [samplePackText()] }), storage(), settings);
    await applyPolicy(parsePolicy({}), storage(), settings);
    expect((await loadPackState(storage())).managed).toEqual([]);
  });

  it("writes the policy's settings, which win over the agent's", async () => {
    const inner = createSettingsWriter(storage());
    await inner.setUiLanguage('en');
    await inner.setHostEnabled('mine.example', false);
    await applyPolicy(
      parsePolicy({ settings: { uiLanguage: 'de', disabledHosts: ['crm.example'] } }),
      storage(),
      inner,
    );
    const settings = await loadSettings(storage());
    expect(settings.uiLanguage).toBe('de');
    expect(settings.disabledHosts).toEqual(['crm.example', 'mine.example']);

    const guarded = policySettingsWriter(
      inner,
      async () => (await loadPackState(storage())).managedSettings,
    );
    await expect(guarded.setUiLanguage('en')).rejects.toThrow(/organisation/);
    await expect(guarded.setHostEnabled('crm.example', true)).rejects.toThrow(/organisation/);
    await guarded.setHostEnabled('mine.example', true);
    await guarded.setCollapsed(true);
    const after = await loadSettings(storage());
    expect(after).toMatchObject({
      uiLanguage: 'de',
      disabledHosts: ['crm.example'],
      collapsed: true,
    });
  });
});
