// Said once at start-up: the old browser draft moved into 我的报告, or could not be (kept aside),
// or the last open report could not be read (it stays in 我的报告, untouched).
import { useState } from 'react'
import type { MigrationResult } from '@/lib/legacy-draft'

interface Props {
  migration: MigrationResult
  damaged: { id: string; reason: string } | null
}

export function StartupNotice({ migration, damaged }: Props) {
  const [open, setOpen] = useState(true)
  const texts: string[] = []
  if (migration.kind === 'moved') texts.push('原来保存在浏览器中的草稿已移入“我的报告”。')
  if (migration.kind === 'damaged')
    texts.push(`原来保存在浏览器中的草稿已损坏，无法打开（${migration.reason}）。它已原样另存在浏览器中（${migration.keptAs}），没有被覆盖。`)
  if (damaged) texts.push(`上次打开的报告数据已损坏，无法打开（${damaged.reason}）。它仍在“我的报告”中，没有被删除。`)
  if (!open || texts.length === 0) return null
  return (
    <div className="startup-notice" role={migration.kind === 'moved' && !damaged ? 'status' : 'alert'}>
      <span>{texts.join(' ')}</span>
      <button type="button" onClick={() => setOpen(false)}>知道了</button>
    </div>
  )
}
