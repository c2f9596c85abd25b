export default definePageConfig({
  navigationBarTitleText: '发布新一期',
})
