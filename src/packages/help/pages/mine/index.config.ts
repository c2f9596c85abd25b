export default definePageConfig({
  navigationBarTitleText: '我的求助',
  enablePullDownRefresh: true,
})
