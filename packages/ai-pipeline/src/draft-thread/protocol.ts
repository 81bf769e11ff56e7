import { operationSchema } from '@ordo/shared-types';
import { z } from 'zod';
import { providerSchema, purposeSchema } from '../models.ts';

// Messages between a process's main thread and its drafting thread. Both sides parse what they
// receive: a malformed message from the thread stops it (failing its drafts); one to the thread is
// logged and dropped.

const hostedProviderSchema = z.enum(['openai', 'anthropic']);

const draftContextSchema = z.object({
  today: z.string(),
  timezone: z.string(),
  now: z.date().optional(),
  projects: z.array(z.object({ id: z.string(), name: z.string() })),
  tasks: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      project_id: z.string().nullable(),
      due_date: z.string().nullable(),
      status: z.string(),
    }),
  ),
});

const draftEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('status'), phase: z.enum(['reading', 'drafting', 'checking']) }),
  z.object({ type: z.literal('operation'), operation: operationSchema }),
  z.object({
    type: z.literal('usage'),
    usage: z.object({
      provider: providerSchema,
      model: z.string(),
      input_tokens: z.number(),
      output_tokens: z.number(),
      cost_usd: z.number(),
    }),
  }),
]);

const llmCallRecordSchema = z.object({
  userId: z.string().nullable(),
  purpose: purposeSchema,
  provider: hostedProviderSchema,
  model: z.string(),
  inputTokens: z.number(),
  outputTokens: z.number(),
  costUsd: z.number().nullable(),
  latencyMs: z.number(),
  outcome: z.enum(['ok', 'fallback', 'aborted', 'error']),
  attempts: z.number(),
  error: z.string().nullable(),
  reservationId: z.string().nullable(),
});

const tokenReservationSchema = llmCallRecordSchema
  .pick({ purpose: true, provider: true, model: true, inputTokens: true, outputTokens: true, costUsd: true })
  .extend({ userId: z.string(), expiresInMs: z.number() });

/** Why a draft failed: a gateway error keeps its code and whether retrying may help; anything else is internal. */
const draftFailureSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('gateway'), code: z.string(), message: z.string(), recoverable: z.boolean() }),
  z.object({ kind: z.literal('internal'), message: z.string() }),
]);

/** The parent's answer to a ledger request (a reservation's id, for `reserve`); a spent budget comes back as the error's parts. */
const ledgerAnswerSchema = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('ok'), reservationId: z.string().optional() }),
  z.object({
    outcome: z.literal('over_budget'),
    usedTokens: z.number(),
    limitTokens: z.number(),
    resetsAt: z.date(),
    neededTokens: z.number(),
  }),
  z.object({ outcome: z.literal('failed'), message: z.string() }),
]);

export const toThreadSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('draft'),
    id: z.number(),
    provider: hostedProviderSchema,
    userId: z.string().nullable(),
    text: z.string(),
    context: draftContextSchema,
  }),
  z.object({ type: z.literal('abort'), id: z.number() }),
  z.object({ type: z.literal('ledger_answer'), call: z.number(), answer: ledgerAnswerSchema }),
]);

export const fromThreadSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('event'), id: z.number(), event: draftEventSchema }),
  z.object({ type: z.literal('finished'), id: z.number() }),
  z.object({ type: z.literal('failed'), id: z.number(), failure: draftFailureSchema }),
  z.object({ type: z.literal('reserve'), call: z.number(), reservation: tokenReservationSchema }),
  z.object({ type: z.literal('record'), call: z.number(), record: llmCallRecordSchema }),
  z.object({ type: z.literal('release'), call: z.number(), reservationId: z.string() }),
]);

/** What the parent sends, and what the thread has once it parsed it. */
export type ToThread = z.input<typeof toThreadSchema>;
export type ReceivedByThread = z.output<typeof toThreadSchema>;
/** What the thread sends, and what the parent has once it parsed it. */
export type FromThread = z.input<typeof fromThreadSchema>;
export type ReceivedFromThread = z.output<typeof fromThreadSchema>;
export type DraftFailure = z.infer<typeof draftFailureSchema>;
export type LedgerAnswer = z.infer<typeof ledgerAnswerSchema>;
