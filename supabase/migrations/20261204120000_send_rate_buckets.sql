-- Provider send rates shared by every worker: one token bucket per provider ('sms'), refilled at
-- the configured rate and holding at most one token, so sends are spaced at least 1/rate apart
-- across all workers however many run. Workers only.

create table public.send_rate_buckets (
  name text primary key constraint send_rate_buckets_name_length check (char_length(name) between 1 and 100),
  tokens double precision not null,
  refilled_at timestamptz not null
);

revoke all on table public.send_rate_buckets from anon, authenticated;
grant select, insert, update, delete on table public.send_rate_buckets to service_role;

alter table public.send_rate_buckets enable row level security;

-- Workers only (service_role bypasses RLS); users have no grant at all.
create policy send_rate_buckets_service_only on public.send_rate_buckets
  for all to service_role
  using (true) with check (true);

-- Takes a token from the bucket if one is there and returns 0; otherwise returns the seconds until
-- the next one (the caller waits and asks again). Time is the database's, the one clock every
-- worker shares; the row lock serialises takers.
create function public.take_send_token(p_bucket text, p_per_second double precision) returns double precision
language plpgsql
set search_path = ''
as $$
declare
  v_tokens double precision;
  v_now timestamptz;
begin
  if p_per_second is null or p_per_second <= 0 then
    raise exception 'take_send_token: the rate must be positive, got %', p_per_second;
  end if;
  insert into public.send_rate_buckets (name, tokens, refilled_at)
  values (p_bucket, 1, clock_timestamp())
  on conflict (name) do nothing;
  select b.tokens into v_tokens from public.send_rate_buckets b where b.name = p_bucket for update;
  -- Read after the lock: a taker that waited for it must not refill from before the wait.
  v_now := clock_timestamp();
  select least(1, v_tokens + extract(epoch from v_now - b.refilled_at)::double precision * p_per_second) into v_tokens
  from public.send_rate_buckets b where b.name = p_bucket;
  if v_tokens >= 1 then
    update public.send_rate_buckets set tokens = v_tokens - 1, refilled_at = v_now where name = p_bucket;
    return 0;
  end if;
  update public.send_rate_buckets set tokens = v_tokens, refilled_at = v_now where name = p_bucket;
  return (1 - v_tokens) / p_per_second;
end
$$;

revoke all on function public.take_send_token(text, double precision) from public, anon, authenticated;
grant execute on function public.take_send_token(text, double precision) to service_role;
