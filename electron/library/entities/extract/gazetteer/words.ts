/** Word lists the rules consult, space-separated (any case; normalised like text at load). */

/** Role words that can stand before a name ("President", "Minister", "президент", "Staatschef"). */
export const ROLE_HEADS =
  'president presidents präsident präsidentin präsidenten premier minister ministerin richterin chairman chairwoman chancellor kanzler kanzlerin bundeskanzler bundeskanzlerin ' +
  'secretary councilor councillor ambassador botschafter botschafterin leader spokesperson spokesman spokeswoman sprecher sprecherin mr mrs ms dr prof professor ' +
  'senator governor mayor speaker envoy general king queen prince staatschef machthaber regierungschef ministerpräsident außenminister verteidigungsminister ' +
  'parteichef herr frau vizepräsident vorsitzender vorsitzende bürgermeister außenministerin verteidigungsministerin ' +
  'президент председатель министр премьер лидер посол спикер канцлер генсек секретарь госсекретарь господин губернатор мэр генерал ' +
  'commissioner counterpart economist analyst judge emir sheikh director manager coach detective sheriff gov kommissar kommissarin amtskollege amtskollegin комиссар еврокомиссар коллега ' +
  'prosecutor founder lawyer attorney activist librarian alderman nurse doctor striker midfielder defender goalkeeper captain businessman businesswoman ' +
  'scientist researcher firefighter volunteer engineer farmer teacher shopkeeper painter artist novelist poet photographer filmmaker actor actress singer ' +
  'musician composer curator architect historian physicist chemist biologist glaciologist geologist astronomer lecturer inspector sergeant constable ' +
  'trainer trainerin regisseur regisseurin verteidiger verteidigerin vorstand anwohner anwohnerin stadtrat stadträtin spitzenkandidat spitzenkandidatin arzt ärztin jährige jähriger jährigen';

/** Endings that make a German compound a role before a name ("Wirtschaftssenatorin", "Oberbürgermeister", "Bundestrainer"). */
export const COMPOUND_ROLE_ENDINGS =
  'minister ministerin präsident präsidentin bürgermeister bürgermeisterin senator senatorin führer führerin richter richterin trainer trainerin ' +
  'sprecher sprecherin chef chefin leiter leiterin direktor direktorin anwalt anwältin kommissar kommissarin botschafter botschafterin sekretär sekretärin ' +
  'vorstand kandidat kandidatin schützer schützerin physiker physikerin forscher forscherin rätin wissenschaftler wissenschaftlerin';

/** Words that qualify a role ("Vice Chairman", "Defense Minister", "State Councilor"). */
export const ROLE_MODIFIERS =
  'vice deputy first prime state foreign defense defence executive former acting chief grand stellvertretende stellvertretender ehemalige ehemaliger ' +
  'вице заместитель первый бывший генеральный обороны иностранных дел';

/** Roles that make "the Belarusian leader" mean that country's head of state. */
export const LEADER_ROLES = 'president präsident präsidenten präsidentin leader chairman staatschef machthaber президент лидер председатель';

/** Nationality adjectives by country (Russian forms are stemmed, German endings are cut at lookup). */
export const NATIONALITIES: Record<string, string> = {
  Belarus: 'belarusian belarussian belorussian byelorussian belarussisch weißrussisch weissrussisch белорусский',
  China: 'chinese chinesisch китайский',
  Russia: 'russian russisch российский русский',
  Ukraine: 'ukrainian ukrainisch украинский',
  'United States': 'american amerikanisch американский',
  'United Kingdom': 'british britisch британский',
  Germany: 'german deutsch немецкий германский',
  France: 'french französisch французский',
  Japan: 'japanese japanisch японский',
  India: 'indian indisch индийский',
  Pakistan: 'pakistani pakistanisch пакистанский',
  Kazakhstan: 'kazakh kazakhstani kasachisch казахстанский',
  Uzbekistan: 'uzbek usbekisch узбекский',
  Poland: 'polish polnisch польский',
  Lithuania: 'lithuanian litauisch литовский',
  Latvia: 'latvian lettisch латвийский',
  Iran: 'iranian iranisch иранский',
  Turkey: 'turkish türkisch турецкий',
  Mongolia: 'mongolian mongolisch монгольский',
  Vietnam: 'vietnamese vietnamesisch вьетнамский',
  Serbia: 'serbian serbisch сербский',
  Hungary: 'hungarian ungarisch венгерский',
  Cuba: 'cuban kubanisch кубинский',
  Egypt: 'egyptian ägyptisch египетский',
  Italy: 'italian italienisch итальянский',
  Armenia: 'armenian armenisch армянский',
  Azerbaijan: 'azerbaijani aserbaidschanisch азербайджанский',
  Georgia: 'georgian georgisch грузинский',
  Afghanistan: 'afghan afghanisch афганский',
  'Soviet Union': 'soviet sowjetisch советский',
  Europe: 'european europäisch европейский',
  'North Korea': 'korean koreanisch корейский',
};

/** Capitalised words that are never part of a person's name: function words, months, weekdays, page furniture. */
export const STOPWORDS =
  'the a an this that these those he she it we they i you his her its our their my your in on at by for from with as and but or if when while during after before since ' +
  'under over according meanwhile however also then there here what who how why where not no yes all both each every many some other such only just even ' +
  'god home news read follow most popular more contact about editor web photo video source update breaking latest ' +
  'january february march april may june july august september october november december ' +
  'monday tuesday wednesday thursday friday saturday sunday ' +
  'der die das den dem des ein eine einer eines und mit bei nach am im vom zum zur auf aus für über unter ist sind war hat wie als auch er sie es wir ihr ' +
  'januar februar märz mai juni juli oktober dezember montag dienstag mittwoch donnerstag freitag samstag sonntag ' +
  'в на по с и но а как это он она они мы при после до для о об от из к у во со же ли ' +
  'январь февраль март апрель май мая июнь июль август сентябрь октябрь ноябрь декабрь понедельник вторник среда четверг пятница суббота воскресенье';

/** Final words that make a capitalised run an organisation ("China Media Group", "Belarusian State University"). */
export const ORG_HEADS =
  'organization organisation union party congress committee council ministry bank university institute association agency corporation company group ' +
  'assembly parliament federation fund commission academy court service office administration secretariat bureau alliance community authority army forces ' +
  'navy guard department embassy consulate foundation society network broadcasting television radio holding airlines airways railway railways industries inc ltd llc gmbh ag plc ' +
  'board directorate college survey registry marathon festival biennial biennale league ' +
  'partei organisation ministerium universität kommission versammlung stiftung institut gruppe agentur';

/** Final words that make a capitalised run a place ("Diaoyutai State Guesthouse", "Palace of Independence"). */
export const PLACE_HEADS =
  'palace square guesthouse airport station stadium hall park region oblast province district county street avenue bridge river lake sea ocean ' +
  'mountains island islands gulf strait canal valley peninsula plaza zone port harbour harbor platz straße gebiet bezirk provinz arena bay palast stadion';

/** Words that begin a place's name before its own ("Mount Elgon", "Estadio Centenario", "Cape Coast"). */
export const PLACE_PREFIXES = 'mount estadio cape cerro casa palacio lake';

/** Russian nouns that make the capitalised adjective before them a region ("Свердловской области", "Приморского края"). */
export const REGION_NOUNS = 'область край район округ губерния';

/** Russian nouns of land and towns that make a capitalised adjective before them a place ("Ферганской долины", "Старого города"). */
export const LANDFORM_NOUNS = 'долина город полуостров нагорье низменность пустыня залив';

/** Capitalised words too general to name an organisation or place without a more specific word. */
export const GENERIC =
  'standing central political national state foreign affairs supreme general international federal executive permanent joint security defense defence ' +
  'economic people republic democratic socialist communist united world global new great senior chief main presidential government cabinet house senate ' +
  'media news daily times summit forum empire initiative cooperation development trade investment partnership friendship strategic industrial free ' +
  'center centre museum conference meeting visit war day year high higher supreme main public social foreign domestic regional city town';

/** Lower-case words that may join capitalised words inside a name ("Communist Party of China", "Palace of Independence"). */
export const CONNECTORS = 'of the for and de du la von der des für und';

/** Given names (several transliterations each), evidence that the capitalised words after them are a person. */
export const FIRST_NAMES =
  'alexander aleksandr alexandr alyaksandr aliaksandr vladimir wladimir uladzimir sergei sergey sergej siarhei dmitry dmitri dmitrij dzmitry mikhail michail ' +
  'nikolai nikolay mikalai andrei andrey andrej alexei alexey aleksei aleksey igor ihar maxim maksim roman yury yuri juri pavel pavlo oleg aleh yevgeny evgeny ' +
  'ivan pyotr petr anatoly gennady valery leonid boris natalya natalia anna elena olga volha svetlana sviatlana swetlana tatiana tatyana irina maria lyudmila ' +
  'volodymyr petro kassym shavkat ilham nikol recep narendra shehbaz imran nursultan emomali sadyr serdar gurbanguly viktor victor valentin vadim konstantin ' +
  'john james robert michael william david richard joseph thomas charles patricia jennifer linda elizabeth barbara susan sarah karen nancy lisa george donald ' +
  'joe kamala hillary barack rishi keir theresa tony gordon margaret angela olaf frank walter annalena emmanuel marine giorgia mario pedro antonio antónio ' +
  'ursula kaja josep jens mark antony andrzej friedrich markus hans peter klaus wolfgang jürgen karl heinz stefan andreas christian katrin sahra gerhard helmut ' +
  'lars christine marco luiz cyril jair justin anthony shinzo fumio ' +
  'александр владимир сергей дмитрий михаил николай андрей алексей игорь максим роман юрий павел олег евгений иван петр пётр анатолий геннадий валерий ' +
  'леонид борис виктор наталья анна елена ольга светлана татьяна ирина мария людмила эммануэль дональд джо олаф ангела фридрих валентин вадим константин';

/** Chinese surnames, for "Surname Given" names; given names must be pinyin in Latin script. */
export const CHINESE_SURNAMES =
  'xi li wang zhang liu chen yang zhao huang zhou wu xu sun hu zhu gao lin guo ma luo liang zheng xie tang feng yu dong xiao cheng cao yuan deng fu shen zeng ' +
  'peng lu su jiang cai jia ding wei xue ye yan du dai xia zhong tian ren shi yao liao zou xiong jin hao kong bai cui kang mao qiu qin gu hou shao meng lei ' +
  'qian yin qiao lai wen zhai ji geng mei shang niu han ' +
  'си ли ван чжан лю чэнь чень ян чжао хуан чжоу сюй сунь ху чжу гао линь го ма ло лян чжэн се тан фэн юй дун сяо чэн цао юань дэн фу шэнь цзэн пэн лу су ' +
  'цзян цай цзя дин вэй сюэ янь пань ду дай ся чжун тянь жэнь фан ши яо тань ляо цзоу сюн цзинь хао кун бай цуй кан мао цю цинь гу хоу шао мэн вань дуань ' +
  'лэй цянь инь цяо лай гун вэнь хань хэ';

/** Chinese surnames that are also English words ("He", "Long"): only with a two-syllable given name. */
export const AMBIGUOUS_SURNAMES = 'he long song fan pan fang tan wan gong';

/** Lower-case particles inside a person's name ("Maria da Conceição Tavares", "Abdulaziz bin Salman", "Ali al-Sistani"). */
export const NAME_PARTICLES = 'da de do dos das del della di du van von der den ter bin ibn al el';

/** Particles that by themselves show that the capitalised words around them are a person's name. */
export const PERSON_PARTICLES = 'bin ibn al';

/** Verbs of speech beside a name are evidence of a person: "X said", "said X". */
export const SPEECH_VERBS =
  'said says told added adds noted notes stated explained explains warned asked replied wrote recalled insisted ' +
  'sagte sagt erklärte betonte ergänzte fügte schrieb сказал сказала заявил заявила отметил отметила подчеркнул подчеркнула добавил добавила ' +
  'рассказал рассказала сообщил сообщила пояснил пояснила считает считают назвал назвала призвал призвала уточнил уточнила';

/** Stems of Russian nouns that head an organisation's name, before their case endings ("суд", "Института", "агентства"). */
export const RU_ORG_STEMS =
  'университет институт академи суд театр банк фонд клуб форум союз комитет метрополитен департамент холдинг концерн завод комбинат парламент колледж ' +
  'министерств агентств ведомств правительств посольств консульств ассоциаци компани корпораци комисси федераци организаци коалици ' +
  'администраци мэри лаборатори прокуратур служб программ палат дум лиг больниц бирж объединени движени управлени кубк кубок';

/** Endings of German nouns that name an organisation ("Bundesgerichtshof", "Wetterdienstes", "Verkehrsbetriebe"). */
export const DE_ORG_ENDINGS =
  'ministerium gericht gerichtshof verband institut gesellschaft konzern hilfswerk klinikum gewerkschaft kommission behörde stiftung verein ' +
  'betriebe bündnis partei dienst bund bank universität hochschule agentur regierung rat landtag bewegung';

/** Acronyms of things that are no organisation ("GDP", "ГЭС"), which a lone acronym otherwise is. */
export const COMMON_ACRONYMS =
  'AI IT TV FM AM PR ID OK PC CEO CFO CTO GDP GNP VAT HIV AIDS DNA RNA USB PDF LNG LPG EV SUV UFO FAQ ATM SMS GPS CO NB PS BA BS MA MBA MSC BSC PHD ' +
  'ВВП НДС ГЭС ТЭЦ АЭС МС СМИ ДНК ИИ ЖКХ';

/** Russian nouns before a street's name, in their cases ("на улице Розы Люксембург", "по проспекту Руставели"). */
export const RU_STREET_NOUNS =
  'улица улицы улице улицу улицей проспект проспекта проспекте проспекту проспектом площадь площади площадью переулок переулке переулка ' +
  'бульвар бульвара бульваре набережная набережной набережную шоссе';

/**
 * Lower-case words before a lone capitalised name that make it a place ("in Mubende", "в Орске", "на реке Нарын", "штате Мату-Гросу",
 * "портов Приморья", "ледников Тянь-Шаня").
 */
export const PLACE_BEFORE =
  'in into near outside across в во на из под между через около возле близ вблизи ' +
  'реке реки река реку штате штата штат городе города город порт порты порта порту портов районы районе поселке поселка селе села деревне ' +
  'острове острова озере озера провинции регионе региона наукограде столице космодром космодрома космодроме ледники ледников river';

/** Lower-case nouns after a lone capitalised name that make it a place ("the Surma river", "the Kralingen district"). */
export const PLACE_AFTER = 'district districts river valley hills region province county island islands mountains lake';

/** Russian nouns of venues that make a quoted name a place ("на «ЦСКА Арене»", "стадион «Лужники»" is named before it). */
export const RU_QUOTED_PLACE_HEADS = 'арена арене арены ареной стадион стадионе парк парке площадь';

/** Russian nouns of works and craft, whose names in quotes are no organisation ("балета «Тамерлан»", "фильм «Левиафан»"). */
export const RU_WORKS =
  'балет балета балете опера оперы опере фильм фильма фильме спектакль спектакля книга книги роман романа песня песни альбом альбома корабль корабля судно судна';

/** Endings of German place names (towns in -ingen, -burg, -hausen, -hofen, -dorf, -heim…), for a name after "in", "aus", "nach", "bei". */
export const DE_TOWN_ENDINGS =
  'ingen burg berg hausen hofen hof feld dorf heim stadt au bach furt rode leben stedt born brück brücken hagen kirchen felde walde thal';

/** Nouns that end as towns do ("Neubau", "Ehefrau", "Bahnhof", "Heimatstadt"), which such a rule must not take for one. */
/**
 * Nouns of streets, squares and stations that end a name written as one word with them ("Maasboulevard", "Alexanderplatz",
 * "Damstraat"): where only names are capitalised, such a capitalised word is a place.
 */
export const ONE_WORD_PLACE_ENDINGS = 'boulevard platz straße strasse plein straat gracht bahnhof brücke gasse allee';

/** German nouns of a place a town has one of, named by the noun alone after a preposition and its article ("vom Hauptbahnhof nach Grünau"). */
export const DE_TOWN_LANDMARKS = 'hauptbahnhof';

/** German prepositions joined with their article ("am", "vom"): before a noun of place they say which one, the town's own. */
export const DE_AT_THE = 'am im vom zum beim';

export const DE_NOT_TOWN_ENDINGS = 'bau frau bahnhof friedhof innenhof hinterhof innenstadt heimatstadt hauptstadt altstadt stadt';

/** Lower-case nouns of a kind of organisation before its name ("operator Transnet", "miner Ivanhoe Mines", "group Hen Mpoano"). */
export const EN_ORG_TYPES =
  'company firm operator miner carrier airline insurer lender retailer broadcaster newspaper regulator startup conglomerate ' +
  'consortium fund group club party agency charity union automaker carmaker chipmaker manufacturer producer supplier developer';

/** Endings of German nouns of a kind of organisation before its name ("Energiekonzern Enertrag", "Reederei Hapag-Lloyd"). */
export const DE_ORG_TYPES =
  'konzern reederei organisation hersteller aufsicht konsortium bank firma verein fachblatt zeitung sender versicherer betreiber autobauer fluggesellschaft projekt';

/** Lower-case nouns after a name that say it is an organisation ("the Historic Pact coalition", "a Boliden spokesman"). */
export const ORG_KINDS_AFTER = 'coalition hospital project programme program consortium newspaper airline club spokesman spokeswoman spokesperson';

/** Verbs and prepositions between two teams in a sentence with a score ("Peñarol beat Flamengo 1-0", "gegen Bayer Leverkusen mit 2:1"). */
export const MATCH_VERBS = 'beat beats defeated defeat edged thrashed overcame against gegen schlägt schlug besiegte besiegt bezwang';

/** Participles before "by" and an organisation ("a smelter owned by Boliden"). */
export const OWNED_BY = 'owned operated acquired bought funded financed backed sponsored';

/** Stems of Russian public bodies written in lower case before what they do and their country ("министерством цифровых технологий Узбекистана"). */
export const RU_BODY_STEMS = 'министерств ведомств агентств комитет служб управлен';

/** Lower-case nouns of place, or of those living in one, before "of" and a name ("the island of Evia", "the port of Lobito", "residents of Karori"). */
export const PLACE_OF = 'island city town village port region province state district county municipality residents inhabitants';
