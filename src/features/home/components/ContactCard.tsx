import type { ReactNode } from 'react'
import { Image, Text, View } from '@tarojs/components'
import type { Contact } from '@contract/domain'
import { Button } from '@/components/ui'
import '@/components/avatar.css'
import './contact-card.css'

export interface ContactCardProps {
  title: string
  subtitle?: string
  contact: Contact | null
  emptyText: string
  callLabel: string
  calling: boolean
  onCall: () => void
  /** A photo the person chose (the steward's card); their initial otherwise. */
  photoUrl?: string | null
  /** More about them, one line each (duty hours, introduction). */
  lines?: string[]
  /** Actions under the card (求助). */
  children?: ReactNode
}

/** A person who looks after the resident: name, masked phone, one tap to call. */
export function ContactCard({ title, subtitle, contact, emptyText, callLabel, calling, onCall, photoUrl, lines = [], children }: ContactCardProps) {
  return (
    <View className='tx-card tx-contact' aria-label={title}>
      <Text className='tx-card__title'>{title}</Text>
      {contact ? (
        <View className='tx-contact__row'>
          {photoUrl ? (
            <Image className='tx-avatar tx-contact__avatar' src={photoUrl} mode='aspectFill' aria-hidden />
          ) : (
            <View className='tx-avatar tx-contact__avatar' aria-hidden>
              {contact.name.slice(0, 1)}
            </View>
          )}
          <View className='tx-contact__who'>
            <Text className='tx-contact__name'>{contact.name}</Text>
            {subtitle && <Text className='tx-contact__sub'>{subtitle}</Text>}
            <Text className='tx-contact__phone'>{contact.maskedPhone}</Text>
          </View>
          <Button className='tx-contact__call' type='primary' loading={calling} disabled={calling} onClick={onCall} aria-label={callLabel}>
            打电话
          </Button>
        </View>
      ) : (
        <Text className='tx-muted'>{emptyText}</Text>
      )}
      {contact &&
        lines.map((line) => (
          <Text key={line} className='tx-contact__line'>
            {line}
          </Text>
        ))}
      {children}
    </View>
  )
}
