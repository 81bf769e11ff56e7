import { Socket } from 'node:net';

/** This process's open TCP socket whose local port is `port` (a database connection, found by `inet_client_port()`). */
export function socketOnLocalPort(port: number): Socket {
  const handles = (process as NodeJS.Process & { _getActiveHandles(): unknown[] })._getActiveHandles();
  const socket = handles.find((handle): handle is Socket => handle instanceof Socket && handle.localPort === port);
  if (!socket) throw new Error(`no socket on local port ${port}`);
  return socket;
}
