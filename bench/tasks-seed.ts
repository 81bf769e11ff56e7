// Seeds `pnpm bench:tasks`: 1,000,000 tasks of which 100,000 are one person's, in SQL
// (generate_series), with titles and notes drawn from word lists, projects, labels and saved
// filters. The heavy person's tasks are every tenth row, so they lie spread over the table as a
// long-lived person's would, not packed together.
import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../packages/supabase-client/src/index.ts';

export const TOTAL_TASKS = 1_000_000;
export const HEAVY_TASKS = 100_000;
const OTHER_USERS = 900;

const VERBS = ['Call', 'Buy', 'Fix', 'Email', 'Book', 'Write', 'Review', 'Plan', 'Clean', 'Pay', 'Schedule', 'Order', 'Read', 'Finish', 'Send', 'Check', 'Update', 'Prepare', 'Renew', 'Cancel', 'Organise', 'Pick up', 'Return', 'Water', 'Draft', 'Submit', 'Print', 'Sort', 'Visit', 'Ask'];
const NOUNS = [
  'kitchen', 'plumber', 'invoice', 'report', 'dentist', 'garden', 'car', 'passport', 'budget', 'presentation', 'groceries', 'laundry',
  'tickets', 'birthday', 'gift', 'insurance', 'taxes', 'meeting', 'slides', 'contract', 'library', 'books', 'bike', 'window', 'roof',
  'flowers', 'printer', 'laptop', 'backup', 'newsletter', 'recipe', 'bakery', 'pharmacy', 'doctor', 'school', 'homework', 'concert',
  'holiday', 'hotel', 'flight', 'train', 'package', 'landlord', 'electricity', 'internet', 'phone', 'charger', 'shoes', 'jacket',
  'paint', 'fence', 'boiler', 'heater', 'mortgage', 'pension', 'receipts', 'spreadsheet', 'website', 'blog', 'podcast', 'interview',
  'resume', 'portfolio', 'client', 'supplier', 'warehouse', 'kettle', 'oven', 'fridge', 'sofa', 'curtains', 'carpet', 'mirror',
  'lamp', 'bulbs', 'batteries', 'keys', 'wallet', 'umbrella', 'coffee', 'bread', 'cheese', 'vegetables', 'dog', 'cat', 'vet',
  'neighbour', 'mum', 'dad', 'sister', 'brother', 'friend', 'team', 'manager', 'accountant', 'lawyer', 'mechanic', 'sink',
  'agenda', 'airport', 'alarm', 'album', 'allergy', 'anniversary', 'apartment', 'appliance', 'application', 'appointment', 'architect',
  'attic', 'audit', 'balcony', 'bank', 'barber', 'basement', 'bathroom', 'battery', 'bedroom', 'bill', 'blender', 'boat', 'bookshelf',
  'boots', 'bottle', 'brakes', 'broadband', 'brochure', 'bucket', 'cabinet', 'calendar', 'camera', 'candles', 'canvas', 'cards',
  'cellar', 'certificate', 'chair', 'chimney', 'cleaner', 'closet', 'coach', 'colleague', 'conference', 'contractor', 'cousin',
  'credit', 'cupboard', 'cushion', 'customer', 'dashboard', 'database', 'deadline', 'deck', 'delivery', 'deposit', 'desk',
  'diary', 'dishwasher', 'document', 'donation', 'door', 'drain', 'drawer', 'driveway', 'dryer', 'editor', 'engine', 'envelope',
  'estimate', 'exam', 'expenses', 'faucet', 'filter', 'firmware', 'floor', 'folder', 'forms', 'freezer', 'furniture', 'garage',
  'gate', 'glasses', 'grandma', 'grill', 'gutter', 'gym', 'haircut', 'hallway', 'hammer', 'headphones', 'hedge', 'helmet',
  'hose', 'invitation', 'iron', 'jeweller', 'journal', 'ladder', 'lawn', 'lease', 'letter', 'licence', 'locksmith', 'luggage',
  'mailbox', 'map', 'mattress', 'medicine', 'microwave', 'monitor', 'museum', 'nephew', 'notebook', 'nurse', 'office', 'optician',
  'paperwork', 'parcel', 'parking', 'party', 'patio', 'payroll', 'pillow', 'pipes', 'plants', 'plates', 'playground', 'plugin',
  'pool', 'poster', 'proposal', 'quote', 'radiator', 'refund', 'registration', 'rent', 'repairs', 'roadmap', 'router', 'rug',
  'salary', 'sandwich', 'scanner', 'shed', 'shelf', 'shower', 'signature', 'skates', 'socks', 'speaker', 'stairs', 'stamps',
  'stove', 'subscription', 'suitcase', 'survey', 'table', 'tablet', 'teacher', 'tent', 'thermostat', 'tiles', 'toaster', 'toilet',
  'tools', 'towels', 'toys', 'trailer', 'tyres', 'uniform', 'vacuum', 'van', 'vase', 'visa', 'voucher', 'wardrobe', 'washer',
];const ADJECTIVES = ['new', 'old', 'monthly', 'weekly', 'annual', 'urgent', 'quick', 'big', 'small', 'broken', 'spare', 'second', 'final', 'shared'];
const LINKS = ['for', 'with', 'about', 'before', 'after', 'at', 'from', 'to'];
export const PROJECTS = ['Home', 'Work', 'Garden', 'Finances', 'Health', 'Family', 'Side project', 'Travel', 'Car', 'Learning', 'Friends', 'Admin'];
export const LABELS = ['phone', 'errand', 'waiting', 'computer', 'quick', 'deep work', 'home', 'office', 'weekend', 'someday'];

/** The saved filters the benchmark runs: one that matches much, one that has to look far. */
export const SAVED_FILTERS = [
  { name: 'Due now, important', query: '(today | overdue) & (p1 | p2)' },
  { name: 'Garden calls', query: '#Garden & @phone & !done & deadline after yesterday' },
];

export interface Seeded {
  heavyId: string;
  /** A personal access token of the heavy person, allowed to write (quick add). */
  pat: string;
  /** The saved filters' ids, in the order of SAVED_FILTERS. */
  filterIds: string[];
}

const sha256 = (token: string) => createHash('sha256').update(token).digest();

export async function seedTasks(db: Db): Promise<Seeded> {
  const { sql } = db;
  const [heavy] = await sql<{ id: string }[]>`
    insert into public.users (email, name, timezone, onboarding_completed_at)
    values ('heavy@bench.test', 'Heavy', 'Europe/Paris', now()) returning id`;
  const heavyId = (heavy as { id: string }).id;
  await sql`
    insert into public.users (email, name, timezone, onboarding_completed_at)
    select 'user' || i || '@bench.test', 'User ' || i, 'UTC', now() from generate_series(1, ${OTHER_USERS}) i`;
  await sql`
    insert into public.projects (user_id, name, position)
    select ${heavyId}, name, n from unnest(${sql.array(PROJECTS)}::text[]) with ordinality as p(name, n)`;
  await sql`
    insert into public.labels (user_id, name)
    select ${heavyId}, name from unnest(${sql.array(LABELS)}::text[]) as l(name)`;

  await sql.begin(async (tx) => {
    // A bulk load, as a restore does it: the rows' triggers (change notices, the search
    // document, …) are off for this transaction, and the search documents are then written in
    // one statement with the migration's own function (what its statement trigger would do).
    // The tables' plain indexes are dropped first and made again after, from their own
    // definitions: building an index once is far quicker than a million inserts into it.
    await tx`set local session_replication_role = replica`;
    const indexes = await tx<{ name: string; definition: string }[]>`
      select i.indexname as name, i.indexdef as definition
      from pg_indexes i
      where i.schemaname = 'public' and i.tablename in ('tasks', 'task_search', 'task_labels')
        and not exists (select 1 from pg_constraint c where c.conname = i.indexname)`;
    for (const index of indexes) await tx`drop index ${tx(index.name)}`;
    // A pseudo-random number for row i and a salt, and a word picked with it: the rows' fields are
    // independent of one another and of whose row it is (every tenth).
    await tx`create function pg_temp.h(i bigint, salt int) returns bigint language sql immutable as $$ select hashint8(i * 1009 + salt) & 2147483647 $$`;
    await tx`
      create function pg_temp.pick(words text[], i bigint, salt int) returns text language sql immutable
      as $$ select words[1 + (pg_temp.h(i, salt) % array_length(words, 1))::int] $$`;
    const others = (await tx<{ id: string }[]>`select id from public.users where id <> ${heavyId} order by id`).map((row) => row.id);
    const projects = (await tx<{ id: string }[]>`select id from public.projects where user_id = ${heavyId} order by position`).map((row) => row.id);
    await tx`
      insert into public.tasks (user_id, project_id, title, notes, status, completed_at, priority, due_date, deadline, position)
      select
        case when i % 10 = 0 then ${heavyId}::uuid else (${tx.array(others)}::uuid[])[1 + i % ${others.length}] end,
        case when i % 10 = 0 and pg_temp.h(i, 1) % 8 <> 0 then (${tx.array(projects)}::uuid[])[1 + (pg_temp.h(i, 2) % ${projects.length})::int] end,
        pg_temp.pick(${tx.array(VERBS)}::text[], i, 3) || ' '
          || case when pg_temp.h(i, 4) % 3 = 0 then pg_temp.pick(${tx.array(ADJECTIVES)}::text[], i, 5) || ' ' else '' end
          || pg_temp.pick(${tx.array(NOUNS)}::text[], i, 6)
          || case when pg_temp.h(i, 7) % 2 = 0 then ' ' || pg_temp.pick(${tx.array(LINKS)}::text[], i, 8) || ' the ' || pg_temp.pick(${tx.array(NOUNS)}::text[], i, 9) else '' end,
        case when pg_temp.h(i, 10) % 5 < 3 then
          'Remember the ' || pg_temp.pick(${tx.array(NOUNS)}::text[], i, 11) || ' and the ' || pg_temp.pick(${tx.array(ADJECTIVES)}::text[], i, 12)
          || ' ' || pg_temp.pick(${tx.array(NOUNS)}::text[], i, 13) || ', then ' || lower(pg_temp.pick(${tx.array(VERBS)}::text[], i, 14))
          || ' the ' || pg_temp.pick(${tx.array(NOUNS)}::text[], i, 15) || ' ' || pg_temp.pick(${tx.array(LINKS)}::text[], i, 16)
          || ' the ' || pg_temp.pick(${tx.array(NOUNS)}::text[], i, 17) || '.'
        end,
        case when pg_temp.h(i, 18) % 100 < 25 then 'done' when pg_temp.h(i, 18) % 100 < 30 then 'in_progress' when pg_temp.h(i, 18) % 100 < 32 then 'cancelled' else 'todo' end,
        -- What the completed_at trigger would set.
        case when pg_temp.h(i, 18) % 100 < 25 then now() - make_interval(days => (pg_temp.h(i, 19) % 90)::int) end,
        (array['high', 'medium', 'low', null])[1 + (pg_temp.h(i, 20) % 4)::int],
        case when pg_temp.h(i, 21) % 5 <> 0 then current_date + (pg_temp.h(i, 22) % 241 - 120)::int end,
        case when pg_temp.h(i, 23) % 9 = 0 then current_date + (pg_temp.h(i, 24) % 61 - 20)::int end,
        i
      from generate_series(1, ${TOTAL_TASKS}) i`;
    await tx`
      insert into public.task_labels (task_id, label_id, user_id)
      select t.id, l.id, t.user_id
      from public.tasks t
      join public.labels l on l.user_id = t.user_id
        and l.name = (${tx.array(LABELS)}::text[])[1 + (pg_temp.h(t.position::bigint, 25) % ${LABELS.length})::int]
      where t.user_id = ${heavyId} and pg_temp.h(t.position::bigint, 26) % 10 < 3`;
    await tx`insert into public.task_search (task_id, user_id, document) select id, user_id, public.task_search_document(title, notes) from public.tasks`;
    for (const index of indexes) await tx.unsafe(index.definition);
  });

  await sql`
    insert into public.saved_filters (user_id, name, query, position)
    select ${heavyId}, f.name, f.query, f.n
    from unnest(${sql.array(SAVED_FILTERS.map((f) => f.name))}::text[], ${sql.array(SAVED_FILTERS.map((f) => f.query))}::text[]) with ordinality as f(name, query, n)`;
  const filters = await sql<{ id: string }[]>`select id from public.saved_filters where user_id = ${heavyId} order by position`;
  const pat = `ordo_pat_${randomBytes(32).toString('base64url')}`;
  await sql`
    insert into public.personal_access_tokens (user_id, name, scope, token_prefix, token_hash)
    values (${heavyId}, 'bench', 'read_write', ${pat.slice(0, 13)}, ${sha256(pat)})`;
  await sql`vacuum analyze`;
  // The load's dirty pages and WAL are written now, not by a checkpoint during the measurements.
  await sql`checkpoint`.catch((error: Error) => console.log(`no checkpoint after seeding (${error.message}): the first figures may share the machine with one`));
  return { heavyId, pat, filterIds: filters.map((row) => row.id) };
}
