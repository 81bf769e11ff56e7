// Runs the pnpm pinned in package.json ("packageManager") with the given arguments, whatever pnpm
// the machine has: none, corepack's shim, or an older one installed globally. The pinned pnpm is
// fetched once with npm into a cache folder of its own (~/.cache/ordo/pnpm@<version>) and put
// first on PATH for everything it starts, turbo's own pnpm calls included. Nothing global is
// installed or replaced, so there is no EEXIST over an existing pnpm, and corepack (gone from
// Node 25, and needing current signing keys before that) is not involved.
// Usage: node scripts/pnpm.mjs <pnpm arguments…>   e.g. node scripts/pnpm.mjs install
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';

const MIN_NODE = [20, 19];

function fail(message) {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
if (major < MIN_NODE[0] || (major === MIN_NODE[0] && minor < MIN_NODE[1])) {
  fail(`Ordo needs Node.js ${MIN_NODE.join('.')} or newer; this is ${process.version}.`);
}

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));
const pinned = /^pnpm@(\d+\.\d+\.\d+)$/.exec(readJson(new URL('../package.json', import.meta.url)).packageManager ?? '')?.[1];
if (!pinned) fail('package.json names no pnpm version in "packageManager" (expected "pnpm@x.y.z").');

// biome-ignore lint/suspicious/noUndeclaredEnvVars: runs before and outside turbo; the XDG base directory convention.
const home = join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'ordo', `pnpm@${pinned}`);
const binDir = join(home, 'node_modules', '.bin');
const pnpm = join(binDir, process.platform === 'win32' ? 'pnpm.cmd' : 'pnpm');
const manifest = join(home, 'node_modules', 'pnpm', 'package.json');

if (!existsSync(pnpm) || !existsSync(manifest) || readJson(manifest).version !== pinned) {
  process.stderr.write(`Fetching pnpm ${pinned} into ${home} (once)…\n`);
  const npmArgs = ['install', '--prefix', home, '--no-audit', '--no-fund', '--loglevel=error', `pnpm@${pinned}`];
  const fetched = spawnSync('npm', npmArgs, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (fetched.status !== 0) fail(`npm could not fetch pnpm ${pinned}${fetched.error ? `: ${fetched.error.message}` : ''}.`);
}

const child = spawn(pnpm, process.argv.slice(2), {
  stdio: 'inherit',
  env: { ...process.env, PATH: `${binDir}${delimiter}${process.env.PATH ?? ''}` },
  shell: process.platform === 'win32',
});
child.once('error', (error) => fail(`cannot run ${pnpm}: ${error.message}`));

// Ctrl-C reaches the whole terminal job, pnpm included: wait for it to finish stopping rather than
// return the prompt while it still prints. A signal sent to this process alone is passed on.
process.on('SIGINT', () => {});
for (const signal of ['SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));

child.once('exit', (code, signal) => {
  if (signal) {
    process.removeAllListeners(signal);
    process.kill(process.pid, signal);
  } else {
    process.exit(code ?? 1);
  }
});
