// Runs a benchmark as Ordo's code runs in production: bundled by esbuild, as apps/worker/build.mjs
// bundles the worker. Under tsx every function Ordo's source creates also pays esbuild's keepNames
// helper (an Object.defineProperty per closure), a cost the peers (published JavaScript) do not
// pay. npm packages stay external and load from where this checkout installed them; the bundle
// sits next to its source, so paths relative to the script's own location keep working.
// Usage: node bench/run-bundled.mjs <name> [arguments…]   (runs bench/<name>.ts)
import { spawn } from 'node:child_process';
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const [name, ...args] = process.argv.slice(2);
if (!name || !/^[a-z-]+$/.test(name)) {
  console.error('usage: node bench/run-bundled.mjs <name> [arguments…]');
  process.exit(2);
}
const source = fileURLToPath(new URL(`./${name}.ts`, import.meta.url));
const outfile = fileURLToPath(new URL(`./${name}.bundle.mjs`, import.meta.url));
const builtins = new Set(builtinModules);

/** npm packages stay external, pinned to the file esbuild resolves from the importing source. */
const externalPackages = {
  name: 'external-packages',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^[^./]/ }, async ({ path, resolveDir, kind, pluginData }) => {
      if (pluginData === 'resolving') return undefined;
      if (path.startsWith('node:') || builtins.has(path)) return { path, external: true };
      const resolved = await pluginBuild.resolve(path, { resolveDir, kind, pluginData: 'resolving' });
      if (resolved.errors.length > 0) return { errors: resolved.errors };
      // Workspace packages ship TypeScript source: bundled like the rest of Ordo's code.
      return resolved.path.includes('/node_modules/') ? { path: resolved.path, external: true } : { path: resolved.path };
    });
  },
};

await build({
  entryPoints: [source],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: 'inline',
  plugins: [externalPackages],
  logLevel: 'warning',
});
const child = spawn(process.execPath, ['--enable-source-maps', outfile, ...args], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
