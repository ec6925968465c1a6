// Sums unit (vitest JSON) and e2e (Playwright JSON) results into the closing line
// "N passed, N failed" that CI reads. A missing report counts as one failure.
import { existsSync, readFileSync } from 'node:fs'

let passed = 0
let failed = 0
const [vitestFile, e2eFile] = process.argv.slice(2)

if (vitestFile && existsSync(vitestFile)) {
  const v = JSON.parse(readFileSync(vitestFile, 'utf8'))
  passed += v.numPassedTests ?? 0
  failed += (v.numFailedTests ?? 0) + (v.numRuntimeErrorTestSuites ?? 0)
  console.log(`unit: ${v.numPassedTests} passed, ${v.numFailedTests} failed`)
} else {
  failed += 1
  console.log('unit: no report (the unit tests did not run)')
}
if (e2eFile && existsSync(e2eFile)) {
  const e = JSON.parse(readFileSync(e2eFile, 'utf8'))
  const s = e.stats ?? {}
  passed += s.expected ?? 0
  failed += (s.unexpected ?? 0) + (s.flaky ?? 0)
  console.log(`e2e: ${s.expected ?? 0} passed, ${s.unexpected ?? 0} failed`)
} else {
  failed += 1
  console.log('e2e: no report (the e2e tests did not run)')
}
console.log(`${passed} passed, ${failed} failed`)
