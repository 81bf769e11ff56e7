import { describe, expect, it } from 'vitest';
import type { DraftContext } from '../drafter.ts';
import { withClaimsSpelledOut } from './claimed-jobs.ts';
import { parseDump } from './parse-dump.ts';

const context: DraftContext = { today: '2026-12-02', timezone: 'UTC', projects: [], tasks: [] };

/** What the review would create without a click, with its due date. */
function created(dump: string): string[] {
  return parseDump(dump, context).flatMap((operation) =>
    operation.op === 'create_task' && (operation.confidence ?? 1) >= 0.5 ? [`${operation.title}${operation.due_date ? ` @${operation.due_date}` : ''}`] : [],
  );
}

describe('the reader taking on a job asked for in a chat by naming its thing', () => {
  it.each([
    [
      "Priit: can someone renew the domain for the shop site by Friday?\nMe: I'll take the domain",
      "Priit: can someone renew the domain for the shop site by Friday?\nMe: I'll renew the domain for the shop site by Friday",
    ],
    ['[10:02] Oona: somebody pls defrost the staff freezer\n[10:05] Me: ok I will take the freezer too', '[10:02] Oona: somebody pls defrost the staff freezer\n[10:05] Me: ok I will defrost the staff freezer too'],
  ])('reads the claim as the job: "%s"', (dump, read) => {
    expect(withClaimsSpelledOut(dump)).toBe(read);
  });

  it('creates the job, not a carrying of its thing', () => {
    expect(created("Priit: can someone renew the domain for the shop site by Friday?\nMe: I'll take the domain")).toEqual(['Renew the domain for the shop site @2026-12-04']);
  });

  it.each([
    // Nothing before names the thing: taking it is the task.
    "Priit: the shop opens at ten\nMe: I'll take the van",
    // Taking a thing somewhere is no claim.
    "Priit: can someone fix the printer?\nMe: I'll take the printer to the repair shop",
    // Someone else's claim is theirs.
    "Priit: can someone renew the domain?\nOona: I'll take the domain",
  ])('leaves other takings as they are: "%s"', (dump) => {
    expect(withClaimsSpelledOut(dump)).toBe(dump);
  });
});
