import { Image, Text, View } from '@tarojs/components'
import type { UploadRef } from '@contract/domain'
import { PDF_TYPE, sizeLabel } from '@/domain/uploads'
import './welfare.css'

/** An application's attachments for its author and reviewers: pictures shown, PDFs named with their size and opened on a tap. */
export function Attachments({ items, onOpenDocument }: { items: UploadRef[]; onOpenDocument?: (url: string) => void }) {
  if (!items.length) return null
  return (
    <View className='tx-card' role='list' aria-label='申请附件'>
      <Text className='tx-card__title'>{`附件（${items.length}个）`}</Text>
      {items.map((a, i) =>
        a.contentType === PDF_TYPE ? (
          <View key={a.id} className='tx-welfare__row' role='listitem' aria-label={`附件${i + 1}：PDF文件`} onClick={() => onOpenDocument?.(a.url)}>
            <Text>{onOpenDocument ? `PDF文件 ${i + 1}（点击打开）` : `PDF文件 ${i + 1}`}</Text>
            <Text className='tx-muted'>{sizeLabel(a.size)}</Text>
          </View>
        ) : (
          <View key={a.id} role='listitem' aria-label={`附件${i + 1}：图片`}>
            <Image src={a.url} mode='widthFix' className='tx-welfare__attachment' />
          </View>
        ),
      )}
    </View>
  )
}
