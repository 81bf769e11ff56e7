// The mail thread's entry (started by mail-threads.ts; bundled as dist/mail-thread.js): renders brief
// emails and composes messages, pure CPU work the job loop's thread would otherwise do between its
// database and SMTP round trips.
import { parentPort, workerData } from 'node:worker_threads';
import { type BriefMailLinks, composeMessage, type RenderedBriefEmail, renderBriefEmail } from '@ordo/notify/email-work';
import { type MailThreadRequest, type MailThreadResponse, mailThreadDataSchema, mailThreadRequestSchema } from './mail-thread-protocol.ts';

const data = mailThreadDataSchema.parse(workerData);
// A Buffer arrives as a plain Uint8Array; the signing wants it as it was.
const links: BriefMailLinks = { ...data.links, unsubscribeKey: Buffer.from(data.links.unsubscribeKey) };

function run(request: MailThreadRequest): string | RenderedBriefEmail {
  if (request.op === 'compose') return composeMessage(request.from, request.mail);
  return renderBriefEmail(request.input, links);
}

parentPort?.on('message', (message: unknown) => {
  let response: MailThreadResponse;
  let id = -1;
  try {
    const request = mailThreadRequestSchema.parse(message);
    id = request.id;
    response = { id, ok: true, value: run(request) };
  } catch (error) {
    response = { id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(response);
});
