// How much browser storage the workspace uses, and what the browser may do with it: whether it
// agreed to keep it (navigator.storage.persist), and when it may clear it otherwise.
import { useEffect, useState } from 'react'

interface Info {
  usage: number | null
  quota: number | null
  persisted: boolean | null
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`

export function StorageInfo({ refresh }: { refresh: unknown }) {
  const [info, setInfo] = useState<Info>({ usage: null, quota: null, persisted: null })
  useEffect(() => {
    let cancelled = false
    void (async () => {
      const estimate = await navigator.storage?.estimate?.().catch(() => null)
      const persisted = await navigator.storage?.persisted?.().catch(() => null)
      if (!cancelled) setInfo({ usage: estimate?.usage ?? null, quota: estimate?.quota ?? null, persisted: persisted ?? null })
    })()
    return () => {
      cancelled = true
    }
  }, [refresh])
  return (
    <section className="storage-info" aria-label="浏览器存储">
      <p>
        {info.usage !== null ? `本机浏览器中的报告及历史版本共占用约 ${mb(info.usage)}` : '无法读取存储用量'}
        {info.quota !== null ? `，可用空间约 ${mb(info.quota)}。` : '。'}
        {info.persisted === true && <strong className="persist-ok">浏览器已同意长期保存，不会自动清除。</strong>}
      </p>
      {info.persisted !== true && (
        <p className="hint">
          浏览器尚未承诺长期保存：磁盘空间严重不足时，浏览器可能清除长期未访问网站的数据；清除浏览器数据（“Cookie 和其他网站数据”）
          或使用无痕窗口也会删除这些报告。报告只保存在这台电脑的这个浏览器中，请定期点“保存报告”下载文件备份。
        </p>
      )}
    </section>
  )
}
