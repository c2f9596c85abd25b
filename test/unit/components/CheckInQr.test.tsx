import { render, screen, within } from '@testing-library/react'
import { checkInQr } from '@/domain/activity'
import { qrMatrix } from '@/domain/qr'
import { CheckInQr } from '@/features/activities/components/CheckInQr'
import { strictConsole } from '../support/strict'

strictConsole()

describe('CheckInQr', () => {
  it('draws one row per module row (with the quiet zone) and one dark cell per dark module', () => {
    const payload = checkInQr('Xk3pQ9aBcD', 'ABCD2345')
    const m = qrMatrix(payload)
    const dark = m.rows.flat().filter(Boolean).length
    const { container } = render(<CheckInQr payload={payload} />)
    const img = screen.getByRole('img', { name: '签到二维码' })
    const rows = img.querySelectorAll(':scope > .tx-act-qr__row')
    expect(rows).toHaveLength(m.size + 8)
    rows.forEach((row) => expect(row.querySelectorAll('.tx-act-qr__cell')).toHaveLength(m.size + 8))
    expect(within(img).queryAllByText(/./)).toHaveLength(0)
    expect(container.querySelectorAll('.tx-act-qr__cell--dark')).toHaveLength(dark)
    // the first quiet row is all light; the first symbol row starts with the finder's 7 dark modules
    expect(rows[0].querySelectorAll('.tx-act-qr__cell--dark')).toHaveLength(0)
    const firstSymbolRow = Array.from(rows[4].children).map((c) => c.classList.contains('tx-act-qr__cell--dark'))
    expect(firstSymbolRow.slice(0, 12)).toEqual([false, false, false, false, true, true, true, true, true, true, true, false])
  })

  it('redraws when the code of the minute changes', () => {
    const a = checkInQr('a1', 'AAAA2222')
    const b = checkInQr('a1', 'BBBB3333')
    const { container, rerender } = render(<CheckInQr payload={a} />)
    const before = Array.from(container.querySelectorAll('.tx-act-qr__cell')).map((c) => c.className).join()
    rerender(<CheckInQr payload={b} />)
    const after = Array.from(container.querySelectorAll('.tx-act-qr__cell')).map((c) => c.className).join()
    expect(after).not.toBe(before)
    expect(container.querySelectorAll('.tx-act-qr__cell--dark')).toHaveLength(qrMatrix(b).rows.flat().filter(Boolean).length)
  })
})
