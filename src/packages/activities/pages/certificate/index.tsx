import { useRouter, useShareAppMessage } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { PageShell } from '@/app/PageShell'
import { ROUTES } from '@/app/routes'
import { formatHours } from '@/domain/activity'
import '@/features/activities/components/activities.css'

/** 志愿证书: a page to share with family and friends; it shows what the link carries, nothing more. */
export default function CertificatePage() {
  const params = useRouter().params
  const name = decodeURIComponent(params.name ?? '')
  const hours = Number(params.hours ?? 0) || 0
  useShareAppMessage(() => ({ title: `${name}已累计志愿服务${formatHours(hours)}小时`, path: ROUTES.timeBankCertificate(name, hours) }))
  return (
    <PageShell>
      <View className='tx-page'>
        <View className='tx-act-cert' role='region' aria-label='志愿证书'>
          <Text className='tx-act-cert__title'>志愿服务证书</Text>
          <Text className='tx-act-line'>{`${name || '志愿者'}同志：`}</Text>
          <Text className='tx-act-line'>在义工时间银行累计志愿服务</Text>
          <Text className='tx-act-cert__hours'>{formatHours(hours)}</Text>
          <Text className='tx-act-line'>小时。感谢您为社区的付出！</Text>
          <Text className='tx-muted'>同心社区 · 义工时间银行</Text>
        </View>
        <Text className='tx-muted'>点右上角“…”分享给家人朋友。</Text>
      </View>
    </PageShell>
  )
}
