// Helpers for the journal's e2e tests: the journal page of the loaded extension, the quick log
// window the sidebar opens, and what a host page's own scripts can see.
import type { BrowserContext, Page } from '@playwright/test';
import { expect } from './fixtures';
import { sidebar } from './sidebar';

/** Clicks the sidebar's "Quick log": the quick log opens in an extension window of its own. */
export async function openQuickLog(page: Page): Promise<Page> {
  const opened = page
    .context()
    .waitForEvent('page', (other) => other.url().endsWith('/journal-quicklog.html'));
  await sidebar(page).action('quick-log').click();
  const quickLog = await opened;
  await quickLog.waitForLoadState();
  return quickLog;
}

/** Logs from the sidebar's quick log: open it, pick a mood, optionally type a note, save. */
export async function quickLogFromSidebar(
  page: Page,
  entry: { mood: string; note?: string },
): Promise<void> {
  const frame = await openQuickLog(page);
  await frame.getByRole('radio', { name: entry.mood, exact: true }).check();
  if (entry.note !== undefined) {
    const note = frame.getByLabel('Note (optional)');
    await note.click();
    await note.pressSequentially(entry.note);
  }
  await frame.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(frame.getByText('Saved to your private journal.')).toBeVisible();
  // The window closes itself once it has said so.
  await frame.waitForEvent('close');
}

/** Writes an entry with the journal page's form. */
export async function addEntryOnJournalPage(page: Page, note: string, mood = 'good') {
  const form = page.locator('#kj-sec-new');
  await form.getByRole('radio', { name: mood, exact: true }).check();
  await form.getByLabel('Note', { exact: true }).fill(note);
  await form.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Saved.', { exact: true })).toBeVisible();
}

export async function openJournalPage(context: BrowserContext, extensionId: string) {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/journal.html`);
  return page;
}

/** Installed before any page script runs: records every key and input event the page can see. */
export function installKeySpy(): void {
  const seen: string[] = [];
  (window as unknown as { __keySpy: string[] }).__keySpy = seen;
  for (const type of ['keydown', 'keypress', 'keyup', 'beforeinput', 'input', 'paste']) {
    window.addEventListener(
      type,
      (event) => {
        const target = event.target as { value?: unknown } | null;
        const key = event instanceof KeyboardEvent ? event.key : '';
        const data = event instanceof InputEvent ? (event.data ?? '') : '';
        seen.push(`${type}:${key}${data}:${typeof target?.value === 'string' ? target.value : ''}`);
      },
      { capture: true },
    );
  }
}

/**
 * Everything the host page's own scripts can reach: the DOM with every open shadow root,
 * frames they may read, localStorage, sessionStorage, every IndexedDB database's records,
 * cookies and the key spy's log. Runs in the page's main world.
 */
export async function whatThePageCanSee(page: Page): Promise<{
  text: string;
  frameReadable: boolean;
  databases: string[];
}> {
  return page.evaluate(async () => {
    const parts: string[] = [];
    let frameReadable = false;
    const walk = (root: Document | ShadowRoot) => {
      parts.push(root instanceof Document ? root.documentElement.outerHTML : root.innerHTML);
      for (const element of root.querySelectorAll('*')) {
        if (element.shadowRoot) walk(element.shadowRoot);
        if (element instanceof HTMLIFrameElement) {
          try {
            const inner = element.contentDocument;
            if (inner) {
              frameReadable = true;
              walk(inner);
            }
          } catch {
            // cross-origin: the page cannot look inside
          }
        }
        if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) {
          parts.push(element.value);
        }
      }
    };
    walk(document);
    for (const storage of [localStorage, sessionStorage]) {
      for (let i = 0; i < storage.length; i += 1) {
        const key = storage.key(i)!;
        parts.push(key, storage.getItem(key) ?? '');
      }
    }
    parts.push(document.cookie);
    const databases = (await indexedDB.databases()).map((db) => db.name ?? '');
    for (const name of databases) {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      for (const store of db.objectStoreNames) {
        const all = await new Promise<unknown[]>((resolve, reject) => {
          const request = db.transaction(store).objectStore(store).getAll();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        parts.push(JSON.stringify(all));
      }
      db.close();
    }
    parts.push(...((window as unknown as { __keySpy?: string[] }).__keySpy ?? []));
    return { text: parts.join('\n'), frameReadable, databases };
  });
}
