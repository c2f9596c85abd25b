import type { ReactNode } from 'react'
import Taro from '@tarojs/taro'
import { observer } from 'mobx-react-lite'
import type { SessionStore } from '@/features/session/stores/session-store'
import { StateView } from './StateView'

export interface SessionGateProps {
  session: SessionStore
  /** What a signed-out visitor is told they get by signing in. */
  signedOutDetail: string
  signedOutTitle?: string
  /** False for a signed-in person this page is not for (a resident on a staff page). */
  allowed?: boolean
  deniedText?: string
  children: ReactNode
}

/** Shows its children only to a signed-in person; otherwise loading, offline or sign-in states. */
export const SessionGate = observer(function SessionGate({
  session,
  signedOutDetail,
  signedOutTitle = '欢迎来到同心社区',
  allowed = true,
  deniedText = '这一页只对社区和街道工作人员开放。',
  children,
}: SessionGateProps) {
  if (session.status === 'idle' || session.status === 'restoring') return <StateView kind='loading' title='正在登录…' />
  if (session.status === 'offline')
    return <StateView kind='error' title='网络不可用' detail={session.error} actionText='重试' onAction={() => void session.restore()} />
  if (!session.isSignedIn)
    return (
      <StateView
        kind='empty'
        title={signedOutTitle}
        detail={signedOutDetail}
        actionText='登录'
        onAction={() => void Taro.navigateTo({ url: '/pages/login/index' })}
      />
    )
  // The server refuses them anyway; this only saves them a page of errors.
  if (!allowed) return <StateView kind='empty' title='没有权限' detail={deniedText} />
  return <>{children}</>
})
