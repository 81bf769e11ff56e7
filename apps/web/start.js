// Production entry: adapter-node checks form origins against ORIGIN, which follows PUBLIC_APP_URL.
if (!process.env.ORIGIN && process.env.PUBLIC_APP_URL) process.env.ORIGIN = process.env.PUBLIC_APP_URL;
await import('./build/index.js');
