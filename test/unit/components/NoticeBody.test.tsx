import { fireEvent, render, screen } from '@testing-library/react'
import { NoticeBody } from '@/features/notices/components/NoticeBody'
import { NoticeRow } from '@/features/notices/components/NoticeRow'
import { TodayNotices } from '@/features/notices/components/TodayNotices'
import { aNotice } from '../support/notices'
import { strictConsole } from '../support/strict'

strictConsole()

describe('NoticeBody', () => {
  it('shows markup as text and never runs it', () => {
    const { container } = render(<NoticeBody body={'<script>alert(1)</script>\n<b>粗体</b>'} onOpenLink={jest.fn()} />)
    expect(container.querySelector('script')).toBeNull()
    expect(container.querySelector('b')).toBeNull()
    expect(screen.getByText('<script>alert(1)</script>')).toBeTruthy()
    expect(screen.getByText('<b>粗体</b>')).toBeTruthy()
  })

  it('shows links as links that open through the platform', () => {
    const onOpenLink = jest.fn()
    const { container } = render(<NoticeBody body='详见 https://example.gov.cn/a?b=1，谢谢' onOpenLink={onOpenLink} />)
    const link = screen.getByText('https://example.gov.cn/a?b=1')
    expect(link.className).toContain('tx-notice-body__link')
    fireEvent.click(link)
    expect(onOpenLink).toHaveBeenCalledWith('https://example.gov.cn/a?b=1')
    expect(container.textContent).toBe('详见 https://example.gov.cn/a?b=1，谢谢')
  })
})

describe('NoticeRow', () => {
  it('says pinned, urgent and unread in words and opens the notice', () => {
    const onOpen = jest.fn()
    render(<NoticeRow notice={aNotice('n1', { pinned: true, urgent: true, title: '停水通知', category: '停水停电' })} onOpen={onOpen} />)
    const row = screen.getByRole('listitem', { name: '置顶 紧急 未读 停水通知' })
    expect(screen.getByText('停水停电')).toBeTruthy()
    expect(screen.getByText('银杏公寓1幢')).toBeTruthy()
    fireEvent.click(row)
    expect(onOpen).toHaveBeenCalledWith('n1')
  })
})

describe('TodayNotices', () => {
  it("lists today's notices in big type, or says there are none", () => {
    const onOpen = jest.fn()
    const { rerender } = render(<TodayNotices notices={[aNotice('n1', { urgent: true, title: '停电' })]} onOpen={onOpen} />)
    fireEvent.click(screen.getByText('【紧急】停电'))
    expect(onOpen).toHaveBeenCalledWith('n1')
    rerender(<TodayNotices notices={[]} onOpen={onOpen} />)
    expect(screen.getByText('今天没有新公告')).toBeTruthy()
  })
})
