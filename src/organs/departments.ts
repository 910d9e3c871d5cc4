/**
 * Department names: the common short forms written in titles and signatures (发改局, 科委), the
 * identity key of a department, and the organs of the State Council.
 */

/**
 * Short forms of department names and their full forms, as whole names. Only contractions of the
 * same name: a renamed department (交通局 → 交通运输局) is another organ and is not listed.
 */
const shortForms: Record<string, string> = {
  发改局: '发展和改革局',
  发改委: '发展和改革委员会',
  科委: '科学技术委员会',
  科技局: '科学技术局',
  经信局: '经济和信息化局',
  工信局: '工业和信息化局',
  住建局: '住房和城乡建设局',
  市监局: '市场监督管理局',
  市场监管局: '市场监督管理局',
  人社局: '人力资源和社会保障局',
  自规局: '自然资源和规划局',
  卫健委: '卫生健康委员会',
  卫健局: '卫生健康局',
  城管局: '城市管理局',
  医保局: '医疗保障局',
  应急局: '应急管理局',
  环保局: '环境保护局',
  文旅局: '文化和旅游局',
  文广旅局: '文化广电和旅游局',
  教体局: '教育和体育局',
  农委: '农业委员会',
  国资委: '国有资产监督管理委员会',
  民宗局: '民族宗教事务局',
  退役军人局: '退役军人事务局',
  机关事务局: '机关事务管理局',
  侨办: '侨务办公室',
  外办: '外事办公室',
  法制办: '法制办公室',
  台办: '台湾事务办公室',
  政府办: '人民政府办公室',
};

/** The full form of a department name written short (科委 → 科学技术委员会); other names unchanged. */
export function expandDepartment(name: string): string {
  return shortForms[name] ?? name;
}

/**
 * The identity key of a department: its full form without 和 and 、, which names print or leave
 * out at will (发展和改革局, 发展改革局, 发改局 are one key).
 */
export function departmentKey(name: string): string {
  return expandDepartment(name).replace(/[和、与及]/gu, '');
}

/** The words after 人民政府 that still mean the government itself: its general office. */
export const governmentOffices: ReadonlySet<string> = new Set(['', '办公室', '办公厅', '办']);

/** What a 地区 (prefecture) calls its government. */
export const prefectureGovernment = '行政公署';

/**
 * An organ of the central government printed without a place: 国务院 and its 办公厅, ministries
 * (教育部), commissions and administrations (国家发展和改革委员会, 国家税务总局), 海关总署, 审计署.
 */
export function isNationalOrgan(name: string): boolean {
  // 县人武部, 市委宣传部: a level character without a place name is a local organ.
  if (/^[省市县区镇乡]/u.test(name)) return false;
  return /^(?:国务院|国家|中国人民银行|中国证券监督管理委员会|海关总署|审计署)/u.test(name) || /(?:部|总署|署)$/u.test(name);
}

/**
 * A national system with offices at each level, printed before the place: 国家税务总局晋江市税务局
 * is the 晋江市 office of 国家税务总局, not a department of 晋江市人民政府.
 */
export const nationalSystem = /^(?:国家[^省市县区镇乡]{1,10}?(?:总局|局)|中国人民银行)/u;

/** The Communist Party's organs print 中共 before the place (中共晋江市委); they are read as a system of their own. */
export const partySystem = /^(?:中共|中国共产党)(?=.)/u;

/** A party committee's body as printed after its place: 委 is 委员会 (中共晋江市委 = 中共晋江市委员会). */
export function expandPartyBody(body: string): string {
  return body.replace(/^委(?!员会)/u, '委员会');
}
