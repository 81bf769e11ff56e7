import type { Env, Logger } from '@ordo/config';
import type { Db } from '@ordo/supabase-client';
import type { DraftContext, DraftEvent, Drafter } from '../drafter.ts';
import type { CallLedger } from '../gateway/call-ledger.ts';
import { StructuredOutputError } from '../gateway/errors.ts';
import { type CallUsage, createGateway, type Gateway } from '../gateway/gateway.ts';
import type { MonthlyTokenBudget } from '../gateway/token-budget.ts';
import type { ChatMessage, HostedProvider } from '../providers/provider.ts';
import { draftRepairMessage, draftSystemPrompt, draftUserMessage, type RejectedElement } from './draft-prompt.ts';
import { OperationReferences } from './operation-references.ts';
import { OperationsStreamParser } from './operations-stream-parser.ts';

export interface LlmDrafterOptions {
  /** Tried first; the other provider, when configured, is the fallback. */
  provider: HostedProvider;
  env: Env;
  /** Whose draft this is: calls are recorded for them and count against their monthly budget. */
  userId?: string | null;
  /** Where calls are recorded; without it (or a ledger) nothing is recorded and no budget applies. */
  db?: Db;
  /** Checks budgets and records calls instead of `db`. */
  ledger?: CallLedger;
  /** The budget `db` checks calls against; default AI_MONTHLY_TOKEN_BUDGET. */
  monthlyTokenBudget?: MonthlyTokenBudget;
  /** Failed attempts and fallbacks are logged here. */
  logger?: Logger;
}

interface Pass {
  reply: string;
  rejected: RejectedElement[];
  unfinished: string | null;
  usage: CallUsage | null;
}

/**
 * Drafts with a model through the gateway. Each operation is emitted as soon as its JSON object
 * closes and validates; what fails validation (or a reply cut short) gets one repair round-trip
 * for the remainder, and a StructuredOutputError naming the problem if the repair fails too.
 */
export function createLlmDrafter(options: LlmDrafterOptions): Drafter {
  const gateway: Gateway = createGateway({
    env: options.env,
    db: options.db ?? null,
    ledger: options.ledger ?? null,
    monthlyTokenBudget: options.monthlyTokenBudget,
    logger: options.logger,
  });
  const userId = options.userId ?? null;

  async function* streamPass(
    messages: ChatMessage[],
    system: string,
    provider: HostedProvider,
    references: OperationReferences,
    counts: { accepted: number },
    pass: Pass,
    signal: AbortSignal | undefined,
  ): AsyncGenerator<DraftEvent> {
    const parser = new OperationsStreamParser();
    for await (const event of gateway.stream({ purpose: 'plan', system, messages, provider, userId, signal })) {
      if (event.type === 'usage') {
        pass.usage = event.usage;
        continue;
      }
      pass.reply += event.text;
      for (const element of parser.push(event.text)) {
        if (element.kind === 'invalid') {
          pass.rejected.push(element);
          continue;
        }
        const problem = references.accept(element.operation);
        if (problem !== null) {
          pass.rejected.push({ index: element.index, raw: JSON.stringify(element.operation), problem });
          continue;
        }
        counts.accepted += 1;
        yield { type: 'operation', operation: element.operation };
      }
    }
    const end = parser.finish();
    if (end.truncated?.kind === 'invalid') pass.rejected.push(end.truncated);
    pass.unfinished = end.problem;
  }

  async function* draft(text: string, context: DraftContext, signal?: AbortSignal): AsyncGenerator<DraftEvent> {
    yield { type: 'status', phase: 'reading' };
    const system = draftSystemPrompt(context);
    const messages: ChatMessage[] = [{ role: 'user', content: draftUserMessage(text) }];
    const references = new OperationReferences(context);
    const counts = { accepted: 0 };

    yield { type: 'status', phase: 'drafting' };
    const first: Pass = { reply: '', rejected: [], unfinished: null, usage: null };
    yield* streamPass(messages, system, options.provider, references, counts, first, signal);
    const usages = [first.usage];

    if (first.rejected.length > 0 || first.unfinished !== null) {
      yield { type: 'status', phase: 'checking' };
      const repairMessages: ChatMessage[] = [
        ...messages,
        // Anthropic refuses an empty assistant turn.
        { role: 'assistant', content: first.reply === '' ? '(no reply)' : first.reply },
        { role: 'user', content: draftRepairMessage(first.rejected, first.unfinished, counts.accepted) },
      ];
      // The repair goes to whichever provider wrote the reply: it has the context to fix it.
      const provider = first.usage?.provider ?? options.provider;
      const repair: Pass = { reply: '', rejected: [], unfinished: null, usage: null };
      yield* streamPass(repairMessages, system, provider, references, counts, repair, signal);
      usages.push(repair.usage);
      const problems = [...repair.rejected.map((item) => `operation ${item.index + 1}: ${item.problem}`)];
      if (repair.unfinished) problems.push(repair.unfinished);
      if (problems.length > 0) {
        throw new StructuredOutputError(repair.usage?.provider ?? provider, repair.usage?.model ?? '', problems.join('; '));
      }
    }

    const served = usages.filter((usage): usage is CallUsage => usage !== null);
    const last = served.at(-1);
    if (!last) throw new Error('the gateway ended a reply without reporting usage');
    yield {
      type: 'usage',
      usage: {
        provider: last.provider,
        model: last.model,
        input_tokens: served.reduce((sum, usage) => sum + usage.inputTokens, 0),
        output_tokens: served.reduce((sum, usage) => sum + usage.outputTokens, 0),
        // Models missing from the price table count as free here; llm_calls keeps them as unknown.
        cost_usd: served.reduce((sum, usage) => sum + (usage.costUsd ?? 0), 0),
      },
    };
  }

  return { provider: options.provider, draft };
}
