/** The WeChat auth adapter accepts only openids the server itself vouched for, and only briefly. */
import { makeAssertion, verifyAssertion, wxminiAdapter } from '@server/auth/wxmini-adapter'

const SECRET = 'test-master-key'
const NOW = 1_800_000_000_000

describe('wxmini assertions', () => {
  it('accepts a fresh assertion for the same id', () => {
    expect(verifyAssertion(SECRET, { id: 'o1', assertion: makeAssertion(SECRET, 'o1', NOW) }, NOW + 1000)).toBe(true)
  })

  it('refuses it for another id, another secret, after a minute, or tampered', () => {
    const assertion = makeAssertion(SECRET, 'o1', NOW)
    expect(verifyAssertion(SECRET, { id: 'o2', assertion }, NOW)).toBe(false)
    expect(verifyAssertion('other-key', { id: 'o1', assertion }, NOW)).toBe(false)
    expect(verifyAssertion(SECRET, { id: 'o1', assertion }, NOW + 61_000)).toBe(false)
    const [expires, mac] = assertion.split('.')
    expect(verifyAssertion(SECRET, { id: 'o1', assertion: `${Number(expires) + 600_000}.${mac}` }, NOW)).toBe(false)
    expect(verifyAssertion(SECRET, { id: 'o1', assertion: `${expires}.${mac.slice(0, -1)}A` }, NOW)).toBe(false)
  })

  it('refuses malformed authData', () => {
    expect(verifyAssertion(SECRET, {}, NOW)).toBe(false)
    expect(verifyAssertion(SECRET, { id: 'o1' }, NOW)).toBe(false)
    expect(verifyAssertion(SECRET, { id: 'o1', assertion: 'nonsense' }, NOW)).toBe(false)
  })

  it('the adapter rejects what verifyAssertion refuses', async () => {
    const adapter = wxminiAdapter(SECRET)
    await expect(adapter.validateAuthData({ id: 'o1', assertion: makeAssertion(SECRET, 'o1') })).resolves.toBeUndefined()
    await expect(adapter.validateAuthData({ id: 'o1', assertion: '1.x' })).rejects.toThrow(/invalid/)
  })
})
