import { z } from 'zod';
import { StructuredOutputError } from './errors.ts';
import type { CallUsage, Gateway, GatewayRequest } from './gateway.ts';
import { parseJsonReply } from './json-reply.ts';

export interface StructuredRequest<S extends z.ZodType> extends GatewayRequest {
  schema: S;
}

export interface StructuredResult<S extends z.ZodType> {
  value: z.output<S>;
  /** One entry per call: two when the repair round-trip ran. */
  usage: CallUsage[];
  repaired: boolean;
}

// Schemas are module constants, and converting one to JSON Schema on every call cost more than the
// offline brief's whole write stage (bench:briefs).
const instructionsBySchema = new WeakMap<z.ZodType, string>();

function schemaInstructions(schema: z.ZodType): string {
  let instructions = instructionsBySchema.get(schema);
  if (instructions === undefined) {
    const jsonSchema = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
    instructions = `Reply with only one JSON value, no prose and no code fence, matching this JSON Schema:\n${JSON.stringify(jsonSchema)}`;
    instructionsBySchema.set(schema, instructions);
  }
  return instructions;
}

/** Asks the model to fix its own reply, naming exactly what was wrong. */
export function repairMessage(problem: string): string {
  return `Your reply could not be used: ${problem}. Reply again with only the corrected JSON, nothing else.`;
}

async function collect(gateway: Gateway, request: GatewayRequest): Promise<{ text: string; usage: CallUsage }> {
  let text = '';
  let usage: CallUsage | undefined;
  for await (const event of gateway.stream(request)) {
    if (event.type === 'text') text += event.text;
    else usage = event.usage;
  }
  if (!usage) throw new Error('the gateway stream ended without usage');
  return { text, usage };
}

/** A JSON reply validated with zod; an invalid one gets one repair round-trip, then StructuredOutputError. */
export async function structuredCall<S extends z.ZodType>(
  gateway: Gateway,
  request: StructuredRequest<S>,
): Promise<StructuredResult<S>> {
  const { schema, ...call } = request;
  const instructions = schemaInstructions(schema);
  const system = call.system ? `${call.system}\n\n${instructions}` : instructions;
  const first = await collect(gateway, { ...call, system });
  const parsed = parseJsonReply(first.text, schema);
  if (parsed.ok) return { value: parsed.value, usage: [first.usage], repaired: false };

  const messages = [
    ...call.messages,
    { role: 'assistant' as const, content: first.text },
    { role: 'user' as const, content: repairMessage(parsed.problem) },
  ];
  // The repair goes to the provider that produced the reply, which has the context to fix it.
  const second = await collect(gateway, { ...call, system, messages, provider: first.usage.provider });
  const repaired = parseJsonReply(second.text, schema);
  if (!repaired.ok) throw new StructuredOutputError(second.usage.provider, second.usage.model, repaired.problem);
  return { value: repaired.value, usage: [first.usage, second.usage], repaired: true };
}
