/** Word lists for names in Chinese text, which has no spaces and no capitals to show where a name begins. */

/** Titles and offices that stand right before a name ("外长王毅", "总统卢拉"); longer ones first where one ends another. */
export const ROLES =
  '国家主席 主席 副主席 总统 副总统 总理 副总理 首相 外长 外交部长 部长 副部长 防长 国防部长 大使 特使 发言人 国务委员 委员长 议长 ' +
  '总书记 书记 秘书长 总干事 市长 省长 州长 主任 院长 校长 教授 研究员 博士 记者 局长 董事长 总裁 首席执行官 总经理 教练 主教练 ' +
  '法官 检察官 队长 选手 球员 国王 王储 女王 总督 主持人 导演 作家 经济学家 专家 负责人 官员 议员 候选人 警长 船长 主帅 ' +
  '被告人 审判长 律师 厅长 处长 县长 区长 镇长 村长 村民 居民 市民 农民 商户 商人 游客 司机 医生 护士 教师 学生 前锋 后卫 门将 中场 外援 院士 科学家 工程师';

/** Verbs of speech and acts that only a person does after a name ("王毅表示", "同卢卡申科会谈" ends at "会谈"'s subject). */
export const PERSON_AFTER_NAME =
  '表示 说 指出 强调 称 认为 介绍 宣布 透露 回答 补充 告诉 提到 呼吁 坦言 承认 说道 会见 会晤 出席 访问 主持 率领 率 发表 签署 接受 通电话 通话';

/** Verbs of speech and other words that end a name after it ("王毅表示", "毛宁在记者会上说", "同卢卡申科会谈"). */
export const AFTER_NAME = PERSON_AFTER_NAME + ' 在 与 同 和 对 向 就 于 当天 今天 昨天 日前 近日 举行 也 还 则 已 曾 将 的 等';

/** Verbs and prepositions of going to a place, which a place follows ("前往内罗毕", "延伸至纳瓦沙", "赴京"). */
export const TO_PLACE = '前往 飞往 通往 开往 运往 驶往 迁往 赴 抵达 到达 延伸至 延长至';

/** Common Chinese surnames (two-character ones too), for "role + surname + one or two characters". */
export const SURNAMES =
  '王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩 冯 邓 曹 彭 曾 肖 田 董 袁 潘 于 蒋 蔡 余 杜 叶 程 苏 魏 吕 丁 ' +
  '任 沈 姚 卢 姜 崔 钟 谭 陆 汪 范 金 石 廖 贾 夏 韦 付 方 白 邹 孟 熊 秦 邱 江 尹 薛 闫 段 雷 侯 龙 史 陶 黎 贺 顾 毛 郝 龚 邵 万 钱 严 覃 武 戴 ' +
  '莫 孔 向 汤 常 温 康 施 文 牛 樊 葛 邢 安 齐 易 乔 伍 庞 颜 倪 庄 聂 章 鲁 岳 翟 殷 詹 申 欧 耿 关 兰 焦 俞 左 柳 甘 祝 包 宁 尚 符 舒 阮 柯 纪 梅 ' +
  '童 凌 毕 单 季 裴 霍 涂 成 苗 谷 盛 曲 翁 冉 骆 蓝 路 游 辛 靳 管 柴 蒙 鲍 华 喻 祁 蒲 房 滕 屈 饶 解 牟 艾 尤 阳 时 穆 农 司 卓 古 吉 缪 简 车 ' +
  '项 连 芦 麦 褚 娄 窦 戚 岑 景 党 宫 费 卜 冷 晏 席 卫 米 柏 宗 瞿 桂 全 佟 应 臧 闵 苟 邬 边 卞 姬 师 和 仇 栾 隋 商 刁 沙 荣 巫 寇 桑 郎 甄 丛 ' +
  '仲 虞 敖 巩 明 佘 池 查 麻 苑 迟 邝 ' +
  '欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 令狐 慕容 夏侯 端木 宇文 长孙';

/**
 * Characters Chinese uses to transcribe foreign names ("卢拉", "玛丽亚·达孔塞桑"): a name after a title made only of
 * these is a person nobody listed. Common words are rarely made only of them.
 */
export const TRANSCRIPTION =
  '阿埃艾爱安昂奥巴拜班邦保鲍贝本比彼毕边别宾波伯博布察查达戴丹道德登迪蒂丁东杜敦多厄恩尔法凡方菲斐费芬丰弗福富盖甘冈戈格哥古瓜圭哈海汉豪赫亨洪胡华' +
  '怀霍基吉加迦贾简杰捷金卡凯坎康考柯科克肯库夸奎拉莱兰朗劳勒雷蕾黎里理利莉丽连梁列林琳隆卢鲁陆路伦罗洛玛马迈麦曼芒梅门蒙米密敏明莫默穆纳娜奈南内尼' +
  '妮涅宁纽努诺欧帕潘佩彭皮普奇齐恰乔切钦琴丘萨塞赛桑瑟森沙莎尚什施舍圣斯松苏索塔泰坦汤唐特滕提田图托瓦万旺威韦维温文沃乌伍西希锡夏辛休许雅亚延扬耶' +
  '伊因英尤于约泽扎詹赞祖佐毛席廉茨兹姆夫娅娃丝露缇琼珀珊琪茜黛嘉薇芙洁萝璐玲茵坤昆铁汀廷婷秋绍赖瑞若陶魏肖谢欣修杨叶曾张朱卓宗';

/** Characters that end the word before a name ("在", "和", "的"): an organisation's name starts after them. */
export const BEFORE_NAME = '在和与同对从由向的是了将为及等于也还据称说';

/** Final words that make a known place before them an organisation ("北京大学", "巴西外交部"). */
export const ORG_HEADS =
  '大学 银行 政府 外交部 国防部 商务部 财政部 议会 国会 大使馆 领事馆 科学院 研究院 航空公司 公司 集团 电视台 通讯社 协会 委员会 足协 足球队 国家队 法院 警方';

/** Heads of organisations that a place begins with other words between ("中国气象局", "广东省应急管理厅", "梅州市委"). */
export const LATER_ORG_HEADS = '局 厅 市委 省委 区委 县委 中心 博物馆 医院 研究所 人民法院 检察院 管理局 航天局 气象局';

/** After a one-character head, characters that make it another word ("局势", "局面", "局长"). */
export const NOT_AFTER_HEAD = '势面长部限';

/** Before a one-character head, characters that make it another word ("大局", "格局", "结局", "开局"). */
export const NOT_BEFORE_HEAD = '大格结时布开僵变当赌饭';

/** Before 省, 市, 县 or 州, characters that make an ordinary word ("城市", "超市", "上市", "节省", "反省"), not a place's name. */
export const NOT_BEFORE_DIVISION = '城超股都夜上开闹节反自外内各全本该此';

/** After them, characters that make another word ("市场", "市民", "省钱", "县城" is a place's town and stays). */
export const NOT_AFTER_DIVISION = '场民长钱力值级内外';

/** Roles held in an organisation, whose name stands right before them ("申花前锋马莱莱", "敦煌研究院院长苏伯民"). */
export const MEMBER_ROLES = '院长 校长 主教练 教练 前锋 后卫 门将 中场 外援 主帅 队长 球员 董事长 总裁 总经理 首席执行官 秘书长 总干事 发言人 负责人 研究员';

/** Characters a name begins after: punctuation and the ends of lines, where a clause begins. */
export const CLAUSE_STARTS = '，。；：！？、“”「」《》（）\n';

/** Last words of a venue's or a landmark's name ("人民大会堂", "凤凰山体育公园", "莫高窟"), a place after "在" or "于". */
export const VENUE_HEADS = '大会堂 体育场 体育馆 体育公园 公园 广场 机场 火车站 古城 盆地 石窟 大桥 码头 纪念馆 大剧院 宾馆 国宾馆';

/** Words before a place, where it is where something happens or comes from ("在人民大会堂", "于凤凰山体育公园", "来自南极－艾特肯盆地"). */
export const AT_PLACE = '在 于 赴 来自';

/** After a station's "站", characters that make it the verb "stand" ("中国站在…", "站出来"). */
export const NOT_AFTER_STATION = '在出起着了稳住到';

/** Words of a river's or a lake's water after its name ("韩江流域", "长江沿岸", "洞庭湖水位"). */
export const WATER_AFTER = '流域 沿岸 上游 中游 下游 干流 支流 两岸 水位 水域 入海口';
