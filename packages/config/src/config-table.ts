/** Renders the README's configuration table from .env.example, the one place each variable is described. */

const START = '<!-- config-table:start (generated from .env.example by `pnpm docs:config`; do not edit) -->';
const END = '<!-- config-table:end -->';

interface Row {
  section: string;
  name: string;
  fallback: string;
  meaning: string;
}

function parse(envExample: string): Row[] {
  const rows: Row[] = [];
  let section = '';
  let comments: string[] = [];
  for (const raw of envExample.split('\n')) {
    const line = raw.trim();
    const heading = /^# --- (.+?) -+$/.exec(line);
    if (heading) {
      section = heading[1] ?? '';
      comments = [];
    } else if (line.startsWith('#')) {
      comments.push(line.replace(/^#\s?/, ''));
    } else if (/^[A-Z][A-Z0-9_]*=/.test(line)) {
      const name = line.slice(0, line.indexOf('='));
      const text = comments.join(' ');
      const fallback = /Default(?: when unset)?: (.+?)(?:\.(?:\s|$)|$)/.exec(text)?.[1] ?? '';
      const meaning = text
        .replace(/Default(?: when unset)?: .+?(?:\.(?:\s|$)|$)/, '')
        .replace(/\s+/g, ' ')
        .trim();
      rows.push({ section, name, fallback, meaning });
      comments = [];
    } else if (line === '') {
      comments = [];
    }
  }
  return rows;
}

const cell = (text: string) => text.replaceAll('|', '\\|');

export function renderConfigTable(envExample: string): string {
  const lines = [START, '', '| variable | default | meaning |', '|---|---|---|'];
  let section = '';
  for (const row of parse(envExample)) {
    if (row.section !== section) {
      section = row.section;
      lines.push(`| **${cell(section)}** | | |`);
    }
    lines.push(`| \`${row.name}\` | ${row.fallback ? `\`${cell(row.fallback)}\`` : ''} | ${cell(row.meaning)} |`);
  }
  lines.push('', END);
  return lines.join('\n');
}

/** The README with its configuration table replaced by a fresh rendering. */
export function withConfigTable(readme: string, envExample: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start === -1 || end === -1) throw new Error('README.md has no config-table markers');
  return readme.slice(0, start) + renderConfigTable(envExample) + readme.slice(end + END.length);
}
