import { z } from 'zod';

// timestamptz arrives as a Date from postgres.js and as an ISO string from
// JSON (Supabase's REST API, SvelteKit endpoints); both parse to a Date.
export const timestampSchema = z
  .union([z.date(), z.iso.datetime({ offset: true })])
  .transform((value) => new Date(value));

// SQL `date` columns stay 'YYYY-MM-DD' strings: a calendar day has no time zone.
export const dateOnlySchema = z.iso.date();
