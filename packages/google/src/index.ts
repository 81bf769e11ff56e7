export { calendarApi, createOAuthClient, type GoogleConfig, googleConfig } from './google-clients.ts';
export {
  connectionAuth,
  type GoogleConnectionInput,
  type GoogleDeps,
  GoogleDisconnectedError,
  saveGoogleConnection,
} from './google-connections.ts';
export { type GoogleEndpoints, googleEndpoints } from './google-endpoints.ts';
export { type GoogleTokens, googleTokensSchema, mergeGoogleTokens, openGoogleTokens, sealGoogleTokens } from './google-tokens.ts';
export { needsReseal, open, type Sealed, SealedValueError, seal, type TokenKeyring, tokenKeyring } from './token-keyring.ts';
export {
  type GoogleChannel,
  type GoogleEvent,
  type GoogleEventPage,
  type GoogleEventTime,
  googleChannelSchema,
  googleEventPageSchema,
  googleEventSchema,
  ORDO_TASK_PROPERTY,
} from './google-calendar-events.ts';
