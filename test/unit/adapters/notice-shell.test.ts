import { NOTICES_TAB_INDEX, taroNoticeShell } from '@/adapters/notice-shell'
import { tabBadges } from '../stand-ins/taro'

describe('the 公告 tab in the browser', () => {
  beforeEach(() => {
    jest.useFakeTimers()
    document.body.innerHTML = ['首页', '公告', '我的'].map((t) => `<a class="weui-tabbar__item" href="javascript:;"><p>${t}</p></a>`).join('')
  })
  afterEach(() => jest.useRealTimers())

  it('shows the unread count as a badge and names the tab for screen readers', () => {
    const shell = taroNoticeShell()
    shell.setBadge(3)
    jest.runAllTimers()
    expect(tabBadges.get(NOTICES_TAB_INDEX)).toBe('3')
    const tab = document.querySelectorAll('.weui-tabbar__item')[NOTICES_TAB_INDEX]
    expect(tab.getAttribute('aria-label')).toBe('公告，3条未读')
    shell.setBadge(120)
    jest.runAllTimers()
    expect(tabBadges.get(NOTICES_TAB_INDEX)).toBe('99+')
    expect(tab.getAttribute('aria-label')).toBe('公告，99+条未读')
    shell.setBadge(0)
    jest.runAllTimers()
    expect(tabBadges.has(NOTICES_TAB_INDEX)).toBe(false)
    expect(tab.getAttribute('aria-label')).toBe('公告')
    expect(document.querySelectorAll('.weui-tabbar__item')[0].hasAttribute('aria-label')).toBe(false)
  })
})
