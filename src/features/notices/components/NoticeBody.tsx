import { Text, View } from '@tarojs/components'
import { bodySegments } from '@/domain/notice'
import './notice-detail.css'

export interface NoticeBodyProps {
  body: string
  onOpenLink: (url: string) => void
}

/** A notice body as text, line breaks and links; nothing in it is ever run or read as markup. */
export function NoticeBody({ body, onOpenLink }: NoticeBodyProps) {
  return (
    <View className='tx-notice-body'>
      {bodySegments(body).map((s, i) =>
        s.kind === 'break' ? (
          <View key={i} className='tx-notice-body__break' />
        ) : s.kind === 'link' ? (
          <Text key={i} className='tx-link tx-notice-body__link' onClick={() => onOpenLink(s.url)}>
            {s.url}
          </Text>
        ) : (
          <Text key={i} userSelect>
            {s.text}
          </Text>
        ),
      )}
    </View>
  )
}
