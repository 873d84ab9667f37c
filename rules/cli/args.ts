// Command-line arguments of `klartext check`. Pure: returns options or a one-line problem.
import type { Lang } from '../engine/types';

export type Format = 'json' | 'text';

export interface Options {
  help: boolean;
  command: 'check' | 'pack-lint';
  /** A path, or "-" / undefined for standard input. */
  file: string | undefined;
  /** Rule pack files for check (--pack, repeatable). */
  packs: string[];
  lang: Lang | undefined;
  uiLang: Lang | undefined;
  format: Format;
}

export const USAGE = `Usage: klartext check [FILE|-] [--pack PACK]... [--lang de|en] [--format json|text] [--ui-lang de|en]
       klartext pack lint PACK [--format json|text]

Checks support reply drafts against the Klartext guidelines, and lints rule packs.

  FILE              plain text (one draft) or JSON: {"draft": "...", "customer": "...", "lang": "de"}
                    or an array of such objects. Reads standard input when FILE is - or missing.
  --pack PACK       also check by the rules of a rule pack (JSON, see rules/packs/pack.schema.json);
                    repeat for several packs. A pack with problems stops the check (exit 2).
  --lang de|en      language of the drafts (default: detected; a "lang" in the JSON wins)
  --format json|text  output format (default: text)
  --ui-lang de|en   language of the messages (default: the draft's language)
  --help            show this help

  pack lint PACK    validates a rule pack: schema, ids, patterns and their limits, and runs the
                    pack's own examples. Prints PACK:line:column  error|warning  message  (JSON pointer).

Exit status: check: 0 when the check ran (whatever it found), 2 for bad input, options or packs.
pack lint: 0 when the pack is clean (warnings allowed), 1 when it has problems, 2 when it cannot
be read.`;

function parseLang(flag: string, value: string | undefined): Lang {
  if (value === 'de' || value === 'en') return value;
  throw new ArgsError(
    `${flag} must be "de" or "en", got ${value === undefined ? 'nothing' : JSON.stringify(value)}`,
  );
}

export class ArgsError extends Error {}

export function parseArgs(argv: readonly string[]): Options {
  const options: Options = {
    help: false,
    command: 'check',
    file: undefined,
    packs: [],
    lang: undefined,
    uiLang: undefined,
    format: 'text',
  };
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    const value = () => inline ?? argv[++i];
    switch (flag) {
      case '--help':
      case '-h':
        options.help = true;
        break;
      case '--lang':
        options.lang = parseLang('--lang', value());
        break;
      case '--ui-lang':
        options.uiLang = parseLang('--ui-lang', value());
        break;
      case '--pack': {
        const pack = value();
        if (pack === undefined || pack === '') throw new ArgsError('--pack needs a file');
        options.packs.push(pack);
        break;
      }
      case '--format': {
        const format = value();
        if (format !== 'json' && format !== 'text') {
          throw new ArgsError(
            `--format must be "json" or "text", got ${format === undefined ? 'nothing' : JSON.stringify(format)}`,
          );
        }
        options.format = format;
        break;
      }
      default:
        if (arg.startsWith('-') && arg !== '-')
          throw new ArgsError(`unknown option ${arg} (see --help)`);
        positional.push(arg);
    }
  }
  if (options.help) return options;
  const [command, ...rest] = positional;
  if (command === 'pack') {
    const [sub, file, ...extra] = rest;
    if (sub !== 'lint') {
      throw new ArgsError(
        sub === undefined
          ? 'missing pack command: use "klartext pack lint PACK" (see --help)'
          : `unknown pack command ${JSON.stringify(sub)} (only "lint" exists)`,
      );
    }
    if (file === undefined)
      throw new ArgsError('pack lint needs a PACK file (or - for standard input)');
    if (extra.length > 0)
      throw new ArgsError(`unexpected argument ${JSON.stringify(extra[0])}: give one PACK`);
    if (options.packs.length > 0) throw new ArgsError('--pack belongs to check, not to pack lint');
    return { ...options, command: 'pack-lint', file };
  }
  if (command !== 'check') {
    throw new ArgsError(
      command === undefined
        ? 'missing command: use "klartext check [FILE|-]" or "klartext pack lint PACK" (see --help)'
        : `unknown command ${JSON.stringify(command)} (use "check" or "pack lint")`,
    );
  }
  const [file, ...extra] = rest;
  if (extra.length > 0)
    throw new ArgsError(`unexpected argument ${JSON.stringify(extra[0])}: give one FILE or -`);
  options.file = file;
  return options;
}
