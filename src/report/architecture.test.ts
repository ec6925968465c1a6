// The layers and which may import which (docs/architecture.md): the domain core imports nothing
// of the app and no React or docx; form, preview, docx, import and lib build on the core (form
// also on the browser utilities in lib and the worker pool); worker runs the importer and the
// checks off the main thread for form, app and cli;
// app composes them. Test files may reach across for integration tests.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

const SRC = join(__dirname, '..')

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : []
  })
}

/** The top-level folders under src/ that each layer may import (besides itself). */
const ALLOWED: Record<string, string[]> = {
  report: [],
  form: ['report', 'lib', 'worker'],
  preview: ['report'],
  docx: ['report'],
  import: ['report'],
  lib: ['report'],
  worker: ['report', 'import'],
  cli: ['report', 'import', 'worker'],
}

function layerOf(file: string): string {
  return relative(SRC, file).split('/')[0] ?? ''
}

/** The src/ layers a file imports, from '@/x/…' and relative specifiers. */
function importedLayers(file: string): string[] {
  const code = readFileSync(file, 'utf8')
  const specs = [...code.matchAll(/(?:from\s+|import\(\s*)['"]([^'"]+)['"]/g)].map((m) => m[1] ?? '')
  return specs.flatMap((spec) => {
    if (spec.startsWith('@/')) return [spec.slice(2).split('/')[0] ?? '']
    if (spec.startsWith('.')) return [layerOf(join(file, '..', spec))]
    return []
  })
}

describe('layers', () => {
  it.each(Object.keys(ALLOWED))('src/%s imports only the layers it builds on', (layer) => {
    const offenders = files(join(SRC, layer)).flatMap((file) =>
      importedLayers(file).filter((l) => l !== layer && !ALLOWED[layer]!.includes(l)).map((l) => `${relative(SRC, file)} → ${l}`))
    expect(offenders).toEqual([])
  })

  it('src/report imports neither React nor docx', () => {
    const offenders = files(join(SRC, 'report')).filter((f) =>
      /from\s+['"](react|react-dom|docx)(\/[^'"]*)?['"]|import\(\s*['"](react|react-dom|docx)/.test(readFileSync(f, 'utf8')))
    expect(offenders).toEqual([])
  })

  it('src/report contains no .tsx (no components)', () => {
    expect(files(join(SRC, 'report')).filter((f) => f.endsWith('.tsx'))).toEqual([])
  })
})
