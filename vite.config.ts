/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react'
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { defineConfig, type Plugin } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'

// Only the app's own origin: no fonts, scripts or styles from elsewhere. Injected at build time
// because the dev server needs an inline script for React refresh. A meta tag cannot carry
// frame-ancestors; an intranet server that wants it sends it as a header.
// - style-src 'unsafe-inline': style attributes written by React; no stylesheet comes from elsewhere.
// - worker-src 'self' blob:: the service worker and the county review's reading workers are served
//   with the app; the .xlsx writer (fflate) compresses large sheets in workers it starts from blob:
//   URLs made by the page's own script (without them a long problem list never finishes).
// - blob: in img-src only: downloads are <a download href="blob:…">, a navigation no directive governs.
// - manifest-src 'none': no web app manifest is emitted.
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "manifest-src 'none'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ')

// Offline after the first visit: every build file, the lazy export-docx and importer chunks
// included, is precached. 'prompt': a new version waits until the user chooses 更新.
// Relative sw.js and scope (from base './'), so any static server under any path works.
const offline = VitePWA({
  registerType: 'prompt',
  injectRegister: false,
  manifest: false,
  devOptions: { enabled: false },
  workbox: {
    // The Chinese cMaps of pdf.js (bcmap): a PDF from WPS opens offline too.
    globPatterns: ['**/*.{js,mjs,css,html,svg,bcmap}'],
    maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
    navigateFallback: 'index.html',
    // The first visit's tab is served from the cache at once, not only after a reload.
    clientsClaim: true,
    cleanupOutdatedCaches: true,
  },
})

/**
 * pdf.js needs character maps for PDFs whose Chinese fonts are not embedded (WPS exports): the
 * Chinese ones (about 350 kB, loaded only when such a PDF is read) go beside its worker in assets/.
 */
function pdfjsCMaps(): Plugin {
  return {
    name: 'pdfjs-cmaps',
    apply: 'build',
    generateBundle() {
      const dir = fileURLToPath(new URL('./node_modules/pdfjs-dist/cmaps/', import.meta.url))
      for (const name of readdirSync(dir)) {
        if (!/^(Adobe-GB1|GB|UniGB)/.test(name)) continue
        this.emitFile({ type: 'asset', fileName: `assets/pdfjs-cmaps/${name}`, source: readFileSync(`${dir}${name}`) })
      }
    },
  }
}

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP }, injectTo: 'head-prepend' },
    ],
  }
}

// base './' makes the build work from any static server path (an intranet nginx, a sub-folder).
export default defineConfig({
  base: './',
  plugins: [react(), contentSecurityPolicy(), offline, pdfjsCMaps()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  // The county review's reading workers are ES modules, like the app.
  worker: { format: 'es' },
  preview: { port: 4173, strictPort: true },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    // .ci/run asks for a JSON report to count the results.
    reporters: process.env.VITEST_JSON ? ['default', 'json'] : ['default'],
    outputFile: process.env.VITEST_JSON ? { json: process.env.VITEST_JSON } : undefined,
  },
})
