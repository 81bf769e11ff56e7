import { describe, expect, it } from 'vitest';
import { PARSER_NODE_OPTION, parserNodeOptionWarning } from './node-option.ts';

describe('parserNodeOptionWarning', () => {
  it('names the missing option', () => {
    expect(parserNodeOptionWarning(['--enable-source-maps'])).toContain('without --no-regexp-tier-up');
  });

  it('says nothing when the server was started with it', () => {
    expect(parserNodeOptionWarning(['--enable-source-maps', PARSER_NODE_OPTION])).toBeNull();
  });
});
