import type { ReactNode } from 'react'
import Taro, { useDidShow } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import { SessionGate } from '@/components/SessionGate'
import { CarePage } from '@/features/care/components/CarePage'
import { PrivacyPopup } from '@/features/privacy/components/PrivacyPopup'
import { ROUTES } from './routes'
import { useStores } from './stores-context'

export interface PageShellProps {
  /**
   * Given, the content is for signed-in people only: it shows inside the page's padding
   * (`tx-page`) behind a SessionGate that tells a signed-out visitor this.
   */
  signedOutDetail?: string
  signedOutTitle?: string
  /** False for a signed-in person this page is not for (a resident on a staff page). */
  allowed?: boolean
  deniedText?: string
  children: ReactNode
}

/**
 * Every page's outermost element: care mode's type scale, the privacy popup WeChat may
 * ask for on whichever page is showing, and (with `signedOutDetail`) the sign-in gate.
 */
export const PageShell = observer(function PageShell({ signedOutDetail, signedOutTitle, allowed, deniedText, children }: PageShellProps) {
  const { care, privacyPrompt, session } = useStores()
  // The person may have changed WeChat's font size while the app was in the background.
  useDidShow(() => care.sense())
  return (
    <CarePage care={care}>
      {signedOutDetail === undefined ? (
        children
      ) : (
        <SessionGate session={session} signedOutDetail={signedOutDetail} signedOutTitle={signedOutTitle} allowed={allowed} deniedText={deniedText}>
          <View className='tx-page'>{children}</View>
        </SessionGate>
      )}
      <PrivacyPopup store={privacyPrompt} onOpenNotice={() => void Taro.navigateTo({ url: ROUTES.privacy })} />
    </CarePage>
  )
})
