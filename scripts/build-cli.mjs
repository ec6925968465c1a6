// Builds the command line (src/cli) into dist-cli/ as self-contained Node ES modules: the same
// domain core and importer as the app, bundled by Vite for Node 20.
import { fileURLToPath } from 'node:url'
import { build } from 'vite'

const root = fileURLToPath(new URL('..', import.meta.url))
await build({
  root,
  configFile: false,
  logLevel: 'warn',
  resolve: { alias: { '@': `${root}src` } },
  ssr: { noExternal: true, target: 'node' },
  build: {
    ssr: true,
    target: 'node20',
    outDir: 'dist-cli',
    emptyOutDir: true,
    minify: false,
    rollupOptions: {
      input: { check: 'src/cli/check.ts', 'check-worker': 'src/worker/node-worker.ts' },
      output: { format: 'es', entryFileNames: '[name].mjs', chunkFileNames: '[name]-[hash].mjs' },
    },
  },
})
