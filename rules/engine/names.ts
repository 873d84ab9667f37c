// Names for suggestions come from a ticket page or a setting: only what reads as a person's
// name is used in a greeting or sign-off ("Daniel Whitaker", "Sabine Krüger", "O'Brien"), never
// an e-mail address, a ticket number or a paragraph a page put where a name should be.

/** At most this many words: "Maria de la Cruz Fernández" still fits. */
const MAX_WORDS = 5;
const MAX_LENGTH = 60;
/** A word of a name: letters, with inner hyphens, apostrophes or a closing dot ("Dr."). */
const NAME_WORD = /^\p{L}[\p{L}\p{M}'’-]*\.?$/u;

/** The name in plain form, or undefined when `raw` does not read as a person's name. */
export function personName(raw: string | undefined): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const name = raw.replace(/\s+/g, ' ').trim();
  if (name === '' || name.length > MAX_LENGTH) return undefined;
  const words = name.split(' ');
  if (words.length > MAX_WORDS) return undefined;
  if (!words.every((word) => NAME_WORD.test(word))) return undefined;
  // All lower case is a handle ("support"), not a name someone signs with.
  return /\p{Lu}/u.test(name) ? name : undefined;
}
