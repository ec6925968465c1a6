// 载入规则包 with a file that cannot be used: the file named with the reason, the pack in use kept.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { LIMITS } from '@/import/limits'
import { SHIPPED_PACKS } from '@/report/county/packs'
import { PackPicker } from './pack-picker'

afterEach(cleanup)

const shipped = SHIPPED_PACKS.at(-1)!

function setup() {
  const onPack = vi.fn()
  const notify = vi.fn()
  render(<PackPicker pack={shipped.pack} onPack={onPack} notify={notify} />)
  const choose = (file: File) => act(async () => { fireEvent.change(screen.getByTestId('pack-file'), { target: { files: [file] } }) })
  return { onPack, notify, choose }
}

const json = (name: string, text: string) => new File([text], name, { type: 'application/json' })

describe('PackPicker with a bad file', () => {
  it.each([
    ['an oversized file', new File([new Uint8Array(LIMITS.rulePackBytes + 1)], '大文件.json'), '文件有 1,025 kB，超过规则包的上限 1 MB'],
    ['a file that is not JSON', json('笔记.json', '这不是规则包'), '规则包不是有效的 JSON 文件'],
    ['a file that is not UTF-8', new File([new Uint8Array([0x7b, 0xb9, 0xe6, 0xd4, 0xf2, 0x7d])], 'gbk.json'), '不是 UTF-8 编码'],
    ['JSON that is no rule pack', json('报告.json', '{"format":"gov-info-annual-report"}'), '不是规则包文件'],
  ])('%s: names the file and the reason, keeps the current pack', async (_what, file, reason) => {
    const { onPack, notify, choose } = setup()
    await choose(file)
    const alert = screen.getByRole('alert')
    expect(alert.textContent).toContain(`无法载入规则包“${file.name}”`)
    expect(alert.textContent).toContain(reason)
    expect(alert.textContent).toContain(`评分规则仍为“${shipped.pack.name}”`)
    expect(onPack).not.toHaveBeenCalled()
    expect(notify).not.toHaveBeenCalled()
    expect((screen.getByRole('combobox') as HTMLSelectElement).value).toBe(shipped.id)
  })

  it('a file that cannot be read is said so; a good file afterwards loads and clears the message', async () => {
    const { onPack, notify, choose } = setup()
    const gone = json('已删除.json', '{}')
    gone.arrayBuffer = () => Promise.reject(new DOMException('NotReadableError', 'NotReadableError'))
    await choose(gone)
    expect(screen.getByRole('alert').textContent).toContain('无法载入规则包“已删除.json”：文件无法读取')
    expect(onPack).not.toHaveBeenCalled()
    await choose(json('本市.json', JSON.stringify({ format: 'gov-info-rule-pack', version: 1, name: '本市评分', start: 100 })))
    expect(onPack).toHaveBeenCalledWith(expect.objectContaining({ name: '本市评分' }))
    expect(notify).toHaveBeenCalledWith('已载入规则包“本市评分”')
    expect(screen.queryByRole('alert')).toBeNull()
  })
})
