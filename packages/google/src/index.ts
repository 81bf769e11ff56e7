export { calendarApi, createOAuthClient, type GoogleConfig, googleConfig } from './google-clients.ts';
export {
  connectionAuth,
  disconnectGoogle,
  type GoogleConnectionInput,
  type RevokeOutcome,
  saveGoogleConnection,
} from './google-connections.ts';
export type { GoogleDeps } from './google-deps.ts';
export { GoogleDisconnectedError, GoogleOAuthError, toGoogleOAuthError } from './google-errors.ts';
export { type GoogleEndpoints, googleEndpoints } from './google-endpoints.ts';
export { type GoogleTokens, googleTokensSchema, mergeGoogleTokens, openGoogleTokens, sealGoogleTokens } from './google-tokens.ts';
export { needsRefresh, REFRESH_AHEAD_MS } from './token-refresh.ts';
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
export { type CalendarListEntry, calendarListEntrySchema, listCalendars } from './calendar-list.ts';
export { GOOGLE_CALENDAR_SCOPES, GOOGLE_CONNECT_SCOPES, GOOGLE_SIGN_IN_SCOPES, missingCalendarScopes } from './google-scopes.ts';
