// The shape of a language's wording of pack problems. Mapped over every code, so a code added to
// problems.ts without a wording in each language is a type error, not an empty line on screen.
import type { Condition, ProblemCode, ProblemData } from '../problems';

export type CodeTable = { readonly [C in ProblemCode]: (data: ProblemData[C]) => string };

export interface Wording {
  problems: CodeTable;
  /** A schema problem with a key's name (propertyNames) rather than its value. */
  aboutKey(message: string): string;
  /** A schema problem that holds only under the conditions of an if-schema. */
  when(message: string, conditions: readonly Condition[]): string;
}
