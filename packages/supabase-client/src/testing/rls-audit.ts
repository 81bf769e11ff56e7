import type { Sql, Tx } from '../db.ts';

/** The roles web requests and PostgREST act as; service_role is trusted and not audited. */
const USER_ROLES = ['anon', 'authenticated'];

export interface RlsProblem {
  table: string;
  problem: 'row level security disabled' | 'no policy' | `update on every column granted to ${string}`;
}

/**
 * Every table (plain or partitioned) in `schema` must have RLS enabled and at
 * least one policy, and may let user roles update only the columns it grants
 * them one by one (a table-wide UPDATE would include the id, the owner and
 * trigger-kept timestamps); returns the ones that do not, so a table added
 * later without RLS or with a broad grant fails the suite that runs this.
 */
export async function auditRowLevelSecurity(sql: Sql | Tx, schema = 'public'): Promise<RlsProblem[]> {
  const tables = await sql<{ table: string; rls: boolean; policies: number; updatedByAll: string[] }[]>`
    select c.relname as table,
           c.relrowsecurity as rls,
           (select count(*)::int from pg_policy p where p.polrelid = c.oid) as policies,
           array(
             select r.rolname::text from pg_roles r
             where r.rolname = any(${USER_ROLES}) and has_table_privilege(r.oid, c.oid, 'UPDATE')
             order by r.rolname
           ) as "updatedByAll"
    from pg_class c
    join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = ${schema} and c.relkind in ('r', 'p')
    order by c.relname
  `;
  return tables.flatMap(({ table, rls, policies, updatedByAll }): RlsProblem[] => [
    ...(rls ? [] : [{ table, problem: 'row level security disabled' as const }]),
    ...(policies > 0 ? [] : [{ table, problem: 'no policy' as const }]),
    ...updatedByAll.map((role) => ({ table, problem: `update on every column granted to ${role}` as const })),
  ]);
}
