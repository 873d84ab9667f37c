import { afterEach, describe, expect, it, vi } from 'vitest';
import { fixedClock, openJournal, sampleInput, uniqueName } from '../../../support/journal';
import { createJournalPageModel } from '../../../../utils/journal/page-model';
import { createQuickLogModel } from '../../../../utils/journal/quicklog-model';
import { Journal } from '../../../../utils/journal';

afterEach(() => vi.restoreAllMocks());

function pageModel(journal: Journal, clock = fixedClock()) {
  const downloads: { filename: string; mime: string; text: string }[] = [];
  const model = createJournalPageModel({
    journal,
    download: (filename, mime, text) => downloads.push({ filename, mime, text }),
    requestPersistence: async () => 'granted',
    now: clock.now,
  });
  return { model, downloads };
}

describe('journal page model', () => {
  it('loads entries, applies retention first and asks for persistent storage', async () => {
    const clock = fixedClock();
    const journal = await openJournal({ now: clock.now });
    await journal.add(sampleInput({ createdAt: clock.now() - 40 * 86_400_000, note: 'old' }));
    await journal.add(sampleInput({ note: 'recent' }));
    await journal.updateSettings({ retentionDays: 30 });
    const { model } = pageModel(journal, clock);
    const shown = new Set<string>();
    model.store.subscribe(() => model.store.get().entries.forEach((e) => shown.add(e.note)));
    await model.load();
    const state = model.store.get();
    expect(state.phase).toBe('ready');
    expect(state.entries.map((e) => e.note)).toEqual(['recent']);
    // Not even for a moment: the entry past the retention was gone before the first render.
    expect([...shown]).toEqual(['recent']);
    expect(state.persist).toBe('granted');
    journal.close();
  });

  it('shows the last 90 days first when opening, then every entry', async () => {
    const clock = fixedClock();
    const journal = await openJournal({ now: clock.now });
    await journal.add(sampleInput({ createdAt: clock.now() - 200 * 86_400_000, note: 'old' }));
    await journal.add(sampleInput({ createdAt: clock.now() - 89 * 86_400_000, note: 'in range' }));
    await journal.add(sampleInput({ note: 'today' }));
    const { model } = pageModel(journal, clock);
    const seen: string[][] = [];
    model.store.subscribe(() => {
      const notes = model.store.get().entries.map((e) => e.note);
      if (notes.join() !== seen.at(-1)?.join()) seen.push(notes);
    });
    await model.load();
    expect(seen.filter((notes) => notes.length > 0)).toEqual([
      ['in range', 'today'],
      ['old', 'in range', 'today'],
    ]);
    journal.close();
  });

  it('reads the older entries only after the page has drawn the recent ones', async () => {
    const clock = fixedClock();
    const journal = await openJournal({ now: clock.now });
    await journal.add(sampleInput({ createdAt: clock.now() - 200 * 86_400_000, note: 'old' }));
    await journal.add(sampleInput({ note: 'today' }));
    let drawn = (): void => undefined;
    const model = createJournalPageModel({
      journal,
      download: () => undefined,
      requestPersistence: async () => 'granted',
      now: clock.now,
      painted: () => new Promise<void>((resolve) => (drawn = resolve)),
    });
    const read = vi.spyOn(journal, 'listAndCache');
    const loading = model.load();
    await vi.waitFor(() => expect(model.store.get().phase).toBe('ready'));
    // The frame has not come: the page shows today's entry and has not asked for the rest,
    // and it is not busy: the agent can already save an entry.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(model.store.get().entries.map((e) => e.note)).toEqual(['today']);
    expect(model.store.get().busy).toBe(false);
    expect(read).not.toHaveBeenCalled();
    drawn();
    await loading;
    expect(read).toHaveBeenCalledOnce();
    expect(model.store.get().entries.map((e) => e.note)).toEqual(['old', 'today']);
    journal.close();
  });

  it('shows the unlock step for an encrypted journal and a clear error for a wrong passphrase', async () => {
    const journal = await openJournal();
    await journal.add(sampleInput());
    await journal.enableEncryption('a long passphrase');
    journal.lock();
    const { model } = pageModel(journal);
    await model.load();
    expect(model.store.get().phase).toBe('locked');
    expect(await model.unlock('not it at all')).toBe(false);
    expect(model.store.get().error).toMatchObject({ code: 'wrong-passphrase' });
    expect(model.store.get().phase).toBe('locked');
    expect(await model.unlock('a long passphrase')).toBe(true);
    expect(model.store.get()).toMatchObject({ phase: 'ready', error: null });
    expect(model.store.get().entries).toHaveLength(1);
    journal.close();
  });

  it('refuses an oversized file from its size, without reading it', async () => {
    const journal = await openJournal();
    const { model } = pageModel(journal);
    await model.load();
    const text = vi.fn(async () => '{}');
    await model.previewImport({ size: 50 * 1024 * 1024, text });
    expect(text).not.toHaveBeenCalled();
    expect(model.store.get().error).toMatchObject({
      code: 'import',
      message: expect.stringMatching(/50\.0 MB/),
    });
    expect(model.store.get().importPlan).toBeNull();
    journal.close();
  });

  it('exports, previews and imports a backup into another journal', async () => {
    const source = await openJournal();
    await source.add(sampleInput({ note: 'carried over' }));
    const from = pageModel(source);
    await from.model.load();
    await from.model.export('json');
    await from.model.export('csv');
    expect(from.downloads.map((d) => [d.filename, d.mime])).toEqual([
      ['klartext-journal-2025-03-12.json', 'application/json'],
      ['klartext-journal-2025-03-12.csv', 'text/csv'],
    ]);

    const target = await openJournal();
    const to = pageModel(target);
    await to.model.load();
    const backup = from.downloads[0]!.text;
    await to.model.previewImport({ size: backup.length, text: async () => backup });
    expect(to.model.store.get().importPlan?.added).toHaveLength(1);
    expect(await target.count()).toBe(0);
    await to.model.applyImport();
    expect(to.model.store.get()).toMatchObject({
      importPlan: null,
      notice: { kind: 'imported', added: 1, conflicts: 0 },
    });
    expect(to.model.store.get().entries.map((e) => e.note)).toEqual(['carried over']);
    source.close();
    target.close();
  });

  it('after a conflicting edit, says so and shows the other window’s version', async () => {
    const journal = await openJournal();
    const entry = await journal.add(sampleInput({ note: 'first' }));
    const { model } = pageModel(journal);
    await model.load();
    await journal.update(entry.id, { note: 'from the other window' }, entry.updatedAt);
    expect(await model.update(entry, { note: 'mine' })).toBe(false);
    expect(model.store.get().error).toMatchObject({ code: 'conflict' });
    expect(model.store.get().entries[0]?.note).toBe('from the other window');
    journal.close();
  });

  it('shows a full disk as an error with its code, keeping what was there', async () => {
    const journal = await openJournal();
    const { model } = pageModel(journal);
    await model.load();
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(await model.add({ mood: 3, stress: 40 })).toBe(false);
    expect(model.store.get().error).toMatchObject({ code: 'storage-full' });
    expect(model.store.get().busy).toBe(false);
    journal.close();
  });
});

describe('journal page model, when another context writes', () => {
  /** This page and another context (the background, another tab) on the same journal. */
  async function twoContexts() {
    const name = uniqueName();
    const journal = await Journal.open({ name });
    const other = await Journal.open({ name });
    const { model } = pageModel(journal);
    await model.load();
    const close = () => [journal, other].forEach((j) => j.close());
    return { journal, other, model, close };
  }

  it('keeps an error through the reload until the agent dismisses it', async () => {
    const { other, model, close } = await twoContexts();
    await model.previewImport({ size: 50 * 1024 * 1024, text: async () => '{}' });
    expect(model.store.get().error).toMatchObject({ code: 'import' });
    // The background saves a quick log; this page hears "changed" and reads again.
    await other.add(sampleInput({ note: 'quick log' }));
    await model.refresh();
    expect(model.store.get()).toMatchObject({ error: { code: 'import' }, busy: false });
    expect(model.store.get().entries.map((e) => e.note)).toEqual(['quick log']);
    model.dismissError();
    expect(model.store.get().error).toBeNull();
    close();
  });

  it('keeps a wrong passphrase on the unlock step through the reload', async () => {
    const { journal, other, model, close } = await twoContexts();
    await journal.enableEncryption('a long passphrase');
    journal.lock();
    await model.refresh();
    expect(await model.unlock('not it at all')).toBe(false);
    await other.updateSettings({ countersEnabled: true });
    await model.refresh();
    expect(model.store.get()).toMatchObject({
      phase: 'locked',
      error: { code: 'wrong-passphrase' },
    });
    close();
  });

  it('keeps an import awaiting confirmation and the last notice through the reload', async () => {
    const source = await openJournal();
    await source.add(sampleInput({ note: 'from the backup' }));
    const backup = await source.exportJson();
    source.close();
    const { other, model, close } = await twoContexts();
    await model.previewImport({ size: backup.length, text: async () => backup });
    await model.add(sampleInput({ note: 'mine' }));
    await other.add(sampleInput({ note: 'quick log' }));
    await model.refresh();
    expect(model.store.get().notice).toEqual({ kind: 'saved' });
    expect(model.store.get().importPlan?.added).toHaveLength(1);
    expect(await model.applyImport()).toBe(true);
    expect(
      model.store
        .get()
        .entries.map((e) => e.note)
        .sort(),
    ).toEqual(['from the backup', 'mine', 'quick log']);
    close();
  });

  it('stops reading once another tab upgraded the journal, keeping that message', async () => {
    const { other, model, close } = await twoContexts();
    model.closedForUpgrade();
    await other.add(sampleInput());
    await model.refresh();
    expect(model.store.get()).toMatchObject({ phase: 'failed', error: { code: 'blocked' } });
    expect(model.store.get().entries).toEqual([]);
    close();
  });
});

describe('quick log model', () => {
  it('saves mood and stress in three steps and resets for the next one', async () => {
    const journal = await openJournal();
    const afterSave = vi.fn();
    const quick = createQuickLogModel({ sink: journal, afterSave });
    expect(quick.store.get().stress).toBeNull();
    quick.setMood(2);
    quick.setStress(85);
    await quick.save();
    expect(quick.store.get()).toMatchObject({ status: 'saved', mood: null, stress: null });
    expect(await journal.list()).toEqual([
      expect.objectContaining({ mood: 2, stress: 85, note: '', tags: [], timePressure: null }),
    ]);
    quick.setMood(4);
    await quick.save();
    expect(afterSave).toHaveBeenCalledTimes(1);
    expect(await journal.count()).toBe(2);
    journal.close();
  });

  it('stores no stress when the slider was left alone, or its rating taken back', async () => {
    const journal = await openJournal();
    const quick = createQuickLogModel({ sink: journal });
    quick.setMood(3);
    await quick.save();
    quick.setMood(4);
    quick.setStress(70);
    quick.setStress(null);
    await quick.save();
    const stored = await journal.list();
    expect(stored.map((entry) => [entry.mood, entry.stress]).sort()).toEqual([
      [3, null],
      [4, null],
    ]);
    journal.close();
  });

  it('does not save without a mood', async () => {
    const journal = await openJournal();
    const quick = createQuickLogModel({ sink: journal });
    await quick.save();
    expect(quick.store.get().status).toBe('idle');
    expect(await journal.count()).toBe(0);
    journal.close();
  });

  it('reports a storage failure instead of pretending to have saved', async () => {
    const quick = createQuickLogModel({
      sink: {
        add: async () => {
          throw new DOMException('full', 'QuotaExceededError');
        },
      },
    });
    quick.setMood(1);
    await quick.save();
    expect(quick.store.get()).toMatchObject({
      status: 'failed',
      error: { code: 'storage-full' },
      mood: 1,
    });
  });
});
