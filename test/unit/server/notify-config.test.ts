/**
 * @jest-environment node
 */
import { ConfigError, loadConfig } from '@server/config'

const base = { MASTER_KEY: 'k', DATA_DIR: '/tmp/tongxin-config-test' }

describe('notification configuration', () => {
  it('keeps subscription messages in the outbox in demo mode, with demo template ids', () => {
    const c = loadConfig({ ...base, DEMO: 'on' })
    expect(c.subscribeSend).toBe('outbox')
    expect(c.wxTemplates.helpUpdate).toEqual({ id: 'demo-helpUpdate', fields: { title: 'thing1', body: 'thing2', time: 'time3' } })
    expect(c.wxMiniprogramState).toBe('formal')
  })

  it('sends to WeChat outside demo mode, with only the configured templates', () => {
    const c = loadConfig({ ...base, DEMO: 'off', WX_TEMPLATES: '{"urgentNotice":"T1"}', WX_MINIPROGRAM_STATE: 'trial' })
    expect(c.subscribeSend).toBe('wechat')
    expect(Object.keys(c.wxTemplates)).toEqual(['urgentNotice'])
    expect(c.wxMiniprogramState).toBe('trial')
  })

  it('always sends in production, whatever WX_SUBSCRIBE_SEND says', () => {
    const c = loadConfig({ ...base, NODE_ENV: 'production', DATABASE_URI: 'postgres://x/y', WX_SUBSCRIBE_SEND: 'outbox' })
    expect(c.subscribeSend).toBe('wechat')
    expect(c.wxTemplates).toEqual({})
  })

  it('lets a demo server send to WeChat (tests against the stub)', () => {
    expect(loadConfig({ ...base, DEMO: 'on', WX_SUBSCRIBE_SEND: 'wechat' }).subscribeSend).toBe('wechat')
  })

  it.each([
    [{ WX_TEMPLATES: '{oops' }, 'WX_TEMPLATES is not JSON'],
    [{ WX_TEMPLATES: '{"nope":"T"}' }, 'unknown kind nope'],
    [{ WX_SUBSCRIBE_SEND: 'email' }, 'WX_SUBSCRIBE_SEND must be outbox or wechat'],
    [{ WX_MINIPROGRAM_STATE: 'beta' }, 'WX_MINIPROGRAM_STATE must be'],
  ])('refuses to start with %p', (env, message) => {
    expect(() => loadConfig({ ...base, ...env })).toThrow(ConfigError)
    expect(() => loadConfig({ ...base, ...env })).toThrow(message)
  })
})
