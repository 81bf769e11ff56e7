import { describe, expect, it } from 'vitest';
import { splitStatements } from './split-statements.ts';

describe('splitStatements', () => {
  it('splits at semicolons, trims, drops the semicolon and empty pieces', () => {
    expect(splitStatements('create table a (x int);\n\n  select 1 ;;\n')).toEqual(['create table a (x int)', 'select 1']);
  });

  it('keeps comments with the statement that follows them, like the Supabase CLI', () => {
    expect(splitStatements('-- first; still a comment\nselect 1;\n/* tail */')).toEqual([
      '-- first; still a comment\nselect 1',
      '/* tail */',
    ]);
  });

  it('does not split inside quotes, identifiers, nested comments or dollar quotes', () => {
    const source = [
      "select 'a;b', 'it''s;', E'\\';', \"we;ird\";",
      'select /* a /* nested; */ still; */ 2;',
      'do $body$ begin perform 1; end $body$;',
      'create function f() returns int language sql as $$ select 1; $$;',
    ].join('\n');
    expect(splitStatements(source)).toEqual([
      "select 'a;b', 'it''s;', E'\\';', \"we;ird\"",
      'select /* a /* nested; */ still; */ 2',
      'do $body$ begin perform 1; end $body$',
      'create function f() returns int language sql as $$ select 1; $$',
    ]);
  });

  it('keeps BEGIN ATOMIC bodies whole, including CASE … END inside them', () => {
    const source =
      'create function g(x int) returns int language sql begin atomic select case when x > 0 then 1 else 0 end; select 2; end;\nselect 3;';
    expect(splitStatements(source)).toEqual([
      'create function g(x int) returns int language sql begin atomic select case when x > 0 then 1 else 0 end; select 2; end',
      'select 3',
    ]);
  });

  it('treats $1 as a parameter, not a dollar quote', () => {
    expect(splitStatements('prepare p as select $1; select 2;')).toEqual(['prepare p as select $1', 'select 2']);
  });
});
