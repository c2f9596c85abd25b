/** Invented Chinese names for the demo data. Places are modelled on Wutong Street, Tongxiang. */

export const STREET = { name: '梧桐街道', code: 'wutong', city: '浙江省桐乡市', address: '桐乡市梧桐街道庆丰中路', servicePhone: '0573-88000000' }

// The pilot community first; the rest invented in the style of the town's place names.
export const COMMUNITIES = [
  '杨家门社区', '庆丰社区', '凤鸣社区', '梧桐社区', '北港社区', '南门社区',
  '东兴社区', '振兴社区', '复兴社区', '环城社区', '茅盾社区', '金牛社区',
  '康泰社区', '城北社区', '新华社区', '文华社区', '锦绣社区', '乌镇路社区',
]

export const COMPOUND_STEMS = [
  '梧桐', '凤鸣', '庆丰', '桂花', '香樟', '银杏', '紫荆', '翠竹', '锦江', '世纪', '阳光', '和美',
  '春晖', '秋月', '金色', '绿洲', '康城', '名都', '华府', '书香', '运河', '东湖', '西湖', '北岸',
]
export const COMPOUND_SUFFIXES = ['苑', '小区', '家园', '花园', '新村', '公寓', '华庭', '雅苑']

export const SURNAMES = [
  '王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭',
  '何', '高', '林', '罗', '郑', '梁', '谢', '宋', '唐', '许', '韩', '冯', '邓', '曹', '彭', '曾',
  '沈', '钱', '姚', '蒋', '丁', '金', '陆', '范', '方', '俞', '屠', '费', '潘', '夏', '盛', '濮',
]

export const GIVEN = [
  '伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明',
  '超', '秀', '霞', '平', '刚', '桂', '英', '华', '建', '国', '文', '红', '玉', '兰', '海', '燕',
  '志', '春', '梅', '晓', '宇', '浩', '鑫', '婷', '雪', '琳', '欣', '佳', '子', '梓', '涵', '睿',
]

/** Where new residents came from, by province. */
export const ORIGINS = ['安徽', '河南', '江西', '四川', '贵州', '湖北', '湖南', '江苏', '云南', '甘肃', '山东', '广西']
