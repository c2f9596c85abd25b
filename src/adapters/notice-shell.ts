/** The 公告 tab's badge and links in notice bodies, on WeChat and in the browser. */
import Taro from '@tarojs/taro'
import { noticesTabLabel } from '@/domain/notice-tab'
import type { NoticeShellPort } from './ports'

/** The 公告 tab's position in app.config.ts's tabBar list. */
export const NOTICES_TAB_INDEX = 1


/** In the browser, names the 公告 tab (Taro's H5 tab bar is a list of links with the badge inside). */
function labelBrowserTab(count: number): void {
  if (typeof document === 'undefined') return
  // After the tab bar has drawn the badge.
  setTimeout(() => {
    const tab = document.querySelectorAll('.weui-tabbar__item')[NOTICES_TAB_INDEX]
    tab?.setAttribute('aria-label', noticesTabLabel(count))
  }, 0)
}

export function taroNoticeShell(): NoticeShellPort {
  const weapp = process.env.TARO_ENV === 'weapp'
  return {
    setBadge(count) {
      // Fails when no tab page is showing (a subpackage page on top): the next show sets it again.
      try {
        const done = count > 0
          ? Taro.setTabBarBadge({ index: NOTICES_TAB_INDEX, text: count > 99 ? '99+' : String(count) })
          : Taro.removeTabBarBadge({ index: NOTICES_TAB_INDEX })
        void Promise.resolve(done).catch(() => undefined)
      } catch {
        // No tab bar here (an old base library, a test harness): nothing to badge.
      }
      if (!weapp) labelBrowserTab(count)
    },
    openLink(url) {
      if (!weapp && typeof window !== 'undefined') {
        window.open(url, '_blank', 'noopener')
        return
      }
      void Taro.setClipboardData({ data: url })
        .then(() => Taro.showToast({ title: '链接已复制，请在浏览器中打开', icon: 'none', duration: 2500 }))
        .catch(() => undefined)
    },
  }
}
