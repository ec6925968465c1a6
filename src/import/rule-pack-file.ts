// A rule pack file (report-file.md §12), as 汇总审核's 载入规则包 and `npm run check --rules` read it:
// bounded in size (limits.ts), UTF-8 text, then the pack's own checks (rule-pack.ts), each refusal
// a Chinese reason the caller shows beside the file's name.
import { parseRulePack, type RulePack } from '../report/county/rule-pack'
import { LIMITS, limitText } from './limits'

export type RulePackRead = { ok: true; pack: RulePack } | { ok: false; reason: string }

/** Refused on its size alone, before its bytes are read; null when the size is fine. */
export function rulePackSizeRefusal(size: number): string | null {
  return size > LIMITS.rulePackBytes ? limitText.rulePack(size) : null
}

export function readRulePackFile(bytes: Uint8Array): RulePackRead {
  const refusal = rulePackSizeRefusal(bytes.byteLength)
  if (refusal) return { ok: false, reason: refusal }
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return { ok: false, reason: '不是 UTF-8 编码的文本文件（规则包是 JSON 文本，可用记事本“另存为”UTF-8）' }
  }
  const parsed = parseRulePack(text)
  return parsed.ok ? parsed : { ok: false, reason: parsed.errors.join('；') }
}
