import { describe, expect, it } from 'vitest';
import { defaultModels, defaultProvider, purposeSchema } from './models.ts';

describe('model tiers', () => {
  it('falls back to the offline provider when no API key is set', () => {
    expect(defaultProvider({})).toBe('offline');
    expect(defaultProvider({ OPENAI_API_KEY: 'sk-test' })).toBe('openai');
    expect(defaultProvider({ OPENAI_API_KEY: 'sk-test', ANTHROPIC_API_KEY: 'sk-ant' })).toBe('anthropic');
    expect(defaultProvider({ OPENAI_BASE_URL: 'http://127.0.0.1:11434/v1' })).toBe('openai');
  });

  it('names a model for every purpose on every hosted provider', () => {
    for (const models of Object.values(defaultModels)) {
      expect(Object.keys(models).sort()).toEqual([...purposeSchema.options].sort());
      for (const model of Object.values(models)) expect(model).toMatch(/\S/);
    }
  });

  it('rejects an unknown purpose', () => {
    expect(purposeSchema.safeParse('summarise').success).toBe(false);
  });
});
