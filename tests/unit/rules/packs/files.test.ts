// Packs as files a team reviews: the sample pack lints clean, export is stable and round-trips,
// local adjustments export as a pack that does the same, and the import preview says what
// changes.
import { describe, expect, it } from 'vitest';
import {
  adjustmentsToPack,
  createChecker,
  diffPacks,
  loadPack,
  serializePack,
  type Adjustments,
  type Pack,
} from '../../../../rules/index';
import { minimalPack, samplePackText, text } from '../../../support/packs';

function load(source: string): Pack {
  const result = loadPack(source);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.pack;
}

describe('the sample team pack', () => {
  it('is valid, without warnings, and its examples pass', () => {
    const result = loadPack(samplePackText());
    expect(result).toMatchObject({ ok: true, warnings: [] });
  });

  it('uses every rule kind and a built-in adjustment', () => {
    const pack = load(samplePackText());
    expect(new Set(pack.rules.map((r) => r.kind))).toEqual(
      new Set(['phrases', 'required', 'measure']),
    );
    expect(Object.keys(pack.builtins ?? {})).not.toEqual([]);
    expect(pack.allowlist).toContain('ATLAS');
  });
});

describe('serializePack', () => {
  it('writes keys in a stable order whatever the input order', () => {
    const pack = minimalPack();
    const reversed = Object.fromEntries(Object.entries(pack).reverse()) as unknown as Pack;
    expect(serializePack(reversed)).toBe(serializePack(pack));
    expect(Object.keys(JSON.parse(serializePack(reversed)))).toEqual([
      'schemaVersion',
      'id',
      'name',
      'version',
      'description',
      'author',
      'license',
      'languages',
      'rules',
    ]);
    expect(serializePack(pack).endsWith('}\n')).toBe(true);
  });

  it('round-trips through loadPack', () => {
    const pack = load(samplePackText());
    const again = load(serializePack(pack));
    expect(again).toEqual(pack);
    expect(serializePack(again)).toBe(serializePack(pack));
  });
});

describe('adjustmentsToPack', () => {
  const adjustments: Adjustments = {
    rules: {
      'long-sentence': { enabled: false },
      jargon: { severity: 'warning' },
      'read-the-faq': { options: { except: { en: ['read the faq'], de: [] } } },
      'some-pack-rule': { enabled: false },
    },
    allowlist: ['ATLAS', 'Fibre Box', 'ATLAS'],
  };

  it('exports built-in adjustments and the allowlist as a valid pack', () => {
    const { pack, omitted } = adjustmentsToPack(adjustments, { author: 'Sam' });
    expect(omitted).toEqual(['some-pack-rule']);
    expect(pack).toMatchObject({
      id: 'my-adjustments',
      author: 'Sam',
      allowlist: ['ATLAS', 'Fibre Box'],
      builtins: {
        'long-sentence': { enabled: false },
        jargon: { severity: 'warning' },
        'read-the-faq': { options: { except: { en: ['read the faq'] } } },
      },
      rules: [],
    });
    expect(loadPack(serializePack(pack))).toMatchObject({ ok: true, warnings: [] });
  });

  it('makes a checker with the pack behave like one with the adjustments', () => {
    const { pack } = adjustmentsToPack(adjustments);
    const viaPack = createChecker({ packs: [load(serializePack(pack))] });
    const viaAdjustments = createChecker({ adjustments });
    if (!viaPack.ok || !viaAdjustments.ok) throw new Error('compose failed');
    for (const draft of [
      'Please read the FAQ. Your ATLAS router and the Fibre Box are fine; the ETA is Friday.',
      `${'word '.repeat(40)}end.`,
    ]) {
      expect(viaPack.check({ draft })).toEqual(viaAdjustments.check({ draft }));
    }
  });
});

describe('diffPacks', () => {
  it('lists what a new version adds, removes and changes', () => {
    const installed = load(samplePackText());
    const incoming = load(samplePackText());
    incoming.version = '1.3.0';
    incoming.rules = incoming.rules.filter((r) => r.id !== 'short-sentences');
    incoming.rules[0]!.severity = 'hint';
    incoming.rules[1]!.messages = { ...incoming.rules[1]!.messages, en: 'Changed.' };
    incoming.rules.push({ ...minimalPack().rules[0]! });
    incoming.allowlist = ['ATLAS', 'Nova'];
    incoming.builtins = { 'vague-time': { severity: 'hint' }, jargon: { enabled: false } };

    const diff = diffPacks(installed, incoming);
    expect(diff).toMatchObject({
      from: '1.2.0',
      to: '1.3.0',
      downgrade: false,
      metadata: [],
      added: [{ id: 'no-asap', kind: 'phrases', category: 'next-steps', severity: 'warning' }],
      removed: [{ id: 'short-sentences', kind: 'measure' }],
      changed: [
        { id: 'same-day-answer', fields: ['severity'] },
        { id: 'disliked-phrases', fields: ['messages'] },
      ],
      unchanged: 0,
      builtins: { added: ['jargon'], removed: ['long-sentence'], changed: ['vague-time'] },
      allowlist: { added: ['Nova'], removed: ['ATLAS Pro', 'SVDSL', 'Fibre Box'] },
    });
  });

  it('treats a first import as all added and spots a downgrade', () => {
    const pack = load(text(minimalPack()));
    expect(diffPacks(undefined, pack)).toMatchObject({
      from: undefined,
      added: [{ id: 'no-asap' }],
    });
    const older = { ...pack, version: '0.0.9' };
    expect(diffPacks(pack, older).downgrade).toBe(true);
    expect(diffPacks(pack, { ...pack, version: '0.1.0-beta' }).downgrade).toBe(true);
    expect(diffPacks(pack, { ...pack, version: '0.10.0' }).downgrade).toBe(false);
    expect(diffPacks(pack, pack)).toMatchObject({
      added: [],
      removed: [],
      changed: [],
      unchanged: 1,
    });
  });
});
