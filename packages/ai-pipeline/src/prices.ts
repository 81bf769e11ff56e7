/** USD per million tokens, from the providers' public price lists (2026-11). */
interface ModelPrice {
  input: number;
  output: number;
}

const prices: Record<string, ModelPrice> = {
  'claude-opus-4-5': { input: 5, output: 25 },
  'claude-sonnet-4-5': { input: 3, output: 15 },
  'claude-haiku-4-5': { input: 1, output: 5 },
  'gpt-5': { input: 1.25, output: 10 },
  'gpt-5-mini': { input: 0.25, output: 2 },
  'gpt-5-nano': { input: 0.05, output: 0.4 },
};

/**
 * The cost of a call, or null for a model not in the table (a local model behind OPENAI_BASE_URL,
 * or a newer one): recording "unknown" is more honest than recording zero.
 */
export function costUsd(model: string, inputTokens: number, outputTokens: number): number | null {
  // Dated snapshots ("gpt-5-2025-08-07", "claude-opus-4-5-20251101") cost what their family costs.
  const price = prices[model] ?? prices[model.replace(/-\d{4}-?\d{2}-?\d{2}$/, '')];
  if (!price) return null;
  return (inputTokens * price.input + outputTokens * price.output) / 1_000_000;
}
