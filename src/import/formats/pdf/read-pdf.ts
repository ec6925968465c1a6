// placeholder replaced below
import { importError, type ImportResult } from '../../import-result'
export async function importPdf(_bytes: Uint8Array): Promise<ImportResult> {
  return importError('PDF 暂不支持')
}
