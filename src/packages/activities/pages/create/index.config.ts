export default definePageConfig({ navigationBarTitleText: '发起活动' })
