// Typed errors: the pages branch on `code` and show a headline per code in the UI language;
// `details` says precisely what was wrong (which field, which line) in both languages, and
// `message` is its English line for logs and the command line. Nothing is swallowed.
import type { Problem } from './problems';

export type JournalErrorCode =
  | 'storage-full'
  | 'storage'
  | 'invalid-entry'
  | 'not-found'
  | 'conflict'
  | 'locked'
  | 'wrong-passphrase'
  | 'weak-passphrase'
  | 'import'
  | 'blocked';

export class JournalError extends Error {
  /** The detail in both languages, where Klartext itself found the problem. */
  readonly details?: Problem;
  /** `message` in both languages (its English line becomes the Error's message), or English. */
  constructor(
    readonly code: JournalErrorCode,
    message: string | Problem,
    options?: { cause?: unknown },
  ) {
    super(typeof message === 'string' ? message : message.en, options);
    this.name = 'JournalError';
    if (typeof message !== 'string') this.details = message;
  }
}

/** What a page or a message shows of an error: its code, English line and both languages. */
export interface ErrorReport {
  code: JournalErrorCode;
  message: string;
  details?: Problem;
}

export function errorReport(error: unknown): ErrorReport {
  const { code, message, details } = toJournalError(error);
  return details ? { code, message, details } : { code, message };
}

/** The browser refused to store more: quota reached or the disk is full. */
export class StorageFullError extends JournalError {
  constructor(cause?: unknown) {
    super(
      'storage-full',
      'The browser has no room left to store the journal (storage quota reached or disk full). ' +
        'Nothing was saved. Free some disk space, or export and delete old entries.',
      { cause },
    );
    this.name = 'StorageFullError';
  }
}

export class WrongPassphraseError extends JournalError {
  constructor() {
    super('wrong-passphrase', 'That passphrase does not open this journal. Nothing was changed.');
    this.name = 'WrongPassphraseError';
  }
}

export class LockedError extends JournalError {
  constructor() {
    super('locked', 'The journal is encrypted: unlock it with your passphrase first.');
    this.name = 'LockedError';
  }
}

export class ImportError extends JournalError {
  constructor(details: Problem) {
    super('import', details);
    this.name = 'ImportError';
  }
}

function errorName(error: unknown): string | undefined {
  if (error && typeof error === 'object' && 'name' in error) {
    const { name } = error as { name: unknown };
    return typeof name === 'string' ? name : undefined;
  }
  return undefined;
}

/**
 * Turns what IndexedDB threw into a JournalError. Quota errors arrive as a DOMException named
 * QuotaExceededError (Chromium, Firefox) or, on a full disk, sometimes as an UnknownError
 * mentioning the disk; both become StorageFullError so the page can say so plainly.
 */
export function toJournalError(error: unknown): JournalError {
  if (error instanceof JournalError) return error;
  const name = errorName(error);
  const message = error instanceof Error ? error.message : String(error);
  if (
    name === 'QuotaExceededError' ||
    (name === 'UnknownError' && /disk|space|quota/i.test(message))
  ) {
    return new StorageFullError(error);
  }
  return new JournalError('storage', `The journal could not be read or written: ${message}`, {
    cause: error,
  });
}
