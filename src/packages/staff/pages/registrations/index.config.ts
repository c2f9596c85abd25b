export default definePageConfig({
  navigationBarTitleText: '住户登记审核',
  enablePullDownRefresh: true,
})
