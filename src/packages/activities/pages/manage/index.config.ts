export default definePageConfig({
  navigationBarTitleText: '签到码与考勤',
  enablePullDownRefresh: true,
})
