import { isMobilePhone, maskPhone, normalizePhone } from '@/domain/phone'

describe('isMobilePhone', () => {
  it.each(['13900000001', '15012345678', '19987654321', '18800000000'])('accepts the mainland mobile %s', (phone) => {
    expect(isMobilePhone(phone)).toBe(true)
  })

  it.each([
    ['too short', '1390000000'],
    ['too long', '139000000012'],
    ['second digit 2', '12900000001'],
    ['second digit 0', '10900000001'],
    ['not starting with 1', '23900000001'],
    ['a country code', '+8613900000001'],
    ['spaces not yet stripped', '139 0000 0001'],
    ['letters', '1390000000a'],
    ['empty', ''],
  ])('rejects %s', (_why, phone) => {
    expect(isMobilePhone(phone)).toBe(false)
  })
})

describe('normalizePhone', () => {
  it('strips the spaces and dashes people type between groups', () => {
    expect(normalizePhone('139 0000-0001')).toBe('13900000001')
    expect(normalizePhone(' 139\t0000 0001 ')).toBe('13900000001')
  })

  it('keeps other characters so validation can still reject them', () => {
    expect(normalizePhone('+86 139')).toBe('+86139')
  })

  it('makes a grouped number valid', () => {
    expect(isMobilePhone('139-0000-0001')).toBe(false)
    expect(isMobilePhone(normalizePhone('139-0000-0001'))).toBe(true)
  })
})

describe('maskPhone', () => {
  it('shows the first three and last four digits of a mobile number', () => {
    expect(maskPhone('13900000004')).toBe('139****0004')
    expect(maskPhone('15812345678')).toBe('158****5678')
  })

  it('masks a number typed with separators the same way', () => {
    expect(maskPhone('139 0000-0004')).toBe('139****0004')
  })

  it('never contains the middle four digits', () => {
    const masked = maskPhone('13912345678')
    expect(masked).not.toContain('1234')
    expect(masked).toHaveLength(11)
  })

  it.each([null, undefined, ''])('gives an empty string for %p', (phone) => {
    expect(maskPhone(phone)).toBe('')
  })

  it.each(['12345', '1234567', '12345678', '1234567890'])('hides every digit of the short number %s', (phone) => {
    const masked = maskPhone(phone)
    expect(masked).toHaveLength(phone.length)
    expect(masked).toMatch(/^\*+$/)
  })
})
