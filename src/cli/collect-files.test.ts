// @vitest-environment node
// The folder walk: every name under the folder is either read or an entry saying why not.
import { execFileSync } from 'node:child_process'
import * as fs from 'node:fs'
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { collectFiles, type WalkFs } from './collect-files'

let root = ''
let outside = ''

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'walk-'))
  outside = mkdtempSync(join(tmpdir(), 'walk-outside-'))
  writeFileSync(join(outside, 'linked-in.json'), '{}')
  mkdirSync(join(root, '乡镇', '二级'), { recursive: true })
  mkdirSync(join(root, '.git'))
  writeFileSync(join(root, '.git', 'config.json'), '{}')
  writeFileSync(join(root, '乡镇', 'a.json'), '{}')
  writeFileSync(join(root, '乡镇', '二级', 'b.DOCX'), '')
  writeFileSync(join(root, '乡镇', 'notes.txt'), '')
  writeFileSync(join(root, '~$a.docx'), '')
  writeFileSync(join(root, '.DS_Store'), '')
  writeFileSync(join(root, 'line\nbreak.json'), '{}')
  symlinkSync(join(root, '乡镇', 'a.json'), join(root, 'same-as-a.json'))
  symlinkSync(join(outside, 'linked-in.json'), join(root, 'from-elsewhere.json'))
  symlinkSync(outside, join(root, 'linked-folder'))
  symlinkSync(root, join(root, '乡镇', 'loop'))
  symlinkSync(join(root, 'gone.json'), join(root, 'dangling.json'))
  symlinkSync(join(root, 'self.json'), join(root, 'self.json'))
  execFileSync('mkfifo', [join(root, 'pipe.json')])
})

describe('collectFiles', () => {
  it('reads report files, follows links once, and names everything else with the reason', () => {
    const { read, passed } = collectFiles(root)
    expect(read.map((f) => f.name)).toEqual([
      'line\nbreak.json', join('乡镇', 'a.json'), join('乡镇', '二级', 'b.DOCX'), 'from-elsewhere.json',
    ])
    expect(read[3]!.path).toBe(join(root, 'from-elsewhere.json'))
    const why = Object.fromEntries(passed.map((p) => [p.file, 'failed' in p ? `failed ${p.failed}` : `skipped ${p.skipped}`]))
    expect(why).toEqual({
      '.DS_Store': expect.stringMatching(/^skipped 隐藏文件/),
      '.git/': expect.stringMatching(/^skipped 隐藏文件夹/),
      'dangling.json': 'failed 符号链接指向的文件或文件夹不存在',
      'pipe.json': expect.stringMatching(/^skipped 不是普通文件/),
      // Links are followed after the real files, in name order: the linked folder holds the file
      // the first link led to.
      [join('linked-folder', 'linked-in.json')]: 'skipped 与“from-elsewhere.json”是同一个文件（符号链接），不重复读取',
      'same-as-a.json': expect.stringMatching(/^skipped 与“乡镇\/a.json”是同一个文件/),
      'self.json': 'failed 符号链接循环指向自身，无法读取',
      '~$a.docx': expect.stringMatching(/^skipped Word\/WPS 打开文档时生成的临时文件/),
      [`${join('乡镇', 'loop')}/`]: expect.stringMatching(/^skipped 符号链接指向已检查的文件夹所检查的目录本身/),
      [join('乡镇', 'notes.txt')]: expect.stringMatching(/^skipped 无法打开“notes.txt”：只能读取/),
    })
  })

  it('a folder it cannot read is a failed entry, and the walk goes on', () => {
    const denied = join(root, '乡镇', '二级')
    const walkFs: WalkFs = {
      statSync: (p) => fs.statSync(p),
      readdirSync: (p, o) => {
        if (p === denied) throw Object.assign(new Error(`EACCES: permission denied, scandir '${p}'`), { code: 'EACCES' })
        return fs.readdirSync(p, o)
      },
    }
    const { read, passed } = collectFiles(root, walkFs)
    expect(passed).toContainEqual({ file: `${join('乡镇', '二级')}/`, failed: '无法读取文件夹：没有读取权限' })
    expect(read.map((f) => f.name)).toContain(join('乡镇', 'a.json'))
    expect(read.map((f) => f.name)).not.toContain(join('乡镇', '二级', 'b.DOCX'))
  })
})
