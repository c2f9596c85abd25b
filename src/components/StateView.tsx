import { Text, View } from '@tarojs/components'
import { Button } from './ui'
import './state-view.css'

export interface StateViewProps {
  kind: 'loading' | 'empty' | 'error'
  title: string
  detail?: string | null
  actionText?: string
  onAction?: () => void
}

/** The loading, empty and error states every page shows instead of a blank screen. */
export function StateView({ kind, title, detail, actionText, onAction }: StateViewProps) {
  return (
    <View className={`tx-state tx-state--${kind}`} role={kind === 'error' ? 'alert' : 'status'} aria-busy={kind === 'loading'}>
      {kind === 'loading' && <View className='tx-spinner' aria-hidden />}
      <Text className='tx-state__title'>{title}</Text>
      {detail && <Text className='tx-state__detail'>{detail}</Text>}
      {actionText && onAction && (
        <Button className='tx-state__action' type='primary' onClick={onAction}>
          {actionText}
        </Button>
      )}
    </View>
  )
}
