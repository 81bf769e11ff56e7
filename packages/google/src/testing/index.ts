export {
  type GoogleFake,
  type GoogleFakeAccount,
  type GoogleFakeCalendar,
  type GoogleFakeChannel,
  type GoogleFakeEvent,
  type GoogleFakeOptions,
  type GoogleFakeRequest,
  startGoogleFake,
} from './google-fake.ts';
