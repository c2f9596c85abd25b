import type { ReactNode } from 'react'
import { View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import type { CareStore } from '../stores/care-store'
import './care.css'

/**
 * The page's outermost element. WeChat pages have no body class to switch, so care mode is a
 * class here that redefines the type scale and touch-target variables for everything inside.
 */
export const CarePage = observer(function CarePage({ care, children }: { care: CareStore; children: ReactNode }) {
  return <View className={`tx-root ${care.enabled ? 'tx-care' : ''}`}>{children}</View>
})
