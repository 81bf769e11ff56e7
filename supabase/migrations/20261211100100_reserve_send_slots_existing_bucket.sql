-- reserve_send_slots as before, with two statements less on every call but a bucket's first: it locks
-- the bucket's row and reads it once, and tries to create the row only when there is none (it tried
-- an insert on every call, and read the row twice). Two first callers at once: the second's insert
-- waits for the first's to commit and then does nothing, and its second read finds the row.

create or replace function public.reserve_send_slots(
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
  v_refilled_at timestamptz;
  v_now timestamptz;
  v_granted integer;
begin
  if p_per_second is null or p_per_second <= 0 then
    raise exception 'reserve_send_slots: the rate must be positive, got %', p_per_second;
  end if;
  if p_wanted is null or p_wanted < 1 or p_horizon_seconds is null or p_horizon_seconds < 0 then
    raise exception 'reserve_send_slots: wanted must be at least 1 and the horizon not negative, got % and %', p_wanted, p_horizon_seconds;
  end if;
  select b.tokens, b.refilled_at into v_tokens, v_refilled_at from public.send_rate_buckets b where b.name = p_bucket for update;
  if not found then
    insert into public.send_rate_buckets (name, tokens, refilled_at)
    values (p_bucket, 1, clock_timestamp())
    on conflict (name) do nothing;
    select b.tokens, b.refilled_at into v_tokens, v_refilled_at from public.send_rate_buckets b where b.name = p_bucket for update;
  end if;
  -- Read after the lock: a caller that waited for it must not refill from before the wait.
  v_now := clock_timestamp();
  v_tokens := least(1, v_tokens + extract(epoch from v_now - v_refilled_at)::double precision * p_per_second);
  -- Slot i comes after (i + 1 - tokens) / rate seconds: at once while a whole token is there.
  v_granted := least(p_wanted, greatest(0, floor(v_tokens + p_horizon_seconds * p_per_second)::integer));
  select coalesce(array_agg(greatest(0, (i + 1 - v_tokens) / p_per_second) order by i), '{}')
  into waits
  from generate_series(0, v_granted - 1) as i;
  next_wait := greatest(0, (v_granted + 1 - v_tokens) / p_per_second);
  update public.send_rate_buckets set tokens = v_tokens - v_granted, refilled_at = v_now where name = p_bucket;
end
$$;
