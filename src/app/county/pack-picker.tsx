// The rule pack of the review: none, one that ships with the app, or a file the office loads.
import { SHIPPED_PACKS } from '@/report/county/packs'
import { parseRulePack, type RulePack } from '@/report/county/rule-pack'
import type { Notify } from '../toasts'

interface Props {
  pack: RulePack | null
  onPack(pack: RulePack | null): void
  notify: Notify
}

export function PackPicker({ pack, onPack, notify }: Props) {
  const shipped = SHIPPED_PACKS.find((p) => p.pack.name === pack?.name)
  const value = !pack ? '' : shipped ? shipped.id : 'file'
  const load = async (file: File | undefined) => {
    if (!file) return
    const read = parseRulePack(await file.text())
    if (read.ok) {
      onPack(read.pack)
      notify(`已载入规则包“${read.pack.name}”`)
    } else notify(`规则包“${file.name}”有误：${read.errors.join('；')}`, 'error')
  }
  return (
    <div className="pack-picker">
      <label className="inline">评分规则
        <select value={value} onChange={(e) => { if (e.target.value !== 'file') onPack(SHIPPED_PACKS.find((p) => p.id === e.target.value)?.pack ?? null) }}>
          <option value="">不评分</option>
          {SHIPPED_PACKS.map((p) => <option key={p.id} value={p.id}>{p.pack.name}</option>)}
          {value === 'file' && <option value="file">{pack?.name}</option>}
        </select>
      </label>
      <label className="button-like">载入规则包…
        <input type="file" accept=".json" className="visually-hidden" aria-label="载入规则包文件" data-testid="pack-file"
          onChange={(e) => { const f = e.target.files?.[0]; e.target.value = ''; void load(f) }} />
      </label>
    </div>
  )
}
