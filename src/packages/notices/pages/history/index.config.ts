export default definePageConfig({
  navigationBarTitleText: '历史公告',
})
