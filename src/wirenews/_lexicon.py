"""Every word list the parser reads, one frozenset per role, each with a note on what reads it.

Words are stored case-folded unless the note says otherwise; look them up with
``word.casefold()``.  A new cue verb, title or organisation noun is one entry here,
never code elsewhere.  The lists follow the conventions of wire copy in English (the
core) and the agencies' services in Spanish, French, Italian, German, Russian and
Turkish.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.casefold().split())


# --- Attribution cues ------------------------------------------------------------------------------------------------

# Verbs that credit a quotation to whoever stands beside them (``"...," Peskov said`` / ``said Peskov``),
# by language. Read by the speaker stage (cue after, cue before) and the layout stage (does a section report
# anyone's words?).
CUE_VERBS: dict[str, frozenset[str]] = {
    "en": _words(
        """said says say saying told tells added adds noted notes stated states stressed stresses emphasized
        emphasised emphasizes emphasises explained explains remarked remarks continued continues recalled recalls
        wrote writes argued argues asked asks replied replies warned warns insisted insists declared declares
        announced announces observed observes commented comments concluded concludes underlined underlines
        underscored underscores acknowledged acknowledges admitted admits claimed claims confirmed confirms
        reported reports believes believed posted tweeted assured assures complained complains recounted
        asserted asserts expressed expresses
        described describes suggested suggests urged urges vowed vows pledged pledges promised promises
        cautioned cautions estimated estimates predicted predicts responded responds answered answers indicated
        indicates mentioned mentions highlighted highlights affirmed affirms agreed agrees countered counters
        quipped joked conceded concedes maintained maintains contended contends reiterated reiterates
        lamented laments alleged alleges boasted boasts shouted yelled exclaimed whispered screamed
        recalled predicted forecast disclosed revealed reveals proclaimed proclaims testified testifies
        informed wondered wonders mused demanded demands objected protested protests""",
    ),
    "es": _words(
        """dijo afirmó aseguró señaló explicó indicó agregó añadió declaró consideró subrayó insistió
        manifestó advirtió destacó sostuvo expresó apuntó comentó precisó recalcó
        dicho afirmado asegurado señalado explicado indicado añadido declarado advertido subrayado"""
    ),
    "fr": _words(
        """déclaré affirmé indiqué expliqué ajouté souligné estimé précisé assuré dit averti rapporté annoncé
        répondu confirmé insisté martelé lancé reconnu prévenu jugé dénoncé déploré rappelé raconté"""
    ),
    "it": _words("detto dichiarato affermato spiegato aggiunto sottolineato"),
    "de": _words(
        """sagte sagten sagt erklärte erklärten erklärt betonte betonten betont fügte meinte meint warnte warnt
        kritisierte lästerte ergänzte berichtete schrieb äußerte verkündete versprach forderte unterstrich
        bestätigte antwortete fragte verriet bekräftigte mahnte klagte schwärmte"""
    ),
    "ru": _words(
        """сказал сказала заявил заявила отметил отметила сообщил сообщила подчеркнул подчеркнула
        добавил добавила пояснил пояснила говорится"""
    ),
    "tr": _words("dedi söyledi belirtti kaydetti vurguladı konuştu bildirdi aktardı ekledi anlattı açıkladı"),
}
# The auxiliaries of a compound past between a quotation and its cue (``», a déclaré le ministre``, ``», ha detto``,
# ``», ha dicho``), in lower case as printed. Read by the speaker stage: a cue that follows one is read as if it
# stood alone.
CUE_AUXILIARIES = _words("a ont avait avaient ha hanno aveva han había")
# Every cue verb of every language, and the verbs that take a quotation as what they call something.
CUE_WORDS = frozenset().union(*CUE_VERBS.values())
# Cues of several words, matched as printed (lower case).
CUE_PHRASES = (
    "pointed out",
    "points out",
    "summed up",
    "was quoted as saying",
    "is quoted as saying",
    "said in a statement",
    "told reporters",
    "told journalists",
    "told the media",
    "diye konuştu",
    "ifadelerini kullandı",
    "ifadesini kullandı",
    "ifade etti",
    "dile getirdi",
    "değerlendirmesinde bulundu",
    "değerlendirmelerde bulundu",
    "açıklamasında bulundu",
)
# Participles that credit the subject of their sentence: ``Lavrov spoke at length, noting that "..."``.
PARTICIPLE_CUES = _words(
    """noting saying adding stressing calling describing arguing warning insisting explaining emphasizing
    emphasising declaring claiming urging vowing telling asking asserting contending maintaining
    acknowledging conceding predicting suggesting complaining promising pledging reiterating underlining
    confirming announcing revealing stating commenting replying responding"""
)
# Past participles not in -ed, which open a clause that goes on after a comma (``..., held at the request
# of Russia, Ambassador X said``).
IRREGULAR_PARTICIPLES = _words(
    """held led made set hit built brought sent shown seen taken given known found kept left meant paid put
    read run said sold spent stood struck told thought understood won written chosen driven drawn grown
    hidden spoken stolen sworn torn worn"""
)
# Cue words that are nouns too, read as nouns after a determiner or a capitalised word: ``EU states``,
# ``the reports``, ``his remarks`` (``The report states that ...`` keeps its verb).
NOUN_CUES = _words("states reports remarks comments notes claims answers promises estimates warns pledges")
# Verbs whose object is who does what the infinitive after it says: ``prompted Klaus Kinkel to say``,
# ``required its employees to say "happy holidays"`` (not ``used his platform to criticise``: he criticises).
OBJECT_CONTROL_VERBS = _words(
    """prompt prompts prompted prompting ask asks asked asking urge urges urged urging lead leads led
    leading force forces forced forcing cause causes caused causing invite invites invited inviting press
    presses pressed pressing require requires required requiring allow allows allowed allowing encourage
    encourages encouraged encouraging"""
)
# Verbs that take a quotation as what they call something: ``Harris called his record "problematic"``.
# Read only before a quotation in its own clause, where they credit their subject.
OBJECT_CUES = _words(
    """called calls branded brands labelled labeled dubbed termed described describes hailed praised
    criticised criticized criticise criticize condemned denounced slammed dismissed accused accuses
    decried blasted lauded welcomed"""
)
# ``according to X``: X is credited wherever the phrase stands in the sentence.
ACCORDING_TO = "according to"

# Words standing between a speaker and the cue that leave the speaker the subject: ``Peskov also said``.
ADVERBS_BEFORE_CUE = _words(
    """also later then earlier further once again previously recently additionally has had have has
    had would will could might may did does do is was were are repeatedly again still quickly flatly
    simply openly bluntly publicly privately separately subsequently afterwards afterward however too
    himself herself itself themselves only even had already often"""
)

# --- Names -----------------------------------------------------------------------------------------------------------

# Titles and roles printed before or beside a person's name (``Foreign Minister``, ``analyst``): a run of
# capitalised words starting with these is a title and a name, never a name alone; a description whose
# head is one of them (``the Russian leader``) stands for the person titled so.
TITLES = _words(
    """president presidential premier prime minister ministers chancellor secretary spokesman spokeswoman
    spokesperson spokesmen press deputy speaker ambassador envoy consul chairman chairwoman chairperson
    chair head chief leader director governor gov gov. mayor senator sen sen. rep rep. representative
    congressman congresswoman assemblyman assemblywoman councillor councilor councilman councilwoman
    commissioner general gen gen. lieutenant lt lt. colonel col col. major maj maj. captain capt capt.
    sergeant sgt sgt. admiral adm adm. commander cmdr officer official officials coach manager judge
    justice attorney prosecutor lawyer ceo cfo coo founder cofounder co-founder executive dr dr. mr mr.
    mrs mrs. ms ms. miss prof prof. professor king queen prince princess emperor empress sheikh sheik
    emir imam cardinal archbishop bishop rabbi pope patriarch reverend rev rev. father sister brother
    lawmaker legislator diplomat analyst economist strategist expert researcher scientist mp mep adviser
    advisor counsellor counselor aide inspector superintendent sheriff marshal detective constable
    chairman's vice acting former interim designate elect first top senior junior chief's undersecretary
    under-secretary secretary-general director-general commissioner-general attorney-general
    solicitor-general auditor-general ambassador-at-large envoy-at-large ombudsman registrar rector dean
    principal treasurer president-elect
    candidate nominee delegate negotiator mediator commander-in-chief premier-elect governor-general
    monarch regent dictator warlord militant rebel activist campaigner organiser organizer editor
    correspondent columnist reporter anchor host producer author writer novelist poet artist actor
    actress singer director-producer player striker midfielder defender goalkeeper forward guard
    quarterback pitcher skipper champion runner sprinter swimmer boxer wrestler cyclist skier golfer
    jockey rider climber pilot farmer teacher nurse doctor student artist designer architect engineer
    historian businessman businesswoman entrepreneur investor banker trader broker owner activist
    resident witness survivor veteran soldier democrat republican"""
)
# A party's member, printed as a title (``Democrat John Kerry``) or, after the lawmaker is named, with their
# state for them (``the Illinois Democrat said``: the person named, as ``the senator`` would be). Plural forms
# are among the role nouns (``Democrats said``). Read by the speaker stage.
PARTY_MEMBERS = _words("democrat republican")
# The same roles in the agencies' other languages (EFE, AFP, dpa, ANSA, Anadolu, TASS).
TITLES |= _words(
    """presidente presidenta ministro ministra portavoz jefe jefa directora secretario secretaria alcalde
    alcaldesa gobernador canciller embajador diputado diputada senadora vicepresidente representante
    président présidente ministre porte-parole chef directeur directrice secrétaire maire gouverneur
    ambassadeur député députée sénateur premier procureur
    präsident präsidentin ministerin sprecher sprecherin kanzler kanzlerin chefin trainer promoter experte expertin
    bürgermeister botschafter abgeordneter sieger siegerin weltmeister weltmeisterin europameister
    europameisterin
    portavoce sindaco premier
    bakan bakanı başkan başkanı cumhurbaşkanı sözcü sözcüsü müdür müdürü vali valisi
    президент министр глава губернатор пресс-секретарь представитель директор"""
)
# German writes a title as one compound word (``Regierungssprecher``, ``Bundeskanzler``, ``Olympiasieger``):
# a word ending in one of these is a title. (Not ``-meister``: Baumeister and Schulmeister are surnames.)
TITLE_ENDINGS = tuple(
    _words(
        """sprecher sprecherin präsident präsidentin minister ministerin kanzler kanzlerin chef chefin direktor
        direktorin leiter leiterin trainer trainerin experte expertin sieger siegerin"""
    )
)
# Honorifics printed before a name: they make the words after them a person's name.
HONORIFICS = _words("mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sir dame lord lady rev rev. sheikh m. mme herr frau")
# Titles that say the person is a woman or a man (for ``she``/``he``).
FEMALE_WORDS = _words(
    """mrs mrs. ms ms. miss madam madame dame lady queen princess empress duchess countess baroness
    spokeswoman chairwoman congresswoman councilwoman assemblywoman businesswoman sportswoman actress
    waitress hostess heiress mother grandmother wife widow daughter sister aunt niece girl woman
    girlfriend nun"""
)
# (Titles in -man are left out: copy prints ``spokesman`` and ``chairman`` for women too.)
MALE_WORDS = _words(
    """mr mr. sir lord king prince emperor duke count baron businessman actor waiter heir father
    grandfather husband widower son brother uncle nephew boy boyfriend monk"""
)
# Lower-case words that join a person's name: ``Barend du Plessis``, ``Ludwig van Beethoven``. ``al-`` and its
# kin are also printed glued to the next word (``al-Dabbagh``), which then keys the name without them.
NAME_PARTICLES = _words(
    """de da di del della dei des du van von der den ter ten le la lo dos das do bin ibn bint al el ul
    abu st st. mac mc"""
)
# Particles that stand in a name only after another (``van der Berg``, ``von den Driesch``): between two
# capitalised words by themselves they are German articles (``sagte Bernd Bönte der Deutschen Presse-Agentur``).
SECOND_PARTICLES = _words("der den")
NAME_PREFIXES = ("al-", "Al-", "el-", "El-", "ad-", "ash-", "as-", "at-", "az-", "an-", "ar-", "ud-", "ul-")
# Suffixes printed after a name: ``Martin Luther King Jr.``.
NAME_SUFFIXES = _words("jr jr. sr sr. ii iii iv phd")
# Capitalised only because they open a sentence or a clause: never the first word of a name (English, then
# the agencies' other languages).
SENTENCE_OPENERS = _words(
    """en con por para según tras sin sobre desde hasta cuando aunque pero también además así su sus este
    esta estos estas ese esa eso lo cual dans avec pour selon après avant sans sur depuis quand mais et
    aussi ainsi son sa ses ce cette ces cet par il elle ils nous mit für nach vor bei seit als aber und
    auch sein seine ihr ihre generell zudem dabei der die das dem den des ein eine einen er sie es wir
    con per secondo dopo prima ma anche il lo gli bu şu bir ve ile için ancak ayrıca bunun böylece
    в на с и по для от о об при это этот эта"""
) | _words(
    """to the a an in on at for and but as by of from with when after before while if though although
    since during under over about meanwhile however then also so yet according even still now once
    here there this that these those what which who whom whose why how where because unlike like both
    either neither not no nor only just instead besides despite asked speaking writing separately
    earlier later today yesterday tonight overall indeed moreover furthermore nevertheless nonetheless
    until unless whether among amid against without within through throughout beyond toward towards
    upon via per thus hence otherwise perhaps maybe already again every each all some many most more
    few several another other such it its he she they we i you his her their our my your"""
)

# Words opening a sentence with a clause or phrase of their own, up to a comma, before its subject:
# ``In a statement on Monday, the ministry said``, ``When Ortega arrived, he said``.
# Verbs in -ing that open a sentence's first clause before its subject (``Calling UNLV "a gold mine,"
# Mike Sanford took over``, ``Citing Reuters, the ministry said``): never the first word of a name.
CLAUSE_PARTICIPLES = PARTICIPLE_CUES | _words(
    """citing speaking talking commenting addressing pointing looking referring responding reacting
    recalling quoting acknowledging praising criticising criticizing defending rejecting welcoming
    announcing accusing blaming underlining hailing dismissing denying predicting expecting estimating
    recommending regarding sounding realising realizing blocking putting mesmerising writing reporting
    standing sitting answering replying admitting conceding confirming echoing
    repeating reiterating summing wrapping opening closing turning returning visiting meeting
    asked"""
)
CLAUSE_OPENERS = _words(
    """in on at after before during since for with as under despite following asked speaking unlike like
    amid through throughout by when while if although though because once until upon earlier later last
    meanwhile however separately overall instead elsewhere nevertheless moreover besides today yesterday
    in addition finally first second third"""
)
# Words that join a clause to what comes before it, after which a new subject may stand.
CLAUSE_JOINERS = _words(
    """and but while as when after because if though although since whereas that where so yet or who
    which before until unless whether"""
)

# --- Bodies ----------------------------------------------------------------------------------------------------------

# Head nouns of organisations: a capitalised run holding one names a body (``Emergencies Ministry``), and
# ``the ministry`` stands for the body the article names with it.
ORGANISATION_HEADS = _words(
    """ministry kremlin house service office committee council government department court agency
    agencies company bank commission union embassy consulate police army military navy
    parliament duma senate congress assembly cabinet party authority authorities board corporation
    corp group organization organisation administration association conservancy federation fund
    institute university college school tribunal campaign center centre bureau foundation society
    league alliance coalition movement front club team network channel television radio newspaper
    daily weekly magazine agency's firm firms exchange commission directorate inspectorate secretariat
    presidency junta regime forum council's chamber confederation syndicate cooperative co-operative
    trust bloc caucus unit force forces guard command brigade battalion regiment division ministry's
    prosecutor's office's mission delegation consortium industries holdings partners securities
    airlines airline railways utility utilities studio studios laboratory laboratories lab labs
    hospital clinic church commission's associates"""
)
# Endings that make one word a body's name, a head noun run into it: ``Bundesbank``, ``Citibank``, ``Citicorp``,
# ``Bancorp``. Read by the speaker stage (a word so ending is no person's surname).
ORGANISATION_ENDINGS = ("bank", "banken", "corp")
# Bodies whose names read as a person's (a first name and a surname), and the national societies named after
# them (``Philippine Red Cross``, ``International Red Cross``), as their last words, case-folded.
BODY_NAMES = frozenset({("red", "cross"), ("red", "crescent"), ("red", "crystal")})
# Words of a body's name that are never a person's: ``Federal Agency for Maritime and River Transport``, so that
# ``... River Transport Artur Kolesov`` splits into the body and the person.
ORGANISATION_WORDS = _words(
    """affairs development trade industry industrial energy health education defence defense security
    justice finance financial economy economic agriculture agricultural resources communications relations
    emergencies situations culture cultural sports science technology technologies labour labor welfare
    environment environmental protection maritime transport transportation aviation naval nuclear atomic
    railway railways river water power oil gas petroleum mining steel motors motor chemical chemicals
    pharmaceutical pharmaceuticals electric electronics telecom telecommunications media news broadcasting
    commerce commercial investment investments capital credit savings insurance reserve central federal
    national international united general public state royal supreme constitutional republican democratic
    liberal conservative socialist communist labour workers people's peoples human rights civil liberties
    intelligence investigation statistics planning housing urban rural interior foreign home internal external
    exterior treasury revenue customs immigration border coast emergency fire rescue police medical
    research studies policy strategic peace youth women children family veterans social services systems staff
    solutions global worldwide continental pacific atlantic eastern western northern southern asian
    european african american arab islamic christian catholic orthodox"""
)
# Printed at the end of a company's name (``Dome Petroleum Ltd``): the run is a body, never a person.
CORPORATE_SUFFIXES = _words(
    """inc inc. corp corp. co co. ltd ltd. plc llc llp lp ag sa nv bv gmbh spa s.a. n.v. oyj asa ab kk
    bhd berhad pty tbk group holdings bancorp bankcorp"""
)
# Heads of descriptions that stand for a company the article is about: ``the company said``.
COMPANY_WORDS = _words("company firm group corporation concern carrier airline bank lender insurer maker")
# Documents: words from them go to the body that issued them (``the statement said``).
DOCUMENT_NOUNS = _words(
    """statement statements report reports paper papers document documents letter letters study survey
    communique communiqué declaration resolution ruling order filing memo memorandum note notice release
    bulletin editorial commentary article articles announcement text draft decree directive verdict
    judgment judgement opinion brief complaint lawsuit petition proposal plan message email e-mail tweet
    post posts website site notice circular charter manifesto platform constitution amendment law bill
    treaty agreement accord pact cable transcript"""
)
# Nouns heading a description of a person who speaks unnamed: ``one dealer said``, ``a senior official``.
# Words ending as agent nouns do (-er, -or, -ist, -ant, -ent, -ian) are taken as such heads too.
ROLE_NOUNS = _words(
    """official officials source sources dealer dealers trader traders analyst analysts economist
    economists banker bankers diplomat diplomats spokesman spokeswoman spokesperson representative
    representatives executive executives officer officers lawyer lawyers attorney attorneys expert
    experts observer observers witness witnesses resident residents participant participants
    delegate delegates aide aides adviser advisers advisor advisors member members minister ministers
    leader leaders president chairman chief head director manager managers worker workers employee
    employees insider insiders strategist strategists investor investors broker brokers specialist
    specialists activist activists protester protesters demonstrator demonstrators survivor survivors
    victim victims relative relatives neighbour neighbours neighbor neighbors friend friends student
    students teacher teachers doctor doctors nurse nurses farmer farmers soldier soldiers fighter
    fighters commander commanders militant militants rebel rebels critic critics supporter supporters
    opponent opponents backer backers voter voters citizen citizens local locals villager villagers
    man men woman women person people veteran veterans scientist scientists researcher researchers
    engineer engineers pilot pilots driver drivers passenger passengers fan fans player players coach
    judge judges prosecutor prosecutors investigator investigators police policeman policemen
    spokesmen colleague colleagues partner partners ally allies counterpart counterparts envoy envoys
    negotiator negotiators mediator mediators legislator legislators lawmaker lawmakers senator
    senators congressman congresswoman politician politicians candidate candidates economist
    consultant consultants contractor contractors journalist journalists reporter reporters editor
    columnist host guest guests organiser organisers organizer organizers owner owners operator
    operators user users customer customers buyer buyers seller sellers producer producers exporter
    exporters importer importers planner planners regulator regulators inspector inspectors auditor
    auditors authority professor professors academic academics scholar scholars cleric clerics priest
    priests monk monks official's participant's democrats republicans"""
)
# Nouns that never head a speaker even in a speaker's place: times and the like (``last night said``).
# The months, in English, as printed in copy (``In January Secretary of State ...``).
MONTHS = _words(
    """january february march april may june july august september october november december jan jan.
    feb feb. mar mar. apr apr. jun jul aug aug. sep sep. sept sept. oct oct. nov nov. dec dec."""
)
TIME_NOUNS = MONTHS | _words(
    """today yesterday tomorrow tonight night morning afternoon evening day days week weeks weekend
    month months year years time times hour hours minute minutes moment season decade century quarter
    period date monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thurs fri
    sat sun"""
)
TIME_NOUNS |= _words(
    """lunes martes miércoles jueves viernes sábado domingo lundi mardi mercredi jeudi vendredi samedi
    dimanche montag dienstag mittwoch donnerstag freitag samstag sonntag lunedì martedì mercoledì giovedì
    venerdì sabato domenica pazartesi salı çarşamba perşembe cuma cumartesi pazar hoy ayer aujourd'hui
    hier heute gestern oggi ieri bugün dün"""
)
WEEKDAYS = _words("monday tuesday wednesday thursday friday saturday sunday")
# Words that open a time adverbial before a subject or cue: ``In January Secretary of State George Shultz said``,
# ``Peskov on Monday said``.
TIME_PREPOSITIONS = _words("on last this late early next in at by during until since")
# Facilities and features: places, which never speak (``Jinnah International Airport``).
FACILITY_NOUNS = _words(
    """airport airports mosque church cathedral temple synagogue shrine stadium arena station square
    street avenue road highway bridge park port harbour harbor hotel palace hall tower building
    prison jail camp base airbase hospital mall market river lake sea ocean bay gulf strait island
    islands mountain mountains valley desert canal dam plant mine field fields peninsula coast beach
    district province region county state city town village border crossing checkpoint"""
)

# Facility nouns that are surnames too (``Mike Hall``): a run of two words ending in one is a name.
FACILITY_SURNAMES = _words("hall park field fields bridge hill lake bay port tower camp street mall mine base")

# --- Pronouns and determiners ----------------------------------------------------------------------------------------

PERSON_PRONOUNS = _words("he she")
# The third-person pronouns of the agencies' other languages, read as ``he`` and ``she``.
MALE_PRONOUNS = _words("he il él lui er он")
FEMALE_PRONOUNS = _words("she elle ella lei sie она")
PLURAL_PRONOUNS = _words("they we")
THING_PRONOUNS = _words("it")
PRONOUNS = PERSON_PRONOUNS | MALE_PRONOUNS | FEMALE_PRONOUNS | PLURAL_PRONOUNS | THING_PRONOUNS | _words("i you")
# Languages whose copy may leave the subject of a cue unsaid (``Su objetivo, dijo, fue ...``): the cue then
# credits whoever spoke last.
SUBJECTLESS_CUES = CUE_VERBS["es"] | CUE_VERBS["it"]
# Determiners that open a description; the first five introduce someone new, the rest point back.
INDEFINITE_DETERMINERS = _words("a an one another some")
DEFINITE_DETERMINERS = _words("the this that these those its his her their our")
# The articles of the agencies' other languages, read as ``the`` and ``a``.
DEFINITE_DETERMINERS |= _words("el la los las le les il lo gli der die das den dem des su sus sa ses")
INDEFINITE_DETERMINERS |= _words("un una unos unas une des ein eine einen einem einer uno")
DETERMINERS = INDEFINITE_DETERMINERS | DEFINITE_DETERMINERS
# Lower-case words that end a noun phrase after a cue (``said one trader now dealing ...``): relative words,
# conjunctions, and verbs that start a clause of their own.
PHRASE_BREAKERS = _words(
    """who whom whose which that where when while as after before because since if but and or nor so
    now then yet still adding saying noting referring pointing reacting speaking commenting writing
    explaining told said says asked was were is are had has have did does do will would could should
    can may might must not been being also later earlier today yesterday tonight again here there"""
)
# Prepositions: a noun phrase ends before them (``The OSCE's troubleshooter [on Albania]``).
PREPOSITIONS = _words(
    """in on at to into onto over under about against between among amid through during before after
    without within across behind beyond near toward towards upon by like than via per off since until
    despite following including"""
)
# Title words that qualify a title and never head a phrase: ``former``, ``acting``, ``first``.
TITLE_MODIFIERS = _words("former acting interim first top senior junior vice deputy chief designate elect then")
# Titles one person holds at a time: ``the minister said`` is whoever the copy named with it.
TITLES_OF_ONE = _words(
    """president minister premier chancellor secretary spokesman spokeswoman spokesperson governor mayor
    ambassador envoy chairman chairwoman king queen pope patriarch coach manager director chief head
    leader senator congressman congresswoman prosecutor judge captain commander general"""
)
# Cue verbs after which the speaker may follow (``said Peskov``, ``added one trader``); after the others
# (``told Reuters``, ``urged the government``) the words are whom they are addressed to. In Spanish,
# French, Italian, German and Russian copy every cue may (``dijo Borrell``, ``a déclaré M. Peskov``).
INVERTING_CUES = frozenset().union(*(CUE_VERBS[language] for language in ("es", "fr", "it", "de", "ru"))) | _words(
    """said says added adds noted notes commented comments explained explains continued continues wrote
    writes recalled recalls remarked remarks observed observes stated states concluded concludes declared
    declares insisted insists argued argues replied replies answered answers responded responds quipped
    joked admitted admits conceded concedes cautioned cautions predicted predicts estimated estimates
    suggested suggests acknowledged acknowledges confirmed confirms stressed stresses emphasized emphasised
    emphasizes emphasises countered counters complained complains tweeted mused wondered exclaimed
    lamented recounted boasted reiterated reiterates shouted yelled whispered screamed"""
)
# Cues by which an outlet reports what another said (``Peskov said Moscow was "ready," Interfax reported``):
# after a quotation whose own sentence already names its speaker with a cue, they name where it appeared.
PUBLISHING_CUES = _words("reported reports")
# Words that join the parts of a body's name: "Committee for Human Rights in North Korea", "Bank of England".
NAME_JOINERS = _words("of for in and &")
# Prepositions that attach its issuer to a document (``a report by the World Bank``), besides those below.
ISSUER_PREPOSITIONS = _words("by")
# Prepositions that attach a body or place to a speaker: ``Anil Mehta of Crestline``, ``analyst at Harbor-Lane``.
AFFILIATION_PREPOSITIONS = _words("of at with from for de du des del della di dei degli delle")
# Articles standing after those prepositions before the body's name: ``of the``, ``de la``.
AFFILIATION_ARTICLES = _words("the a an la le les l' el los las il lo")
# Prepositions that open an adjunct between an inverted cue and its speaker, and the articles that open the
# speaker after it (``a indiqué sur Telegram le maire``, ``dijo en un comunicado el ministro``, ``sagte am
# Montag der Minister``).
ADJUNCT_PREPOSITIONS = _words(
    """on in at to during before after sur à au aux dans lors devant pendant en après avant chez par en a al
    ante tras durante desde con para por sobre in im am auf bei vor nach mit laut gegenüber"""
)
SUBJECT_ARTICLES = AFFILIATION_ARTICLES | _words("der die das den dem un une uno una ein eine")
# What people chant and what banners print are slogans, not quotations: ``Teachers chanted, "Fund our schools"``,
# ``placards reading "Stop the war"``.
SLOGAN_CUES = _words("chant chants chanted chanting")
INSCRIPTION_NOUNS = _words("banner banners placard placards poster posters slogan slogans t-shirt t-shirts")
INSCRIPTION_VERBS = _words("read reads reading saying")
# The short words a title or a name keeps in lower case (``Pacific Ring of Fire``, ``Red for Ed``): articles,
# conjunctions and prepositions, in the languages of the agencies' services.
TITLE_CASE_JOINERS = (
    NAME_JOINERS
    | AFFILIATION_PREPOSITIONS
    | AFFILIATION_ARTICLES
    | _words(
        "to on by as or nor but vs vs. with into over et en sur au aux à y e und von vom zu im am auf für der die das"
    )
)

# --- Places ----------------------------------------------------------------------------------------------------------

COUNTRIES = _words(
    """afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan bahamas
    bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana brazil brunei
    bulgaria burkina burundi cambodia cameroon canada chad chile china colombia comoros congo croatia
    cuba cyprus czechia denmark djibouti dominica ecuador egypt eritrea estonia eswatini ethiopia fiji
    finland france gabon gambia georgia germany ghana greece grenada guatemala guinea guyana haiti
    honduras hungary iceland india indonesia iran iraq ireland israel italy jamaica japan jordan
    kazakhstan kenya kiribati kosovo kuwait kyrgyzstan laos latvia lebanon lesotho liberia libya
    liechtenstein lithuania luxembourg madagascar malawi malaysia maldives mali malta mauritania
    mauritius mexico micronesia moldova monaco mongolia montenegro morocco mozambique myanmar burma
    namibia nauru nepal netherlands holland nicaragua niger nigeria norway oman pakistan palau palestine
    panama paraguay peru philippines poland portugal qatar romania russia rwanda samoa senegal serbia
    seychelles singapore slovakia slovenia somalia spain sudan suriname sweden switzerland syria taiwan
    tajikistan tanzania thailand togo tonga tunisia turkey turkiye turkmenistan tuvalu uganda ukraine
    uruguay uzbekistan vanuatu venezuela vietnam yemen zambia zimbabwe britain england scotland wales
    ussr yugoslavia tibet"""
)
# Places of several words, and abbreviations, as printed (not case-folded).
PLACE_PHRASES = frozenset(
    phrase.strip()  # each line's first phrase stands after its indent
    for phrase in """Sri Lanka|South Africa|South Korea|North Korea|South Sudan|New Zealand|Saudi Arabia|Costa Rica|
    El Salvador|Sierra Leone|Ivory Coast|Cote d'Ivoire|Czech Republic|Dominican Republic|East Timor|Timor-Leste|
    Papua New Guinea|Puerto Rico|Hong Kong|United States|United Kingdom|United Arab Emirates|Soviet Union|
    Central African Republic|Equatorial Guinea|Burkina Faso|Cape Verde|San Marino|Vatican City|Marshall Islands|
    Solomon Islands|Trinidad and Tobago|Antigua and Barbuda|Bosnia and Herzegovina|North Macedonia|
    Gaza Strip|West Bank|Middle East|Far East|Latin America|North America|South America|Central America|
    Southeast Asia|South Asia|Central Asia|East Asia|East Africa|West Africa|North Africa|Persian Gulf|
    Western Europe|Eastern Europe|New York|New Jersey|New Mexico|New Hampshire|North Carolina|South Carolina|
    North Dakota|South Dakota|West Virginia|Rhode Island|New Delhi|Los Angeles|San Francisco|San Diego|
    San Jose|Las Vegas|New Orleans|Salt Lake City|Kansas City|St. Louis|St. Petersburg|Sao Paulo|São Paulo|
    Rio de Janeiro|Buenos Aires|Mexico City|Tel Aviv|Abu Dhabi|Kuala Lumpur|Phnom Penh|Ho Chi Minh City|
    Addis Ababa|Dar es Salaam|Cape Town|Port Moresby|Port-au-Prince|Santo Domingo|Guatemala City|
    Panama City|Hong Kong|Washington D.C.|Washington, D.C.|U.S.|U.K.|U.S.A.|UAE|USA|UK|EU|
    Capitol Hill|Wall Street|Downing Street|White House|Silicon Valley|Yuzhno-Sakhalinsk|
    Nizhny Novgorod|Rostov-on-Don|Donetsk|Luhansk|
    West Germany|East Germany|West Berlin|East Berlin""".split("|")
)
PLACES = COUNTRIES | _words(
    """africa asia europe america americas oceania antarctica arctic antarctic balkans caucasus baltic
    baltics scandinavia gulf sahel siberia crimea donbas donbass kashmir gaza kurdistan darfur
    chechnya dagestan transnistria abkhazia catalonia flanders bavaria quebec ontario alberta texas
    california florida ohio michigan illinois indiana iowa kansas kentucky louisiana maine maryland
    massachusetts minnesota mississippi missouri montana nebraska nevada oklahoma oregon pennsylvania
    tennessee utah vermont virginia washington wisconsin wyoming alabama alaska arizona arkansas colorado
    connecticut delaware hawaii idaho calif. fla. tex. mass. mich. ill. ind. ky. la. md. minn. miss.
    mo. mont. neb. nev. okla. ore. pa. tenn. va. wash. wis. wyo. ala. ariz. ark. colo. conn. del.
    moscow beijing shanghai tokyo seoul pyongyang delhi mumbai calcutta kolkata chennai bangalore
    karachi lahore islamabad kabul tehran baghdad damascus beirut amman jerusalem cairo riyadh jeddah
    doha dubai muscat sanaa ankara istanbul athens rome milan paris lyon marseille berlin munich
    frankfurt hamburg vienna zurich geneva bern brussels amsterdam rotterdam hague london manchester
    edinburgh dublin madrid barcelona lisbon warsaw prague budapest bucharest sofia belgrade zagreb
    sarajevo ljubljana bratislava kiev kyiv minsk vilnius riga tallinn helsinki stockholm oslo
    copenhagen reykjavik ottawa toronto montreal vancouver chicago boston philadelphia houston dallas
    atlanta miami seattle detroit denver phoenix baltimore pittsburgh cleveland cincinnati indianapolis
    nashville havana caracas bogota lima quito santiago montevideo brasilia asuncion managua hanoi
    bangkok manila jakarta singapore taipei canberra sydney melbourne brisbane perth auckland wellington
    nairobi lagos abuja accra dakar kinshasa kampala kigali harare lusaka luanda johannesburg pretoria
    durban khartoum tripoli tunis algiers rabat casablanca mogadishu baidoa asmara djibouti colombo
    dhaka kathmandu thimphu yangon naypyidaw vientiane ulaanbaatar astana almaty tashkent bishkek
    dushanbe ashgabat baku yerevan tbilisi chisinau odessa odesa kharkiv kherson mariupol zaporizhzhia
    zaporozhye sevastopol murmansk vladivostok novosibirsk yekaterinburg kazan sochi kaliningrad
    hanoi wuhan guangzhou shenzhen chongqing tianjin nanjing macau macao osaka kyoto busan incheon
    ramallah hebron nablus haifa mosul basra kirkuk erbil aleppo homs idlib raqqa benghazi sirte
    peshawar quetta kandahar herat mazar kunduz jalalabad chittagong hyderabad ahmedabad pune jaipur
    lucknow srinagar"""
)
# Compass points before a demonym or a place name: ``North Korean coach``, ``South African``.
COMPASS_POINTS = _words("north south east west")
# Nationality adjectives: ``Croatian``, ``Australian coach Barry Dancer`` (a modifier, never a name).
DEMONYMS = _words(
    """afghan albanian algerian american andorran angolan argentine argentinian armenian australian
    austrian azerbaijani azeri bahraini bangladeshi belarusian belarussian belgian beninese bhutanese
    bolivian bosnian brazilian british briton bruneian bulgarian burkinabe burmese burundian cambodian
    cameroonian canadian chadian chilean chinese colombian congolese croatian cuban cypriot czech danish
    dane djiboutian dominican dutch ecuadorian egyptian emirati english eritrean estonian ethiopian
    european fijian filipino finnish french gabonese gambian georgian german ghanaian greek guatemalan
    guinean guyanese haitian honduran hungarian icelandic indian indonesian iranian iraqi irish israeli
    italian ivorian jamaican japanese jordanian kazakh kazakhstani kenyan korean kosovar kuwaiti kyrgyz
    lao laotian latvian lebanese liberian libyan lithuanian luxembourgish macedonian malagasy malawian
    malaysian maldivian malian maltese mauritanian mauritian mexican moldovan monegasque mongolian
    montenegrin moroccan mozambican namibian nepalese nepali nicaraguan nigerian nigerien norwegian
    omani pakistani palestinian panamanian paraguayan persian peruvian polish portuguese qatari
    romanian russian rwandan salvadoran samoan saudi scottish senegalese serbian sierra singaporean
    slovak slovakian slovenian somali spanish sri sudanese surinamese swedish swiss syrian taiwanese
    tajik tanzanian thai togolese tongan tunisian turkish turkmen ugandan ukrainian uruguayan uzbek
    venezuelan vietnamese welsh yemeni zambian zimbabwean soviet yugoslav arab arabian african asian
    latin western eastern northern southern kurdish shiite sunni shia muslim christian jewish catholic
    orthodox islamic tibetan uighur uyghur chechen crimean siberian texan californian"""
)


# --- Sections --------------------------------------------------------------------------------------------------------

# Words of a sub-heading that mark its section as background (matched as whole words, any case), and
# Russian prepositions that open such a heading (``О ...``, ``Справка``). Read by the sections stage.
BACKGROUND_HEADING_WORDS = (
    "background",
    "backgrounder",
    "history",
    "context",
    "timeline",
    "key facts",
    "fact box",
    "factbox",
    "situation",
    "about",
)
BACKGROUND_HEADING_OPENERS = ("о", "об", "справка", "предыстория")
# Words that open a question printed as a sub-heading (``WHO IS THE FRONT-RUNNER?``, ``Will they bash the
# billionaires?``), as explainers and live pages head their sections. Read by the sections stage.
QUESTION_OPENERS = _words(
    """who whom whose what which when where why how is are was were will would can could should shall do
    does did has have had may might must qui que quoi quel quelle quels quelles pourquoi comment où quand
    est-ce wer was wie warum wann wo welche welcher welches quién qué cuál cuándo dónde por cómo"""
)
# Words before a cue verb that make it no one's words: a passive (``was agreed``, ``were reported``) or
# a noun (``the claims``, ``its notes``, ``a forecast``; the determiners are below). Read by the
# sections stage.
PASSIVE_AUXILIARIES = _words("is are was were be been being")


# --- Captions --------------------------------------------------------------------------------------------------------

# Words that open a caption with a colon and point at its photo (``Above: A coworking space ...``): never
# a dateline's place. Read by the dateline grammar.
CAPTION_LEAD_INS = _words("above below top bottom left right pictured inset main")

# Words printed in capitals before a dash or colon that say what kind of item follows, never where it was
# filed (``FILE - In this photo ...``, ``EXCLUSIVE - ...``, ``NOTE - ...``). Read by the dateline grammar.
KICKERS = _words(
    """file breaking exclusive update urgent flash note notes correction corrected analysis refile rpt factbox
    wrapup advisory alert editorial opinion commentary feature interview explainer"""
)


# --- Page furniture --------------------------------------------------------------------------------------------------

# The labels a page prints before its own publication and update times (``Updated: March 3, 2024 10:22 AM``,
# ``20 Nisan 2026 • Güncelleme: 20 Nisan 2026``), phrases as printed, case-folded. Read by the dateline grammar:
# a line of nothing but such times is the page's timestamp, never a dateline or a caption.
TIMESTAMP_LABELS = (
    "last updated",
    "updated",
    "published",
    "posted",
    "modified",
    "first published",
    "güncelleme",
    "güncellenme",
    "yayınlanma",
    "aktualisiert",
    "veröffentlicht",
    "stand",
    "mis à jour",
    "publié",
    "publié le",
    "actualizado",
    "publicado",
    "actualización",
    "aggiornato",
    "pubblicato",
    "обновлено",
    "опубликовано",
)

# What a byline may call its writers between ``By`` and their names, the agency's name before it or not
# (Xinhua: ``By Xinhua writer An Bei``, ``by Xinhua writers Li Xin and Wang Yi``; ``By AP Staff Writer NAME``).
# Read by the layout stage's byline rule.
BYLINE_ROLES = _words(
    "writer writers correspondent correspondents reporter reporters journalist journalists columnist editor"
)
# Words before a byline's role: ``staff writer``, ``sports correspondent``.
BYLINE_ROLE_MODIFIERS = _words("staff special sports business chief senior foreign political diplomatic economics")

# The top-level domains of the news sites that open their copy with their own name as a source line
# (``PanARMENIAN.Net - Armenia and ...``, ``News.am - ...``, ``Trend.az - ...``), case-folded. Read by the
# dateline grammar.
SITE_DOMAINS = _words("net com org info news am az ge kz kg uz tj ru ua by md ir pk in bd lk np ph my id vn")

# The usage notices a wire prints after a photo's credit, each closed by a full stop (Reuters: ``@handle/via
# REUTERS THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY. MANDATORY CREDIT. NO RESALES. NO ARCHIVES.``), as
# printed. Read by the photo stage: the notice belongs to the credit, not to the caption.
USAGE_NOTICES = (
    "THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY",
    "THIS PICTURE HAS BEEN SUPPLIED BY A THIRD PARTY",
    "THIS PICTURE WAS SUPPLIED BY A THIRD PARTY",
    "THIS PICTURE WAS PROVIDED BY A THIRD PARTY",
    "MANDATORY CREDIT",
    "NO RESALES",
    "NO ARCHIVES",
    "NO ARCHIVE",
    "NO SALES",
    "NO THIRD PARTY SALES",
    "EDITORIAL USE ONLY",
    "FOR EDITORIAL USE ONLY",
    "NOT FOR MARKETING OR ADVERTISING CAMPAIGNS",
    "NOT FOR SALE FOR MARKETING OR ADVERTISING CAMPAIGNS",
    "NO COMMERCIAL OR BOOK SALES",
    "MAGS OUT",
)

# The lines a web page prints around a story that are its controls, not its text, case-folded as printed
# (``Share``, ``Listen to this article``). Read by the layout stage: such a line is the page's furniture.
PAGE_CONTROLS = frozenset(
    line.casefold()
    for line in (
        "Share",
        "Share this",
        "Share this article",
        "Share this story",
        "Share on Facebook",
        "Share on Twitter",
        "Share via Email",
        "Tweet",
        "Email",
        "Print",
        "Save",
        "Comments",
        "Comment",
        "Listen",
        "Listen to this article",
        "Advertisement",
        "Scroll to continue",
        "Scroll to continue with content",
        "Copy link",
        "Link copied",
        "Follow",
        "Font size",
        "Text size",
        "Teilen",
        "Partager",
        "Compartir",
        "Поделиться",
    )
)

# The sections a site files a story under, printed alone above its headline (``WORLD NEWS``, ``Business``),
# case-folded. Read by the layout stage, with the agency table's own rubrics: a rubric, never the headline.
SECTION_NAMES = frozenset(
    line.casefold()
    for line in (
        "World",
        "World News",
        "News",
        "Top News",
        "Latest News",
        "Breaking News",
        "Business",
        "Business News",
        "Markets",
        "Economy",
        "Finance",
        "Politics",
        "Sport",
        "Sports",
        "Technology",
        "Tech",
        "Science",
        "Health",
        "Environment",
        "Opinion",
        "Entertainment",
        "Lifestyle",
        "Culture",
        "Europe",
        "Asia",
        "Africa",
        "Americas",
        "Middle East",
        "Asia Pacific",
        "US News",
        "UK News",
        "National",
        "International",
        "Local",
        "Regional",
    )
)

# The labels that open a link to another story inside a page (``Read also``, ``À lire aussi La natalité ...``),
# phrases as printed, case-folded. Read by the layout stage: such a line, and the headline under a label printed
# alone, are the page's furniture, never a paragraph or a sub-heading of the story.
TEASER_LABELS = (
    "related:",  # with its colon: "Related company's credit" opens a line of figures
    "related coverage",
    "related stories",
    "related articles",
    "more on this story",
    "read also",
    "read more",
    "also read",
    "see also",
    "à lire aussi",
    "a lire aussi",
    "lire aussi",
    "voir aussi",
    "lesen sie auch",
    "mehr zum thema",
    "lee también",
    "leer más",
    "leggi anche",
    "читайте также",
    "ayrıca bakınız",
)
