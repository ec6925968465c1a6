// A tiny static web server for the e2e tests: serves dist/ under a sub-path (as an intranet
// nginx might, e.g. /sub/dir/), on a free port, with nothing but files and 404s.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize, resolve } from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
}

export interface StaticServer {
  /** The app's URL, ending in the sub-path and a slash. */
  url: string
  /** Serves sw.js with this comment appended: a byte-different worker, as after a new deploy. */
  setWorkerVersion(version: string): void
  close(): Promise<void>
}

export async function serveDist(prefix: string, root = resolve('dist')): Promise<StaticServer> {
  const base = `/${prefix.replace(/^\/+|\/+$/g, '')}/`
  let workerVersion = ''
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
    if (`${path}/` === base) {
      res.writeHead(301, { Location: base }).end()
      return
    }
    if (!path.startsWith(base)) {
      res.writeHead(404).end('not found')
      return
    }
    // normalize() folds "..": anything escaping the root is refused below.
    const file = normalize(join(root, path.slice(base.length) || 'index.html'))
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end('not found')
      return
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' })
    if (workerVersion && file === join(root, 'sw.js')) res.end(`${readFileSync(file, 'utf8')}\n// ${workerVersion}\n`)
    else createReadStream(file).pipe(res)
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}${base}`,
    setWorkerVersion: (version) => {
      workerVersion = version
    },
    close: () => new Promise<void>((done) => {
      server.closeAllConnections()
      server.close(() => done())
    }),
  }
}
