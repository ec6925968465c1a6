// Exact sums of 万元 amounts (six decimals, to the fen): added as integers of millionths, so that
// 0.1 + 0.2 is 0.3, never 0.30000000000000004, and a county total prints as exactly as its parts.
import { formatCellValue } from './format'
import { FEE_COLUMN } from './tables/table2'

const PLACES = FEE_COLUMN.maxDecimals
const SCALE = 10n ** BigInt(PLACES)

/** The amount in millionths of a 万元; amounts with more decimals are cut to six (NUM-FEE reports them). */
function toMillionths(value: number): bigint {
  const [whole = '0', fraction = ''] = formatCellValue(Math.abs(value)).split('.')
  const units = BigInt(whole) * SCALE + BigInt((fraction + '0'.repeat(PLACES)).slice(0, PLACES))
  return value < 0 ? -units : units
}

function fromMillionths(units: bigint): number {
  const negative = units < 0n
  const abs = negative ? -units : units
  const fraction = String(abs % SCALE).padStart(PLACES, '0').replace(/0+$/, '')
  return Number(`${negative ? '-' : ''}${abs / SCALE}${fraction ? `.${fraction}` : ''}`)
}

export function sumAmounts(values: readonly number[]): number {
  return fromMillionths(values.reduce((sum, v) => sum + toMillionths(v), 0n))
}
