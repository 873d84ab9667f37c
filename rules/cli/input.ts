// Turns the raw input into drafts: plain text is one draft; text starting with { or [ must be
// valid JSON (an object or an array of objects). Problems come back as one-line messages.
import type { CheckInput, Lang } from '../engine/types';

export interface ParsedInput {
  /** An array input prints an array, in input order. */
  isArray: boolean;
  items: CheckInput[];
}

export class InputError extends Error {}

function where(index: number | undefined): string {
  return index === undefined ? '' : `item ${index}: `;
}

function toCheckInput(
  value: unknown,
  index: number | undefined,
  defaultLang: Lang | undefined,
): CheckInput {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InputError(
      `${where(index)}expected an object with a "draft" string, got ${Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value}`,
    );
  }
  const record = value as Record<string, unknown>;
  if (typeof record.draft !== 'string') {
    throw new InputError(
      `${where(index)}"draft" must be a string, got ${record.draft === undefined ? 'nothing' : typeof record.draft}`,
    );
  }
  if (record.customer !== undefined && typeof record.customer !== 'string') {
    throw new InputError(
      `${where(index)}"customer" must be a string, got ${typeof record.customer}`,
    );
  }
  if (record.lang !== undefined && record.lang !== 'de' && record.lang !== 'en') {
    throw new InputError(
      `${where(index)}"lang" must be "de" or "en", got ${JSON.stringify(record.lang)}`,
    );
  }
  const input: CheckInput = { draft: record.draft };
  if (typeof record.customer === 'string') input.customer = record.customer;
  const lang = (record.lang as Lang | undefined) ?? defaultLang;
  if (lang) input.lang = lang;
  return input;
}

export function parseInput(raw: string, defaultLang: Lang | undefined): ParsedInput {
  const trimmed = raw.trim();
  if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) {
    return {
      isArray: false,
      items: [{ draft: raw, ...(defaultLang ? { lang: defaultLang } : {}) }],
    };
  }
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new InputError(`invalid JSON: ${why.split('\n')[0]}`);
  }
  if (Array.isArray(value)) {
    return {
      isArray: true,
      items: value.map((item, index) => toCheckInput(item, index, defaultLang)),
    };
  }
  return { isArray: false, items: [toCheckInput(value, undefined, defaultLang)] };
}
