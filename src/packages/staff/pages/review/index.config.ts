export default definePageConfig({
  navigationBarTitleText: '审核登记',
})
