// The rule pack of the review: none, one that ships with the app, or a file the office loads. A
// file that cannot be used (unreadable, too large, not a rule pack) is named with the reason, and
// the pack in use stays as it was.
import { useState } from 'react'
import { SHIPPED_PACKS } from '@/report/county/packs'
import type { RulePack } from '@/report/county/rule-pack'
import { readRulePackFile, rulePackSizeRefusal, type RulePackRead } from '@/import/rule-pack-file'
import type { Notify } from '../toasts'

interface Props {
  pack: RulePack | null
  onPack(pack: RulePack | null): void
  notify: Notify
}

async function readPick(file: File): Promise<RulePackRead> {
  const refusal = rulePackSizeRefusal(file.size)
  if (refusal) return { ok: false, reason: refusal }
  try {
    return readRulePackFile(new Uint8Array(await file.arrayBuffer()))
  } catch {
    return { ok: false, reason: '文件无法读取（可能已被移动、删除，或没有读取权限）' }
  }
}

export function PackPicker({ pack, onPack, notify }: Props) {
  const [problem, setProblem] = useState<string | null>(null)
  const shipped = SHIPPED_PACKS.find((p) => p.pack.name === pack?.name)
  const value = !pack ? '' : shipped ? shipped.id : 'file'
  const load = async (file: File | undefined) => {
    if (!file) return
    const read = await readPick(file)
    if (read.ok) {
      setProblem(null)
      onPack(read.pack)
      notify(`已载入规则包“${read.pack.name}”`)
    } else setProblem(`无法载入规则包“${file.name}”：${read.reason}。评分规则仍为“${pack?.name ?? '不评分'}”。`)
  }
  return (
    <div className="pack-picker">
      <label className="inline">评分规则
        <select value={value} onChange={(e) => { setProblem(null); if (e.target.value !== 'file') onPack(SHIPPED_PACKS.find((p) => p.id === e.target.value)?.pack ?? null) }}>
          <option value="">不评分</option>
          {SHIPPED_PACKS.map((p) => <option key={p.id} value={p.id}>{p.pack.name}</option>)}
          {value === 'file' && <option value="file">{pack?.name}</option>}
        </select>
      </label>
      <label className="button-like">载入规则包…
        <input type="file" accept=".json" className="visually-hidden" aria-label="载入规则包文件" data-testid="pack-file"
          onChange={(e) => { const f = e.target.files?.[0]; e.target.value = ''; void load(f) }} />
      </label>
      {problem && <p className="error-text" role="alert">{problem}</p>}
    </div>
  )
}
