import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';

const PAGES = path.join(import.meta.dirname, 'pages');

export interface TestServer {
  /** http://127.0.0.1:PORT */
  origin: string;
  /** The same server under another origin (http://localhost:PORT): a cross-origin frame. */
  otherOrigin: string;
  /** Serve `text` at `pathname` instead of the file (to edit a report between visits). */
  override(pathname: string, html: string | null): void;
  close(): Promise<void>;
}

/** Serves tests/e2e/pages on loopback. `{{OTHER_ORIGIN}}` in a page becomes the cross-origin base. */
export async function startServer(): Promise<TestServer> {
  const overrides = new Map<string, string>();
  let otherOrigin = '';
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const override = overrides.get(url.pathname);
    const file = path.join(PAGES, path.normalize(url.pathname).replace(/^[/\\]+/, ''));
    if (override === undefined && (!file.startsWith(PAGES) || !fs.existsSync(file))) {
      res.writeHead(404).end('not found');
      return;
    }
    const html = (override ?? fs.readFileSync(file, 'utf8')).replaceAll('{{OTHER_ORIGIN}}', otherOrigin);
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  otherOrigin = `http://localhost:${port}`;
  return {
    origin: `http://127.0.0.1:${port}`,
    otherOrigin,
    override: (pathname, html) => (html === null ? overrides.delete(pathname) : overrides.set(pathname, html)),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export function readPage(name: string): string {
  return fs.readFileSync(path.join(PAGES, name), 'utf8');
}
