export type { DraftContext, DraftEvent, Drafter, DraftUsage } from './drafter.ts';
export { defaultModels, defaultProvider, type Provider, type Purpose, providerSchema, purposeSchema } from './models.ts';
