import type { ReactNode } from 'react'
import Taro, { useDidShow } from '@tarojs/taro'
import { observer } from 'mobx-react-lite'
import { CarePage } from '../features/care/components/CarePage'
import { PrivacyPopup } from '../features/privacy/components/PrivacyPopup'
import { ROUTES } from './routes'
import { useStores } from './stores-context'

/**
 * Every page's outermost element: care mode's type scale, and the privacy popup WeChat may
 * ask for on whichever page is showing.
 */
export const PageShell = observer(function PageShell({ children }: { children: ReactNode }) {
  const { care, privacyPrompt } = useStores()
  // The person may have changed WeChat's font size while the app was in the background.
  useDidShow(() => care.sense())
  return (
    <CarePage care={care}>
      {children}
      <PrivacyPopup store={privacyPrompt} onOpenNotice={() => void Taro.navigateTo({ url: ROUTES.privacy })} />
    </CarePage>
  )
})
