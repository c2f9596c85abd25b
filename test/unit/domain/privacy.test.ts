import { PRIVACY_SECTIONS } from '@/domain/privacy'

const CHINESE = /[\u4e00-\u9fa5]/

describe('PRIVACY_SECTIONS', () => {
  it('has sections', () => {
    expect(PRIVACY_SECTIONS.length).toBeGreaterThan(0)
  })

  it.each(PRIVACY_SECTIONS.map((s, i) => [i, s.title, s.body] as const))('section %i has a Chinese title and body', (_i, title, body) => {
    expect(title.trim()).not.toBe('')
    expect(body.trim()).not.toBe('')
    expect(title).toMatch(CHINESE)
    expect(body).toMatch(CHINESE)
  })

  it('has no two sections with the same title', () => {
    const titles = PRIVACY_SECTIONS.map((s) => s.title)
    expect(new Set(titles).size).toBe(titles.length)
  })

  it('tells residents what is collected, who sees it, and what they may do about it', () => {
    const text = PRIVACY_SECTIONS.map((s) => s.title + s.body).join('')
    // PIPL asks for these; the phone number is the most sensitive field the app keeps.
    for (const word of ['手机号', '楼道红管家', '删除']) expect(text).toContain(word)
  })
})
