-- Send slots for many sends in one call (take_send_token takes one token per call). The i-th slot
-- (from 0) comes after waits[i] seconds, consecutive slots 1/rate apart, so sends stay at least
-- 1/rate apart across all workers. Slots are promised ahead: the bucket's tokens go below zero by
-- the slots not yet come, and take_send_token, which refills the same way, waits them out too.
-- Only slots within p_horizon_seconds are granted (a caller then sleeps at most that long);
-- next_wait is when the first slot not granted would come, to ask again for it.

create function public.reserve_send_slots(
  p_bucket text,
  p_per_second double precision,
  p_wanted integer,
  p_horizon_seconds double precision,
  out waits double precision[],
  out next_wait double precision
)
language plpgsql
set search_path = ''
as $$
declare
  v_tokens double precision;
  v_now timestamptz;
  v_granted integer;
begin
  if p_per_second is null or p_per_second <= 0 then
    raise exception 'reserve_send_slots: the rate must be positive, got %', p_per_second;
  end if;
  if p_wanted is null or p_wanted < 1 or p_horizon_seconds is null or p_horizon_seconds < 0 then
    raise exception 'reserve_send_slots: wanted must be at least 1 and the horizon not negative, got % and %', p_wanted, p_horizon_seconds;
  end if;
  insert into public.send_rate_buckets (name, tokens, refilled_at)
  values (p_bucket, 1, clock_timestamp())
  on conflict (name) do nothing;
  select b.tokens into v_tokens from public.send_rate_buckets b where b.name = p_bucket for update;
  -- Read after the lock: a caller that waited for it must not refill from before the wait.
  v_now := clock_timestamp();
  select least(1, v_tokens + extract(epoch from v_now - b.refilled_at)::double precision * p_per_second) into v_tokens
  from public.send_rate_buckets b where b.name = p_bucket;
  -- Slot i comes after (i + 1 - tokens) / rate seconds: at once while a whole token is there.
  v_granted := least(p_wanted, greatest(0, floor(v_tokens + p_horizon_seconds * p_per_second)::integer));
  select coalesce(array_agg(greatest(0, (i + 1 - v_tokens) / p_per_second) order by i), '{}')
  into waits
  from generate_series(0, v_granted - 1) as i;
  next_wait := greatest(0, (v_granted + 1 - v_tokens) / p_per_second);
  update public.send_rate_buckets set tokens = v_tokens - v_granted, refilled_at = v_now where name = p_bucket;
end
$$;

revoke all on function public.reserve_send_slots(text, double precision, integer, double precision) from public, anon, authenticated;
grant execute on function public.reserve_send_slots(text, double precision, integer, double precision) to service_role;
