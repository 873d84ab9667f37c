// Wires the journal's background service to the browser: the check-in alarm, notifications
// for the two optional prompts, session storage for the tense streak, and the journal page.
// The prompts appear in the browser's own notification UI, never in a ticketing page.
import { browser } from 'wxt/browser';
import { resolveUiLang } from '@/utils/i18n';
import { loadTranslator } from '@/utils/locale-files';
import { Journal } from '@/utils/journal';
import {
  createJournalService,
  type JournalPrompt,
  type JournalService,
} from '@/utils/journal/background-service';
import { JOURNAL_CHANNEL } from '@/utils/journal/channel';
import type { TenseStreak } from '@/utils/journal/prompts';
import { DEFAULT_SETTINGS, extensionStorage, loadSettings } from '@/utils/settings';

const CHECK_IN_ALARM = 'klartext-journal-check-in';
const NOTIFICATION_PREFIX = 'klartext-journal-';
const STREAK_KEY = 'journalTenseStreak';
const PROMPTED_KEY = 'journalLastPrompt';

export function openJournalPage(): Promise<void> {
  return browser.tabs
    .create({ url: browser.runtime.getURL('/journal.html') })
    .then(() => undefined);
}

const QUICK_LOG_PAGE = '/journal-quicklog.html';
const QUICK_LOG_WINDOW_KEY = 'journalQuickLogWindow';

let openingQuickLog: Promise<void> | undefined;

/**
 * Opens the quick log in a small window of its own, or brings the open one to the front. A
 * window, not a frame in the sidebar: the ticketing page can frame, cover, navigate and script
 * anything inside itself, but not another window of the extension.
 */
export function openQuickLogWindow(): Promise<void> {
  // Two clicks in a row would both find no window yet and open two: they share one opening.
  openingQuickLog ??= openOrFocusQuickLog().finally(() => {
    openingQuickLog = undefined;
  });
  return openingQuickLog;
}

async function openOrFocusQuickLog(): Promise<void> {
  // The window's id outlives this service worker in session storage; a closed window's id is
  // not given out again while the browser runs.
  const known = (await browser.storage.session.get(QUICK_LOG_WINDOW_KEY))[QUICK_LOG_WINDOW_KEY];
  if (typeof known === 'number') {
    const focused = await browser.windows.update(known, { focused: true }).then(
      () => true,
      () => false,
    );
    if (focused) return;
  }
  const created = await browser.windows.create({
    url: browser.runtime.getURL(QUICK_LOG_PAGE),
    type: 'popup',
    width: 400,
    height: 560,
    focused: true,
  });
  await browser.storage.session.set({ [QUICK_LOG_WINDOW_KEY]: created?.id });
}

async function showPrompt(kind: JournalPrompt): Promise<void> {
  const settings = await loadSettings(extensionStorage(browser)).catch(() => DEFAULT_SETTINGS);
  const t = await loadTranslator(resolveUiLang(settings.uiLanguage, browser.i18n.getUILanguage()));
  await browser.notifications.create(`${NOTIFICATION_PREFIX}${kind}`, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: kind === 'break' ? t('journalPromptBreakTitle') : t('journalPromptCheckInTitle'),
    message: kind === 'break' ? t('journalPromptBreakText') : t('journalPromptCheckInText'),
  });
}

/** Starts the journal's background part; call once from defineBackground. */
export function startJournalBackground(): JournalService {
  const channel = new BroadcastChannel(JOURNAL_CHANNEL);
  let opening: Promise<Journal> | null = null;
  const journal = (): Promise<Journal> => {
    opening ??= Journal.open({
      // Counting a reply changes the journal: open journal pages refresh.
      onChange: () => channel.postMessage('changed'),
      onClosedForUpgrade: () => {
        opening = null;
      },
    }).catch((error: unknown) => {
      opening = null;
      throw error;
    });
    return opening;
  };
  const session = browser.storage.session;

  const service = createJournalService({
    journal,
    now: Date.now,
    async scheduleCheckIn(when) {
      if (when === null) await browser.alarms.clear(CHECK_IN_ALARM);
      else await browser.alarms.create(CHECK_IN_ALARM, { when });
    },
    prompt: showPrompt,
    async loadStreak() {
      return (await session.get(STREAK_KEY))[STREAK_KEY] as TenseStreak | undefined;
    },
    saveStreak: (streak) => session.set({ [STREAK_KEY]: streak }),
    async loadLastPrompt() {
      const stored = (await session.get(PROMPTED_KEY))[PROMPTED_KEY];
      return typeof stored === 'number' ? stored : null;
    },
    saveLastPrompt: (at) => session.set({ [PROMPTED_KEY]: at }),
  });

  // A journal page changed the settings (or anything else): the alarm follows the settings.
  channel.onmessage = () => void service.reschedule().catch(() => undefined);
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === CHECK_IN_ALARM) void service.checkInDue().catch(() => undefined);
  });
  browser.notifications.onClicked.addListener((id) => {
    if (!id.startsWith(NOTIFICATION_PREFIX)) return;
    void browser.notifications.clear(id);
    void openJournalPage();
  });
  void service.reschedule().catch(() => undefined);
  return service;
}
