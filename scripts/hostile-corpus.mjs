// Writes the hostile corpus (src/cli/testing/hostile-corpus.ts) into a folder, with good Word
// reports made by the app's own exporter, for trying the command line and 汇总审核 by hand and for
// npm run bench:
//   node scripts/hostile-corpus.mjs DIR [--heavy] [--filesystem]
// --heavy adds the bombs (180 MB of paragraphs, a zip lying about its size, 100,000 levels, a
// 150 MB paragraph; about 0.5 MB on disk), --filesystem the links, a named pipe and a locked folder.
// The TypeScript is bundled by Vite first, as scripts/build-cli.mjs does for the command line.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { bundleForNode, root } from './node-bundle.mjs'

const ENTRY = 'virtual:hostile-corpus'

/** The corpus writer and the app's Word exporter, bundled for Node. */
async function load() {
  const out = mkdtempSync(join(tmpdir(), 'hostile-corpus-build-'))
  const entry = {
    name: 'hostile-corpus-entry',
    resolveId: (id) => (id === ENTRY ? id : null),
    load: (id) => (id === ENTRY
      ? `export { writeHostileCorpus } from '${root}src/cli/testing/hostile-corpus.ts'\nexport { reportDocxBytes } from '${root}src/docx/build-report.ts'\nexport { FIXTURES } from '${root}src/report/fixtures/test-reports.ts'\n`
      : null),
  }
  await bundleForNode({ input: { corpus: ENTRY }, outDir: out, plugins: [entry] })
  const mod = await import(pathToFileURL(join(out, 'corpus.mjs')).href)
  rmSync(out, { recursive: true, force: true })
  return mod
}

/** Writes the corpus into `dir`; returns what each file is and what a reader must do with it. */
export async function makeHostileCorpus(dir, options = {}) {
  const { writeHostileCorpus, reportDocxBytes, FIXTURES } = await load()
  const goodDocx = await Promise.all(FIXTURES.map(async ([name, report]) => ({ name: `${name}.docx`, bytes: await reportDocxBytes(report), agency: report.meta.agency })))
  return writeHostileCorpus(dir, { ...options, goodDocx })
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [dir, ...flags] = process.argv.slice(2)
  if (!dir || flags.some((f) => f !== '--heavy' && f !== '--filesystem')) {
    console.error('usage: node scripts/hostile-corpus.mjs DIR [--heavy] [--filesystem]')
    process.exit(2)
  }
  const files = await makeHostileCorpus(dir, { heavy: flags.includes('--heavy'), filesystem: flags.includes('--filesystem') })
  const count = (o) => files.filter((f) => f.expect === o).length
  console.log(`${dir}: ${files.length} entries — ${count('read')} good reports to read, ${count('failed')} to be named as unreadable, ${count('skipped')} to be skipped with a reason`)
}
