// The docx library must stay out of the initial bundle: only src/docx's builder modules import it,
// and the app reaches them through `await import('@/docx/export-docx')` alone.
import { describe, expect, it } from 'vitest'

const sources = import.meta.glob<string>(['/src/**/*.{ts,tsx}', '!/src/**/*.test.{ts,tsx}'], {
  query: '?raw',
  import: 'default',
  eager: true,
})
const BUILDERS = [...['build-report', 'page', 'signature', 'styles', 'table'].map((m) => `/src/docx/${m}.ts`), '/src/docx/letters/rectification-letter.ts']
const importsDocx = (code: string) => /from\s+['"]docx(\/[^'"]*)?['"]|import\(\s*['"]docx/.test(code)

describe('docx bundle boundary', () => {
  it('is imported only by the builder modules under src/docx', () => {
    for (const path of BUILDERS) expect(importsDocx(sources[path] ?? ''), path).toBe(true)
    const offenders = Object.entries(sources)
      .filter(([path, code]) => importsDocx(code) && !BUILDERS.includes(path))
      .map(([path]) => path)
    expect(offenders).toEqual([])
  })

  it('is reached from outside src/docx only by a dynamic import of export-docx', () => {
    const builderImport = /from\s+['"](@\/docx|[./]+docx)\/(build-report|export-docx|page|signature|styles|table)['"]/
    const offenders = Object.entries(sources)
      .filter(([path, code]) => !path.startsWith('/src/docx/') && builderImport.test(code))
      .map(([path]) => path)
    expect(offenders).toEqual([])
  })
})
