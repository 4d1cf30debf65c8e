import type { Localized } from "../model/locale";

/**
 * The invented sales organisation and market behind the sample data, in both languages. Every person and
 * company name is made up (common given/family names and generic brand words); none is meant to be a real
 * person or firm. Numbers here are the knobs of the simulation in sampleDeals.
 */

/** A lead channel: its share of leads, and how much it moves the Lead→Opportunity step. */
export interface SampleSource {
  readonly name: Localized;
  /** Relative share of leads in an ordinary month. */
  readonly weight: number;
  /** Added to the Lead→Opportunity survival chance (referrals convert best, cold calls and live streams worst). */
  readonly qualification: number;
  /** "midway": the channel opens half-way through the period (the method's "new lead channel such as live-stream"). */
  readonly opens: "start" | "midway";
  /** True when the channel peaks in the trade-fair seasons (spring and autumn). */
  readonly seasonal: boolean;
}

export const SAMPLE_SOURCES: readonly SampleSource[] = [
  { name: { "zh-CN": "官网", en: "Website" }, weight: 30, qualification: 0, opens: "start", seasonal: false },
  { name: { "zh-CN": "展会", en: "Trade show" }, weight: 12, qualification: 0.05, opens: "start", seasonal: true },
  { name: { "zh-CN": "转介绍", en: "Referral" }, weight: 15, qualification: 0.2, opens: "start", seasonal: false },
  { name: { "zh-CN": "电话营销", en: "Cold call" }, weight: 28, qualification: -0.12, opens: "start", seasonal: false },
  { name: { "zh-CN": "直播", en: "Live stream" }, weight: 18, qualification: -0.16, opens: "midway", seasonal: false },
];

/** A sales region and the cities its customers sit in. */
export interface SampleRegion {
  readonly name: Localized;
  readonly cities: readonly Localized[];
}

export const SAMPLE_REGIONS: readonly SampleRegion[] = [
  {
    name: { "zh-CN": "华东", en: "East China" },
    cities: [
      { "zh-CN": "上海", en: "Shanghai" },
      { "zh-CN": "苏州", en: "Suzhou" },
      { "zh-CN": "杭州", en: "Hangzhou" },
      { "zh-CN": "南京", en: "Nanjing" },
      { "zh-CN": "宁波", en: "Ningbo" },
    ],
  },
  {
    name: { "zh-CN": "华北", en: "North China" },
    cities: [
      { "zh-CN": "北京", en: "Beijing" },
      { "zh-CN": "天津", en: "Tianjin" },
      { "zh-CN": "济南", en: "Jinan" },
    ],
  },
  {
    name: { "zh-CN": "华中", en: "Central China" },
    cities: [
      { "zh-CN": "武汉", en: "Wuhan" },
      { "zh-CN": "长沙", en: "Changsha" },
      { "zh-CN": "合肥", en: "Hefei" },
    ],
  },
  {
    name: { "zh-CN": "华南", en: "South China" },
    cities: [
      { "zh-CN": "广州", en: "Guangzhou" },
      { "zh-CN": "深圳", en: "Shenzhen" },
      { "zh-CN": "东莞", en: "Dongguan" },
      { "zh-CN": "厦门", en: "Xiamen" },
    ],
  },
  {
    name: { "zh-CN": "西南", en: "Southwest" },
    cities: [
      { "zh-CN": "成都", en: "Chengdu" },
      { "zh-CN": "重庆", en: "Chongqing" },
    ],
  },
];

/** A sales team: the regions it covers (index into {@link SAMPLE_REGIONS}, weight), and whether it pilots. */
export interface SampleTeam {
  readonly name: Localized;
  /** The pilot team of the method's step 4: its conversion improves once the pilot starts. */
  readonly pilot: boolean;
  readonly regions: readonly (readonly [region: number, weight: number])[];
}

export const SAMPLE_TEAMS: readonly SampleTeam[] = [
  { name: { "zh-CN": "华东一组", en: "East 1" }, pilot: true, regions: [[0, 8], [2, 2]] },
  { name: { "zh-CN": "华东二组", en: "East 2" }, pilot: false, regions: [[0, 7], [1, 3]] },
  { name: { "zh-CN": "华南组", en: "South" }, pilot: false, regions: [[3, 7], [4, 3]] },
];

/** A sales rep: team (index into {@link SAMPLE_TEAMS}), share of leads, and skill (added to every step's chance). */
export interface SampleOwner {
  readonly name: Localized;
  readonly team: number;
  readonly weight: number;
  readonly skill: number;
}

export const SAMPLE_OWNERS: readonly SampleOwner[] = [
  { name: { "zh-CN": "王晓琳", en: "Wang Xiaolin" }, team: 0, weight: 20, skill: 0.03 },
  { name: { "zh-CN": "陈思远", en: "Chen Siyuan" }, team: 0, weight: 14, skill: -0.02 },
  { name: { "zh-CN": "李俊峰", en: "Li Junfeng" }, team: 1, weight: 22, skill: 0.06 },
  { name: { "zh-CN": "刘佳怡", en: "Liu Jiayi" }, team: 1, weight: 12, skill: -0.05 },
  { name: { "zh-CN": "赵明轩", en: "Zhao Mingxuan" }, team: 2, weight: 18, skill: 0 },
  { name: { "zh-CN": "周雨桐", en: "Zhou Yutong" }, team: 2, weight: 14, skill: 0.02 },
];

/** A customer industry: share of deals, median deal size in ¥, and the words its company names use. */
export interface SampleIndustry {
  readonly name: Localized;
  readonly weight: number;
  readonly medianAmount: number;
  readonly companyWords: readonly Localized[];
}

export const SAMPLE_INDUSTRIES: readonly SampleIndustry[] = [
  {
    name: { "zh-CN": "制造业", en: "Manufacturing" },
    weight: 26,
    medianAmount: 280_000,
    companyWords: [
      { "zh-CN": "精密机械", en: "Precision Machinery" },
      { "zh-CN": "电子", en: "Electronics" },
      { "zh-CN": "新材料", en: "New Materials" },
    ],
  },
  {
    name: { "zh-CN": "零售", en: "Retail" },
    weight: 16,
    medianAmount: 120_000,
    companyWords: [
      { "zh-CN": "商贸", en: "Trading" },
      { "zh-CN": "连锁", en: "Retail Chain" },
    ],
  },
  {
    name: { "zh-CN": "医疗", en: "Healthcare" },
    weight: 12,
    medianAmount: 240_000,
    companyWords: [
      { "zh-CN": "医疗器械", en: "Medical Devices" },
      { "zh-CN": "健康科技", en: "Health Tech" },
    ],
  },
  {
    name: { "zh-CN": "教育", en: "Education" },
    weight: 10,
    medianAmount: 90_000,
    companyWords: [
      { "zh-CN": "教育科技", en: "EdTech" },
      { "zh-CN": "职业培训", en: "Training" },
    ],
  },
  {
    name: { "zh-CN": "金融", en: "Finance" },
    weight: 8,
    medianAmount: 420_000,
    companyWords: [
      { "zh-CN": "融资租赁", en: "Leasing" },
      { "zh-CN": "保险代理", en: "Insurance Agency" },
    ],
  },
  {
    name: { "zh-CN": "软件", en: "Software" },
    weight: 16,
    medianAmount: 180_000,
    companyWords: [
      { "zh-CN": "软件", en: "Software" },
      { "zh-CN": "信息技术", en: "Information Technology" },
    ],
  },
  {
    name: { "zh-CN": "物流", en: "Logistics" },
    weight: 12,
    medianAmount: 150_000,
    companyWords: [
      { "zh-CN": "物流", en: "Logistics" },
      { "zh-CN": "供应链", en: "Supply Chain" },
    ],
  },
];

/** Generic trade names for invented companies (city + name + industry word + legal form). */
export const SAMPLE_BRANDS: readonly Localized[] = [
  { "zh-CN": "恒达", en: "Hengda" },
  { "zh-CN": "瑞丰", en: "Ruifeng" },
  { "zh-CN": "金诚", en: "Jincheng" },
  { "zh-CN": "博远", en: "Boyuan" },
  { "zh-CN": "鼎盛", en: "Dingsheng" },
  { "zh-CN": "嘉禾", en: "Jiahe" },
  { "zh-CN": "宏图", en: "Hongtu" },
  { "zh-CN": "汇通", en: "Huitong" },
  { "zh-CN": "远航", en: "Yuanhang" },
  { "zh-CN": "新锐", en: "Xinrui" },
  { "zh-CN": "鑫源", en: "Xinyuan" },
  { "zh-CN": "佳信", en: "Jiaxin" },
  { "zh-CN": "同创", en: "Tongchuang" },
  { "zh-CN": "明德", en: "Mingde" },
  { "zh-CN": "安泰", en: "Antai" },
  { "zh-CN": "云帆", en: "Yunfan" },
  { "zh-CN": "华阳", en: "Huayang" },
  { "zh-CN": "永信", en: "Yongxin" },
  { "zh-CN": "天禾", en: "Tianhe" },
  { "zh-CN": "众合", en: "Zhonghe" },
];

/** Legal forms, with how often each appears. */
export const SAMPLE_LEGAL_FORMS: readonly { readonly name: Localized; readonly weight: number }[] = [
  { name: { "zh-CN": "有限公司", en: "Co., Ltd." }, weight: 7 },
  { name: { "zh-CN": "股份有限公司", en: "Corp." }, weight: 2 },
  { name: { "zh-CN": "集团有限公司", en: "Group" }, weight: 1 },
];

/**
 * Why deals are lost, with weights by how far the deal got: early (first third of the stages), middle, late.
 * Early deals go silent or have no real need; late deals lose on price and to competitors.
 */
export const SAMPLE_LOST_REASONS: readonly {
  readonly name: Localized;
  readonly weights: readonly [early: number, middle: number, late: number];
}[] = [
  { name: { "zh-CN": "联系不上", en: "Unreachable" }, weights: [4, 1, 0] },
  { name: { "zh-CN": "需求不明确", en: "Unclear need" }, weights: [3, 1, 0] },
  { name: { "zh-CN": "预算不足", en: "No budget" }, weights: [2, 2, 1] },
  { name: { "zh-CN": "方案不匹配", en: "Solution not a fit" }, weights: [1, 3, 1] },
  { name: { "zh-CN": "选择了竞品", en: "Chose a competitor" }, weights: [1, 2, 3] },
  { name: { "zh-CN": "价格过高", en: "Price too high" }, weights: [0, 1, 4] },
  { name: { "zh-CN": "项目搁置", en: "Project on hold" }, weights: [0, 1, 2] },
];

/** What people type into a date cell when they have no date: text no parser can read. */
export const UNREADABLE_DATE_TEXT: readonly Localized[] = [
  { "zh-CN": "下周", en: "next week" },
  { "zh-CN": "待定", en: "TBD" },
  { "zh-CN": "月底前", en: "end of month" },
  { "zh-CN": "2026/2/30", en: "2026-02-30" },
  { "zh-CN": "2026年13月5日", en: "2026-13-05" },
];

/** What people type into an amount cell instead of a number. */
export const UNREADABLE_AMOUNT_TEXT: readonly Localized[] = [
  { "zh-CN": "面议", en: "TBD" },
  { "zh-CN": "约50万", en: "~500k" },
  { "zh-CN": "待报价", en: "ask finance" },
  { "zh-CN": "12O,000", en: "12O,000" },
];
