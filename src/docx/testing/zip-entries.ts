// Test support: the central directory of a zip, as Word and the OS see it (entry order, "made by"
// system, external attributes, DOS time), which fflate's unzip does not expose.

export interface ZipEntry {
  name: string
  /** High byte of "version made by": 0 = MS-DOS, 3 = Unix. */
  os: number
  externalAttributes: number
  /** Year of the entry's DOS timestamp (0 when the timestamp is all zeros). */
  year: number
}

export function zipEntries(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let end = bytes.length - 22
  while (end > 0 && view.getUint32(end, true) !== 0x06054b50) end--
  const count = view.getUint16(end + 10, true)
  let p = view.getUint32(end + 16, true)
  const entries: ZipEntry[] = []
  for (let i = 0; i < count; i++) {
    const madeBy = view.getUint16(p + 4, true)
    const date = view.getUint16(p + 14, true)
    const nameLength = view.getUint16(p + 28, true)
    const extraLength = view.getUint16(p + 30, true)
    const commentLength = view.getUint16(p + 32, true)
    entries.push({
      name: new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + nameLength)),
      os: madeBy >> 8,
      externalAttributes: view.getUint32(p + 38, true),
      year: date === 0 ? 0 : (date >> 9) + 1980,
    })
    p += 46 + nameLength + extraLength + commentLength
  }
  return entries
}
