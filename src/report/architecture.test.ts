// The domain core stays pure: nothing in src/report may import React, react-dom or docx.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : []
  })
}

describe('src/report architecture', () => {
  it('imports neither React nor docx', () => {
    const offenders = files(join(__dirname)).filter((f) =>
      /from\s+['"](react|react-dom|docx)(\/[^'"]*)?['"]|import\(\s*['"](react|react-dom|docx)/.test(readFileSync(f, 'utf8')),
    )
    expect(offenders).toEqual([])
  })

  it('contains no .tsx (no components) ', () => {
    expect(files(join(__dirname)).filter((f) => f.endsWith('.tsx'))).toEqual([])
  })
})
