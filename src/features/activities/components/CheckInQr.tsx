import { View } from '@tarojs/components'
import { useMemo } from 'react'
import { qrCellPx, qrMatrix, withQuietZone } from '@/domain/qr'

/**
 * The check-in QR code on the organiser's phone, drawn with plain Views (one View per module row,
 * one per module) so it looks the same in the mini-program and on H5 without a canvas. Whole-pixel
 * modules, about 240 px wide including the 4-module quiet zone, scan well from another phone.
 */
export function CheckInQr({ payload, sizePx = 240 }: { payload: string; sizePx?: number }) {
  const grid = useMemo(() => withQuietZone(qrMatrix(payload)), [payload])
  const cell = qrCellPx(grid.length, sizePx)
  const px = `${cell}px`
  return (
    <View className='tx-act-qr' role='img' aria-label='签到二维码' style={{ width: `${cell * grid.length}px` }}>
      {grid.map((row, r) => (
        <View key={r} className='tx-act-qr__row' style={{ height: px }}>
          {row.map((dark, c) => (
            <View key={c} className={dark ? 'tx-act-qr__cell tx-act-qr__cell--dark' : 'tx-act-qr__cell'} style={{ width: px, height: px }} />
          ))}
        </View>
      ))}
    </View>
  )
}
