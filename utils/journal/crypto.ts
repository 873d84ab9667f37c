// Optional encryption at rest, with WebCrypto only.
//
// The passphrase goes through PBKDF2-SHA-256 (310,000 iterations, random 16-byte salt per
// journal) once per unlock. Its 256 bits are not used as a key directly: they are HKDF input
// keying material, and every record gets its own AES-256-GCM key from HKDF-SHA-256 with a
// random 16-byte salt of its own, plus a random 12-byte IV. Running PBKDF2 per record would
// make a 10,000-entry journal take minutes to open; HKDF gives each record its own salt and key
// for microseconds. The record id is the GCM additional data, so a sealed part copied onto
// another entry fails to open instead of showing the wrong note.
//
// What is encrypted: tags, note and ticket reference. What stays readable on disk: the entry's
// id, creation and edit times, mood, stress and the three workload ratings (the chart, the
// weekly summary and retention need them, and IndexedDB indexes the times), plus the settings
// and the daily counters. A verifier (a known text sealed with the key) tells a wrong
// passphrase apart before anything is touched.
import { JournalError, WrongPassphraseError } from './errors';

export const PBKDF2_ITERATIONS = 310_000;
export const MIN_PASSPHRASE_LENGTH = 8;
const VERIFIER_ID = 'klartext-journal-verifier';
const VERIFIER_TEXT = 'klartext journal key check';
const HKDF_INFO = new TextEncoder().encode('klartext-journal-entry-v1');

export interface SealedPayload {
  v: 1;
  salt: string;
  iv: string;
  data: string;
}

export interface CryptoMeta {
  version: 1;
  kdf: 'PBKDF2-SHA-256';
  iterations: number;
  salt: string;
  verifier: SealedPayload;
}

/** The unlocked key material; lives only in the memory of the page that unlocked it. */
export interface Keyring {
  readonly hkdfKey: CryptoKey;
  /** The journal salt this key was derived with; tells a stale key from the current one. */
  readonly metaSalt: string;
}

/** The parts of an entry that are sealed when encryption is on. */
export interface SecretPart {
  tags: string[];
  note: string;
  ticketRef?: string;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(length));
}

async function deriveKeyring(
  passphrase: string,
  metaSalt: string,
  iterations: number,
): Promise<Keyring> {
  const material = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(passphrase),
    'PBKDF2',
    false,
    ['deriveBits'],
  );
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: fromBase64(metaSalt), iterations },
    material,
    256,
  );
  const hkdfKey = await crypto.subtle.importKey('raw', bits, 'HKDF', false, ['deriveKey']);
  return { hkdfKey, metaSalt };
}

function recordKey(keyring: Keyring, salt: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  return crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt, info: HKDF_INFO },
    keyring.hkdfKey,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

async function sealText(keyring: Keyring, id: string, text: string): Promise<SealedPayload> {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const key = await recordKey(keyring, salt);
  const data = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: new TextEncoder().encode(id) },
    key,
    new TextEncoder().encode(text),
  );
  return { v: 1, salt: toBase64(salt), iv: toBase64(iv), data: toBase64(new Uint8Array(data)) };
}

/** Throws WrongPassphraseError when the key (or the record id) does not match. */
async function openText(keyring: Keyring, id: string, payload: SealedPayload): Promise<string> {
  const key = await recordKey(keyring, fromBase64(payload.salt));
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: fromBase64(payload.iv), additionalData: new TextEncoder().encode(id) },
      key,
      fromBase64(payload.data),
    );
    return new TextDecoder().decode(plain);
  } catch {
    throw new WrongPassphraseError();
  }
}

export async function createCryptoMeta(
  passphrase: string,
): Promise<{ meta: CryptoMeta; keyring: Keyring }> {
  if (passphrase.length < MIN_PASSPHRASE_LENGTH) {
    throw new JournalError(
      'weak-passphrase',
      `A passphrase needs at least ${MIN_PASSPHRASE_LENGTH} characters.`,
    );
  }
  const salt = toBase64(randomBytes(16));
  const keyring = await deriveKeyring(passphrase, salt, PBKDF2_ITERATIONS);
  const verifier = await sealText(keyring, VERIFIER_ID, VERIFIER_TEXT);
  const meta: CryptoMeta = {
    version: 1,
    kdf: 'PBKDF2-SHA-256',
    iterations: PBKDF2_ITERATIONS,
    salt,
    verifier,
  };
  return { meta, keyring };
}

/** Derives the key and checks it against the verifier; a wrong passphrase changes nothing. */
export async function unlockKeyring(meta: CryptoMeta, passphrase: string): Promise<Keyring> {
  const keyring = await deriveKeyring(passphrase, meta.salt, meta.iterations);
  const text = await openText(keyring, VERIFIER_ID, meta.verifier);
  if (text !== VERIFIER_TEXT) throw new WrongPassphraseError();
  return keyring;
}

export async function sealSecret(
  keyring: Keyring,
  id: string,
  secret: SecretPart,
): Promise<SealedPayload> {
  return sealText(keyring, id, JSON.stringify(secret));
}

export async function openSecret(
  keyring: Keyring,
  id: string,
  payload: SealedPayload,
): Promise<SecretPart> {
  const parsed = JSON.parse(await openText(keyring, id, payload)) as SecretPart;
  return {
    tags: parsed.tags,
    note: parsed.note,
    ...(parsed.ticketRef !== undefined ? { ticketRef: parsed.ticketRef } : {}),
  };
}
