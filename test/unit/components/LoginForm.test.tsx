import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { FakeApi, FakePlatform, MemoryStorage } from '@/adapters/fakes'
import { withSessionExpiry } from '@/adapters/session-guard'
import type { PlatformPort } from '@/adapters/ports'
import { LoginForm } from '@/features/session/components/LoginForm'
import { SESSION_KEY, SessionStore } from '@/features/session/stores/session-store'
import { sessionRepository } from '@/features/session/session-repository'
import { aMe } from '../support/fixtures'
import { deferred } from '../support/deferred'
import { weappPlatform } from '../support/platforms'
import { strictConsole } from '../support/strict'

strictConsole()

const CONSENT_HINT = '请先阅读并同意隐私保护指引。'

function setup(opts: { api?: FakeApi; platform?: PlatformPort; demo?: boolean } = {}) {
  const api = opts.api ?? new FakeApi().on('demoLogin', ({ phone }) => ({ sessionToken: `r:${phone}` })).on('me', () => aMe())
  const storage = new MemoryStorage()
  const store: SessionStore = new SessionStore(sessionRepository(withSessionExpiry(api, () => store.sessionExpired())), storage, opts.platform ?? new FakePlatform())
  const onSignedIn = jest.fn()
  const onOpenPrivacy = jest.fn()
  render(<LoginForm store={store} demo={opts.demo ?? true} onSignedIn={onSignedIn} onOpenPrivacy={onOpenPrivacy} />)
  return { api, storage, store, onSignedIn, onOpenPrivacy }
}

const phoneInput = () => screen.getByLabelText('手机号')
const consent = () => screen.getByRole('checkbox')
const typePhone = (value: string) => fireEvent.change(phoneInput(), { target: { value } })
const submit = () => fireEvent.click(screen.getByRole('button', { name: '登录' }))

describe('LoginForm', () => {
  it('asks for consent first and does not call the server without it', async () => {
    const { api, onSignedIn } = setup()

    typePhone('13900000001')
    submit()

    expect(await screen.findByText(CONSENT_HINT)).toBeTruthy()
    expect(screen.getByRole('alert').textContent).toBe(CONSENT_HINT)
    expect(api.calls).toHaveLength(0)
    expect(onSignedIn).not.toHaveBeenCalled()
  })

  it('ticks the consent box and drops the hint', async () => {
    setup()
    expect(consent().getAttribute('aria-checked')).toBe('false')
    submit()
    await screen.findByText(CONSENT_HINT)

    fireEvent.click(consent())

    expect(consent().getAttribute('aria-checked')).toBe('true')
    expect(screen.queryByText(CONSENT_HINT)).toBeNull()
    fireEvent.click(consent())
    expect(consent().getAttribute('aria-checked')).toBe('false')
  })

  it('opens the privacy notice from the link without ticking the box', () => {
    const { onOpenPrivacy } = setup()

    fireEvent.click(screen.getByText('《同心社区隐私保护指引》'))

    expect(onOpenPrivacy).toHaveBeenCalledTimes(1)
    expect(consent().getAttribute('aria-checked')).toBe('false')
  })

  it('says an invalid phone needs 11 digits, without calling the server', async () => {
    const { api, onSignedIn } = setup()
    fireEvent.click(consent())

    typePhone('1390000')
    submit()

    expect(await screen.findByText('请输入11位手机号。')).toBeTruthy()
    expect(api.calls).toHaveLength(0)
    expect(onSignedIn).not.toHaveBeenCalled()
  })

  it('signs in with the typed phone and reports success', async () => {
    const { api, storage, onSignedIn } = setup()
    fireEvent.click(consent())

    typePhone('139 0000 0001')
    expect((phoneInput() as HTMLInputElement).value).toBe('139 0000 0001')
    submit()

    await waitFor(() => expect(onSignedIn).toHaveBeenCalledTimes(1))
    expect(api.calls[0]).toMatchObject({ name: 'demoLogin', params: { phone: '13900000001' } })
    expect(storage.get(SESSION_KEY)).toBe('r:13900000001')
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it("shows the server's message when it refuses", async () => {
    const api = new FakeApi().failWith('demoLogin', 141, '该手机号不是演示账号。')
    const { onSignedIn } = setup({ api })
    fireEvent.click(consent())

    typePhone('13900000099')
    submit()

    expect(await screen.findByText('该手机号不是演示账号。')).toBeTruthy()
    expect(onSignedIn).not.toHaveBeenCalled()
  })

  it('ignores a second tap while signing in', async () => {
    const token = deferred<{ sessionToken: string }>()
    const api = new FakeApi().on('demoLogin', () => token.promise).on('me', () => aMe())
    const { onSignedIn } = setup({ api })
    fireEvent.click(consent())
    typePhone('13900000001')

    submit()
    await waitFor(() => expect(screen.getByRole('button', { name: '登录' })).toHaveProperty('disabled', true))
    submit()
    token.resolve({ sessionToken: 'r:1' })

    await waitFor(() => expect(onSignedIn).toHaveBeenCalledTimes(1))
    expect(api.calls.filter((c) => c.name === 'demoLogin')).toHaveLength(1)
  })

  it('offers WeChat login only in the mini-program', async () => {
    setup()
    expect(screen.queryByRole('button', { name: '微信一键登录' })).toBeNull()
  })

  it('signs in with WeChat in the mini-program, without the demo form', async () => {
    const platform = weappPlatform()
    platform.base.loginCode = 'wx-code-1'
    const api = new FakeApi().on('wechatLogin', ({ code }) => ({ sessionToken: `r:${code}`, isNew: false })).on('me', () => aMe())
    const { storage, onSignedIn } = setup({ api, platform, demo: false })
    expect(screen.queryByLabelText('手机号')).toBeNull()

    fireEvent.click(consent())
    fireEvent.click(screen.getByRole('button', { name: '微信一键登录' }))

    await waitFor(() => expect(onSignedIn).toHaveBeenCalledTimes(1))
    expect(storage.get(SESSION_KEY)).toBe('r:wx-code-1')
  })
})
