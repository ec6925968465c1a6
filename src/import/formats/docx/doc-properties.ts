// The custom document properties of a .docx (docProps/custom.xml): this app's export keeps the
// publication date and the unit type there (report/docx-properties.ts). A file from elsewhere has
// none, or others, which are ignored; a damaged part is ignored too (it holds nothing printed).
import { DOCX_PROPERTIES } from '../../../report/docx-properties'
import { UNIT_TYPES, type UnitType } from '../../../report/schema'
import { parseXml, textContent, XmlError } from '../../xml-tree'

export interface DocProperties {
  publishDate: string | null
  unitType: UnitType | null
}

export function readDocProperties(xml: string | null): DocProperties {
  const none: DocProperties = { publishDate: null, unitType: null }
  if (!xml) return none
  let root
  try {
    root = parseXml(xml)
  } catch (e) {
    if (e instanceof XmlError) return none
    throw e
  }
  const value = (name: string) => {
    const prop = root.children.find((c) => c.name === 'property' && c.attrs.name === name)
    return prop ? textContent(prop).trim() : null
  }
  const date = value(DOCX_PROPERTIES.publishDate)
  const unit = value(DOCX_PROPERTIES.unitType)
  return {
    publishDate: date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null,
    unitType: UNIT_TYPES.find((u) => u === unit) ?? null,
  }
}
