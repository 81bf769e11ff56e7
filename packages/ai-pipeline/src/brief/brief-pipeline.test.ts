import type { BriefFacts } from '@ordo/shared-types';
import { createTestDatabase, createTestUser, type TestDatabase } from '@ordo/supabase-client/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createGateway } from '../gateway/gateway.ts';
import { runPipeline } from '../pipeline/run-pipeline.ts';
import { emptyBriefFacts, sampleBriefFacts, sampleIds } from '../testing/brief-facts.ts';
import type { FakeLlmServer, FakeReply } from '../testing/fake-llm-server.ts';
import { startFakeOpenAI } from '../testing/fake-openai.ts';
import { fakeProviderEnv } from '../testing/fake-provider-env.ts';
import { jsonReply, repliesByModel, requestsByModel } from '../testing/scripted-replies.ts';
import { briefFallBackOn, briefStages } from './brief-pipeline.ts';
import { checkBriefDraft } from './check-draft.ts';
import { runOfflineBrief } from './offline-run.ts';
import { briefDraftSchema } from './schemas.ts';

let database: TestDatabase;
let userId: string;
let openai: FakeLlmServer;
let script: Record<string, FakeReply[]>;

beforeAll(async () => {
  database = await createTestDatabase();
  userId = await createTestUser(database.db);
  openai = await startFakeOpenAI({ reply: (request) => repliesByModel(script)(request) });
});

afterAll(async () => {
  await Promise.all([database.drop(), openai.close()]);
});

beforeEach(async () => {
  script = {};
  openai.requests.length = 0;
  await database.db.sql`delete from llm_calls`;
});

// The default OpenAI tiers: plan, write, check.
const PLAN = 'gpt-5';
const WRITE = 'gpt-5-mini';
const CHECK = 'gpt-5-nano';

const goodDraft = {
  headline: 'Taxes first, then the invoice',
  markdown: `## Wins\nYou shipped [Ship the \\[beta\\] release](/tasks/${sampleIds.shipped}). Lovely.\n\n## Focus\n1. [File taxes](/tasks/${sampleIds.taxes}): overdue since Sat 28 Nov.`,
};
const inventedDraft = {
  headline: 'A big day',
  markdown: `## Focus\n1. [Book flights to Lisbon](/tasks/00000000-0000-4000-8000-00000000beef): due Fri 4 Dec.`,
};

async function runBrief(facts: BriefFacts, env = fakeProviderEnv({ openai }, { AI_MAX_RETRIES: '0' })) {
  const gateway = createGateway({ env, db: database.db, backoffMs: 1 });
  const stages = briefStages({ gateway, gatherFacts: async () => facts });
  const result = await runPipeline(
    stages,
    { request: { user_id: userId, kind: facts.kind, local_date: facts.local_date } },
    { fallBackOn: briefFallBackOn(false) },
  );
  return { draft: briefDraftSchema.parse(result.state.check), reports: result.reports };
}

async function llmCalls() {
  return database.db.sql<{ purpose: string; outcome: string; user_id: string }[]>`
    select purpose, outcome, user_id from llm_calls order by created_at`;
}

describe('brief pipeline with a model', () => {
  it('writes with the models, recording each call for the person', async () => {
    script = {
      [PLAN]: [jsonReply({ priorities: [{ task_id: sampleIds.taxes, why: 'Five days late.' }] })],
      [WRITE]: [jsonReply(goodDraft)],
      [CHECK]: [jsonReply({ problems: [] })],
    };
    const { draft, reports } = await runBrief(sampleBriefFacts());
    expect(draft).toEqual({ ...goodDraft, provider: 'openai', model: WRITE });
    expect(reports.map((report) => [report.name, report.gate, report.calls])).toEqual([
      ['gather', 'none', 0],
      ['prioritise', 'pass', 1],
      ['write', 'pass', 1],
      ['check', 'pass', 1],
    ]);
    expect((await llmCalls()).map((call) => [call.purpose, call.outcome, call.user_id])).toEqual([
      ['plan', 'ok', userId],
      ['write', 'ok', userId],
      ['check', 'ok', userId],
    ]);
    // The writer is told the priorities and the exact links to use.
    const writeRequest = JSON.stringify(openai.requests[1]?.body.messages);
    expect(writeRequest).toContain(`[File taxes](/tasks/${sampleIds.taxes})`);
    expect(writeRequest).toContain('Five days late.');
  });

  it('retries prioritise with the gate findings when it picks a task that does not exist', async () => {
    script = {
      [PLAN]: [
        jsonReply({ priorities: [{ task_id: '00000000-0000-4000-8000-00000000beef', why: 'Made up.' }] }),
        jsonReply({ priorities: [{ task_id: sampleIds.invoice, why: 'Due today.' }] }),
      ],
      [WRITE]: [jsonReply(goodDraft)],
      [CHECK]: [jsonReply({ problems: [] })],
    };
    const { reports } = await runBrief(sampleBriefFacts());
    expect(reports[1]).toMatchObject({ gate: 'repaired', calls: 2 });
    expect(JSON.stringify(openai.requests[1]?.body.messages)).toContain('is not an open task in the facts');
  });

  it('repairs a draft that names a task that does not exist: the check gate fails and the rewrite passes', async () => {
    script = {
      [PLAN]: [jsonReply({ priorities: [{ task_id: sampleIds.taxes, why: 'Five days late.' }] })],
      [WRITE]: [jsonReply(inventedDraft), jsonReply(goodDraft)],
      [CHECK]: [jsonReply({ problems: [] })],
    };
    const { draft, reports } = await runBrief(sampleBriefFacts());
    expect(draft).toEqual({ ...goodDraft, provider: 'openai', model: WRITE });
    expect(reports[3]).toMatchObject({ name: 'check', gate: 'repaired' });
    expect(reports[3]?.findings[0]).toContain('"Book flights to Lisbon" links to a task that is not in the facts');
    // The rewrite was sent the failing draft and the findings.
    const repair = JSON.stringify(openai.requests[2]?.body.messages);
    expect(repair).toContain('Book flights to Lisbon');
    expect(repair).toContain('failed its check');
    expect(requestsByModel(openai.requests)).toEqual({ [PLAN]: 1, [WRITE]: 2, [CHECK]: 1 });
  });

  it('repairs a draft the check-tier reviewer finds unsupported claims in', async () => {
    script = {
      [PLAN]: [jsonReply({ priorities: [] })],
      [WRITE]: [jsonReply({ ...goodDraft, markdown: `${goodDraft.markdown}\nYou finished 12 tasks!` }), jsonReply(goodDraft)],
      [CHECK]: [jsonReply({ problems: ['"12 tasks": one task was finished'] }), jsonReply({ problems: [] })],
    };
    const { draft, reports } = await runBrief(sampleBriefFacts());
    expect(draft.markdown).toBe(goodDraft.markdown);
    expect(reports[3]).toMatchObject({ gate: 'repaired', findings: ['"12 tasks": one task was finished'] });
  });

  it('keeps a draft that passes the code check when the review cannot run, unless the review already found fault', async () => {
    script = {
      [PLAN]: [jsonReply({ priorities: [] })],
      [WRITE]: [jsonReply(goodDraft)],
      [CHECK]: [{ type: 'error', status: 400, message: 'unknown model' }],
    };
    const kept = await runBrief(sampleBriefFacts());
    expect(kept.draft).toMatchObject({ ...goodDraft, provider: 'openai' });
    expect(kept.reports[3]).toMatchObject({ gate: 'fallback' });
    expect(kept.reports[3]?.fallback_reason).toContain('unknown model');

    script = {
      [PLAN]: [jsonReply({ priorities: [] })],
      [WRITE]: [jsonReply(goodDraft), jsonReply(goodDraft)],
      [CHECK]: [jsonReply({ problems: ['"Lovely" is not supported'] }), { type: 'error', status: 400, message: 'unknown model' }],
    };
    const replaced = await runBrief(sampleBriefFacts());
    expect(replaced.draft.provider).toBe('offline');
  });

  it('replaces the draft with the offline brief when the writer keeps inventing', async () => {
    script = {
      [PLAN]: [jsonReply({ priorities: [{ task_id: sampleIds.taxes, why: 'Five days late.' }] })],
      [WRITE]: [jsonReply(inventedDraft), jsonReply(inventedDraft)],
    };
    const facts = sampleBriefFacts();
    const { draft, reports } = await runBrief(facts);
    expect(draft.provider).toBe('offline');
    expect(draft.markdown).not.toContain('Lisbon');
    expect(checkBriefDraft(facts, draft)).toEqual([]);
    expect(reports[3]).toMatchObject({ gate: 'fallback' });
    expect(reports[3]?.fallback_reason).toContain('the gate failed twice');
    // The model's priorities still shape the offline brief's focus.
    expect(draft.markdown).toContain(`1. [File taxes](/tasks/${sampleIds.taxes}): Five days late.`);
    expect(requestsByModel(openai.requests)).toEqual({ [PLAN]: 1, [WRITE]: 2 });
  });
});

describe('brief pipeline without a model', () => {
  it('writes the offline brief when the monthly budget is spent, without calling the provider', async () => {
    // This month's calls have used the whole budget.
    await database.db.sql`
      insert into llm_calls (user_id, purpose, provider, model, input_tokens, output_tokens, latency_ms, outcome)
      values (${userId}, 'write', 'openai', ${WRITE}, 60000, 40000, 1, 'ok')`;
    const facts = sampleBriefFacts();
    const { draft, reports } = await runBrief(facts, fakeProviderEnv({ openai }, { AI_MONTHLY_TOKEN_BUDGET: '100000' }));
    expect(draft.provider).toBe('offline');
    expect(checkBriefDraft(facts, draft)).toEqual([]);
    expect(reports.map((report) => report.gate)).toEqual(['none', 'fallback', 'fallback', 'pass']);
    expect(reports[1]?.fallback_reason).toContain('Monthly AI token budget reached');
    expect(openai.requests).toHaveLength(0);
  });

  it('writes the offline brief when no provider is configured', async () => {
    const facts = sampleBriefFacts();
    const { draft, reports } = await runBrief(facts, fakeProviderEnv({}));
    expect(draft).toMatchObject({ provider: 'offline', headline: 'three things for today, 2 overdue' });
    expect(reports[2]?.fallback_reason).toContain('No AI provider is configured');
    expect(await llmCalls()).toEqual([]);
  });

  it('without a provider, runOfflineBrief writes the draft the staged pipeline writes, with no stage checking or model call', async () => {
    for (const facts of [sampleBriefFacts(), emptyBriefFacts()]) {
      const staged = await runBrief(facts, fakeProviderEnv({}));
      const direct = runOfflineBrief(facts, 3);
      expect(direct.draft).toEqual(staged.draft);
      expect(checkBriefDraft(facts, direct.draft)).toEqual([]);
      expect(direct.reports.map((report) => [report.name, report.gate, report.calls])).toEqual([
        ['gather', 'none', 0],
        ['prioritise', 'none', 0],
        ['write', 'none', 0],
      ]);
      expect(direct.reports[0]?.ms).toBe(3);
    }
    expect(await llmCalls()).toEqual([]);
  });

  it('gives an empty day a short friendly brief without paying for a model', async () => {
    const { draft } = await runBrief(emptyBriefFacts());
    expect(draft).toMatchObject({ provider: 'offline', headline: 'A clear day ahead' });
    expect(draft.markdown).toContain('Nothing is due today');
    expect(openai.requests).toHaveLength(0);
  });
});
