import { taroHttp } from '@/adapters/http'
import { taroPlatform } from '@/adapters/platform'
import { taroStorage } from '@/adapters/storage'
import { onRequest, resetTaro, setLoginCode, taroLog } from '../stand-ins/taro'
import Taro from '../stand-ins/taro'

const originalEnv = process.env.TARO_ENV

beforeEach(() => resetTaro())
afterEach(() => {
  process.env.TARO_ENV = originalEnv
})

describe('taroHttp', () => {
  it('sends method, url, headers and body through Taro.request, with a timeout', async () => {
    onRequest(() => ({ statusCode: 200, data: { result: 1 } }))

    const res = await taroHttp({ method: 'POST', url: 'https://x/parse/functions/me', headers: { 'X-Parse-Application-Id': 'a' }, body: { k: 1 } })

    expect(res).toEqual({ status: 200, data: { result: 1 } })
    expect(taroLog.requests).toHaveLength(1)
    const sent = taroLog.requests[0]
    expect(sent).toMatchObject({ method: 'POST', url: 'https://x/parse/functions/me', header: { 'X-Parse-Application-Id': 'a' }, data: { k: 1 } })
    expect(sent.timeout).toBeGreaterThan(0)
  })

  it('hands error statuses back rather than throwing, so the Parse error body can be read', async () => {
    onRequest(() => ({ statusCode: 400, data: { code: 209, error: 'Invalid session token' } }))

    await expect(taroHttp({ method: 'POST', url: 'u', headers: {} })).resolves.toEqual({
      status: 400,
      data: { code: 209, error: 'Invalid session token' },
    })
  })

  it('lets a transport failure reject', async () => {
    await expect(taroHttp({ method: 'GET', url: 'u', headers: {} })).rejects.toThrow()
  })
})

describe('taroStorage', () => {
  it('keeps and removes strings', () => {
    taroStorage.set('k', 'v')
    expect(taroStorage.get('k')).toBe('v')
    taroStorage.remove('k')
    expect(taroStorage.get('k')).toBeNull()
  })

  it("reads WeChat's empty string for a missing key as nothing", () => {
    expect(Taro.getStorageSync('missing')).toBe('')
    expect(taroStorage.get('missing')).toBeNull()
  })

  it('treats a value some other code stored as a non-string as nothing', () => {
    Taro.setStorageSync('k', { token: 'x' })
    expect(taroStorage.get('k')).toBeNull()
  })
})

describe('taroPlatform', () => {
  it('in the mini-program, signs in with wx.login and dials with wx.makePhoneCall', async () => {
    process.env.TARO_ENV = 'weapp'
    setLoginCode('wx-code-9')
    const platform = taroPlatform()

    expect(platform.name).toBe('weapp')
    await expect(platform.wechatLoginCode()).resolves.toBe('wx-code-9')
    await platform.makePhoneCall('13900000004')
    expect(taroLog.phoneCalls).toEqual(['13900000004'])
  })

  it('in the browser, refuses WeChat login', async () => {
    process.env.TARO_ENV = 'h5'
    const platform = taroPlatform()

    expect(platform.name).toBe('h5')
    await expect(platform.wechatLoginCode()).rejects.toThrow()
  })

  it('shows toasts with the kind as the icon', () => {
    const platform = taroPlatform()

    platform.toast('已保存', 'success')
    platform.toast('请稍后再试。')

    expect(taroLog.toasts.map((t) => [t.title, t.icon])).toEqual([
      ['已保存', 'success'],
      ['请稍后再试。', 'none'],
    ])
  })
})
