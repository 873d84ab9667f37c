// The rule engine as a script of its own (engine.js), injected by the background into the
// sidebar's isolated world when a page first has a reply box (utils/sidebar/engine-loader.ts).
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { check, createChecker, RULES } from '@/rules';
import { installEngine } from '@/utils/sidebar/engine-loader';

export default defineUnlistedScript(() => {
  installEngine({ check, createChecker, RULES });
});
