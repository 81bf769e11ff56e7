import { readFile } from 'node:fs/promises';
import { PARSER_NODE_OPTION } from '@ordo/ai-pipeline';
import { describe, expect, it } from 'vitest';

describe("the web app's start script", () => {
  it("passes the Node option the offline parser's patterns need", async () => {
    const web = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8')) as { scripts: { start: string } };
    expect(web.scripts.start.split(' ')).toContain(PARSER_NODE_OPTION);
  });
});
