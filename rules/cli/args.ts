// Command-line arguments of `klartext check`. Pure: returns options or a one-line problem.
import type { Lang } from '../engine/types';

export type Format = 'json' | 'text';

export interface Options {
  help: boolean;
  /** A path, or "-" / undefined for standard input. */
  file: string | undefined;
  lang: Lang | undefined;
  uiLang: Lang | undefined;
  format: Format;
}

export const USAGE = `Usage: klartext check [FILE|-] [--lang de|en] [--format json|text] [--ui-lang de|en]

Checks support reply drafts against the Klartext guidelines.

  FILE              plain text (one draft) or JSON: {"draft": "...", "customer": "...", "lang": "de"}
                    or an array of such objects. Reads standard input when FILE is - or missing.
  --lang de|en      language of the drafts (default: detected; a "lang" in the JSON wins)
  --format json|text  output format (default: text)
  --ui-lang de|en   language of the messages (default: the draft's language)
  --help            show this help

Exit status: 0 when the check ran (whatever it found), 2 for bad input or options.`;

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
    file: undefined,
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
  const [command, file, ...extra] = positional;
  if (command !== 'check') {
    throw new ArgsError(
      command === undefined
        ? 'missing command: use "klartext check [FILE|-]" (see --help)'
        : `unknown command ${JSON.stringify(command)} (only "check" exists)`,
    );
  }
  if (extra.length > 0)
    throw new ArgsError(`unexpected argument ${JSON.stringify(extra[0])}: give one FILE or -`);
  options.file = file;
  return options;
}
