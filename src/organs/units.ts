/**
 * Administrative units as organ names print them: the suffixes that end a unit's name
 * (省, 自治区, 市, 自治州, 地区, 盟, 县, 自治县, 旗, 区, 镇, 乡, 街道, 苏木), the level each stands
 * for, and the words that end like a unit but belong to a department's name (城乡, 城市).
 */

/** Levels of government, from the State Council down to towns. */
export type OrganLevel = 'national' | 'province' | 'city' | 'county' | 'town';
/** Levels a place unit can have (national organs have no place). */
export type UnitLevel = Exclude<OrganLevel, 'national'>;

/** The kind of administrative unit, as its suffix says. */
export type UnitKind =
  | 'province' // 省
  | 'autonomous-region' // 自治区
  | 'municipality' // 直辖市: 北京市 上海市 天津市 重庆市
  | 'prefecture-city' // 地级市
  | 'autonomous-prefecture' // 自治州
  | 'prefecture' // 地区
  | 'league' // 盟
  | 'county' // 县
  | 'autonomous-county' // 自治县
  | 'banner' // 旗, 自治旗
  | 'district' // 区 (市辖区), 新区, 林区, 特区, and zones such as 开发区
  | 'county-city' // 县级市
  | 'town' // 镇
  | 'township' // 乡, 苏木
  | 'ethnic-township' // 民族乡 (木座藏族乡)
  | 'subdistrict'; // 街道 (街道办事处)

export const levelRank: Record<OrganLevel, number> = { national: 0, province: 1, city: 2, county: 3, town: 4 };

interface SuffixDef {
  suffix: string;
  /** The suffix in the unit's identity key (自治县 → 县: 景宁畲族自治县 and 景宁县 are one). */
  keySuffix: string;
  kind: UnitKind;
  /** Ethnic names before the suffix are dropped from the key (广西壮族自治区 → 广西). */
  ethnic: 'always' | 'with-zu' | 'never';
}

/** Longest first, so that 自治区 is taken before 区 and 街道 before 道. 市 is handled apart. */
const suffixes: SuffixDef[] = [
  { suffix: '自治区', keySuffix: '自治区', kind: 'autonomous-region', ethnic: 'always' },
  { suffix: '自治州', keySuffix: '州', kind: 'autonomous-prefecture', ethnic: 'always' },
  { suffix: '自治县', keySuffix: '县', kind: 'autonomous-county', ethnic: 'always' },
  { suffix: '自治旗', keySuffix: '旗', kind: 'banner', ethnic: 'always' },
  { suffix: '地区', keySuffix: '地区', kind: 'prefecture', ethnic: 'never' },
  { suffix: '街道', keySuffix: '街道', kind: 'subdistrict', ethnic: 'never' },
  { suffix: '苏木', keySuffix: '苏木', kind: 'township', ethnic: 'never' },
  { suffix: '省', keySuffix: '省', kind: 'province', ethnic: 'never' },
  { suffix: '盟', keySuffix: '盟', kind: 'league', ethnic: 'never' },
  { suffix: '县', keySuffix: '县', kind: 'county', ethnic: 'never' },
  { suffix: '旗', keySuffix: '旗', kind: 'banner', ethnic: 'never' },
  { suffix: '区', keySuffix: '区', kind: 'district', ethnic: 'never' },
  { suffix: '镇', keySuffix: '镇', kind: 'town', ethnic: 'with-zu' },
  { suffix: '乡', keySuffix: '乡', kind: 'township', ethnic: 'with-zu' },
  { suffix: '市', keySuffix: '市', kind: 'prefecture-city', ethnic: 'never' },
];

/** The four municipalities directly under the central government, at province level. */
const municipalities: ReadonlySet<string> = new Set(['北京市', '上海市', '天津市', '重庆市']);

/** The level of each kind; 县级市 and 地级市 both print as 市 and are told apart by context. */
export const kindLevel: Record<UnitKind, UnitLevel> = {
  province: 'province',
  'autonomous-region': 'province',
  municipality: 'province',
  'prefecture-city': 'city',
  'autonomous-prefecture': 'city',
  prefecture: 'city',
  league: 'city',
  county: 'county',
  'autonomous-county': 'county',
  banner: 'county',
  district: 'county',
  'county-city': 'county',
  town: 'town',
  township: 'town',
  'ethnic-township': 'town',
  subdistrict: 'town',
};

/** Characters that end a unit's name: a place cannot end just before a department word built on them. */
export const levelChars = new Set(['省', '市', '县', '区', '镇', '乡', '旗', '盟']);

/**
 * Department words that begin with a level character. Printed right after a place they may share
 * its last character (温州市场监督管理局 = 温州市 + 市场监督管理局); a place never ends on their
 * first character (县乡村振兴局 is 县 + 乡村振兴局, not a 乡).
 */
export const headWords = ['市场', '市政', '市容', '市民', '乡村', '乡镇', '区域', '县域', '镇村'];

/**
 * Department vocabulary that ends like a unit. A piece ending in one of `neverPlaceEndings` is
 * not a place (住房和城乡建设局, 社区). The `notPlaceWords` are no place on their own, and a place
 * followed by one is read as the place and the word (某县城市管理局 is 某县 + 城市管理局), while
 * 韩城市 remains a city.
 */
const neverPlaceEndings = ['城乡', '社区', '小区', '辖区', '片区', '景区'];
const notPlaceWords: ReadonlySet<string> = new Set(['城市', '城乡', '城镇', '都市', '乡镇', '村镇', '市区', '省市', '市县', '县区', '县市', '区县']);

/** Characters and words no place name contains: they belong to bodies and departments. */
const notInPlaces = /[局厅委办部署院府处所站队馆司]|政府|中心|人民/u;

/**
 * The 55 minority nationalities as place names print them before 族 or, in Xinjiang, without it
 * (新疆维吾尔自治区, 伊犁哈萨克自治州). Longest first so that 土家 is taken before 土.
 */
const ethnicNames = [
  '柯尔克孜', '乌孜别克', '鄂伦春', '鄂温克', '达斡尔', '维吾尔', '哈萨克', '塔吉克', '塔塔尔', '俄罗斯',
  '土家', '哈尼', '傈僳', '拉祜', '东乡', '纳西', '景颇', '仫佬', '布朗', '撒拉', '毛南', '仡佬', '锡伯',
  '阿昌', '普米', '德昂', '保安', '裕固', '独龙', '赫哲', '门巴', '珞巴', '基诺', '布依', '朝鲜', '蒙古', '高山',
  '回', '藏', '苗', '彝', '壮', '满', '侗', '瑶', '白', '傣', '黎', '佤', '畲', '水', '土', '羌', '怒', '京',
];
const ethnicAlways = new RegExp(`(?:(?:${ethnicNames.join('|')})族?)+$`, 'u');
const ethnicWithZu = new RegExp(`(?:(?:${ethnicNames.join('|')})族)+$`, 'u');

/** A unit read from a name. */
export interface UnitMatch {
  /** As printed (after normalisation): 木座藏族乡. */
  name: string;
  /** Identity key: the name without ethnic qualifiers, autonomous suffixes shortened: 木座乡. */
  key: string;
  kind: UnitKind;
}

/** The core of a unit's name with its ethnic qualifier dropped, when at least two characters remain. */
function dropEthnic(core: string, how: SuffixDef['ethnic']): { core: string; ethnic: boolean } {
  if (how === 'never' || (how === 'with-zu' && !core.includes('族'))) return { core, ethnic: false };
  const m = (how === 'always' ? ethnicAlways : ethnicWithZu).exec(core);
  if (!m || core.length - m[0].length < 2) return { core, ethnic: false };
  return { core: core.slice(0, m.index), ethnic: true };
}

/**
 * Read `piece` as one administrative unit, or null. The name before the suffix has at least one
 * character, does not end on the suffix's own character (宁乡市市 is not a unit), holds no body
 * word (局, 委, 政府) and is no department word (住房和城乡, 城市). A place followed by a department
 * word is not one place (某县城市 is 某县 + 城市…, but 韩城市 is a city).
 */
export function readUnit(piece: string): UnitMatch | null {
  const cached = unitCache.get(piece);
  if (cached !== undefined) return cached;
  if (unitCache.size >= unitCacheSize) unitCache.clear();
  const unit = readSplit(piece);
  unitCache.set(piece, unit);
  return unit;
}

/** Pieces repeat across a corpus (the same places in every name): their readings are kept. */
const unitCache = new Map<string, UnitMatch | null>();
const unitCacheSize = 50_000;

function readSplit(piece: string): UnitMatch | null {
  const unit = readOne(piece);
  if (!unit) return null;
  // The department words are two characters long.
  if (notPlaceWords.has(piece.slice(-2)) && readOne(piece.slice(0, -2))) return null;
  return unit;
}

/** The last characters of the suffixes: a unit can only end on one of these. */
export const unitEndChars: ReadonlySet<string> = new Set(suffixes.map((d) => d.suffix.slice(-1)));

/** One unit by its suffix alone, without asking whether it could be two. */
function readOne(piece: string): UnitMatch | null {
  if (!unitEndChars.has(piece[piece.length - 1] ?? '')) return null;
  if (notInPlaces.test(piece) || notPlaceWords.has(piece)) return null;
  if (neverPlaceEndings.some((w) => piece.endsWith(w))) return null;
  if (municipalities.has(piece)) return { name: piece, key: piece, kind: 'municipality' };
  for (const def of suffixes) {
    if (!piece.endsWith(def.suffix)) continue;
    const core = piece.slice(0, piece.length - def.suffix.length);
    // 族 starts no place name: 东乡族自治县 is not 东乡 + 族自治县.
    if (core.length < 1 || core.startsWith('族')) return null;
    if (core.endsWith(def.suffix.slice(-1))) return null;
    const { core: bare, ethnic } = dropEthnic(core, def.ethnic);
    const kind: UnitKind = ethnic && (def.kind === 'township' || def.kind === 'town') ? 'ethnic-township' : def.kind;
    return { name: piece, key: bare + def.keySuffix, kind };
  }
  return null;
}

/** Levels as Chinese tables name them (the organ CSV reads the same words back). */
export const levelNames: Record<OrganLevel, string> = { national: '国家级', province: '省级', city: '市级', county: '县级', town: '乡镇' };

/** An organ's level in Chinese: 县级, or 县级部门 for a department of a county government; null where unknown. */
export function levelName(level: string | null | undefined, department = false): string | null {
  const name = level ? levelNames[level as OrganLevel] ?? level : null;
  return department ? `${name ?? ''}部门` : name;
}
