// What the journal page says when something goes wrong, and that nothing is lost by it:
// a wrong passphrase, and a broken backup.
import { expect, test } from './fixtures';
import { addEntryOnJournalPage, openJournalPage } from './journal';

const PASSPHRASE = 'Sommer im Garten 2026';

test('a wrong passphrase gets a clear message and loses nothing', async ({
  context,
  extensionId,
}) => {
  test.slow(); // PBKDF2 and several steps on a shared machine
  const journal = await openJournalPage(context, extensionId);
  await addEntryOnJournalPage(journal, 'Ruhiger Nachmittag, nur zwei Tickets.');

  await journal.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await journal.getByLabel('Repeat the passphrase').fill(PASSPHRASE);
  await journal.getByRole('button', { name: 'Encrypt the journal' }).click();
  await journal.getByRole('button', { name: 'Lock now' }).click();
  await expect(journal.getByRole('heading', { name: 'Your journal is locked' })).toBeVisible();
  await expect(journal.getByText('Ruhiger Nachmittag')).toHaveCount(0);

  await journal.getByLabel('Passphrase').fill('Winter im Garten 2026');
  await journal.getByRole('button', { name: 'Unlock' }).click();
  await expect(journal.getByRole('alert')).toContainText(
    'That passphrase does not open this journal. Nothing was changed.',
  );
  await expect(journal.getByRole('heading', { name: 'Your journal is locked' })).toBeVisible();

  // A fresh start of the page, the right passphrase: everything is still there.
  const again = await openJournalPage(context, extensionId);
  await again.getByLabel('Passphrase').fill(PASSPHRASE);
  await again.getByRole('button', { name: 'Unlock' }).click();
  await expect(
    again.locator('#kj-sec-entries').getByText('Ruhiger Nachmittag, nur zwei Tickets.'),
  ).toBeVisible();
});

test('a broken backup is refused with a clear error and the entries stay', async ({
  context,
  extensionId,
}) => {
  test.slow(); // several page loads on a shared machine
  const journal = await openJournalPage(context, extensionId);
  await addEntryOnJournalPage(journal, 'Backlog nach dem Ausfall.');

  await journal.getByLabel('JSON backup file').setInputFiles({
    name: 'klartext-journal.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format":"klartext-journal","version":1,"entries":[{"id":'),
  });
  const alert = journal.locator('[data-error-code="import"]');
  await expect(alert).toContainText('The backup was not imported; your journal is unchanged.');
  await expect(alert).toContainText(/JSON/);
  await expect(journal.getByRole('button', { name: 'Import', exact: true })).toHaveCount(0);

  const again = await openJournalPage(context, extensionId);
  await expect(
    again.locator('#kj-sec-entries').getByText('Backlog nach dem Ausfall.'),
  ).toBeVisible();
});
