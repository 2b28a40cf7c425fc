/**
 * Test helper: a real HTTP server on 127.0.0.1 that serves a digest properly on some paths and
 * misbehaves on the others (stalls, endless bodies, wrong types, errors, redirect loops). It records,
 * per path, how many bytes it managed to send and whether the client hung up.
 */
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Misbehaving {
  base: string;
  /** Bytes written per path (endless bodies stop when the client hangs up). */
  sent: Map<string, number>;
  /** Resolves when the client has closed the connection of a request to this path. */
  hungUp(path: string): Promise<void>;
  close(): Promise<void>;
}

const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');

export async function startMisbehavingServer(digest: Buffer): Promise<Misbehaving> {
  const sent = new Map<string, number>();
  const closed = new Map<string, () => void>();
  const closedPromises = new Map<string, Promise<void>>();
  const hungUp = (path: string) => {
    if (!closedPromises.has(path)) closedPromises.set(path, new Promise<void>((resolve) => closed.set(path, resolve)));
    return closedPromises.get(path)!;
  };

  /** Writes chunks until the client stops reading and hangs up. */
  const endless = (res: ServerResponse, path: string) => {
    const chunk = Buffer.alloc(64 * 1024, 'a');
    const pump = () => {
      while (!res.destroyed) {
        sent.set(path, (sent.get(path) ?? 0) + chunk.length);
        if (!res.write(chunk)) return void res.once('drain', pump);
      }
    };
    pump();
  };

  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    // Only registers the promise a test may wait on; it never rejects.
    void hungUp(req.url ?? '/');
    res.on('close', () => closed.get(req.url ?? '/')?.());
    const send = (status: number, type: string | undefined, body: Buffer | string, headers: Record<string, string> = {}) => {
      res.writeHead(status, { ...(type ? { 'content-type': type } : {}), ...headers });
      res.end(body);
    };
    switch (path) {
      case '/ok/cs.IR.md':
      case '/../../evil.md':
        return send(200, 'text/markdown; charset=utf-8', digest);
      case '/plain.md':
        return send(200, 'text/plain; charset=utf-8', digest);
      case '/octet.md':
        return send(200, 'application/octet-stream', digest);
      case '/untyped.md':
        return send(200, undefined, digest);
      case '/redirect':
        return send(302, 'text/plain', '', { location: '/ok/cs.IR.md' });
      case '/loop-a':
        return send(301, 'text/plain', '', { location: '/loop-b' });
      case '/loop-b':
        return send(301, 'text/plain', '', { location: '/loop-a' });
      case '/to-file':
        return send(302, 'text/plain', '', { location: 'file:///etc/passwd' });
      case '/html':
        return send(200, 'text/html; charset=utf-8', '<!doctype html><title>cs.IR</title><p>Not the raw file');
      case '/png':
        return send(200, 'image/png', PNG);
      case '/latin1.md':
        return send(200, 'text/plain', Buffer.from([0x23, 0x20, 0xe9, 0xff, 0x0a]));
      case '/missing.md':
        return send(404, 'text/plain', 'not found');
      case '/broken.md':
        return send(500, 'text/plain', 'internal error');
      case '/slow-headers':
        return; // Never answers.
      case '/slow-body':
        res.writeHead(200, { 'content-type': 'text/markdown', 'content-length': String(digest.length) });
        res.write(digest.subarray(0, 100));
        return; // Never sends the rest.
      case '/huge-with-length':
        res.writeHead(200, { 'content-type': 'text/markdown', 'content-length': String(50 * 1024 ** 3) });
        return endless(res, req.url!);
      case '/huge-chunked':
        res.writeHead(200, { 'content-type': 'text/markdown' });
        return endless(res, req.url!);
      default: {
        const chain = /^\/chain\/(\d+)$/.exec(path);
        if (chain) return send(302, 'text/plain', '', { location: `/chain/${Number(chain[1]) + 1}` });
        return send(404, 'text/plain', 'not found');
      }
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    sent,
    hungUp,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
