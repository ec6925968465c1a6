// Announces what the service worker reports: a new version (applied only when the user
// chooses 更新) and that the app now works offline. Registers the worker on first mount.
import { useEffect, useSyncExternalStore } from 'react'
import {
  applyUpdate, dismissServiceWorkerNotice, registerServiceWorker, serviceWorkerState, subscribeServiceWorker,
} from './service-worker'
import './update-prompt.css'

export function UpdatePrompt() {
  useEffect(() => registerServiceWorker(), [])
  const { needRefresh, offlineReady, reloadNeeded } = useSyncExternalStore(subscribeServiceWorker, serviceWorkerState)

  if (reloadNeeded) {
    return (
      <div className="update-prompt" role="status" data-testid="update-prompt">
        <span>新版本已在另一个标签页启用。草稿已自动保存，请刷新本页面以使用新版本。</span>
        <button type="button" onClick={() => window.location.reload()}>刷新</button>
      </div>
    )
  }
  if (needRefresh) {
    return (
      <div className="update-prompt" role="status" data-testid="update-prompt">
        <span>有新版本可用。更新会重新载入页面，草稿已自动保存。</span>
        <span className="update-prompt-actions">
          <button type="button" className="primary" onClick={() => void applyUpdate()}>更新</button>
          <button type="button" onClick={() => dismissServiceWorkerNotice('needRefresh')}>稍后</button>
        </span>
      </div>
    )
  }
  if (offlineReady) {
    return (
      <div className="update-prompt ready" role="status" data-testid="offline-ready">
        <span>已可离线使用：断网后也能打开本页面，继续填写和导出。</span>
        <button type="button" onClick={() => dismissServiceWorkerNotice('offlineReady')}>知道了</button>
      </div>
    )
  }
  return null
}
