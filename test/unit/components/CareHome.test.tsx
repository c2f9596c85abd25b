import { fireEvent, render, screen, within } from '@testing-library/react'
import { CareHome, type HelpContact } from '@/features/care/components/CareHome'
import { strictConsole } from '../support/strict'

strictConsole()

const everyone: HelpContact[] = [
  { kind: 'steward', label: '给红管家打电话', detail: '楼道红管家 王红梅' },
  { kind: 'gridLeader', label: '给网格长打电话', detail: '微网格长 李建国' },
  { kind: 'community', label: '打社区服务电话', detail: '杨家门社区服务站' },
]

function setup(props: { stewardName?: string | null; contacts?: HelpContact[] } = {}) {
  const onCall = jest.fn()
  render(
    <CareHome
      greeting='早上好，陈阿婆'
      address='杨家门社区 · 杨柳郡 · 3幢'
      stewardName={props.stewardName === undefined ? '王红梅' : props.stewardName}
      contacts={props.contacts ?? everyone}
      calling={null}
      onCall={onCall}
    />,
  )
  return { onCall }
}

const big = (name: RegExp) => screen.getByRole('button', { name })

describe('CareHome', () => {
  it('has exactly three big buttons, each saying what it does', () => {
    setup()
    expect(screen.getAllByRole('button').map((b) => b.querySelector('.tx-big-button__label')?.textContent)).toEqual([
      '给红管家打电话',
      '求助',
      '今日公告',
    ])
  })

  it('calls the steward with one tap', () => {
    const { onCall } = setup()
    fireEvent.click(big(/^给红管家打电话 楼道红管家 王红梅$/))
    expect(onCall).toHaveBeenCalledWith('steward')
  })

  it('offers the steward, the micro-grid leader and the community phone under 求助, with the emergency numbers', () => {
    const { onCall } = setup()
    const help = big(/^求助/)
    expect(help.getAttribute('aria-expanded')).toBe('false')

    fireEvent.click(help)
    const panel = screen.getByRole('region', { name: '求助' })
    expect(within(panel).getAllByRole('button').map((b) => b.textContent)).toEqual([
      '给红管家打电话楼道红管家 王红梅',
      '给网格长打电话微网格长 李建国',
      '打社区服务电话杨家门社区服务站',
    ])
    expect(within(panel).getByText(/110（报警）或 120（急救）/)).toBeTruthy()

    fireEvent.click(within(panel).getByRole('button', { name: /网格长/ }))
    fireEvent.click(within(panel).getByRole('button', { name: /社区服务电话/ }))
    expect(onCall.mock.calls).toEqual([['gridLeader'], ['community']])

    fireEvent.click(help)
    expect(screen.queryByRole('region', { name: '求助' })).toBeNull()
  })

  it('without a steward, the first button leads to the others who can help instead of doing nothing', () => {
    const { onCall } = setup({ stewardName: null, contacts: everyone.slice(1) })
    fireEvent.click(big(/^给红管家打电话/))
    expect(onCall).not.toHaveBeenCalled()
    expect(screen.getByRole('region', { name: '求助' })).toBeTruthy()
  })

  it('says plainly when there is nobody to call', () => {
    setup({ stewardName: null, contacts: [] })
    fireEvent.click(big(/^求助/))
    expect(screen.getByText('暂时没有可以联系的人，请到社区服务站求助。')).toBeTruthy()
  })

  it("shows today's notices as an honest empty state until bulletins exist", () => {
    setup()
    fireEvent.click(big(/^今日公告/))
    const panel = screen.getByRole('region', { name: '今日公告' })
    expect(within(panel).getByText('今天没有新公告')).toBeTruthy()
  })
})
