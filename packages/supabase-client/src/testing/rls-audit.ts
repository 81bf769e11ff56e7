import type { Sql, Tx } from '../db.ts';

export interface RlsProblem {
  table: string;
  problem: 'row level security disabled' | 'no policy';
}

/**
 * Every table (plain or partitioned) in `schema` must have RLS enabled and at
 * least one policy; returns the ones that do not, so a table added later
 * without RLS fails the suite that runs this.
 */
export async function auditRowLevelSecurity(sql: Sql | Tx, schema = 'public'): Promise<RlsProblem[]> {
  const tables = await sql<{ table: string; rls: boolean; policies: number }[]>`
    select c.relname as table,
           c.relrowsecurity as rls,
           (select count(*)::int from pg_policy p where p.polrelid = c.oid) as policies
    from pg_class c
    join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = ${schema} and c.relkind in ('r', 'p')
    order by c.relname
  `;
  return tables.flatMap(({ table, rls, policies }): RlsProblem[] => [
    ...(rls ? [] : [{ table, problem: 'row level security disabled' as const }]),
    ...(policies > 0 ? [] : [{ table, problem: 'no policy' as const }]),
  ]);
}
