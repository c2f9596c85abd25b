/**
 * @jest-environment node
 */
import { allowedTypes, sniffType, tooLargeMessage, UPLOAD_LIMITS, wrongTypeMessage } from '@/domain/uploads'
import { validateDraft } from '@/domain/notice'

const bytes = (...b: number[]) => Uint8Array.from([...b, ...Array(16).fill(0)])

describe('upload rules', () => {
  it('knows a file by its first bytes, not by what it is called', () => {
    expect(sniffType(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe('image/jpeg')
    expect(sniffType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a))).toBe('image/png')
    expect(sniffType(bytes(0x47, 0x49, 0x46, 0x38, 0x39, 0x61))).toBe('image/gif')
    expect(sniffType(Uint8Array.from([0x52, 0x49, 0x46, 0x46, 0, 0, 0, 0, 0x57, 0x45, 0x42, 0x50]))).toBe('image/webp')
    expect(sniffType(new TextEncoder().encode('%PDF-1.7\n'))).toBe('application/pdf')
    expect(sniffType(new TextEncoder().encode('<svg onload=alert(1)>'))).toBeNull()
    expect(sniffType(new TextEncoder().encode('<html>'))).toBeNull()
  })

  it('allows PDF for welfare applications only', () => {
    expect(allowedTypes('welfare')).toContain('application/pdf')
    expect(allowedTypes('notice')).not.toContain('application/pdf')
    expect(wrongTypeMessage('application/pdf', 'problem')).toBe('只能上传图片（JPG、PNG、WebP、GIF）。')
    expect(wrongTypeMessage('image/png', 'problem')).toBeNull()
    expect(wrongTypeMessage('image/svg+xml', 'welfare')).toMatch(/PDF/)
  })

  it('sizes by purpose, and says the limit in the sentence', () => {
    expect(tooLargeMessage(UPLOAD_LIMITS.stewardPhoto, 'stewardPhoto')).toBeNull()
    expect(tooLargeMessage(UPLOAD_LIMITS.stewardPhoto + 1, 'stewardPhoto')).toBe('图片不能超过1MB，请换一张或压缩后再试。')
    expect(tooLargeMessage(4 * 1024 * 1024, 'welfare')).toBeNull()
    expect(tooLargeMessage(4 * 1024 * 1024, 'notice')).toBe('图片不能超过2MB，请换一张或压缩后再试。')
    expect(tooLargeMessage(6 * 1024 * 1024, 'welfare')).toBe('文件不能超过5MB，请换一个或压缩后再试。')
  })
})

describe('notice drafts', () => {
  it('lets anything be missing, but not be wrong', () => {
    expect(validateDraft({})).toEqual({ ok: true, value: {} })
    expect(validateDraft({ title: ' 停水 ', body: '' })).toEqual({ ok: true, value: { title: '停水' } })
    const long = validateDraft({ title: '很'.repeat(41) })
    expect(long.ok).toBe(false)
    expect(!long.ok && long.first).toBe('标题最多40个字。')
    const cat = validateDraft({ category: '八卦' })
    expect(!cat.ok && cat.first).toBe('请选择公告类别。')
    const dates = validateDraft({ effectiveFrom: '2026-12-10T00:00:00+08:00', expiresAt: '2026-12-01T00:00:00+08:00' })
    expect(!dates.ok && dates.first).toBe('过期时间必须晚于生效时间。')
  })

  it('is the notice itself when complete', () => {
    const full = validateDraft({ scope: 'building', targetId: 'b1', title: '停水', body: '明天停水', category: '停水停电' })
    expect(full).toMatchObject({ ok: true, value: { scope: 'building', title: '停水', category: '停水停电', pinned: false } })
  })
})
