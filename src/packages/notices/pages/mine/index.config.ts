export default definePageConfig({
  navigationBarTitleText: '我发布的',
  enablePullDownRefresh: true,
})
