import { Text, View } from '@tarojs/components'
import type { FamilyLinkView } from '../../../../types/domain'
import { Button, Tag } from '../../../components/ui'
import './family.css'

const STATUS: Record<FamilyLinkView['status'], [string, 'warning' | 'success' | 'default']> = {
  pending: ['等待确认', 'warning'],
  confirmed: ['已确认', 'success'],
  declined: ['已拒绝', 'default'],
}

export interface LinkAction {
  label: string
  kind?: 'primary' | 'default' | 'danger'
  onPress: () => void
}

/** One family link: who, its state, and what can be done with it, each a button in plain sight. */
export function FamilyLinkRow({ link, actions, busy }: { link: FamilyLinkView; actions: LinkAction[]; busy: boolean }) {
  const [label, tag] = STATUS[link.status]
  return (
    <View className='tx-family__row' aria-label={link.other.name}>
      <View className='tx-family__who'>
        <Text className='tx-family__name'>{link.other.name}</Text>
        <Text className='tx-muted'>{link.other.maskedPhone}</Text>
      </View>
      <Tag type={tag}>{label}</Tag>
      <View className='tx-family__actions'>
        {actions.map((a) => (
          <Button key={a.label} className='tx-family__action' type={a.kind ?? 'default'} disabled={busy} aria-label={`${a.label}${link.other.name}`} onClick={a.onPress}>
            {a.label}
          </Button>
        ))}
      </View>
    </View>
  )
}
