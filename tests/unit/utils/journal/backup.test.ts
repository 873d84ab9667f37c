import { afterEach, describe, expect, it, vi } from 'vitest';
import { fixedClock, openJournal, sampleInput } from '../../../support/journal';
import {
  ImportError,
  MAX_BACKUP_BYTES,
  StorageFullError,
  type Journal,
} from '../../../../utils/journal';

afterEach(() => vi.restoreAllMocks());

const LONG_NOTE = 'Kunde rief zum dritten Mal an. '.repeat(3000) + 'Ende.';
const HOSTILE_NOTE = '<img src=x onerror="alert(1)"><script>document.cookie</script>';

async function filledJournal(clock = fixedClock()): Promise<Journal> {
  const journal = await openJournal({ now: clock.now });
  await journal.updateSettings({ countersEnabled: true, retentionDays: 365 });
  await journal.add(
    sampleInput({
      note: 'Ärger über Lieferverzug – „schon wieder“ 😤🇩🇪',
      tags: ['Eskalation', '客户'],
    }),
  );
  clock.advance(3_600_000);
  await journal.add({ mood: 5, stress: 5, note: LONG_NOTE });
  clock.advance(3_600_000);
  await journal.add(
    sampleInput({ note: HOSTILE_NOTE, ticketRef: '=cmd|/C calc', timePressure: null }),
  );
  await journal.recordCheck('2025-03-12', { tone: 2, empathy: 1 });
  await journal.recordCheck('2025-03-12', { clarity: 3 });
  return journal;
}

async function snapshot(journal: Journal) {
  return {
    entries: await journal.list(),
    counters: await journal.counters(),
    settings: await journal.settings(),
  };
}

describe('JSON export and import', () => {
  it('round-trips every field identically: Unicode, long notes, HTML as text, nulls', async () => {
    const source = await filledJournal();
    const json = await source.exportJson();
    const target = await openJournal();
    await target.updateSettings({ countersEnabled: true, retentionDays: 365 });
    const plan = await target.previewImport(json);
    expect(plan.added).toHaveLength(3);
    await target.applyImport(plan);
    expect(await snapshot(target)).toEqual(await snapshot(source));
    const hostile = (await target.list()).find((entry) => entry.note.startsWith('<img'));
    expect(hostile?.note).toBe(HOSTILE_NOTE);
    expect((await target.list())[1]?.note).toHaveLength(LONG_NOTE.length);
    source.close();
    target.close();
  });

  it('export then import into the same journal changes nothing (all duplicates)', async () => {
    const journal = await filledJournal();
    const before = await snapshot(journal);
    const plan = await journal.previewImport(await journal.exportJson());
    expect(plan).toMatchObject({
      added: [],
      duplicates: 3,
      conflicts: [],
      countersAdded: [],
      countersIdentical: 1,
    });
    await journal.applyImport(plan);
    expect(await snapshot(journal)).toEqual(before);
    journal.close();
  });

  it('keeps both versions of an entry edited since the backup, and reports the conflict', async () => {
    const clock = fixedClock();
    let n = 0;
    const journal = await openJournal({ now: clock.now, newId: () => `id-${(n += 1)}` });
    const entry = await journal.add(sampleInput({ note: 'original' }));
    const backup = await journal.exportJson();
    clock.advance(1000);
    await journal.update(entry.id, { note: 'edited later' }, entry.updatedAt);

    const plan = await journal.previewImport(backup);
    expect(plan.conflicts).toHaveLength(1);
    expect(plan.conflicts[0]).toMatchObject({
      existing: { note: 'edited later' },
      incoming: { note: 'original' },
    });
    await journal.applyImport(plan);
    const notes = (await journal.list()).map((e) => e.note).sort();
    expect(notes).toEqual(['edited later', 'original']);
    // Importing again finds the kept copy: nothing more is added.
    const again = await journal.previewImport(backup);
    expect(again).toMatchObject({ added: [], conflicts: [], duplicates: 1 });
    journal.close();
  });

  it('keeps the journal’s own day counters when a backup disagrees, and reports it', async () => {
    const journal = await openJournal();
    await journal.updateSettings({ countersEnabled: true });
    await journal.recordCheck('2025-03-12', { tone: 1 });
    const backup = JSON.parse(await journal.exportJson());
    backup.counters = [
      { day: '2025-03-12', checks: 9, hints: {} },
      { day: '2025-03-11', checks: 4, hints: { ownership: 2 } },
    ];
    const plan = await journal.previewImport(JSON.stringify(backup));
    expect(plan.counterConflicts).toHaveLength(1);
    await journal.applyImport(plan);
    expect(await journal.counters()).toEqual([
      { day: '2025-03-11', checks: 4, hints: { ownership: 2 } },
      { day: '2025-03-12', checks: 1, hints: { tone: 1 } },
    ]);
    journal.close();
  });

  it('writes nothing when the write fails part-way (atomic import)', async () => {
    const source = await filledJournal();
    const json = await source.exportJson();
    const target = await openJournal();
    await target.add(sampleInput({ note: 'already here' }));
    const before = await snapshot(target);
    const plan = await target.previewImport(json);
    const put = IDBObjectStore.prototype.put;
    let calls = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args
    ) {
      calls += 1;
      if (calls === 3) throw new DOMException('quota', 'QuotaExceededError');
      return put.apply(this, args);
    });
    await expect(target.applyImport(plan)).rejects.toBeInstanceOf(StorageFullError);
    vi.restoreAllMocks();
    expect(await snapshot(target)).toEqual(before);
    source.close();
    target.close();
  });

  it('refuses to apply a preview once the journal has changed underneath it', async () => {
    const source = await filledJournal();
    const json = await source.exportJson();
    const target = await openJournal();
    const plan = await target.previewImport(json);
    await target.applyImport(await target.previewImport(json)); // e.g. another tab imported it
    const before = await snapshot(target);
    await expect(target.applyImport(plan)).rejects.toThrow(/changed since the preview/);
    expect(await snapshot(target)).toEqual(before);
    source.close();
    target.close();
  });
});

describe('broken and hostile backups are rejected, naming the problem, changing nothing', () => {
  let valid: Record<string, unknown>;

  async function expectRejected(text: string, message: RegExp) {
    const journal = await openJournal();
    await journal.add(sampleInput({ note: 'mine' }));
    const before = await snapshot(journal);
    const attempt = journal.previewImport(text);
    await expect(attempt).rejects.toBeInstanceOf(ImportError);
    await expect(journal.previewImport(text)).rejects.toThrow(message);
    expect(await snapshot(journal)).toEqual(before);
    journal.close();
  }

  async function validBackup() {
    const source = await filledJournal();
    valid = JSON.parse(await source.exportJson());
    source.close();
    return structuredClone(valid) as {
      entries: Record<string, unknown>[];
      counters: Record<string, unknown>[];
      [key: string]: unknown;
    };
  }

  it('invalid JSON, with line and column', async () => {
    const text = '{\n  "format": "klartext-journal",\n  "version": 1,\n  "entries": [,]\n}';
    await expectRejected(text, /not valid JSON: unexpected "," at line 4, column 15/);
    await expectRejected(
      '{"format": "klartext-journal", "entries": [',
      /unexpected end of file at line 1, column 44/,
    );
    await expectRejected('', /empty/);
  });

  it('a file of 50 MB, before parsing it', async () => {
    const huge = `{"pad":"${'x'.repeat(50 * 1024 * 1024)}"}`;
    const parse = vi.spyOn(JSON, 'parse');
    await expectRejected(huge, /50\.0 MB; a journal backup can be at most 20\.0 MB/);
    expect(parse).not.toHaveBeenCalled();
    expect(MAX_BACKUP_BYTES).toBe(20 * 1024 * 1024);
  });

  it('__proto__ and constructor keys anywhere', async () => {
    const backup = await validBackup();
    const text = JSON.stringify(backup).replace(
      '"mood":3',
      '"__proto__":{"polluted":true},"mood":3',
    );
    await expectRejected(text, /the key "__proto__"/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const other = JSON.stringify(backup).replace('"hints":{', '"hints":{"constructor":1,');
    await expectRejected(other, /the key "constructor"/);
  });

  it('wrong types and out-of-range values, with the field path', async () => {
    const backup = await validBackup();
    backup.entries[1]!.stress = 'high';
    backup.entries[2]!.tags = 'backlog';
    backup.entries[0]!.mood = 0;
    await expectRejected(
      JSON.stringify(backup),
      /entries\[0\]\.mood: expected a whole number from 1 to 5, got 0; entries\[1\]\.stress: expected a whole number from 0 to 100, got "high"; entries\[2\]\.tags: expected a list of tags/,
    );
  });

  it('missing and unknown fields', async () => {
    const backup = await validBackup();
    delete backup.entries[0]!.createdAt;
    backup.entries[1]!.isAdmin = true;
    await expectRejected(
      JSON.stringify(backup),
      /entries\[0\]\.createdAt: missing; entries\[1\]: unknown field "isAdmin"/,
    );
    const { entries: _entries, ...noEntries } = await validBackup();
    await expectRejected(JSON.stringify(noEntries), /backup\.entries: missing/);
  });

  it('an unknown version or another file format', async () => {
    const backup = await validBackup();
    await expectRejected(
      JSON.stringify({ ...backup, version: 2 }),
      /version 2; this Klartext reads version 1/,
    );
    await expectRejected(
      JSON.stringify({ ...backup, format: 'other-app' }),
      /not a Klartext journal backup/,
    );
    await expectRejected('[1,2,3]', /not a journal backup/);
  });

  it('duplicate ids, bad counters and bad settings', async () => {
    const backup = await validBackup();
    backup.entries[1]!.id = backup.entries[0]!.id;
    await expectRejected(JSON.stringify(backup), /entries\[1\]\.id: the id .* appears twice/);
    const counters = await validBackup();
    counters.counters = [{ day: '2025-02-30', checks: -1, hints: { sarcasm: 1 } }];
    await expectRejected(
      JSON.stringify(counters),
      /counters\[0\]\.day: expected a date.*counters\[0\]\.checks: expected a whole number.*unknown category "sarcasm"/,
    );
    const settings = await validBackup();
    settings.settings = { ...(settings.settings as object), retentionDays: 'forever' };
    await expectRejected(JSON.stringify(settings), /settings\.retentionDays/);
  });

  it('a key written twice, at the top or deep inside, with both places', async () => {
    const backup = await validBackup();
    const pretty = JSON.stringify(backup, null, 2).replace(
      '"version": 1,',
      '"version": 1,\n  "version": 2,',
    );
    await expectRejected(
      pretty,
      /backup: the key "version" appears twice \(line 4, column 3; first at line 3, column 3\)/,
    );
    const flat = JSON.stringify(backup);
    const first = flat.indexOf('"stress":');
    const nested = `${flat.slice(0, first)}"stress":100,${flat.slice(first)}`;
    await expectRejected(
      nested,
      new RegExp(
        `entries\\[0\\]: the key "stress" appears twice \\(line 1, column ${first + 14}; first at line 1, column ${first + 1}\\)`,
      ),
    );
  });

  it('valid JSON nested 10,000 levels deep: too deep, not "not valid JSON"', async () => {
    const journal = await openJournal();
    for (const text of [
      `${'['.repeat(10_000)}${']'.repeat(10_000)}`,
      `{"format": "klartext-journal", "entries": ${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}}`,
    ]) {
      expect(() => JSON.parse(text)).not.toThrow();
      const error = await journal.previewImport(text).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ImportError);
      expect((error as ImportError).message).toMatch(
        /nested deeper than 32 levels at line 1, column \d+/,
      );
      expect((error as ImportError).message).not.toMatch(/not valid JSON/);
    }
    journal.close();
    await expectRejected(
      `${'['.repeat(10_000)}${']'.repeat(10_000)}`,
      /^This backup was not imported, nothing was changed\. The file is nested deeper than 32 levels at line 1, column 33\.$/,
    );
  });

  it('numbers out of range name the field and what it allows', async () => {
    const backup = await validBackup();
    const flat = JSON.stringify(backup);
    await expectRejected(
      flat.replace('"version":1', '"version":1e400'),
      /The backup's version is a number out of range; this Klartext reads version 1\./,
    );
    await expectRejected(
      flat.replace('"mood":3', '"mood":1e400'),
      /entries\[\d\]\.mood: expected a whole number from 1 to 5, got a number out of range/,
    );
    await expectRejected(
      flat.replace(/"tenseInARow":\d+/, '"tenseInARow":2.5'),
      /settings\.breakSuggestion\.tenseInARow: expected a whole number from 2 to 20, got 2\.5/,
    );
    await expectRejected(
      flat.replace(/"tenseInARow":\d+/, '"tenseInARow":-1'),
      /tenseInARow: expected a whole number from 2 to 20, got -1/,
    );
    await expectRejected(
      flat.replace(/"checks":\d+/, '"checks":123456789012345678901234567890'),
      /counters\[0\]\.checks: expected a whole number from 0 to 1000000/,
    );
  });

  it('says every problem in German too, for a German UI', async () => {
    const journal = await openJournal();
    const german = async (text: string): Promise<string> => {
      const error = await journal.previewImport(text).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(ImportError);
      return (error as ImportError).details!.de;
    };
    const wrong = await validBackup();
    wrong.entries[0]!.mood = 0;
    wrong.entries[1]!.isAdmin = true;
    wrong.entries[0]!.tags = 'backlog';
    delete wrong.entries[2]!.createdAt;
    wrong.counters = [{ day: '2025-02-30', checks: -1, hints: { sarcasm: 1 } }];
    const texts = [
      await german(JSON.stringify(wrong)),
      await german('{"format": "klartext-journal",\n  "version": 1,,}'),
      await german(JSON.stringify({ ...(await validBackup()), version: 2 })),
      await german('{"__proto__": {"polluted": 1}}'),
      await german(''),
      await german('{"version": 1,\n "version": 1}'),
      await german(`${'['.repeat(10_000)}${']'.repeat(10_000)}`),
      await german(
        JSON.stringify({ ...(await validBackup()), version: 1 }).replace(
          '"version":1',
          '"version":1e400',
        ),
      ),
    ];
    expect(texts[0]).toMatch(
      /^Diese Sicherung wurde nicht importiert, nichts wurde geändert\. entries\[0\]\.mood: erwartet wird eine ganze Zahl von 1 bis 5, erhalten: 0; entries\[0\]\.tags: erwartet wird eine Liste von Stichwörtern, erhalten: "backlog"; entries\[1\]: unbekanntes Feld „isAdmin“; entries\[2\]\.createdAt: fehlt; counters\[0\]\.day: erwartet wird ein Datum/,
    );
    expect(texts[0]).toMatch(/\(und \d+ weitere Probleme\)\.$/);
    expect(texts[1]).toMatch(/kein gültiges JSON: unerwartet "," in Zeile 2, Spalte 16/);
    expect(texts[2]).toMatch(/hat Version 2; dieses Klartext liest Version 1/);
    expect(texts[3]).toMatch(/den Schlüssel „__proto__“/);
    expect(texts[4]).toMatch(/Die Datei ist leer/);
    expect(texts[5]).toMatch(
      /backup: der Schlüssel „version“ kommt zweimal vor \(Zeile 2, Spalte 2; zuerst in Zeile 1, Spalte 2\)/,
    );
    expect(texts[6]).toMatch(
      /Die Datei ist in Zeile 1, Spalte 33 tiefer als 32 Ebenen verschachtelt/,
    );
    expect(texts[7]).toMatch(
      /Die Version der Sicherung ist eine Zahl außerhalb des darstellbaren Bereichs; dieses Klartext liest Version 1/,
    );
    // No English sentence slipped through (field names and paths stay as in the file).
    for (const text of texts) {
      expect(text).not.toMatch(/\b(expected|got|missing|unknown|appears|the file|line|column)\b/i);
    }
    journal.close();
  });

  it('accepts HTML in notes as plain text rather than rejecting the backup', async () => {
    const backup = await validBackup();
    const journal = await openJournal();
    await journal.applyImport(await journal.previewImport(JSON.stringify(backup)));
    expect((await journal.list()).some((entry) => entry.note === HOSTILE_NOTE)).toBe(true);
    journal.close();
  });
});
