/// <reference types="vite/client" />
// virtual:pwa-register (src/app/service-worker.ts); the framework-free types only.
/// <reference types="vite-plugin-pwa/vanillajs" />
