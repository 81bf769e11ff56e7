// `pnpm docs:config`: rewrites the configuration table in README.md from .env.example.
import { readFileSync, writeFileSync } from 'node:fs';
import { withConfigTable } from '@ordo/config/config-table';

const readme = new URL('../README.md', import.meta.url);
const envExample = readFileSync(new URL('../.env.example', import.meta.url), 'utf8');
writeFileSync(readme, withConfigTable(readFileSync(readme, 'utf8'), envExample));
