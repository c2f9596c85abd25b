export default definePageConfig({
  navigationBarTitleText: '我的登记',
  enablePullDownRefresh: true,
})
