// Word lists for plausible Chinese people and places. Each entry is "汉字:pinyin" so that e-mail
// addresses can be derived from the name the way people actually choose them.

import { cumulative, type Rng } from './random.ts';

interface Syllable {
  text: string;
  pinyin: string;
}

function parseList(list: string): Syllable[] {
  return list
    .trim()
    .split(/\s+/)
    .map((entry) => {
      const [text, pinyin] = entry.split(':');
      return { text: text as string, pinyin: pinyin as string };
    });
}

// The ~100 most common surnames, most frequent first; weights fall off with rank like the
// census table (王, 李, 张 alone cover ~20% of the population). Compound surnames are rare.
const SURNAMES = parseList(`
王:wang 李:li 张:zhang 刘:liu 陈:chen 杨:yang 黄:huang 赵:zhao 吴:wu 周:zhou 徐:xu 孙:sun 马:ma
朱:zhu 胡:hu 郭:guo 何:he 林:lin 高:gao 罗:luo 郑:zheng 梁:liang 谢:xie 宋:song 唐:tang 许:xu
韩:han 邓:deng 冯:feng 曹:cao 彭:peng 曾:zeng 肖:xiao 田:tian 董:dong 潘:pan 袁:yuan 蔡:cai
蒋:jiang 余:yu 于:yu 杜:du 叶:ye 程:cheng 魏:wei 苏:su 吕:lv 丁:ding 任:ren 卢:lu 姚:yao
沈:shen 钟:zhong 姜:jiang 崔:cui 谭:tan 陆:lu 范:fan 汪:wang 廖:liao 石:shi 金:jin 韦:wei
贾:jia 夏:xia 付:fu 方:fang 邹:zou 熊:xiong 白:bai 孟:meng 秦:qin 邱:qiu 侯:hou 江:jiang
尹:yin 薛:xue 闫:yan 段:duan 雷:lei 龙:long 黎:li 史:shi 陶:tao 贺:he 毛:mao 郝:hao 顾:gu
龚:gong 邵:shao 万:wan 覃:qin 武:wu 钱:qian 戴:dai 严:yan 莫:mo 孔:kong 向:xiang 常:chang
汤:tang 欧阳:ouyang 司马:sima 诸葛:zhuge 上官:shangguan
`);
const SURNAME_WEIGHTS = cumulative(SURNAMES.map((_, rank) => 1 / (rank + 6)));

const MALE_GIVEN = parseList(`
伟:wei 强:qiang 磊:lei 军:jun 勇:yong 杰:jie 涛:tao 斌:bin 超:chao 明:ming 刚:gang 平:ping
辉:hui 鹏:peng 华:hua 飞:fei 鑫:xin 波:bo 宇:yu 浩:hao 凯:kai 健:jian 俊:jun 帆:fan 旭:xu
宁:ning 龙:long 林:lin 阳:yang 建:jian 国:guo 志:zhi 文:wen 东:dong 海:hai 峰:feng 亮:liang
成:cheng 晨:chen 博:bo 睿:rui 轩:xuan 泽:ze 然:ran 毅:yi 诚:cheng 嘉:jia 昊:hao 铭:ming
振:zhen 德:de 永:yong 庆:qing 荣:rong 卫:wei 新:xin 春:chun 立:li 中:zhong 天:tian 一:yi
`);
const FEMALE_GIVEN = parseList(`
芳:fang 娜:na 敏:min 静:jing 秀:xiu 丽:li 艳:yan 娟:juan 霞:xia 燕:yan 玲:ling 桂:gui 红:hong
梅:mei 琳:lin 婷:ting 雪:xue 慧:hui 颖:ying 倩:qian 洁:jie 晶:jing 萍:ping 佳:jia 欣:xin
怡:yi 璐:lu 瑶:yao 蕾:lei 薇:wei 琪:qi 月:yue 莹:ying 嘉:jia 思:si 雨:yu 丹:dan 楠:nan 晓:xiao
美:mei 凤:feng 兰:lan 秋:qiu 云:yun 春:chun 文:wen 雅:ya 诗:shi 梦:meng 可:ke 妍:yan 婉:wan
菲:fei 蓉:rong 玉:yu 翠:cui 淑:shu 悦:yue 宁:ning 彤:tong 涵:han 欢:huan 青:qing
`);

export interface PersonName {
  name: string;
  surnamePinyin: string;
  givenPinyin: string;
}

/** Surname + one or two given characters (about 60% of people have two). */
export function drawChineseName(rng: Rng, male: boolean): PersonName {
  const surname = SURNAMES[rng.weighted(SURNAME_WEIGHTS)] as Syllable;
  const pool = male ? MALE_GIVEN : FEMALE_GIVEN;
  const first = rng.pick(pool);
  let name = surname.text + first.text;
  let givenPinyin = first.pinyin;
  if (rng.chance(0.62)) {
    let second = rng.pick(pool);
    if (second.text === first.text && rng.chance(0.7)) second = rng.pick(pool); // 叠字 is rarer
    name += second.text;
    givenPinyin += second.pinyin;
  }
  return { name, surnamePinyin: surname.pinyin, givenPinyin };
}

/** Latin names for holders of foreign documents (foreign permanent residents). */
export const FOREIGN_NAMES = [
  'JOHN SMITH', 'MARIA GARCIA', 'DAVID MUELLER', 'SARAH JOHNSON', 'KENJI TANAKA', 'ANNA SCHMIDT',
  'PIERRE MARTIN', 'EMMA WILSON', 'MICHAEL BROWN', 'YUKI SATO', 'LUCAS SILVA', 'SOPHIE DUBOIS',
  'JAMES TAYLOR', 'MIN-JUN KIM', 'OLIVIA CLARK', 'THOMAS WEBER',
] as const;

export interface City {
  branch: string;
  /** Districts and areas a sub-branch (支行) is named after. */
  districts: readonly string[];
  /** Roads and landmarks an outlet (网点) is named after. */
  roads: readonly string[];
}

export const CITIES: readonly City[] = [
  {
    branch: '杭州分行',
    districts: '西湖 上城 拱墅 滨江 萧山 余杭 临平 钱塘 富阳 临安 城西 武林 钱江新城 湖滨 之江'.split(' '),
    roads: ('文三路 文二路 天目山路 延安路 解放路 庆春路 凤起路 体育场路 莫干山路 黄龙 古墩路 学院路 ' +
      '教工路 湖墅南路 江南大道 滨盛路 市心路 文一西路 五常大道 秋涛路 钱江路 新塘路 九堡 下沙 ' +
      '西溪 翠苑 三墩 城站 南星桥 转塘').split(' '),
  },
  {
    branch: '上海分行',
    districts: '黄浦 徐汇 长宁 静安 普陀 虹口 杨浦 闵行 宝山 嘉定 浦东 松江 青浦 陆家嘴 张江'.split(' '),
    roads: ('南京东路 淮海中路 徐家汇 衡山路 漕溪北路 中山公园 静安寺 曹家渡 四川北路 五角场 世纪大道 ' +
      '金桥 莘庄 七宝 虹桥 古北 新天地 人民广场 大宁 江湾 塘桥 花木 控江路 曲阳 长风 真如 ' +
      '龙华 田林 打浦桥 外滩').split(' '),
  },
  {
    branch: '南京分行',
    districts: '玄武 秦淮 建邺 鼓楼 浦口 栖霞 雨花台 江宁 六合 溧水 高淳 新街口 河西 仙林 江北新区'.split(' '),
    roads: ('中山路 湖南路 珠江路 山西路 汉中路 集庆门 奥体 江东中路 龙江 夫子庙 太平南路 迈皋桥 ' +
      '安德门 百家湖 东山 中央路 北京西路 广州路 大行宫 瑞金路 光华路 卡子门 草场门 汉中门 ' +
      '月牙湖 孝陵卫 铁心桥 雨润 仙鹤门 燕子矶').split(' '),
  },
];

const CHINESE_ORDINALS = ['', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** The n-th use of a place name: "文三路", then "文三路第二", "文三路第三" ... */
export function nthPlaceName(list: readonly string[], n: number): string {
  const base = list[n % list.length] as string;
  const round = Math.floor(n / list.length);
  if (round === 0) return base;
  const ordinal = CHINESE_ORDINALS[round] ?? String(round + 1);
  return `${base}第${ordinal}`;
}
