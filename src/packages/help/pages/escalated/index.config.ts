export default definePageConfig({
  navigationBarTitleText: '转来的求助',
  enablePullDownRefresh: true,
})
