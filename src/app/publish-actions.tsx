// The header's publishing buttons (report-file.md §13): 打印, 导出草稿, 导出网页, 复制网页版.
// A component of its own so the header bar stays as it is.
interface Props {
  onPrint(): void
  onExportDraft(): void
  onExportWeb(): void
  onCopyWeb(): void
}

export function PublishActions({ onPrint, onExportDraft, onExportWeb, onCopyWeb }: Props) {
  return (
    <div className="publish-actions" role="group" aria-label="打印与发布">
      <button type="button" onClick={onPrint} title="按 A4 版式打印整份报告（与导出的 Word 一致）">打印</button>
      <button type="button" onClick={onExportDraft} title="还有错误时也可导出，每页页眉注明“草稿”">导出草稿</button>
      <button type="button" onClick={onExportWeb} title="用于政府信息公开专栏的网页文件（.html）">导出网页</button>
      <button type="button" onClick={onCopyWeb} title="复制后可直接粘贴到网站后台编辑器">复制网页版</button>
    </div>
  )
}
