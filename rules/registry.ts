// The one index of built-in rules: every file of builtin/, once, in the order the engine runs
// them (grouped by category). A rule file is named by its rule's id and exports the rule (its
// default) and its examples (`examples`, gathered by examples.ts from this list). Adding a rule:
// create builtin/<id>.ts and list it here; tests/unit/how-to-add.test.ts checks that every file
// is listed and has examples.
import type { EngineRule } from './engine/rule-types';
import condescension from './builtin/condescension';
import shouting from './builtin/shouting';
import impersonalGreeting from './builtin/impersonal-greeting';
import dismissive from './builtin/dismissive';
import registerMix from './builtin/register-mix';
import namelessReply from './builtin/nameless-reply';
import sarcasm from './builtin/sarcasm';
import unacknowledgedEmotion from './builtin/unacknowledged-emotion';
import curtReply from './builtin/curt-reply';
import formulaApology from './builtin/formula-apology';
import grovelling from './builtin/grovelling';
import blameCustomer from './builtin/blame-customer';
import deflection from './builtin/deflection';
import agentlessPassive from './builtin/agentless-passive';
import liabilityBoilerplate from './builtin/liability-boilerplate';
import blameCircumstances from './builtin/blame-circumstances';
import missingNextStep from './builtin/missing-next-step';
import vagueTime from './builtin/vague-time';
import noReplyAddress from './builtin/no-reply-address';
import longSentence from './builtin/long-sentence';
import jargon from './builtin/jargon';
import nominalStyle from './builtin/nominal-style';
import passiveDensity from './builtin/passive-density';
import stackedClauses from './builtin/stacked-clauses';
import missingInvitation from './builtin/missing-invitation';
import readTheFaq from './builtin/read-the-faq';
import unclearRequest from './builtin/unclear-request';
import learnedTone from './builtin/learned-tone';
import learnedEmpathy from './builtin/learned-empathy';
import learnedOwnership from './builtin/learned-ownership';
import learnedNextSteps from './builtin/learned-next-steps';
import learnedClarity from './builtin/learned-clarity';
import learnedCoProduction from './builtin/learned-co-production';

export const BUILTIN_RULES: readonly EngineRule[] = [
  condescension,
  shouting,
  impersonalGreeting,
  dismissive,
  registerMix,
  namelessReply,
  sarcasm,
  unacknowledgedEmotion,
  curtReply,
  formulaApology,
  grovelling,
  blameCustomer,
  deflection,
  agentlessPassive,
  liabilityBoilerplate,
  blameCircumstances,
  missingNextStep,
  vagueTime,
  noReplyAddress,
  longSentence,
  jargon,
  nominalStyle,
  passiveDensity,
  stackedClauses,
  missingInvitation,
  readTheFaq,
  unclearRequest,
  learnedTone,
  learnedEmpathy,
  learnedOwnership,
  learnedNextSteps,
  learnedClarity,
  learnedCoProduction,
];
