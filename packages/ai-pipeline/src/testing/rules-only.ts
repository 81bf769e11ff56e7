import type { Operation } from '@ordo/shared-types';
import type { DraftContext } from '../drafter.ts';
import { parseDump, withProjectConfidence } from '../offline/parse-dump.ts';

/**
 * A dump's operations with each new task as sure as the clause rules read it, before the learned
 * model may lower it to a suggestion: for tests of what the rules read. Which bare noun ("eye test",
 * "school shoes") the model offers rather than creates moves with its fitted threshold, which the
 * evaluation, not a unit test, judges.
 */
export function parsedByRules(dump: string, context: DraftContext): Operation[] {
  const ruleConfidence = new Map<string, number>();
  const operations = parseDump(dump, context, (ref, candidate) => ruleConfidence.set(ref, candidate.ruleConfidence));
  return withProjectConfidence(
    operations.map((operation) => {
      const confidence = operation.op === 'create_task' ? ruleConfidence.get(operation.ref) : undefined;
      return confidence === undefined ? operation : { ...operation, confidence };
    }),
  );
}
