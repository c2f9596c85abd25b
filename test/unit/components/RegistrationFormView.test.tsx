import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { FakeApi, FakePlatform, MemoryStorage } from '@/adapters/fakes'
import { RegistrationFormView } from '@/features/registration/components/RegistrationFormView'
import { registrationRepository } from '@/features/registration/registration-repository'
import { RegistrationStore } from '@/features/registration/stores/registration-store'
import { withPlaces } from '../support/fixtures'
import { strictConsole } from '../support/strict'
import { wechatButtons } from '../stand-ins/components'

strictConsole()

const NOW = new Date('2026-11-26T04:00:00.000Z')

async function setup(opts: { mode?: 'self' | 'staff'; wechat?: boolean } = {}) {
  const api = withPlaces(new FakeApi())
    .on('myRegistration', () => ({ registration: null }))
    .on('wechatPhoneNumber', () => ({ phone: '13900000003' }))
  const store = new RegistrationStore(registrationRepository(api), new MemoryStorage(), new FakePlatform(), {
    userId: () => 'u-new',
    hasHome: () => false,
    now: () => NOW,
    onApproved: jest.fn(),
  })
  await act(() => store.openForm())
  const onSubmit = jest.fn(() => void store.submit())
  const onOpenPrivacy = jest.fn()
  render(
    <RegistrationFormView
      form={store.form}
      mode={opts.mode ?? 'self'}
      canUseWechatPhone={opts.wechat ?? false}
      onWechatPhone={(code) => void store.fillPhoneFromWechat(code)}
      submitting={store.submitting}
      error={store.submitError}
      onSubmit={onSubmit}
      onOpenPrivacy={onOpenPrivacy}
    />,
  )
  await screen.findByRole('option', { name: '东兴社区' })
  return { api, store, onSubmit, onOpenPrivacy }
}

const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } })
const choose = (label: string, index: number) => fireEvent.change(screen.getByLabelText(label), { target: { value: String(index) } })

describe('RegistrationFormView', () => {
  it('shows the shared rules as the person types, and only for what they touched', async () => {
    await setup()
    expect(screen.queryAllByRole('alert')).toEqual([])

    type('姓名', '李')
    expect(screen.getByRole('alert').textContent).toBe('姓名至少2个字。')

    type('姓名', '李四')
    type('手机号', '1390')
    expect(screen.getAllByRole('alert').map((a) => a.textContent)).toEqual(['请填写11位手机号。'])
  })

  it('chooses community, then compound by search, then building and room from its layout', async () => {
    const { store } = await setup()

    choose('所在社区', 0)
    const compounds = await screen.findByRole('listbox', { name: '小区' })
    expect(within(compounds).getAllByRole('option').map((o) => o.textContent)).toEqual(['杨柳郡', '梧桐苑'])
    fireEvent.click(within(compounds).getByRole('option', { name: '杨柳郡' }))
    expect(within(compounds).getByRole('option', { name: '✓ 杨柳郡' }).getAttribute('aria-selected')).toBe('true')

    await waitFor(() => expect(screen.getAllByRole('option', { name: '5幢' })).toHaveLength(1))
    choose('楼栋', 0)
    expect(screen.getByText('请选择房号')).toBeTruthy()
    choose('房号第1列', 1)
    expect(screen.getByText('2单元101')).toBeTruthy()
    choose('房号第2列', 5)
    choose('房号第3列', 1)

    expect(store.form.room).toBe('2单元602')
    expect(store.form.places.building?.name).toBe('3幢')
  })

  it('adds and removes household members by relation only', async () => {
    const { store } = await setup()
    fireEvent.click(screen.getByRole('button', { name: '添加同住家人' }))
    fireEvent.click(screen.getByRole('button', { name: '添加同住家人' }))
    choose('第1位家人与您的关系', 0)
    choose('第2位家人与您的关系', 1)
    expect(store.form.household).toEqual(['配偶', '子女'])

    fireEvent.click(screen.getByRole('button', { name: '删除第1位家人' }))
    expect(store.form.household).toEqual(['子女'])
    expect(screen.queryByLabelText('第2位家人与您的关系')).toBeNull()
  })

  it('ticks consent from the row but opens the notice from its link', async () => {
    const { store, onOpenPrivacy } = await setup()
    const consent = screen.getByRole('checkbox', { name: '同意隐私保护指引' })

    fireEvent.click(screen.getByText('《同心社区隐私保护指引》'))
    expect(onOpenPrivacy).toHaveBeenCalledTimes(1)
    expect(consent.getAttribute('aria-checked')).toBe('false')

    fireEvent.click(consent)
    expect(store.form.consent).toBe(true)
  })

  it('on submit with gaps, shows every error and does not send', async () => {
    const { api, onSubmit } = await setup()
    fireEvent.click(screen.getByRole('button', { name: '提交登记' }))

    expect(onSubmit).toHaveBeenCalledTimes(1)
    await waitFor(() => expect(screen.getAllByRole('alert').length).toBeGreaterThan(3))
    expect(screen.getAllByRole('alert').map((a) => a.textContent)).toContain('请先阅读并同意隐私保护指引。')
    expect(api.calls.some((c) => c.name === 'submitResidentRegistration')).toBe(false)
  })

  it("offers WeChat's phone button in the mini-program and fills the phone from it", async () => {
    wechatButtons.phoneCode = 'code-1'
    const { store } = await setup({ wechat: true })
    fireEvent.click(screen.getByRole('button', { name: '使用微信绑定的手机号' }))
    await waitFor(() => expect(store.form.phone).toBe('13900000003'))
  })

  it('speaks of the resident, not of "me", when staff fill it in, and offers no WeChat phone', async () => {
    await setup({ mode: 'staff', wechat: true })
    expect(screen.getByText('居民信息')).toBeTruthy()
    expect(screen.getByText('居民本人已知晓并同意')).toBeTruthy()
    expect(screen.getByRole('button', { name: '完成登记' })).toBeTruthy()
    expect(screen.queryByRole('button', { name: '使用微信绑定的手机号' })).toBeNull()
  })
})
