import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  kit: {
    adapter: adapter(),
    // A fixed version name: `vite build` beside `svelte-kit sync` (svelte-check, vitest)
    // otherwise produced server and client bundles with different hashes.
    version: { name: process.env.APP_VERSION ?? 'dev' },
    // SvelteKit's origin check knows one fixed origin; hooks.server.ts checks form posts instead
    // (src/lib/server/request-origin.ts), accepting the address the person actually used.
    csrf: { trustedOrigins: ['*'] },
    csp: {
      mode: 'nonce',
      directives: {
        'default-src': ['self'],
        'script-src': ['self'],
        'style-src': ['self', 'unsafe-inline'],
        'img-src': ['self', 'data:'],
        'connect-src': ['self'],
        'frame-ancestors': ['none'],
        'form-action': ['self'],
        'base-uri': ['self'],
        'object-src': ['none'],
      },
    },
  },
};

export default config;
