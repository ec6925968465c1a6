// Text bound for a spreadsheet (the command line's CSV, the problem list, letters and web pages
// that users paste into Excel or WPS). A cell that starts with = + - @, a tab or a carriage return
// is run as a formula when the file is opened (CSV injection: a unit name such as
// =HYPERLINK("http://…","点击") becomes a live link, +cmd|… a command). OWASP's defence: a leading
// apostrophe, which every spreadsheet reads as "this is text".

const FORMULA_START = /^[=+\-@\t\r]/

/** Whether a spreadsheet would read this text as a formula. */
export function startsLikeFormula(text: string): boolean {
  return FORMULA_START.test(text)
}

/** The text with a leading `'` when it would start a formula; any other text unchanged. */
export function neutralizeFormula(text: string): string {
  return startsLikeFormula(text) ? `'${text}` : text
}
