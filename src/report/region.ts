// The one place that recognises a government's own report and the region it covers. The importer
// (unit type of a Word report), the checks across reports (X-PARENT) and 生成汇总报告 all ask
// here, so a report is a parent in one place exactly when it is a parent in the others.
import type { Report } from './schema'
import { foldText } from './text'

const GOVERNMENT = /^(.+?[省市州盟县区旗])人民政府$/

/** The region a government's name covers: "伊川县人民政府" → "伊川县"; null for other agencies. */
export function regionOf(agency: string): string | null {
  return GOVERNMENT.exec(foldText(agency))?.[1] ?? null
}

/** The first administrative prefix of any agency: "伊川县白沙镇人民政府" → "伊川县". */
export function regionPrefix(agency: string): string {
  return /^(.+?[县区市旗])/.exec(foldText(agency))?.[1] ?? ''
}

/**
 * Whether `parent` is the report of the government over `unit`: a government report of the same
 * year whose region begins the unit's name. A government of another region (淮安市 over a 宿迁市
 * town) never is, and neither is a government report of the unit's own name.
 */
export function isParentOf(parent: Report, unit: Report): boolean {
  if (parent.meta.unitType !== 'government' || parent.meta.year !== unit.meta.year) return false
  const region = regionOf(parent.meta.agency)
  if (!region) return false
  const name = unitKey(unit.meta.agency)
  return name !== unitKey(parent.meta.agency) && name.startsWith(region) && name.length > region.length
}

/**
 * The one definition of "the same unit" (report-file.md §11–§12), used by resubmissions, last
 * year's report, the aggregate plan, the checks across reports, 单位名单, triage and the letters:
 * the agency's name folded as foldText does, with an ending a unit is named with or without
 * dropped — "伊川县白沙镇人民政府", "伊川县白沙镇政府" and "伊川县白沙镇" are one unit, as are
 * "伊川县城关街道办事处" and "伊川县城关街道". Nothing else is loosened: "伊川县教育局" and
 * "伊川县教育体育局" stay two units.
 */
export function unitKey(agency: string): string {
  return foldText(agency).replace(/(人民政府|政府|办事处|办)$/, '')
}

/**
 * Reports of one unit and year share this key. A report with no readable agency name (an untitled
 * PDF, a new draft) has none: it is a unit of its own, never matched, de-duplicated, made a version
 * of another or taken as another's last year's report.
 */
export function unitYearKey(agency: string, year: number): string | null {
  const unit = unitKey(agency)
  return unit ? `${unit}|${year}` : null
}
