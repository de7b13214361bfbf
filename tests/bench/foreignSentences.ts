/**
 * News sentences in the corpus's other languages. Brown is English only and no other corpus is installed,
 * so these few are recombined; what matters for the bench is the script, the diacritics and the length.
 */
export const FOREIGN_SENTENCES = {
  ru: [
    'Президент Беларуси Александр Лукашенко провёл переговоры с председателем КНР Си Цзиньпином в Пекине.',
    'Стороны обсудили ход реализации совместных проектов в промышленности, сельском хозяйстве и логистике.',
    'По словам главы государства, товарооборот между двумя странами за первое полугодие вырос почти на четверть.',
    'Особое внимание на встрече было уделено созданию индустриального парка «Великий камень» под Минском.',
    'Министр иностранных дел отметил, что отношения всестороннего стратегического партнёрства выходят на новый уровень.',
    'В ближайшие месяцы планируется открыть ещё два прямых авиарейса и расширить железнодорожные перевозки.',
    'Учёные Национальной академии наук подписали соглашение о совместных исследованиях в области биотехнологий.',
    'Ранее сообщалось, что белорусские предприятия увеличили поставки молочной продукции и мяса птицы.',
    'Эксперты считают, что соглашение позволит сократить издержки экспортёров и ускорить таможенное оформление.',
    'Делегация также посетила музей Великой Отечественной войны и возложила цветы к монументу Победы.',
    'Заседание межправительственного комитета по сотрудничеству пройдёт осенью в Шанхае.',
    'Журналисты задали вопросы о ценах на энергоносители, и министр пообещал ответить на них подробно.',
  ],
  de: [
    'Der belarussische Präsident traf am Montag in Peking mit Vertretern der chinesischen Führung zusammen.',
    'Beide Seiten vereinbarten, die Zusammenarbeit in den Bereichen Verkehr, Energie und Landwirtschaft auszubauen.',
    'Nach Angaben des Außenministeriums wurden insgesamt zwölf Abkommen und Absichtserklärungen unterzeichnet.',
    'Die Europäische Union äußerte sich besorgt über die Entwicklung und forderte größere Transparenz.',
    'Ökonomen gehen davon aus, dass der Handel zwischen beiden Ländern in diesem Jahr weiter wächst.',
    'Der Industriepark bei Minsk gilt als Schlüsselprojekt der Neuen Seidenstraße in Osteuropa.',
    'Während des Besuchs wurden auch Gespräche über Bildung, Gesundheitswesen und Tourismus geführt.',
    'Kritiker bemängeln, dass über die Finanzierung der Großprojekte kaum öffentliche Informationen vorliegen.',
    'Die Delegation besichtigte außerdem ein Werk für Elektrofahrzeuge und eine Universität in Tianjin.',
    'Für Donnerstag ist ein Treffen mit Unternehmern aus der Provinz Jiangsu geplant.',
    'Ein Sprecher der Regierung bestätigte, dass die Gespräche in freundschaftlicher Atmosphäre stattfanden.',
    'Die Zölle auf landwirtschaftliche Erzeugnisse sollen schrittweise gesenkt werden, hieß es in Brüssel.',
  ],
  zh: [
    '白俄罗斯总统卢卡申科在北京同中国国家主席习近平举行会谈。',
    '双方就深化全面战略伙伴关系以及共建一带一路合作交换了意见。',
    '中白工业园建设取得积极进展，已有一百多家企业入驻。',
    '两国元首一致同意加强在经贸、投资、科技和人文领域的交流合作。',
    '会谈后，两国领导人共同见证了多项合作文件的签署。',
    '据统计，今年上半年双边贸易额同比增长百分之二十以上。',
    '专家认为，上海合作组织为地区和平与发展发挥了重要作用。',
    '代表团还参观了天津的一家新能源汽车工厂和一所大学。',
  ],
} as const;

export type ForeignLanguage = keyof typeof FOREIGN_SENTENCES;
