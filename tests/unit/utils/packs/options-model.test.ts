// The options page's pack model: an import is checked and previewed before anything is sent,
// bad input is refused with its place and changes nothing, exports are packs that load again,
// and the rule editor previews its findings as the agent types and saves only valid packs.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { loadPack, MAX_PACK_BYTES } from '../../../../rules/index';
import { handleRequest, type RouterDeps } from '../../../../entrypoints/background/router';
import type { BackgroundClient, Request } from '../../../../utils/messages';
import { createPacksPageModel } from '../../../../utils/packs/options-model';
import { loadPackState, PACK_KEYS } from '../../../../utils/packs/state';
import { checkerFor } from '../../../../utils/sidebar/live-checker';
import { testEngine } from '../../../support/engine';
import { createPackWriter } from '../../../../utils/packs/writer';
import { extensionStorage } from '../../../../utils/settings';
import { minimalPack, samplePackText, text } from '../../../support/packs';

beforeEach(() => fakeBrowser.reset());

const storage = () => extensionStorage(fakeBrowser);

/** The model wired to the real router and pack writer over fake storage. */
function setup() {
  const sent: Request[] = [];
  const deps = { packs: createPackWriter(storage()) } as unknown as RouterDeps;
  const client = {
    request: async (request: Request) => {
      sent.push(request);
      return handleRequest(request, deps);
    },
  } as unknown as BackgroundClient;
  const downloads: { filename: string; text: string }[] = [];
  const model = createPacksPageModel({
    client,
    download: (filename, text) => downloads.push({ filename, text }),
  });
  const refresh = async () => model.setInstalled(await loadPackState(storage()));
  return { model, sent, downloads, refresh };
}

describe('import', () => {
  it('previews what a pack adds, installs only on confirmation, then shows its rules', async () => {
    const { model, sent, refresh } = setup();
    model.importText(samplePackText(), 'team-pack.json');
    const state = model.store.get().import;
    expect(state.step).toBe('preview');
    if (state.step !== 'preview') return;
    expect(state.diff.from).toBeUndefined();
    expect(state.diff.added.map((r) => r.id).sort()).toEqual([
      'disliked-phrases',
      'same-day-answer',
      'short-sentences',
    ]);
    expect(state.diff.allowlist.added).toContain('ATLAS');
    expect(sent).toEqual([]);

    await model.confirmImport();
    expect(model.store.get().import).toMatchObject({ step: 'done', packId: 'acme-support' });
    await refresh();
    const rule = model.store.get().rules.find((r) => r.id === 'disliked-phrases');
    expect(rule).toMatchObject({ origin: 'pack', packId: 'acme-support', enabled: true });
  });

  it('shows an update as changes against the installed version', async () => {
    const { model, refresh } = setup();
    model.importText(samplePackText(), 'a.json');
    await model.confirmImport();
    await refresh();
    const next = JSON.parse(samplePackText());
    next.version = '1.3.0';
    next.rules[1].severity = 'warning';
    model.importText(text(next), 'b.json');
    const state = model.store.get().import;
    expect(state).toMatchObject({ step: 'preview', diff: { from: '1.2.0', to: '1.3.0' } });
    if (state.step === 'preview') {
      expect(state.diff.changed).toEqual([expect.objectContaining({ fields: ['severity'] })]);
    }
  });

  it.each([
    ['invalid JSON', '{ "schemaVersion": 1,\n  "id": }', /1|2/],
    ['a future schemaVersion', text({ ...minimalPack(), schemaVersion: 2 }), /schemaVersion/],
    [
      'a failing example',
      text({
        ...minimalPack(),
        rules: [
          {
            ...minimalPack().rules[0],
            examples: { en: { valid: [], invalid: [{ draft: 'All fine here.' }] } },
          },
        ],
      }),
      /example|invalid/,
    ],
  ])('refuses %s with its place and sends nothing', async (_name, input, where) => {
    const { model, sent } = setup();
    model.importText(input, 'bad.json');
    const state = model.store.get().import;
    expect(state.step).toBe('problems');
    if (state.step !== 'problems') return;
    expect(state.errors.length).toBeGreaterThan(0);
    expect(JSON.stringify(state.errors)).toMatch(where);
    expect(sent).toEqual([]);
  });

  it('refuses a 50 MB file before reading it', async () => {
    const { model, sent } = setup();
    let read = false;
    await model.importFile({
      name: 'huge.json',
      size: 50 * 1024 * 1024,
      text: async () => {
        read = true;
        return '';
      },
    });
    expect(read).toBe(false);
    expect(model.store.get().import).toMatchObject({
      step: 'problems',
      refusal: { kind: 'too-large', size: '50.0 MB' },
    });
    expect(50 * 1024 * 1024).toBeGreaterThan(MAX_PACK_BYTES);
    expect(sent).toEqual([]);
  });

  it('refuses to replace a managed pack', async () => {
    const { model } = setup();
    const state = await loadPackState(storage());
    const managed = loadPack(samplePackText());
    if (!managed.ok) throw new Error('sample pack');
    model.setInstalled({ ...state, managed: [managed.pack] });
    model.importText(samplePackText(), 'team-pack.json');
    expect(model.store.get().import).toMatchObject({
      step: 'problems',
      refusal: { kind: 'managed', packId: 'acme-support' },
    });
  });
});

describe('export', () => {
  it('exports an installed pack and the local adjustments as packs that load again', async () => {
    const { model, downloads, refresh } = setup();
    model.importText(samplePackText(), 'a.json');
    await model.confirmImport();
    await refresh();
    await model.setRuleEnabled('vague-time', false);
    const condescension = model.store.get().rules.find((r) => r.id === 'condescension')!;
    await model.setRuleSeverity(
      condescension,
      condescension.severity === 'hint' ? 'warning' : 'hint',
    );
    await refresh();

    model.exportPack('acme-support');
    model.exportAdjustments();
    expect(downloads.map((d) => d.filename)).toEqual([
      'acme-support-1.2.0.json',
      'my-adjustments-1.0.0.json',
    ]);
    const pack = loadPack(downloads[0]!.text);
    expect(pack.ok && pack.pack.rules.length).toBe(3);
    const mine = loadPack(downloads[1]!.text);
    expect(mine.ok).toBe(true);
    if (mine.ok) {
      expect(mine.pack.builtins?.['vague-time']).toEqual({ enabled: false });
      expect(mine.pack.builtins?.condescension?.severity).toBeDefined();
    }

    // Back to the rule's own level: the adjustment goes away.
    await model.setRuleSeverity(condescension, condescension.defaultSeverity);
    await refresh();
    expect(model.store.get().installed.adjustments.rules).toEqual({
      'vague-time': { enabled: false },
    });
  });
});

describe('rule editor', () => {
  it('previews findings on the sample as the patterns change and saves a valid pack', async () => {
    const { model, refresh } = setup();
    model.importText(text(minimalPack()), 'mini.json');
    await model.confirmImport();
    await refresh();

    model.startEdit('mini', 'no-asap');
    let editor = model.store.get().editor!;
    expect(editor.sample).toBe('I will call you asap.');
    expect(editor.findings.map((f) => f.ruleId)).toContain('no-asap');

    model.editSample('We will sort it out pronto.');
    expect(model.store.get().editor!.findings.map((f) => f.ruleId)).not.toContain('no-asap');
    model.editForm({ patternsEn: 'asap\nas soon as possible\npronto' });
    editor = model.store.get().editor!;
    expect(editor.problems).toEqual([]);
    expect(editor.findings.filter((f) => f.ruleId === 'no-asap')).toHaveLength(1);

    model.editForm({ patternsEn: 'asap\n(unclosed' });
    expect(model.store.get().editor!.problems.length).toBeGreaterThan(0);

    model.editForm({ patternsEn: 'asap\npronto', messageEn: 'Give a <b>time</b>.' });
    await model.saveEdit();
    expect(model.store.get().editor).toBeUndefined();
    const saved = (await loadPackState(storage())).user[0]!.rules[0]!;
    expect(saved.kind === 'phrases' && saved.patterns.en).toEqual(['asap', 'pronto']);
    expect(saved.messages.en).toBe('Give a <b>time</b>.');
  });

  it('does not save when the examples fail, and keeps the installed rule', async () => {
    const { model, refresh } = setup();
    model.importText(text(minimalPack()), 'mini.json');
    await model.confirmImport();
    await refresh();
    model.startEdit('mini', 'no-asap');
    model.editForm({ patternsEn: 'pronto' });
    await model.saveEdit();
    expect(model.store.get().editor!.problems.length).toBeGreaterThan(0);
    const rule = (await loadPackState(storage())).user[0]!.rules[0]!;
    expect(rule.kind === 'phrases' && rule.patterns.en).toEqual(['asap', 'as soon as possible']);
  });
});

describe('the rules listed', () => {
  it('are the ones the sidebar runs, also when the agent’s packs clash with a managed one', async () => {
    const clash = { ...minimalPack(), id: 'mine' };
    await fakeBrowser.storage.local.set({
      [PACK_KEYS.managed]: [minimalPack()],
      [PACK_KEYS.user]: [clash],
    });
    const { model, refresh } = setup();
    await refresh();
    const state = await loadPackState(storage());
    const sidebarRules = checkerFor(testEngine({ preloaded: true }).loaded()!, state).rules;
    const listed = model.store.get().rules.map((rule) => rule.id);
    // The managed pack's rule runs in the sidebar and is listed; the clash is named.
    expect(listed).toContain('no-asap');
    expect(listed).toEqual(sidebarRules.map((rule) => rule.id));
    expect(model.store.get().composeErrors).not.toEqual([]);
  });
});
