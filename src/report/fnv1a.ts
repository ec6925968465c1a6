// FNV-1a, 32 bits, over UTF-16 code units: the one small hash of the domain (copy-check shingles,
// triage fingerprints). Triage marks are kept under fingerprints made with it: never change it.
export function fnv1a(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193)
  return h >>> 0
}
