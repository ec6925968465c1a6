// Builds the command line (src/cli) into dist-cli/ as self-contained Node ES modules: the same
// domain core and importer as the app, bundled by Vite for Node 20. `node scripts/build-cli.mjs DIR`
// builds into DIR instead (tests that run at the same time each build their own copy).
import { bundleForNode } from './node-bundle.mjs'

await bundleForNode({
  input: { check: 'src/cli/check.ts', 'check-worker': 'src/worker/node-worker.ts' },
  outDir: process.argv[2] ?? 'dist-cli',
})
