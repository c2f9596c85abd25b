import { useState, type ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import { StateView } from '@/components/StateView'
import './care.css'

export type HelpKind = 'steward' | 'gridLeader' | 'community'

export interface HelpContact {
  kind: HelpKind
  /** What the button says: 给红管家打电话. */
  label: string
  /** Who answers: 王红梅. */
  detail?: string
}

export interface CareHomeProps {
  greeting: string
  address: string
  /** The steward's name, or null when the building has none. */
  stewardName: string | null
  /** Who can be called for help, in the order offered. */
  contacts: HelpContact[]
  calling: HelpKind | null
  onCall: (kind: HelpKind) => void
  /** 今日公告's panel (today's notices, in big type); opening it may load them. */
  todayNotices?: ReactNode
  onShowNotices?: () => void
  /** The steward's duty hours, when they gave them. */
  stewardDutyHours?: string | null
  /** Opens the big-target help form (求助单 to the steward). */
  onAskHelp?: () => void
}

type Panel = 'help' | 'notices' | null

/** 长辈模式's home: three big buttons, each doing one thing, everything in plain sight. */
export function CareHome({ greeting, address, stewardName, contacts, calling, onCall, todayNotices, onShowNotices, stewardDutyHours, onAskHelp }: CareHomeProps) {
  const [panel, setPanel] = useState<Panel>(null)
  const toggle = (next: Panel) => {
    if (next === 'notices' && panel !== 'notices') onShowNotices?.()
    setPanel(panel === next ? null : next)
  }
  const callSteward = () => (stewardName ? onCall('steward') : setPanel('help'))
  return (
    <View className='tx-care-home'>
      <Text className='tx-care-home__greeting'>{greeting}</Text>
      <Text className='tx-care-home__address'>{address}</Text>
      <View className='tx-big-button tx-big-button--call' role='button' aria-busy={calling === 'steward'} onClick={callSteward}>
        <Text className='tx-big-button__label'>{calling === 'steward' ? '正在接通…' : '给红管家打电话'}</Text>
        <Text className='tx-big-button__detail'>{stewardName ? `楼道红管家 ${stewardName}` : '您的楼栋暂时没有红管家，点这里找其他人帮忙'}</Text>
        {stewardName && stewardDutyHours && <Text className='tx-big-button__detail'>{`值守时间 ${stewardDutyHours}`}</Text>}
      </View>
      <View className='tx-big-button tx-big-button--help' role='button' aria-expanded={panel === 'help'} onClick={() => toggle('help')}>
        <Text className='tx-big-button__label'>求助</Text>
        <Text className='tx-big-button__detail'>找红管家、网格长或社区</Text>
      </View>
      {panel === 'help' && (
        <View className='tx-care-panel' role='region' aria-label='求助'>
          {onAskHelp && (
            <View className='tx-care-panel__call tx-care-panel__call--ask' role='button' onClick={onAskHelp}>
              <Text className='tx-care-panel__label'>发求助，请人上门帮忙</Text>
              <Text className='tx-care-panel__detail'>看病陪同、买菜跑腿、修东西</Text>
            </View>
          )}
          {contacts.map((c) => (
            <View key={c.kind} className='tx-care-panel__call' role='button' aria-busy={calling === c.kind} onClick={() => onCall(c.kind)}>
              <Text className='tx-care-panel__label'>{calling === c.kind ? '正在接通…' : c.label}</Text>
              {c.detail && <Text className='tx-care-panel__detail'>{c.detail}</Text>}
            </View>
          ))}
          {contacts.length === 0 && <Text className='tx-care-panel__detail'>暂时没有可以联系的人，请到社区服务站求助。</Text>}
          <Text className='tx-care-panel__urgent'>有紧急情况，请直接拨打 110（报警）或 120（急救）。</Text>
        </View>
      )}
      <View className='tx-big-button tx-big-button--notice' role='button' aria-expanded={panel === 'notices'} onClick={() => toggle('notices')}>
        <Text className='tx-big-button__label'>今日公告</Text>
        <Text className='tx-big-button__detail'>看看社区今天有什么事</Text>
      </View>
      {panel === 'notices' && (
        <View className='tx-care-panel' role='region' aria-label='今日公告'>
          {todayNotices ?? <StateView kind='empty' title='今天没有新公告' detail='有新公告时会在这里显示。' />}
        </View>
      )}
    </View>
  )
}
