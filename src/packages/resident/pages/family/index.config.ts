export default definePageConfig({
  navigationBarTitleText: '家属代办',
  enablePullDownRefresh: true,
})
