import { Image, Text, View } from '@tarojs/components'
import type { NoticeImage } from '@contract/domain'
import './notice-detail.css'

export interface NoticeImagesProps {
  images: NoticeImage[]
  /** Opens an image full screen (wx.previewImage). */
  onPreview?: (url: string, all: string[]) => void
  /** In the form: each image gets 删除, and a tile adds more. */
  onRemove?: (id: string) => void
  onAdd?: () => void
  adding?: boolean
}

/** A notice's images as a grid; in the form, with 删除 on each and an 添加图片 tile. */
export function NoticeImages({ images, onPreview, onRemove, onAdd, adding }: NoticeImagesProps) {
  if (!images.length && !onAdd) return null
  const urls = images.map((i) => i.url)
  return (
    <View className='tx-notice-images' role='list' aria-label='图片'>
      {images.map((img, n) => (
        <View key={img.id} className='tx-notice-images__item' role='listitem'>
          <Image
            className='tx-notice-images__img'
            src={img.url}
            mode='aspectFill'
            lazyLoad
            aria-label={`图片${n + 1}`}
            onClick={() => onPreview?.(img.url, urls)}
          />
          {onRemove && (
            <View className='tx-notice-images__remove' role='button' aria-label={`删除图片${n + 1}`} onClick={() => onRemove(img.id)}>
              <Text>×</Text>
            </View>
          )}
        </View>
      ))}
      {onAdd && (
        <View className='tx-notice-images__add' role='button' aria-label='添加图片' aria-disabled={adding} onClick={() => !adding && onAdd()}>
          <Text>{adding ? '上传中…' : '+ 添加图片'}</Text>
        </View>
      )}
    </View>
  )
}
