/**
 * The default newcomer guide (新居民指南) every seeded community starts with. It is data: the
 * seed writes it into GuideItem, and community staff edit it from then on (saveGuideItem).
 */

export interface CommunityFacts {
  name: string
  address: string
  officeHours: string
  servicePhone: string
}

export interface GuideEntry {
  title: string
  body: string
}

/** The guide's items for one community, in the order residents see them. */
export function defaultGuide(c: CommunityFacts): GuideEntry[] {
  return [
    {
      title: '居住证办理',
      body:
        '在本地居住满半年，并有合法稳定的就业或住所，可以申领居住证。请带上身份证和租房合同（或房产证明），' +
        `到${c.name}服务站或通过“浙里办”申请。申领前请先在本小程序完成住户登记。`,
    },
    {
      title: '子女入学',
      body:
        '子女在本地上幼儿园、小学或初中，请留意每年春季教育部门发布的招生公告，按要求准备居住证、房产证明或租房合同、' +
        '社保缴纳证明等材料，在报名期内报名。不清楚的可以到社区服务站咨询。',
    },
    {
      title: '医保参保',
      body:
        '在本地就业的，由单位办理职工医保；灵活就业或没有单位的，可以参加城乡居民医保，每年秋季集中缴费。' +
        '带上身份证到社区服务站或通过“浙里办”办理。',
    },
    {
      title: '垃圾分类',
      body: '生活垃圾分四类：可回收物、有害垃圾、易腐垃圾（厨余垃圾）、其他垃圾。请按小区投放点的开放时间分类投放，大件垃圾请先预约。',
    },
    {
      title: '社区服务站地址与开放时间',
      body: `${c.name}服务站地址：${c.address}。开放时间：${c.officeHours}。服务电话：${c.servicePhone}。`,
    },
    {
      title: '联系您的楼道红管家',
      body: '每栋楼都有楼道红管家。在首页“我的楼道红管家”里可以看到他（她）的名字，点“打电话”就能联系，有困难尽管找他们。',
    },
  ]
}
