// Facts the printed page may not carry (no signature line when 落款 is off; the unit type is never
// printed) are written into the exported .docx as custom document properties under these names,
// and read back by the importer, so that opening an exported file restores them.
export const DOCX_PROPERTIES = {
  publishDate: 'gov-info-annual-report.publishDate',
  unitType: 'gov-info-annual-report.unitType',
} as const
