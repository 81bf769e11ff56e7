import { describe, expect, it } from 'vitest';
import { createSupabaseClient } from './supabase.ts';

describe('createSupabaseClient', () => {
  it('is null unless both the URL and a public key are set', () => {
    expect(createSupabaseClient({})).toBeNull();
    expect(createSupabaseClient({ PUBLIC_SUPABASE_URL: 'https://abc.supabase.co' })).toBeNull();
    expect(createSupabaseClient({ PUBLIC_SUPABASE_ANON_KEY: 'key' })).toBeNull();
    expect(createSupabaseClient({ PUBLIC_SUPABASE_URL: '', PUBLIC_SUPABASE_ANON_KEY: '' })).toBeNull();
  });

  it('builds a client when both are set', () => {
    const client = createSupabaseClient({ PUBLIC_SUPABASE_URL: 'https://abc.supabase.co', PUBLIC_SUPABASE_ANON_KEY: 'key' });
    expect(client).not.toBeNull();
    expect(typeof client?.from).toBe('function');
  });

  it('refuses a malformed URL instead of quietly running without Supabase', () => {
    expect(() => createSupabaseClient({ PUBLIC_SUPABASE_URL: 'not a url', PUBLIC_SUPABASE_ANON_KEY: 'key' })).toThrow();
  });
});
