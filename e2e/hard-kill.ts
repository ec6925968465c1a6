// A browser that can be killed like a power cut: Chromium started here in its own process group
// (not by Playwright), driven over CDP, and killed with SIGKILL to the whole group, so that
// nothing it has not yet written survives. Linux only (/proc).
import { chromium, type Browser, type Page } from '@playwright/test'
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'

/** The real binary: Debian's /usr/bin/chromium is a shell wrapper that adds flags of its own. */
function binary(): string {
  const configured = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
  if (configured === '/usr/bin/chromium' && existsSync('/usr/lib/chromium/chromium')) return '/usr/lib/chromium/chromium'
  return existsSync(configured) ? configured : chromium.executablePath()
}

const FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--no-first-run', '--no-default-browser-check', '--headless=new', '--hide-crash-restore-bubble',
  '--disable-session-crashed-bubble', '--remote-debugging-port=0', '--window-size=1366,768',
]

export interface KillableBrowser {
  child: ChildProcess
  browser: Browser
  page: Page
  profile: string
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms))

/** Every process whose command line carries this profile (browser, zygotes, renderers, storage). */
function profileProcesses(profile: string): number[] {
  const needle = `--user-data-dir=${profile}`
  return readdirSync('/proc').filter((d) => /^\d+$/.test(d)).flatMap((d) => {
    try {
      return readFileSync(`/proc/${d}/cmdline`, 'utf8').split('\0').includes(needle) ? [Number(d)] : []
    } catch {
      return []
    }
  })
}

export async function launchKillable(profile: string): Promise<KillableBrowser> {
  if (profileProcesses(profile).length > 0) throw new Error(`profile ${profile} is still in use`)
  const portFile = join(profile, 'DevToolsActivePort')
  rmSync(portFile, { force: true }) // the killed run's file points at a dead port
  // detached: the browser leads its own process group, so -pid reaches every process of it.
  const child = spawn(binary(), [...FLAGS, `--user-data-dir=${profile}`, 'about:blank'], { detached: true, stdio: 'ignore' })
  let exited = ''
  child.once('exit', (code, signal) => (exited = `code ${code} signal ${signal}`))
  const deadline = Date.now() + 20_000
  let lines: string[] = []
  while ((lines = existsSync(portFile) ? readFileSync(portFile, 'utf8').trim().split('\n') : []).length < 2) {
    if (exited) throw new Error(`chromium exited while starting (${exited})`)
    if (Date.now() > deadline) {
      await kill({ child, profile })
      throw new Error('chromium did not open its DevTools port')
    }
    await sleep(25)
  }
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${lines[0]}`)
  const context = browser.contexts()[0]!
  const page = context.pages()[0] ?? (await context.newPage())
  return { child, browser, page, profile }
}

/** SIGKILL to the whole group, then wait until no process of the profile is left. */
export async function kill(b: Pick<KillableBrowser, 'child' | 'profile'> & { browser?: Browser }): Promise<void> {
  try {
    process.kill(-(b.child.pid ?? 0), 'SIGKILL')
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ESRCH') throw e
  }
  const deadline = Date.now() + 5_000
  for (let left = profileProcesses(b.profile); left.length > 0; left = profileProcesses(b.profile)) {
    if (Date.now() > deadline) {
      for (const pid of left) process.kill(pid, 'SIGKILL')
      throw new Error(`processes of ${b.profile} survived: ${left.join(' ')}`)
    }
    await sleep(20)
  }
  for (const f of ['SingletonLock', 'SingletonSocket', 'SingletonCookie']) rmSync(join(b.profile, f), { force: true })
  await b.browser?.close().catch(() => {})
}
