import type { Tx } from '@ordo/supabase-client';

/**
 * Records that nothing more goes to this number: 'keyword' when it answered STOP (or a synonym,
 * kept in `keyword`), 'provider' when Twilio refused a send to it (error 21610). A number opted
 * out again keeps its first date and takes the newest reason.
 */
export async function optOutNumber(tx: Tx, phone: string, source: 'keyword' | 'provider', keyword: string | null): Promise<void> {
  await tx`
    insert into public.sms_opt_outs (phone_e164, source, keyword)
    values (${phone}, ${source}, ${keyword})
    on conflict (phone_e164) do update set source = excluded.source, keyword = excluded.keyword`;
}

/** The number answered START (or a synonym): it may get texts again. */
export async function optInNumber(tx: Tx, phone: string): Promise<void> {
  await tx`delete from public.sms_opt_outs where phone_e164 = ${phone}`;
}
