export { defaultModels, defaultProvider, type Provider, type Purpose, providerSchema, purposeSchema } from './models.ts';
