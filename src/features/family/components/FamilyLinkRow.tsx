import { Text, View } from '@tarojs/components'
import type { FamilyLinkStatus, FamilyLinkView } from '@contract/domain'
import { Button, Tag } from '@/components/ui'
import { ASKER_STATUS_LABELS, SENIOR_STATUS_LABELS, familyLinkTitle } from '@/domain/family'
import { formatDateTime } from '@/domain/time'
import './family.css'

const TAGS: Record<FamilyLinkStatus, 'warning' | 'success' | 'default'> = {
  pending: 'warning',
  confirmed: 'success',
  declined: 'default',
  withdrawn: 'default',
  ended: 'default',
}

export interface LinkAction {
  label: string
  kind?: 'primary' | 'default' | 'danger'
  onPress: () => void
}

export interface FamilyLinkRowProps {
  link: FamilyLinkView
  /** asker: I asked to help (I see the senior's name only once they confirmed); senior: I was asked. */
  side: 'asker' | 'senior'
  actions?: LinkAction[]
  busy?: boolean
}

/** One family link: who (a name, or the masked phone I typed), its state, and what can be done with it. */
export function FamilyLinkRow({ link, side, actions = [], busy = false }: FamilyLinkRowProps) {
  const title = familyLinkTitle(link)
  const label = (side === 'asker' ? ASKER_STATUS_LABELS : SENIOR_STATUS_LABELS)[link.status]
  return (
    <View className='tx-family__row' aria-label={title}>
      <View className='tx-family__who'>
        <Text className='tx-family__name'>{title}</Text>
        {link.other.name && link.other.maskedPhone && <Text className='tx-muted'>{link.other.maskedPhone}</Text>}
        {link.closedAt && <Text className='tx-muted'>{formatDateTime(link.closedAt)}</Text>}
      </View>
      <Tag type={TAGS[link.status]}>{label}</Tag>
      <View className='tx-family__actions'>
        {actions.map((a) => (
          <Button key={a.label} className='tx-family__action' type={a.kind ?? 'default'} disabled={busy} aria-label={`${a.label}${title}`} onClick={a.onPress}>
            {a.label}
          </Button>
        ))}
      </View>
    </View>
  )
}
