// Bundles the worker's own TypeScript and the workspace packages (which ship source) into dist/.
// npm dependencies stay external and load from apps/worker/node_modules at run time, so every one
// the bundle imports must be a direct dependency here: the check below says which one is missing.
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';

const readManifest = (url) => JSON.parse(readFileSync(url, 'utf8'));
const isWorkspace = (name) => name.startsWith('@ordo/');
const own = readManifest(new URL('./package.json', import.meta.url)).dependencies;

const needed = new Set(Object.keys(own).filter((name) => !isWorkspace(name)));
for (const name of Object.keys(own).filter(isWorkspace)) {
  const manifest = readManifest(new URL(`./node_modules/${name}/package.json`, import.meta.url));
  for (const dep of Object.keys(manifest.dependencies ?? {})) if (!isWorkspace(dep)) needed.add(dep);
}
const missing = [...needed].filter((name) => !(name in own));
if (missing.length > 0) {
  console.error(`apps/worker/package.json must list these dependencies of workspace packages: ${missing.join(', ')}`);
  process.exit(1);
}

await build({
  // The mail thread (mail-threads.ts) starts dist/mail-thread.js, beside main.js and cli.js.
  entryPoints: ['src/main.ts', 'src/cli.ts', 'src/mail-thread.ts'],
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: true,
  external: [...needed],
  logLevel: 'warning',
});
