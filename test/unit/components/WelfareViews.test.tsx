import { fireEvent, render, screen, within } from '@testing-library/react'
import { BudgetChart, StatusBars } from '@/features/welfare/components/BudgetChart'
import { FundedList } from '@/features/welfare/components/FundedList'
import { Timeline } from '@/features/welfare/components/Timeline'
import { strictConsole } from '../support/strict'

strictConsole()

describe('Rainbow Bridge views', () => {
  it('draws budget used and left as one bar, with the figures in words', () => {
    render(<BudgetChart budgetFen={30_000_000} approvedFen={7_500_000} />)
    const chart = screen.getByRole('img', { name: '预算使用情况：已批准75,000.00元，占25%；剩余225,000.00元' })
    expect(within(chart).getByText('已批准 75,000.00元（25%）')).toBeTruthy()
    expect(within(chart).getByText('剩余 225,000.00元')).toBeTruthy()
  })

  it('counts applications by status, never drafts', () => {
    render(<StatusBars byStatus={{ submitted: 3, approved: 1, draft: 9 } as never} />)
    const list = screen.getByRole('list', { name: '申请状态统计' })
    expect(within(list).getByText('申请情况（共4份）')).toBeTruthy()
    expect(within(list).getByRole('listitem', { name: '待社区初审 3份' })).toBeTruthy()
    expect(within(list).queryByText('草稿')).toBeNull()
  })

  it('lists funded projects with the applicant as shown publicly, and opens one', () => {
    const onOpen = jest.fn()
    render(<FundedList items={[{ id: 'a1', name: '老人助餐', applicantName: '张**', amountFen: 600_000, status: 'approved', category: '助老', communities: ['杨家门社区'] }]} onOpen={onOpen} />)
    const item = screen.getByRole('listitem', { name: '老人助餐' })
    expect(within(item).getByText('6,000.00元')).toBeTruthy()
    expect(within(item).getByText('申请方：张**')).toBeTruthy()
    fireEvent.click(item)
    expect(onOpen).toHaveBeenCalledWith('a1')
  })

  it('tells every step of the timeline in words', () => {
    render(
      <Timeline
        events={[
          { at: '2026-07-01T02:00:00.000Z', kind: 'submitted', actorName: '张三', actorRole: 'applicant', comment: null, amountFen: null, score: null },
          { at: '2026-07-02T02:00:00.000Z', kind: 'revise', actorName: '李社工', actorRole: 'communityStaff', comment: '请补充场地', amountFen: null, score: null },
          { at: '2026-07-05T02:00:00.000Z', kind: 'approved', actorName: '王科长', actorRole: 'streetStaff', comment: null, amountFen: 600_000, score: null },
        ]}
      />,
    )
    expect(screen.getByText('退回修改')).toBeTruthy()
    expect(screen.getByText('意见：请补充场地')).toBeTruthy()
    expect(screen.getByText('批准金额 6,000.00元')).toBeTruthy()
    expect(screen.getByText('2026年7月2日 10:00 · 社区 李社工')).toBeTruthy()
  })
})

describe('application attachments', () => {
  it('shows pictures and names PDFs with their size, in the order attached; nothing when there are none', async () => {
    const { Attachments } = await import('@/features/welfare/components/Attachments')
    const { container, rerender } = render(
      <Attachments
        items={[
          { id: 'u1', url: 'https://x/files/tongxin/a.pdf', name: 'a.pdf', contentType: 'application/pdf', size: 300 * 1024 },
          { id: 'u2', url: 'https://x/files/tongxin/b.png', name: 'b.png', contentType: 'image/png', size: 2048 },
        ]}
      />,
    )
    const list = screen.getByRole('list', { name: '申请附件' })
    expect(within(list).getByText('附件（2个）')).toBeTruthy()
    const items = within(list).getAllByRole('listitem')
    expect(items.map((i) => i.getAttribute('aria-label'))).toEqual(['附件1：PDF文件', '附件2：图片'])
    expect(within(items[0]).getByText('300KB')).toBeTruthy()
    expect(items[1].querySelector('img')?.getAttribute('src')).toBe('https://x/files/tongxin/b.png')
    rerender(<Attachments items={[]} />)
    expect(container.innerHTML).toBe('')
  })

  it('opens a PDF on a tap where a viewer is given', async () => {
    const { Attachments } = await import('@/features/welfare/components/Attachments')
    const onOpenDocument = jest.fn()
    render(<Attachments items={[{ id: 'u1', url: 'https://x/files/tongxin/a.pdf', name: 'a.pdf', contentType: 'application/pdf', size: 1024 }]} onOpenDocument={onOpenDocument} />)
    fireEvent.click(screen.getByText('PDF文件 1（点击打开）'))
    expect(onOpenDocument).toHaveBeenCalledWith('https://x/files/tongxin/a.pdf')
  })
})
