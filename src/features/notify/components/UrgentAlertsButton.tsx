import { observer } from 'mobx-react-lite'
import { Button } from '@/components/ui'
import type { AlertSubscribeStore } from '../stores/alert-subscribe-store'
import './urgent-alerts.css'

/** 接收紧急公告提醒: one tap asks WeChat to allow one message about the next urgent notice. */
export const UrgentAlertsButton = observer(function UrgentAlertsButton({ store }: { store: AlertSubscribeStore }) {
  return (
    <Button className='tx-urgent-alerts' type='default' size='small' loading={store.asking} onClick={() => void store.subscribe()}>
      接收紧急公告提醒
    </Button>
  )
})
