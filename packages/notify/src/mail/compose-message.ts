import { encode as base64Encode, wrap as base64Wrap } from 'nodemailer/lib/base64';
import MimeNode from 'nodemailer/lib/mime-node';
import { encode as qpEncode, wrap as qpWrap } from 'nodemailer/lib/qp';
import type { OutgoingMail } from './mail-transport.ts';

// What nodemailer's encoders wrap body lines at (RFC 2045's limit).
const BODY_LINE_LENGTH = 76;

/**
 * The part's transfer encoding, decided once: nodemailer's choice reads the whole content, and
 * buildHeaders would read it again; set as the header, buildHeaders takes it as decided (the same
 * header, in the same place, as it would have set).
 */
function decideEncoding(node: MimeNode): string | false {
  const encoding = node.getTransferEncoding();
  if (encoding) node.setHeader('Content-Transfer-Encoding', encoding);
  return encoding;
}

function encodedBody(encoding: string | false, content: string): string {
  if (encoding === 'quoted-printable') return qpWrap(qpEncode(content), BODY_LINE_LENGTH);
  if (encoding === 'base64') return base64Wrap(base64Encode(content), BODY_LINE_LENGTH);
  return content;
}

// As nodemailer ends a message: with a line break, unless it already has one.
function withLastNewline(message: string): string {
  if (message.endsWith('\n')) return message;
  return message.endsWith('\r') ? `${message}\n` : `${message}\r\n`;
}

/**
 * The message nodemailer's sendMail would compose for `mail` (the same MIME tree and headers, built
 * by its own MimeNode and encoders), as one string, synchronously. sendMail composes through a
 * chain of streams per part (an encoder, a pass-through, timers between parts), which cost a busy
 * sender more CPU than the encoding itself; handing nodemailer the finished message as `raw`
 * leaves it only the SMTP conversation.
 */
export function composeMessage(from: string, mail: OutgoingMail): string {
  const root = new MimeNode(mail.html === undefined ? 'text/plain; charset=utf-8' : 'multipart/alternative');
  const parts: [MimeNode, string][] = [];
  if (mail.html === undefined) {
    root.setContent(mail.text);
  } else {
    const text = root.createChild('text/plain; charset=utf-8');
    text.setContent(mail.text);
    const html = root.createChild('text/html; charset=utf-8');
    html.setContent(mail.html);
    parts.push([text, mail.text], [html, mail.html]);
  }
  if (mail.headers) root.addHeader(mail.headers);
  root.setHeader('From', from);
  root.setHeader('To', mail.to);
  root.setHeader('Subject', mail.subject);
  if (mail.messageId) root.setHeader('Message-ID', mail.messageId);
  // Before Date, as sendMail orders them; makes a random one when the mail has none.
  root.messageId();
  if (mail.html === undefined) {
    const encoding = decideEncoding(root);
    return withLastNewline(`${root.buildHeaders()}\r\n\r\n${encodedBody(encoding, mail.text)}`);
  }
  let message = `${root.buildHeaders()}\r\n\r\n`;
  parts.forEach(([node, content], index) => {
    const encoding = decideEncoding(node);
    message += `${index > 0 ? '\r\n' : ''}--${root.boundary}\r\n${node.buildHeaders()}\r\n\r\n${encodedBody(encoding, content)}`;
  });
  return `${message}\r\n--${root.boundary}--\r\n`;
}
