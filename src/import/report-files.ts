// Which files in a folder are reports: .docx and .json, without Word's lock files ("~$报告.docx")
// and hidden files or folders. The county page and the command line pick files alike.

const REPORT_FILE = /\.(docx|json)$/i
const SKIPPED = /^(~\$|\.)/

/** A Word lock file, or a hidden file or folder: passed over without a word. */
export function isSkippedName(name: string): boolean {
  return SKIPPED.test(name)
}

export function isReportFile(name: string): boolean {
  return REPORT_FILE.test(name) && !isSkippedName(name)
}
