// Bundles TypeScript from src/ for Node 20 as self-contained ES modules (the domain core, the
// importer and whatever else the entries reach), the way the command line is built.
import { fileURLToPath } from 'node:url'
import { build } from 'vite'

export const root = fileURLToPath(new URL('..', import.meta.url))

/** `input`: entry name → module; `plugins`: extra Vite plugins (a virtual entry, say). */
export async function bundleForNode({ input, outDir, plugins = [] }) {
  await build({
    root,
    configFile: false,
    logLevel: 'warn',
    resolve: { alias: { '@': `${root}src` } },
    ssr: { noExternal: true, target: 'node' },
    plugins,
    build: {
      ssr: true,
      target: 'node20',
      outDir,
      emptyOutDir: true,
      minify: false,
      rollupOptions: { input, output: { format: 'es', entryFileNames: '[name].mjs', chunkFileNames: '[name]-[hash].mjs' } },
    },
  })
}
