// Shown when another tab has saved the same draft: autosave is paused until the user chooses.
interface Props {
  onLoadOther(): void
  onKeepMine(): void
  onDownload(): void
}

export function ConflictBanner({ onLoadOther, onKeepMine, onDownload }: Props) {
  return (
    <div className="conflict-banner" role="alertdialog" aria-labelledby="conflict-text">
      <span id="conflict-text">
        此报告已在另一个浏览器标签页中修改。为避免相互覆盖，本页已暂停自动保存。请选择以哪一页的内容为准：
      </span>
      <span className="conflict-actions">
        <button type="button" onClick={onLoadOther}>载入另一标签页的内容</button>
        <button type="button" onClick={onKeepMine}>保留本页内容</button>
        <button type="button" className="link" onClick={onDownload}>先把本页内容下载保存</button>
      </span>
    </div>
  )
}

export function StorageFailureBanner({ reason, onDownload }: { reason: string; onDownload(): void }) {
  return (
    <div className="storage-banner" role="alert">
      <span>未能自动保存：{reason}。为免丢失，请把报告下载保存到电脑中。</span>
      <button type="button" className="primary" onClick={onDownload}>保存报告（下载文件）</button>
    </div>
  )
}
