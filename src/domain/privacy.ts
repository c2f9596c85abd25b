/** The privacy notice (PIPL): what is collected, why, who sees it, and the resident's rights. */
export const PRIVACY_SECTIONS: ReadonlyArray<{ title: string; body: string }> = [
  {
    title: '我们收集什么',
    body: '只收集为您提供社区服务所必需的信息：姓名、手机号、所住楼栋和房号、入住日期，以及您自愿填写的出生年份。我们不收集身份证号。',
  },
  {
    title: '谁能看到',
    body: '您的资料只有您本人、您所在楼栋的楼道红管家、所在社区和街道的工作人员可以查看。其他居民看不到您的手机号和住址；红管家和网格长的手机号对居民只显示部分数字，拨打电话时才交给您手机的拨号程序。',
  },
  {
    title: '用来做什么',
    body: '用于联系您的楼道红管家和微网格长、接收社区公告、参加志愿活动和办理社区服务，不用于其他目的，不向第三方出售。',
  },
  {
    title: '您的权利',
    body: '您可以随时查看、导出和删除您的个人信息，也可以退出登录。数据保存在街道自行管理的服务器上。',
  },
]
