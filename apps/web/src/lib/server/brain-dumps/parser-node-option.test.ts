import { describe, expect, it } from 'vitest';
import { PARSER_NODE_OPTION, parserNodeOptionWarning } from './parser-node-option.ts';

describe('parserNodeOptionWarning', () => {
  it('names the missing option', () => {
    expect(parserNodeOptionWarning(['--enable-source-maps'])).toContain('without --no-regexp-tier-up');
  });

  it('says nothing when the server was started with it', () => {
    expect(parserNodeOptionWarning(['--enable-source-maps', PARSER_NODE_OPTION])).toBeNull();
  });

  it('is the option the start scripts pass', async () => {
    const { readFile } = await import('node:fs/promises');
    const web = JSON.parse(await readFile(new URL('../../../../package.json', import.meta.url), 'utf8')) as { scripts: { start: string } };
    expect(web.scripts.start.split(' ')).toContain(PARSER_NODE_OPTION);
  });
});
