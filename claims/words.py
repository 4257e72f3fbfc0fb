"""Every word list and label set the extractors use, in one place.

Each list is data, not logic: an outlet or title lives here because a test under ``tests/``
or an annotated passage under ``tests/data/`` needs it. Cue words are not here: each is an entry
of the cue lexicon (lexicon.json: what it does, and its claim class), read through ctx.lexicon.
"""

from __future__ import annotations

# --- quotation marks -------------------------------------------------------------------------

DOUBLE_OPEN = frozenset("“„«‟")
DOUBLE_CLOSE = frozenset("”»")
DOUBLE_AMBIGUOUS = frozenset('"')
SINGLE_OPEN = frozenset("‘‚‹")
SINGLE_CLOSE = frozenset("›")
# ' and ’ are apostrophes far more often than quote marks: "Satterfield's", "don’t".
SINGLE_AMBIGUOUS = frozenset("'’")
# marks that may close a quotation, as a string for str.strip ('"...," he said'; "''" closes a quote in some papers)
CLOSING_MARKS = "\"'”’»"
# characters after which a quote mark opens rather than closes
OPENING_CONTEXT = frozenset(" \t\n\r\f\v([{—–-/\u00a0") | DOUBLE_OPEN | SINGLE_OPEN

# --- cues ------------------------------------------------------------------------------------

# The cue words themselves are entries of the lexicon (claims/lexicon.json, one per lemma); the
# stages read them from the Lexicon value on their Context (ctx.lexicon.speech_verbs, .flag(...)).
# Extra prepositions a stance verb's object takes along: "praised X for ...", "slammed X as ...".
STANCE_PREPS = frozenset({"for", "as", "over"})
# Auxiliaries of a claim about the future: "will", "might", "could" ...
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo", "might", "may", "could", "would", "should", "must", "can", "ca"})
# Complementizers left out of content: "said that ...". Not "whether" or "if": "asked whether
# the mayor lied" claims no lie, and "said if the plan fails, taxes will rise" holds a condition.
COMPLEMENTIZERS = frozenset({"that"})
# Connectives that tie a sentence to the writer's previous one, not part of what is reported:
# "But to hit its target, the panel concluded, the tax must rise" -> "to hit ... must rise".
CONNECTIVES = frozenset({"and", "but", "yet", "so", "or", "nor", "still", "however", "also"})
# Nouns after "by" that name a time or a way, not an agent: "by the end of the year".
NOT_AGENTS = frozenset({"end", "time", "day", "week", "month", "year", "way", "far"})
# Adverbs and particles of a host clause that leave a quotation direct ('Later, "..." he said').
CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "NUM", "PRON"})  # a content must hold one of these

DIRECT_STRAY_POS = frozenset({"ADV", "CCONJ", "SCONJ", "INTJ"})

# --- checkable facets ------------------------------------------------------------------------

# What a spaCy entity label makes a facet; labels not listed (ORDINAL) are not facets.
FACET_OF_ENTITY = {
    "PERCENT": "percent", "MONEY": "money", "QUANTITY": "quantity", "CARDINAL": "quantity",
    "DATE": "date", "TIME": "date",
    "PERSON": "entity", "NORP": "entity", "FAC": "entity", "ORG": "entity", "GPE": "entity", "LOC": "entity",
    "PRODUCT": "entity", "EVENT": "entity", "WORK_OF_ART": "entity", "LAW": "entity", "LANGUAGE": "entity",
}
# What a fine-grained tag makes a facet: "higher", "more quickly"; "largest", "most".
FACET_OF_TAG = {"JJR": "comparative", "RBR": "comparative", "JJS": "superlative", "RBS": "superlative"}

# --- attribution chains ----------------------------------------------------------------------

# "said in a statement to Reuters" / "said in an interview with Fox News": the channel's relation.
CHANNEL_NOUNS = {"statement": "statement_to", "interview": "interview_with", "email": "statement_to", "letter": "statement_to",
                 "conversation": "interview_with", "call": "interview_with", "appearance": "interview_with", "remarks": "statement_to"}
# "Most economists polled by Reuters", "voters surveyed by Gallup": whoever asked them passes
# their answers on, as "quoted by" does (a source link, not a cue).
SURVEYING_VERBS = frozenset({"poll", "survey", "interview", "question"})
# verbs whose clause is a question ("asked whether he still believes ..."): no claim is made in it
ASKING_VERBS = frozenset({"ask", "wonder", "inquire", "question"})
# Verbs whose object is the one asked, who answers ("asked Sanders whether ...", "pressed the mayor").
ASKED_VERBS = frozenset({"ask", "press", "question", "quiz"})
WH_TAGS = frozenset({"WP", "WP$", "WRB", "WDT"})
# "Speaking to CBC News on Tuesday, the premier said ...": whom a speaker spoke to.
SPEAKING_TO_VERBS = frozenset({"speak", "talk"})
# What a newsroom does with a document it passes on: "a memo seen by Reuters", "a letter
# obtained by CBC News", "records reviewed by The Washington Post".
SEEING_VERBS = frozenset({"see", "obtain", "review", "view", "examine"})
# "a spokesperson for X said": X speaks through them.
AGENT_NOUNS = frozenset({"spokesperson", "spokesman", "spokeswoman", "representative", "aide", "lawyer", "attorney", "adviser", "advisor", "official", "source"})

# --- speakers --------------------------------------------------------------------------------

PERSONAL_PRONOUNS = {
    "he": ("m", "sg"), "him": ("m", "sg"), "she": ("f", "sg"), "her": ("f", "sg"),
    "they": (None, "pl"), "them": (None, "pl"), "it": ("n", "sg"), "i": (None, "sg"),
    "we": (None, "pl"), "you": (None, None),
    # possessives, where one is the speaker ("his complaints that ...")
    "his": ("m", "sg"), "their": (None, "pl"), "its": ("n", "sg"),
}
# Object pronouns that may do what an infinitive after them says ("urged him to explain").
PERSONAL_OBJECTS = frozenset({"me", "you", "him", "her", "us", "them"})
# Verbs whose object does not do what their infinitive says: "promised voters to cut taxes", "used
# the term to describe him" (the subject does); every other verb with an object before its
# infinitive hands the infinitive to that object ("prompted Parliament to call", "urged her to say")
SUBJECT_CONTROL_VERBS = frozenset({"promise", "vow", "pledge", "threaten", "use", "take", "spend", "need", "have", "make", "give", "offer", "do", "find"})
# Permission verbs: "they were not authorized to discuss the matter" reports nothing said (a
# cue infinitive under one of them, negated, is no cue; PolNeAR marks none)
PERMISSION_VERBS = frozenset({"authorize", "allow", "permit", "empower", "clear"})
# The terms a source speaks on, not what it says: "spoke on condition of anonymity to discuss the
# talks", "requested anonymity", "asked not to be named", "declined to be identified"
ANONYMITY_WORDS = frozenset({"anonymity", "anonymous", "anonymously"})
NAMING_VERBS = frozenset({"name", "identify", "quote"})
# Trades a story names a company by after naming it ("Harlow Pharmaceuticals ... The drugmaker said").
TRADE_NOUNS = frozenset({"drugmaker", "carmaker", "chipmaker", "steelmaker", "processor", "supplier", "distributor",
                         "brewer", "grocer", "railway", "railroad", "conglomerate", "startup", "studio", "zoo", "aquarium",
                         "gallery", "museum", "library", "theatre", "theater", "orchestra"})
# What a sign, a shirt or a message does with the words it bears ("a sign that read ...").
BEARING_VERBS = frozenset({"read", "say"})
# Nouns for organisations: "the government said", "the campaign denied".
ORG_NOUNS = frozenset({"government", "administration", "ministry", "department", "mission", "campaign", "company", "committee", "court", "council", "party", "agency", "office", "army", "military", "police", "commission", "organization", "organisation", "group", "movement", "embassy", "parliament", "congress", "senate", "house", "team", "board", "union", "firm", "bank", "university", "institute", "foundation", "network", "coalition", "alliance", "cabinet", "regime", "authority", "authorities", "service", "corporation",
                       "airline", "carrier", "retailer", "insurer", "manufacturer", "automaker", "utility", "hospital", "regulator",
                       "watchdog", "camp", "lender", "charity", "nonprofit", "association", "federation", "society"}) | TRADE_NOUNS
# Anonymous plurals that stay anonymous ("sources said"); other plurals are groups ("officials").
ANONYMOUS_PLURALS = frozenset({"source", "person", "people", "insider"})
# What a named entity's label makes a speaker.
ENTITY_KINDS = {"PERSON": "person", "ORG": "organization", "GPE": "organization", "NORP": "group", "FAC": "organization"}
# The dashes that set a phrase off as a comma does ("It was no accident — Dana Kim, an aide, said ...").
DASHES = frozenset({"—", "–", "--"})
# The characters that end text before a dash that sets a quotation off (a hyphen too, in plain
# text: "... to Mexico - \"...\"").
DASH_CHARS = frozenset({"-", "\u2013", "\u2014"})
# Entity labels a speaker's name can carry.
SPEAKER_ENTITIES = frozenset({"PERSON", "ORG", "GPE", "NORP"})
# Determiners that make a description point back: "the newspaper", "this official".
DEFINITE_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})
# Prepositions whose phrase belongs to a speaker's noun phrase: "a spokesperson for the ministry".
NP_RIGHT_PREPS = frozenset({"of", "for", "from", "at", "with", "in", "to", "on"})
# Descriptions of a news outlet: "the newspaper writes" -> the last outlet named.
MEDIA_NOUNS = frozenset({"newspaper", "paper", "outlet", "agency", "broadcaster", "network", "channel", "magazine", "website", "site", "publication", "daily", "tabloid", "station", "portal", "newswire", "wire"})
# Words that make a mention an anonymous source: "an Israeli official", "a source familiar ...".
ANONYMOUS_NOUNS = frozenset({"source", "official", "insider", "aide", "person", "people", "diplomat", "officer", "spokesperson", "spokesman", "spokeswoman", "representative", "member", "staffer", "adviser", "advisor", "analyst", "expert", "observer", "witness", "resident"})
# Things that speak as documents: "polls show", "the report found".
DOCUMENT_NOUNS = frozenset({"poll", "survey", "report", "study", "document", "memo", "statement", "letter", "data", "analysis", "research", "filing", "lawsuit", "complaint", "ruling", "bill", "law", "resolution", "email", "tweet", "post", "ad", "video", "book", "article", "editorial", "op-ed", "column", "footage", "record", "records", "audit", "review", "investigation", "indictment", "order", "plan", "proposal",
                            "release", "announcement", "message", "notice", "bulletin", "communique", "advisory", "affidavit", "petition", "transcript"})
# what has words one reads off it: '"...," read the statement', '"...," read a sign'
WRITTEN_NOUNS = DOCUMENT_NOUNS | frozenset({"sign", "banner", "placard", "poster", "caption", "headline", "note", "card",
                                            "text", "inscription", "plaque", "shirt", "t-shirt"})

# Events someone holds or gives, which say nothing themselves: "the senator opened a rally
# blasting the governor" is the senator blasting.
EVENT_NOUNS = frozenset({"rally", "event", "speech", "address", "meeting", "conference", "hearing", "debate", "interview",
                         "appearance", "forum", "fundraiser", "tour", "stop", "session", "briefing", "visit", "convention",
                         "summit", "ceremony", "luncheon", "dinner", "breakfast", "gathering"})

# Sources that report findings, not words: "a study published Wednesday suggests ...", "the data
# confirm ...": a cue the lexicon gives a finding sense makes a finding with one of them as speaker.
RESEARCH_NOUNS = frozenset({"study", "survey", "poll", "research", "analysis", "data", "figure", "statistic", "review", "audit",
                            "finding", "paper", "census", "model", "estimate", "projection", "number", "result", "report", "datum",
                            "evidence", "test", "experiment", "trial", "record", "sample", "simulation"})

# News outlets and agencies that NER tags as ORG, PERSON or nothing at all.
MEDIA_OUTLETS = frozenset({
    "abc", "abc news", "afp", "agence france-presse", "al jazeera", "al-monitor", "ap", "associated press",
    "the associated press", "axios", "bbc", "bloomberg", "breitbart", "breitbart news", "buzzfeed",
    "buzzfeed news", "cbs", "cbs news", "cnbc", "cnn", "daily mail", "fox", "fox news",
    "haaretz", "huffington post", "huffpost", "msnbc", "nbc", "nbc news", "new york times",
    "the new york times", "npr", "politico", "reuters", "the guardian", "guardian",
    "the hill", "the times", "times of israel", "the times of israel", "usa today", "wall street journal",
    "the wall street journal", "washington post", "the washington post", "the post", "the times", "tass",
    "xinhua", "yonhap", "interfax", "ria novosti", "sky news", "the economist", "time",
    "newsweek", "the atlantic", "the new yorker", "vox", "slate", "the intercept", "axios.com",
    "the daily beast", "daily beast", "los angeles times", "the los angeles times", "la times",
    "chicago tribune", "the telegraph", "telegraph", "the independent", "independent",
    "financial times", "the financial times", "ft", "the jerusalem post", "jerusalem post",
    "ynet", "channel 12", "kan", "walla", "al arabiya", "anadolu", "dpa", "efe", "kyodo",
    "the new york post", "new york post", "national review", "the federalist", "mother jones",
    "the nation", "salon", "talking points memo", "the washington times", "washington times",
    "pbs", "c-span", "univision", "telemundo", "the wall street journal's",
    # beyond the United States and Israel: Canada, Britain, Ireland, Australia and wire services
    # (outlet_name tries each name with and without "the")
    "cbc", "cbc news", "radio-canada", "ctv", "ctv news", "global news", "globe and mail",
    "toronto star", "canadian press", "national post", "postmedia", "la presse", "le devoir",
    "vancouver sun", "montreal gazette", "ottawa citizen", "calgary herald", "edmonton journal",
    "winnipeg free press", "the tyee", "citynews", "cp24", "the hill times", "bbc news", "itv",
    "itv news", "channel 4 news", "the observer", "the mirror", "the scotsman", "irish times", "rte",
    "rté", "sydney morning herald", "the australian", "abc australia", "der spiegel", "le monde",
    "el país", "nikkei", "nikkei asia", "south china morning post", "the hindu", "times of india",
    "al-jazeera", "euronews", "deutsche welle", "dw", "france 24", "voice of america", "voa",
    "radio free europe", "boston globe", "propublica", "washington examiner", "daily caller", "newsmax",
    "semafor", "punchbowl news", "business insider", "yahoo news", "vice news", "the daily telegraph",
    "the sunday times", "bloomberg news",
})

# Words after a comma that still belong to a name: "Acme, Inc.", "Martin Luther King, Jr."
NAME_SUFFIXES = frozenset({"inc", "ltd", "llc", "llp", "corp", "co", "plc", "lp", "l.p", "s.a", "ag", "gmbh", "jr", "sr", "ii", "iii"})
# A person's generation after the surname ("Vladimir Guerrero Jr.", "Harry Hurt III")
GENERATIONS = frozenset({"jr", "sr", "ii", "iii", "iv"})
# The last word of a company's name, no person's ("Rogers Communications Inc.", "Harbourview Holdings Ltd.")
COMPANY_ENDINGS = (NAME_SUFFIXES - GENERATIONS) | {
    "corporation", "company", "limited", "incorporated", "holdings", "industries", "technologies", "enterprises", "communications",
    "pharmaceuticals", "studios", "resources", "energy", "mining", "minerals", "petroleum", "motors", "airlines", "airways", "foods",
    "systems", "solutions", "brands", "therapeutics", "logistics", "properties", "developments",
    # utilities and firms ("Enbridge Gas", "Manitoba Hydro", "Eurasia Group", "Brookfield Asset Management" aside)
    "gas", "power", "hydro", "electric", "utilities", "telecom", "bank", "group", "capital", "partners", "ventures",
    "entertainment", "pharma", "insurance", "homes"}

# Titles written short that spaCy's tokenizer cuts from their stop ("Sgt." -> "Sgt", "."), so that
# the sentence ends before the name: pipeline.load makes each one token ("Sgt. Ana Ruiz said").
TITLE_ABBREVIATIONS = ("Coun.", "Cllr.", "Supt.", "Sgt.", "Const.", "Det.", "Insp.", "Lt.", "Col.", "Capt.", "Cpl.", "Maj.",
                       "Cmdr.", "Atty.", "Hon.", "Fr.", "Msgr.", "Amb.", "Pres.", "Prof.")
# What an abbreviated title stands for, to tell that "the governor" is "Gov. Greg Abbott"
ROLE_ABBREVIATIONS = {"gov.": "governor", "sen.": "senator", "rep.": "representative", "coun.": "councillor",
                      "cllr.": "councillor", "cllr": "councillor", "supt.": "superintendent", "sgt.": "sergeant",
                      "const.": "constable", "det.": "detective", "insp.": "inspector", "lt.": "lieutenant",
                      "col.": "colonel", "capt.": "captain", "cpl.": "corporal", "maj.": "major", "cmdr.": "commander",
                      "atty.": "attorney", "amb.": "ambassador", "pres.": "president", "prof.": "professor",
                      "gen.": "general", "adm.": "admiral", "supt": "superintendent", "sgt": "sergeant"}
# Nouns for a body of people that take no plural ending ("City staff recommend", "Hospital staff
# told reporters"): a group
COLLECTIVE_NOUNS = frozenset({"staff", "personnel", "crew", "faculty", "clergy", "leadership"})
# Places that speak for a government or a legislature ("Downing Street said", "Queen's Park
# said"): an organisation, whatever the recogniser tagged (a street, a person "Park")
SEATS_OF_GOVERNMENT = frozenset({"downing street", "number 10", "no. 10", "queen's park", "queen’s park", "parliament hill",
                                 "whitehall", "capitol hill", "city hall", "holyrood", "westminster", "foggy bottom",
                                 "the elysée", "the elysee", "the kremlin", "the white house", "the pentagon", "the vatican"})
# a party's word the recogniser may take into a name before a given name and a surname
PARTY_WORDS = frozenset({"conservative", "liberal", "democrat", "democratic", "republican", "labour", "labor", "tory",
                         "green", "independent", "progressive", "socialist", "libertarian"})
# Titles and role words that may stand before a name: "Foreign Minister Gabi Ashkenazi".
ROLE_WORDS = frozenset({
    "president", "minister", "secretary", "senator", "sen.", "rep.", "representative",
    "governor", "gov.", "mayor", "chief", "head", "spokesperson", "spokesman", "spokeswoman",
    "envoy", "ambassador", "director", "chairman", "chairwoman", "chair", "ceo", "leader",
    "adviser", "advisor", "official", "officer", "general", "gen.", "commander", "judge",
    "justice", "attorney", "prosecutor", "candidate", "nominee", "member", "speaker",
    "diplomat", "king", "queen", "prince", "premier", "chancellor", "pope", "reporter",
    "correspondent", "editor", "columnist", "analyst", "professor", "dr.", "counsel",
    "manager", "boss", "founder", "commissioner", "lawmaker", "congressman", "congresswoman",
    "deputy", "vice", "foreign", "prime", "former", "caretaker", "special", "executive",
    "campaign", "press", "white", "house", "state", "department", "defense", "security",
    "national", "political", "bureau", "coach", "captain", "economist", "scientist", "researcher",
    "lawyer", "activist", "author", "chief executive", "executive", "principal", "sheriff",
    "detective", "inspector", "superintendent", "bishop", "rabbi", "imam", "cardinal", "mp",
    "councillor", "councilman", "councilwoman", "alderman", "secretary-general", "envoy",
    "chairwoman", "chairperson", "president-elect", "lieutenant", "colonel", "major", "sergeant",
    "archbishop", "admiral", "trooper", "corporal",
    "organiser", "organizer", "strategist", "consultant", "pollster", "historian", "pastor", "priest",
    "teacher", "nurse", "doctor", "farmer", "owner", "student", "veteran", "host", "anchor",
    "engineer", "worker", "driver", "architect", "planner", "economist", "officer",
    # offices of a town, a court or a school board ("City Clerk Janet Moore", "Trustee Gary Lum")
    "clerk", "treasurer", "auditor", "registrar", "coroner", "trustee", "ombudsman", "warden",
    # Commonwealth offices ("Paul Lind, MPP") and abbreviated titles (TITLE_ABBREVIATIONS)
    "cllr", "councilor", "constable", "mla", "mpp", "mep", "msp", "mna", "mha",
    # who someone is to the story ("Neighbour Anita Patel, 62, said")
    "neighbour", "neighbor", "resident", "witness", "bystander", "passerby",
    # a player's position ("Guard Immanuel Quickley", "Goaltender Joseph Woll")
    "guard", "forward", "winger", "defenceman", "defenseman", "goaltender", "goalie", "quarterback", "linebacker",
    "receiver", "pitcher", "catcher", "shortstop", "outfielder", "infielder", "striker", "midfielder", "defender", "rookie",
}) | frozenset(a.lower() for a in TITLE_ABBREVIATIONS)
# Verbs of declining to do what their infinitive says: "declined to comment" says nothing.
REFUSING_VERBS = frozenset({"decline", "refuse"})
# Role words that only go before another ("press secretary", "national security adviser"): no
# person by themselves ("continuing political risk", "as of press time"; but "the former first
# lady", "a former model" are people).
ROLE_MODIFIERS = frozenset({"deputy", "vice", "foreign", "prime", "caretaker", "special", "executive", "campaign",
                            "press", "white", "house", "state", "department", "defense", "security", "national", "political",
                            "bureau", "general"})
# Honorifics carried by the name itself ("Mr. Cruz") and left out of role.
HONORIFICS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "sir", "dame", "lord", "lady"})
# the gender an honorific gives a name ("Mrs. Clinton"), by its word without the stop
HONORIFIC_GENDER = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f"}
# people named by whom they belong to: "Her brother said", "his lawyer", "Trump's campaign"
KIN_NOUNS = frozenset({"brother", "sister", "wife", "husband", "mother", "father", "son", "daughter", "parent", "child",
                       "friend", "family", "aunt", "uncle", "cousin", "niece", "nephew", "grandmother", "grandfather",
                       "partner", "fiancé", "fiancée", "neighbor", "neighbour", "colleague", "boss", "girlfriend", "boyfriend"})
# the gender a kin noun gives the one it names ("her husband ... he", never "she")
KIN_GENDER = {**dict.fromkeys(("brother", "husband", "father", "son", "uncle", "nephew", "grandfather", "boyfriend", "fiancé"), "m"),
              **dict.fromkeys(("sister", "wife", "mother", "daughter", "aunt", "niece", "grandmother", "girlfriend", "fiancée"), "f")}
# Nouns for one person of a gender, outside the kin nouns ("One woman ... told the court" then
# "she said"): a person, whom a pronoun of that gender may point back to, and one of the other not.
GENDERED_NOUNS = {**dict.fromkeys(("man", "boy", "gentleman", "spokesman", "businessman", "congressman", "chairman", "policeman", "fireman"), "m"),
                  **dict.fromkeys(("woman", "girl", "lady", "spokeswoman", "businesswoman", "congresswoman", "chairwoman", "policewoman"), "f")}
PERSON_GENDER = {**KIN_GENDER, **GENDERED_NOUNS}
# Nouns for one person by age or by what they do, no office ("the teen", "the singer", "the
# climber"): a person the text named before may be meant ("Maya Lin, 16, ... The teen said"),
# though no role is theirs. (Parties to an event, "the victim", "the patient", are resolve's care.)
ONE_PERSON_NOUNS = frozenset({
    "teen", "teenager", "youngster", "child", "kid", "toddler", "baby", "retiree", "pensioner", "senior",
    "singer", "songwriter", "rapper", "musician", "pianist", "guitarist", "drummer", "actor", "actress", "artist",
    "painter", "sculptor", "dancer", "comedian", "filmmaker", "photographer", "designer", "writer", "novelist", "poet",
    "athlete", "player", "swimmer", "skater", "skier", "runner", "sprinter", "cyclist", "golfer", "boxer", "wrestler",
    "climber", "hiker", "sailor", "chef", "baker", "pilot", "homeowner", "landlord", "entrepreneur", "inventor",
    "immigrant", "refugee", "volunteer", "protester", "voter", "shopper", "fan", "survivor", "victim", "patient",
    # a player by position ("the slugger said", "the goaltender said")
    "slugger", "pitcher", "shortstop", "outfielder", "infielder", "catcher", "quarterback", "goaltender", "goalie",
    "netminder", "defenceman", "defenseman", "winger", "striker", "midfielder", "rookie", "veteran",
})
# Nouns that can be a cited source ("citing two government sources", "citing a report"); a
# reason is not one ("citing safety concerns").
SOURCE_NOUNS = ANONYMOUS_NOUNS | DOCUMENT_NOUNS | MEDIA_NOUNS | ORG_NOUNS | AGENT_NOUNS | ROLE_WORDS | frozenset({"official", "sources"})

# Descriptions that point back at someone whose role the text gave: "the top US diplomat"
# is the person introduced as "Secretary of State". Each key is a description's head words,
# each value the words a role must contain to match it.
ROLE_SYNONYMS = {
    ("top", "diplomat"): ("secretary of state", "foreign minister", "foreign secretary"),
    ("head", "state department"): ("secretary of state",),
    ("chief", "diplomat"): ("secretary of state", "foreign minister", "foreign secretary"),
    ("head", "foreign ministry"): ("foreign minister",),
    ("head", "pentagon"): ("secretary of defense", "defense secretary", "pentagon chief"),
}

# Other words a role may name a description's office by: "a Crown prosecutor" is the one whose
# role is "Crown attorney" (not a defence lawyer: "attorney" alone says neither)
ROLE_HEAD_SYNONYMS = {
    "prosecutor": ("crown attorney", "crown counsel", "district attorney", "state's attorney", "state attorney", "prosecuting attorney"),
    "spokesperson": ("spokesman", "spokeswoman"), "spokesman": ("spokesperson",), "spokeswoman": ("spokesperson",),
    "judge": ("justice",),  # "A Saskatchewan judge ..." then "Justice Lisa Watson wrote"
    "writer": ("author", "novelist", "columnist", "poet"), "author": ("writer", "novelist"),  # "Author Miriam Toews ... The writer"
    # "Constable Ravi Singh ... The officer testified"
    "officer": ("constable", "sergeant", "detective", "trooper", "deputy", "corporal", "inspector", "lieutenant"),
}

# Relative pronouns: "Adler, who said ..." speaks for the noun its clause hangs on.
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
# Subjects that never speak for themselves ("it said to be", "there").
NON_SPEAKERS = frozenset({"there", "what", "which", "that", "this", "who", "whom", "whose", "one", "something", "nothing", "anything", "everything"})

# Line-initial labels that look like "Name:" but introduce no speaker ("Update: ...").
LEAD_LABELS = frozenset({"update", "note", "editor's note", "photo", "photos", "video", "watch", "read", "related", "correction", "disclosure", "image", "caption", "credit", "warning", "breaking", "source", "sources", "q", "a", "question", "answer", "tags", "via", "see also", "read more", "more", "listen", "full story", "advertisement", "subscribe", "transcript", "watch live", "live", "opinion", "analysis", "column", "commentary", "editorial", "perspective", "first person", "sponsored", "click to play video", "click to play", "play video", "watch video"})
# labels of a note in the outlet's own words, or of an interview's turns: no speaker, but the
# claims the line reports stand ("Editor's note: ... who has repeatedly pledged to ban ...");
# an interview's answers are the interviewee's and its questions hold no claim (interview.py)
NOTE_LABELS = frozenset({"note", "editor's note", "q", "a", "question", "answer"})


def is_lead_label(text: str, notes: bool = True) -> bool:
    """Whether text is one of LEAD_LABELS, whatever its case and apostrophe ("Editor’s note");
    with notes=False, not one of NOTE_LABELS."""
    label = text.strip().lower().replace("\u2019", "'")
    return label in LEAD_LABELS and (notes or label not in NOTE_LABELS)


# What an explainer's headline puts after its topic and a colon: no one's words ("Calgary water
# main break: what we know")
HEADLINE_TAILS = frozenset({"what we know", "what we know so far", "what you need to know", "what to know", "what to expect",
                            "what it means", "what it means for you", "what happens next", "explained", "live updates"})
# Kickers of a headline before a colon: the story's own title, not a speaker ("The Latest: ...").
HEADLINE_KICKERS = frozenset({"the latest", "latest", "live updates", "live", "explainer", "fact check", "factbox", "timeline", "q&a", "interview", "exclusive", "profile", "review", "obituary"})

# Verbs whose passive subject does what their infinitive says: "Trump was prompted to say ...",
# "she was asked to explain" (unlike "is said to", "is expected to": a report of its own).
CONTROL_PASSIVES = frozenset({"ask", "prompt", "force", "press", "urge", "invite", "encourage", "compel", "oblige",
                              "tell", "allow", "permit", "schedule", "require", "authorize", "order", "pressure", "make",
                              # and perception: "Others could be heard calling friends to say ...", "was seen telling"
                              "hear", "overhear", "see", "catch", "spot"})
# Set phrases built on a cue word that report nothing: "That said, ...", "Needless to say,
# ...", "..., not to mention X". Their words are never a cue and never open a content. Each is
# (words, needs a comma after it); it must open a clause (stand at a sentence start, after
# punctuation or after a connective there).
SET_PHRASES = (
    (("that", "said"), True), (("that", "being", "said"), True), (("having", "said", "that"), True),
    (("that", "is", "to", "say"), False), (("all", "told"), True), (("truth", "be", "told"), True),
    (("needless", "to", "say"), False), (("suffice", "it", "to", "say"), False), (("so", "to", "speak"), False),
    (("generally", "speaking"), True), (("strictly", "speaking"), True), (("frankly", "speaking"), True),
    (("broadly", "speaking"), True), (("roughly", "speaking"), True), (("politically", "speaking"), True),
    (("historically", "speaking"), True), (("speaking", "of"), False), (("not", "to", "mention"), False),
    (("to", "say", "nothing", "of"), False),
)

# --- parse labels ----------------------------------------------------------------------------
# spaCy dependency labels grouped by what the extractors ask of them; named once here.

SUBJECT_DEPS = frozenset({"nsubj", "csubj"})  # who a cue verb belongs to
ACTIVE_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})  # a mention that is a clause's subject
MENTION_DEPS = frozenset({"nsubj", "nsubjpass", "pobj", "dobj", "appos"})  # where a later pronoun's antecedent may stand
CLAUSE_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})  # a clause that has a subject of its own
CLAUSE_DEPS = frozenset({"ccomp"})  # the reported clause of a cue verb
NP_LEFT_DEPS = frozenset({"det", "amod", "compound", "nmod", "poss", "nummod", "quantmod", "advmod", "case", "predet", "npadvmod"})
NOT_A_SPEAKER_POS = frozenset({"ADP", "PUNCT", "VERB", "AUX", "CCONJ", "SCONJ", "PART", "SPACE"})
