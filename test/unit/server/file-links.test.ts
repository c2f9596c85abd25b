import { FILE_LINK_TTL_MS, FileLinks } from '@server/http/file-access'

const links = new FileLinks({ appId: 'tongxin', masterKey: 'k'.repeat(32), publicServerUrl: 'https://tx.example.cn/parse' })
const NAME = `${'a'.repeat(32)}_notice-0123abcd.png`
const STORED = `http://localhost:1337/parse/files/tongxin/${NAME}`
const AT = new Date('2026-07-01T02:01:00Z')

describe('signed file links', () => {
  it('signs with an expiry at least an hour ahead, rounded so links stay stable for a while', () => {
    const url = new URL(links.sign(NAME, AT))
    expect(`${url.origin}${url.pathname}`).toBe(`https://tx.example.cn/parse/files/tongxin/${NAME}`)
    const exp = Number(url.searchParams.get('exp')) * 1000
    expect(exp - AT.getTime()).toBeGreaterThanOrEqual(FILE_LINK_TTL_MS)
    expect(exp - AT.getTime()).toBeLessThan(FILE_LINK_TTL_MS + 15 * 60_000)
    expect(links.sign(NAME, new Date(AT.getTime() + 60_000))).toBe(links.sign(NAME, AT))
  })

  it('accepts its own signature until the expiry, and nothing else', () => {
    const q = new URL(links.sign(NAME, AT)).searchParams
    const [exp, sig] = [q.get('exp')!, q.get('sig')!]
    expect(links.check(NAME, exp, sig, AT)).toBe('ok')
    expect(links.check(NAME, exp, sig, new Date(Number(exp) * 1000))).toBe('expired')
    expect(links.check(NAME.replace('notice', 'problem'), exp, sig, AT)).toBe('bad')
    expect(links.check(NAME, String(Number(exp) + 900), sig, AT)).toBe('bad')
    expect(links.check(NAME, exp, undefined, AT)).toBe('bad')
    expect(links.check(NAME, [exp], sig, AT)).toBe('bad')
    const other = new FileLinks({ appId: 'tongxin', masterKey: 'x'.repeat(32), publicServerUrl: 'https://tx.example.cn/parse' })
    expect(other.check(NAME, exp, sig, AT)).toBe('bad')
  })

  it('signs stored upload links under url and photoUrl only, whatever address they were stored with', () => {
    const answer = {
      images: [{ id: 'a', url: STORED }],
      steward: { photoUrl: STORED, intro: STORED },
      body: STORED,
      link: { url: 'https://example.gov.cn/a' },
      other: { url: 'http://localhost:1337/parse/files/otherapp/' + NAME },
      odd: { url: `http://localhost:1337/parse/files/tongxin/evil.html` },
    }
    const signed = links.signAll(answer, AT) as typeof answer
    expect(signed.images[0].url).toBe(links.sign(NAME, AT))
    expect(signed.steward.photoUrl).toBe(links.sign(NAME, AT))
    // Text people typed is never turned into a link that opens a file.
    expect(signed.steward.intro).toBe(STORED)
    expect(signed.body).toBe(STORED)
    expect(signed.link.url).toBe('https://example.gov.cn/a')
    expect(signed.other.url).toBe(answer.other.url)
    expect(signed.odd.url).toBe(answer.odd.url)
  })
})
