// Splits a migration file into statements the way the Supabase CLI records
// them in schema_migrations.statements: split at top-level semicolons, keep
// comments, drop the trailing semicolon, trim, skip empty pieces. Semicolons
// inside quotes, comments, dollar quotes, parentheses and BEGIN ATOMIC … END
// bodies do not split.
export function splitStatements(source: string): string[] {
  const statements: string[] = [];
  const push = (text: string) => {
    const statement = text.replace(/;+$/, '').trim();
    if (statement !== '') statements.push(statement);
  };

  let start = 0;
  let i = 0;
  let parentheses = 0;
  let atomic = false;
  let openCases = 0;
  let previousWord = '';

  while (i < source.length) {
    const char = source[i] as string;
    const next = source[i + 1];

    if (char === '-' && next === '-') {
      const newline = source.indexOf('\n', i);
      i = newline === -1 ? source.length : newline + 1;
      continue;
    }
    if (char === '/' && next === '*') {
      i = skipBlockComment(source, i);
      continue;
    }
    if (char === "'" || char === '"') {
      i = skipQuoted(source, i, false);
      continue;
    }
    if (char === '$') {
      const tag = /^\$(?:[A-Za-z_][A-Za-z0-9_]*)?\$/.exec(source.slice(i, i + 64))?.[0];
      if (tag !== undefined) {
        const end = source.indexOf(tag, i + tag.length);
        i = end === -1 ? source.length : end + tag.length;
        previousWord = '';
        continue;
      }
    }
    if (/[A-Za-z_]/.test(char)) {
      const word = /^[A-Za-z_][A-Za-z0-9_$]*/.exec(source.slice(i))?.[0] ?? char;
      i += word.length;
      const lower = word.toLowerCase();
      // E'…' strings treat backslash as an escape character.
      if (lower === 'e' && source[i] === "'") {
        i = skipQuoted(source, i, true);
        previousWord = '';
        continue;
      }
      if (!atomic && lower === 'atomic' && previousWord === 'begin') {
        atomic = true;
        openCases = 0;
      } else if (atomic && lower === 'case') {
        openCases += 1;
      } else if (atomic && lower === 'end') {
        if (openCases > 0) openCases -= 1;
        else atomic = false;
      }
      previousWord = lower;
      continue;
    }

    if (char === '(') parentheses += 1;
    else if (char === ')') parentheses = Math.max(0, parentheses - 1);
    else if (char === ';' && parentheses === 0 && !atomic) {
      push(source.slice(start, i + 1));
      start = i + 1;
    }
    if (!/\s/.test(char)) previousWord = '';
    i += 1;
  }
  push(source.slice(start));
  return statements;
}

// Returns the index just past the closing quote (or the end of the source).
function skipQuoted(source: string, open: number, backslashEscapes: boolean): number {
  const quote = source[open];
  let i = open + 1;
  while (i < source.length) {
    const char = source[i];
    if (backslashEscapes && char === '\\') {
      i += 2;
    } else if (char === quote) {
      if (source[i + 1] !== quote) return i + 1;
      i += 2;
    } else {
      i += 1;
    }
  }
  return source.length;
}

// Block comments nest in PostgreSQL.
function skipBlockComment(source: string, open: number): number {
  let depth = 0;
  let i = open;
  while (i < source.length) {
    if (source.startsWith('/*', i)) {
      depth += 1;
      i += 2;
    } else if (source.startsWith('*/', i)) {
      depth -= 1;
      i += 2;
      if (depth === 0) return i;
    } else {
      i += 1;
    }
  }
  return source.length;
}
