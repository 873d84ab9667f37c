import { describe, expect, it } from 'vitest';
import { openJournal, sampleInput, uniqueName } from '../../../support/journal';
import { Journal, LockedError, WrongPassphraseError } from '../../../../utils/journal';
import { PBKDF2_ITERATIONS } from '../../../../utils/journal/crypto';

const PASS = 'correct horse battery staple';

describe('passphrase encryption at rest', () => {
  it('seals tags, note and ticket reference; keeps dates and ratings readable', async () => {
    const journal = await openJournal();
    const entry = await journal.add(
      sampleInput({ note: 'Private: Teamleiter 😬', tags: ['escalation'] }),
    );
    await journal.enableEncryption(PASS);

    const raw = await journal.db.get('entries', entry.id);
    expect(raw).toMatchObject({
      id: entry.id,
      createdAt: entry.createdAt,
      updatedAt: entry.updatedAt,
      mood: 3,
      stress: 55,
      timePressure: 70,
      tags: [],
      note: '',
    });
    expect(raw).not.toHaveProperty('ticketRef');
    expect(JSON.stringify(raw)).not.toMatch(/Teamleiter|escalation|TD-1042/);
    expect(await journal.get(entry.id)).toEqual(entry);
    const meta = await journal.db.get('meta', 'crypto');
    expect(meta).toMatchObject({ kdf: 'PBKDF2-SHA-256', iterations: PBKDF2_ITERATIONS });
    expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(310_000);
    journal.close();
  });

  it('uses a fresh salt and IV for every record', async () => {
    const journal = await openJournal();
    await journal.enableEncryption(PASS);
    await journal.add(sampleInput({ note: 'same' }));
    await journal.add(sampleInput({ note: 'same' }));
    const [a, b] = await journal.db.getAll('entries');
    expect(a?.sealed?.salt).not.toBe(b?.sealed?.salt);
    expect(a?.sealed?.iv).not.toBe(b?.sealed?.iv);
    expect(a?.sealed?.data).not.toBe(b?.sealed?.data);
    journal.close();
  });

  it('round-trips after reopening with the right passphrase', async () => {
    const name = uniqueName();
    const first = await Journal.open({ name });
    await first.enableEncryption(PASS);
    const entry = await first.add(sampleInput({ note: 'ünïcødé ✓' }));
    first.close();

    const second = await Journal.open({ name });
    expect(await second.encryption()).toBe('locked');
    await expect(second.list()).rejects.toBeInstanceOf(LockedError);
    await second.unlock(PASS);
    expect(await second.encryption()).toBe('unlocked');
    expect(await second.list()).toEqual([entry]);
    second.close();
  });

  it('says clearly when the passphrase is wrong, and loses nothing', async () => {
    const name = uniqueName();
    const first = await Journal.open({ name });
    await first.enableEncryption(PASS);
    const entry = await first.add(sampleInput());
    const rawBefore = await first.db.getAll('entries');
    first.close();

    const second = await Journal.open({ name });
    await expect(second.unlock('wrong passphrase')).rejects.toBeInstanceOf(WrongPassphraseError);
    await expect(second.unlock('wrong passphrase')).rejects.toThrow(/does not open this journal/);
    expect(await second.encryption()).toBe('locked');
    expect(await second.db.getAll('entries')).toEqual(rawBefore);
    await second.unlock(PASS);
    expect(await second.get(entry.id)).toEqual(entry);
    second.close();
  });

  it('lets the quick log save mood and stress while locked, but not a note', async () => {
    const name = uniqueName();
    const page = await Journal.open({ name });
    await page.enableEncryption(PASS);
    page.close();

    const quick = await Journal.open({ name });
    const saved = await quick.add({ mood: 2, stress: 80 });
    await expect(quick.add({ mood: 2, stress: 80, note: 'secret' })).rejects.toBeInstanceOf(
      LockedError,
    );
    await quick.unlock(PASS);
    expect(await quick.list()).toEqual([saved]);
    quick.close();
  });

  it('refuses a short passphrase and can be switched off again', async () => {
    const journal = await openJournal();
    const entry = await journal.add(sampleInput());
    await expect(journal.enableEncryption('short')).rejects.toThrow(/at least 8 characters/);
    await journal.enableEncryption(PASS);
    journal.lock();
    await expect(journal.disableEncryption()).rejects.toBeInstanceOf(LockedError);
    await journal.unlock(PASS);
    await journal.disableEncryption();
    expect(await journal.encryption()).toBe('off');
    expect(await journal.db.get('entries', entry.id)).toEqual(entry);
    journal.close();
  });

  it('a sealed part moved onto another entry does not open', async () => {
    const journal = await openJournal();
    await journal.enableEncryption(PASS);
    const a = await journal.add(sampleInput({ note: 'A' }));
    const b = await journal.add(sampleInput({ note: 'B' }));
    const rawA = await journal.db.get('entries', a.id);
    const rawB = await journal.db.get('entries', b.id);
    await journal.db.put('entries', { ...rawB!, sealed: rawA!.sealed });
    await expect(journal.get(b.id)).rejects.toBeInstanceOf(WrongPassphraseError);
    journal.close();
  });

  it('exports decrypted and imports sealed', async () => {
    const source = await openJournal();
    await source.enableEncryption(PASS);
    await source.add(sampleInput({ note: 'exported' }));
    const json = await source.exportJson();
    expect(json).toContain('exported');

    const target = await openJournal();
    await target.enableEncryption('another passphrase');
    target.lock();
    const plan = await target.previewImport(json);
    await expect(target.applyImport(plan)).rejects.toBeInstanceOf(LockedError);
    await target.unlock('another passphrase');
    await target.applyImport(await target.previewImport(json));
    expect((await target.list()).map((e) => e.note)).toEqual(['exported']);
    expect(JSON.stringify(await target.db.getAll('entries'))).not.toContain('exported');
    source.close();
    target.close();
  });
});
