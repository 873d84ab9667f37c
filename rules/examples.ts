// The examples of every built-in rule, by rule id: drafts each rule must fire on (invalid) and
// stay silent on (valid). They live beside each rule (a named export in its file) and are
// gathered here for the tests and tools that run them; the engine never imports this, so a page
// does not load them.
import type { RuleExamples } from './engine/rule-types';
import { examples as condescension } from './builtin/condescension';
import { examples as shouting } from './builtin/shouting';
import { examples as impersonalGreeting } from './builtin/impersonal-greeting';
import { examples as dismissive } from './builtin/dismissive';
import { examples as registerMix } from './builtin/register-mix';
import { examples as namelessReply } from './builtin/nameless-reply';
import { examples as sarcasm } from './builtin/sarcasm';
import { examples as unacknowledgedEmotion } from './builtin/unacknowledged-emotion';
import { examples as curtReply } from './builtin/curt-reply';
import { examples as formulaApology } from './builtin/formula-apology';
import { examples as grovelling } from './builtin/grovelling';
import { examples as blameCustomer } from './builtin/blame-customer';
import { examples as deflection } from './builtin/deflection';
import { examples as agentlessPassive } from './builtin/agentless-passive';
import { examples as liabilityBoilerplate } from './builtin/liability-boilerplate';
import { examples as blameCircumstances } from './builtin/blame-circumstances';
import { examples as missingNextStep } from './builtin/missing-next-step';
import { examples as vagueTime } from './builtin/vague-time';
import { examples as noReplyAddress } from './builtin/no-reply-address';
import { examples as longSentence } from './builtin/long-sentence';
import { examples as jargon } from './builtin/jargon';
import { examples as nominalStyle } from './builtin/nominal-style';
import { examples as passiveDensity } from './builtin/passive-density';
import { examples as stackedClauses } from './builtin/stacked-clauses';
import { examples as missingInvitation } from './builtin/missing-invitation';
import { examples as readTheFaq } from './builtin/read-the-faq';
import { examples as unclearRequest } from './builtin/unclear-request';
import { examples as learnedTone } from './builtin/learned-tone';
import { examples as learnedEmpathy } from './builtin/learned-empathy';
import { examples as learnedOwnership } from './builtin/learned-ownership';
import { examples as learnedNextSteps } from './builtin/learned-next-steps';
import { examples as learnedClarity } from './builtin/learned-clarity';
import { examples as learnedCoProduction } from './builtin/learned-co-production';

export const BUILTIN_EXAMPLES: Readonly<Record<string, RuleExamples>> = {
  condescension: condescension,
  shouting: shouting,
  'impersonal-greeting': impersonalGreeting,
  dismissive: dismissive,
  'register-mix': registerMix,
  'nameless-reply': namelessReply,
  sarcasm: sarcasm,
  'unacknowledged-emotion': unacknowledgedEmotion,
  'curt-reply': curtReply,
  'formula-apology': formulaApology,
  grovelling: grovelling,
  'blame-customer': blameCustomer,
  deflection: deflection,
  'agentless-passive': agentlessPassive,
  'liability-boilerplate': liabilityBoilerplate,
  'blame-circumstances': blameCircumstances,
  'missing-next-step': missingNextStep,
  'vague-time': vagueTime,
  'no-reply-address': noReplyAddress,
  'long-sentence': longSentence,
  jargon: jargon,
  'nominal-style': nominalStyle,
  'passive-density': passiveDensity,
  'stacked-clauses': stackedClauses,
  'missing-invitation': missingInvitation,
  'read-the-faq': readTheFaq,
  'unclear-request': unclearRequest,
  'learned-tone': learnedTone,
  'learned-empathy': learnedEmpathy,
  'learned-ownership': learnedOwnership,
  'learned-next-steps': learnedNextSteps,
  'learned-clarity': learnedClarity,
  'learned-co-production': learnedCoProduction,
};
