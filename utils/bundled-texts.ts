// Both languages' UI texts compiled into a page's own script, for the journal page: reading a
// catalog file is a request through the browser process, which is at its busiest while a tab
// opens, and the page's first frame waited for it (`npm run bench:journal`). It costs the page
// about 50 KB of script. Other pages read the one catalog they show (locale-files.ts).
import type { Lang } from '@/rules';
import de from '../public/_locales/de/messages.json';
import en from '../public/_locales/en/messages.json';
import { translator, type Translate } from './i18n';

export function bundledTranslator(lang: Lang): Translate {
  return translator(lang === 'de' ? de : en);
}
