"""Word lists used by the extractors, in one place.

Each list is data, not logic: a cue verb, outlet or title lives here because a test under
``tests/`` or an annotated passage under ``tests/data/`` needs it.
"""

from __future__ import annotations

from textacy.constants import REPORTING_VERBS

# --- quotation marks -------------------------------------------------------------------------

DOUBLE_OPEN = frozenset("“„«‟")
DOUBLE_CLOSE = frozenset("”»")
DOUBLE_AMBIGUOUS = frozenset('"')
SINGLE_OPEN = frozenset("‘‚‹")
SINGLE_CLOSE = frozenset("›")
# ' and ’ are apostrophes far more often than quote marks: "Satterfield's", "don’t".
SINGLE_AMBIGUOUS = frozenset("'’")
ALL_QUOTE_CHARS = DOUBLE_OPEN | DOUBLE_CLOSE | DOUBLE_AMBIGUOUS | SINGLE_OPEN | SINGLE_CLOSE | SINGLE_AMBIGUOUS
# characters after which a quote mark opens rather than closes
OPENING_CONTEXT = frozenset(" \t\n\r\f\v([{—–-/\u00a0") | DOUBLE_OPEN | SINGLE_OPEN

# --- cues ------------------------------------------------------------------------------------

# Verbs of saying: the classic reporting verbs ("X said ...", "... , X added").
SPEECH_VERBS = frozenset(REPORTING_VERBS["en"] - {"according", "order", "decline", "hope", "fear", "worry", "think", "believe"}) | frozenset({
    "acknowledge", "advise", "affirm", "announce", "answer", "argue", "assure", "boast",
    "brief", "caution", "comment", "concede", "confirm", "contend", "counter", "declare",
    "demand", "disclose", "emphasise", "emphasize", "echo", "explain", "highlight",
    "insist", "joke", "lament", "mention", "post", "proclaim", "quip", "reaffirm",
    "recount", "reiterate", "remark", "remind", "repeat", "reply", "respond", "retort", "chant", "rule",
    "reveal", "say", "scoff", "shout", "signal", "speculate", "stress", "tell", "tweet",
    "underline", "underscore", "urge", "vow", "warn", "write", "yell", "email", "text",
    "continue", "add", "admit", "allege", "ask", "assert", "claim", "complain", "conclude",
    "estimate", "note", "observe", "predict", "promise", "recall", "report", "state",
    "suggest", "testify", "pledge", "threaten", "acknowledge", "inform", "assess",
    "describe", "call", "cite", "accuse", "blame", "charge", "deny", "dispute", "maintain",
    "point", "question", "wonder", "guarantee", "forecast", "calculate", "judge",
    "talk", "speak", "refer", "respond", "rail", "advocate", "comment", "lobby", "campaign",
})
# Verbs of thinking and expecting ("the US believes ...", "They expect ...").
BELIEF_VERBS = frozenset({
    "believe", "think", "expect", "hope", "fear", "worry", "feel", "doubt", "suspect",
    "know", "reckon", "assume", "understand", "consider", "agree", "disagree", "see",
    "imagine", "recognize", "recognise", "realize", "realise", "want", "wish", "plan",
    "intend", "prefer", "anticipate", "envision", "estimate", "view", "regard",
    "appear", "seem", "decline", "refuse", "worry", "argue",
})
# Stances and evaluations whose object is the claim ("the Post backs Clinton").
STANCE_VERBS = frozenset({
    "endorse", "back", "support", "oppose", "criticize", "criticise", "praise", "condemn",
    "denounce", "reject", "welcome", "defend", "applaud", "attack", "slam", "blast",
    "dismiss", "decry", "mock", "thank", "propose", "recommend", "favor", "favour",
    "seek", "vote", "accept", "approve", "challenge", "hail", "laud", "fault", "refuse",
    "acknowledge", "emphasise", "emphasize", "highlight", "stress", "underscore",
    "reiterate", "demand", "call", "urge",
})
# Findings of studies, polls and documents ("polls show ...", "the report found ...").
FINDING_VERBS = frozenset({"show", "find", "indicate", "suggest", "reveal", "conclude", "confirm", "demonstrate", "read", "state"})

CUE_VERBS = SPEECH_VERBS | BELIEF_VERBS | STANCE_VERBS | FINDING_VERBS

# Reporting verbs that pass on someone else's claim: "..., Axios reports", "the newspaper writes".
RELAY_VERBS = frozenset({"report", "write", "say", "add", "tell", "quote", "claim", "note", "cite", "state", "reveal", "learn", "publish"})

# Nouns of saying whose clause is the content: "expressed concerns that ...", "his claim that ...".
CUE_NOUNS = frozenset({
    "announcement", "argument", "assertion", "assessment", "belief", "claim", "comment",
    "concern", "conclusion", "contention", "denial", "estimate", "fear", "finding", "hope",
    "insistence", "message", "opinion", "pledge", "position", "prediction", "promise",
    "remark", "report", "statement", "stance", "suggestion", "view", "warning", "worry",
    "allegation", "accusation", "criticism", "call", "demand", "admission", "assurance",
    "expectation", "complaint", "charge", "threat", "vow", "recommendation", "proposal",
    "confidence", "optimism", "doubt", "skepticism", "scepticism", "insistence", "idea",
    "support", "opposition", "praise", "response", "reply", "answer", "testimony", "question",
    "attack", "endorsement", "reference", "mention", "critique", "defense", "defence", "case",
    "attention", "doubt", "objection", "push", "appeal",
})
# A light verb that makes a cue noun its cue: "expressed concerns that", "made the argument that".
LIGHT_VERBS = frozenset({"express", "make", "voice", "raise", "issue", "reiterate", "repeat", "share", "offer", "give", "deliver", "release", "put", "draw", "pay", "launch", "level", "renew", "direct", "pose", "lodge", "file", "air", "signal", "have"})

# Verbs that carry a claim only in these senses; anything else is not a cue ("he told reporters").
NEEDS_CLAUSE = frozenset({"see", "know", "feel", "find", "read", "call", "point", "continue", "understand", "consider", "recognize", "recognise", "realize", "realise", "learn", "agree", "view", "regard", "answer", "judge", "calculate"})

# "said to be" / "is believed to" are hearsay, not a claim by the subject.
RAISING_FRAMES = frozenset({"say", "believe", "think", "expect", "know", "report", "consider", "see", "allege", "rumor", "rumour"})

# --- speakers --------------------------------------------------------------------------------

PERSONAL_PRONOUNS = {
    "he": ("m", "sg"), "him": ("m", "sg"), "she": ("f", "sg"), "her": ("f", "sg"),
    "they": (None, "pl"), "them": (None, "pl"), "it": ("n", "sg"), "i": (None, "sg"),
    "we": (None, "pl"), "you": (None, None),
}
# Descriptions of a news outlet: "the newspaper writes" -> the last outlet named.
MEDIA_NOUNS = frozenset({"newspaper", "paper", "outlet", "agency", "broadcaster", "network", "channel", "magazine", "website", "site", "publication", "daily", "tabloid", "station", "portal", "newswire", "wire"})
# Words that make a mention an anonymous source: "an Israeli official", "a source familiar ...".
ANONYMOUS_NOUNS = frozenset({"source", "official", "insider", "aide", "person", "people", "diplomat", "officer", "spokesperson", "spokesman", "spokeswoman", "representative", "member", "staffer", "adviser", "advisor", "analyst", "expert", "observer", "witness", "resident"})
# Plural nouns for groups of people: "officials said", "aid organisations".
GROUP_NOUNS = frozenset({"official", "officials", "organisation", "organization", "group", "people", "source", "expert", "analyst", "lawmaker", "leader", "minister", "diplomat", "resident", "critic", "supporter", "activist", "voter", "member", "republican", "democrat", "democrats", "republicans", "observer", "economist", "scientist", "researcher", "investigator", "prosecutor", "agency", "poll", "survey", "report", "study"})
# Things that speak as documents: "polls show", "the report found".
DOCUMENT_NOUNS = frozenset({"poll", "survey", "report", "study", "document", "memo", "statement", "letter", "data", "analysis", "research", "filing", "lawsuit", "complaint", "ruling", "bill", "law", "resolution", "email", "tweet", "post", "ad", "video", "book", "article", "editorial", "op-ed", "column", "footage", "record", "records", "audit", "review", "investigation", "indictment", "order", "plan", "proposal"})

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
})

# Titles and role words that may stand before a name: "Foreign Minister Gabi Ashkenazi".
ROLE_WORDS = frozenset({
    "president", "minister", "secretary", "senator", "sen.", "rep.", "representative",
    "governor", "gov.", "mayor", "chief", "head", "spokesperson", "spokesman", "spokeswoman",
    "envoy", "ambassador", "director", "chairman", "chairwoman", "chair", "ceo", "leader",
    "adviser", "advisor", "official", "officer", "general", "gen.", "commander", "judge",
    "justice", "attorney", "prosecutor", "candidate", "nominee", "member", "speaker",
    "diplomat", "king", "queen", "prince", "premier", "chancellor", "pope", "reporter",
    "correspondent", "editor", "columnist", "analyst", "professor", "dr.", "counsel",
    "manager", "founder", "commissioner", "lawmaker", "congressman", "congresswoman",
    "deputy", "vice", "foreign", "prime", "former", "caretaker", "special", "executive",
    "campaign", "press", "white", "house", "state", "department", "defense", "security",
    "national", "political", "bureau", "coach", "captain", "economist", "scientist", "researcher",
    "lawyer", "activist", "author", "chief executive", "executive", "principal", "sheriff",
    "detective", "inspector", "superintendent", "bishop", "rabbi", "imam", "cardinal", "mp",
    "councillor", "councilman", "councilwoman", "alderman", "secretary-general", "envoy",
    "chairwoman", "chairperson", "president-elect", "lieutenant", "colonel", "major", "sergeant",
    "organiser", "organizer", "strategist", "consultant", "pollster", "historian", "pastor", "priest",
    "teacher", "nurse", "doctor", "farmer", "owner", "student", "veteran", "host", "anchor",
    "engineer", "worker", "driver", "architect", "planner", "economist", "officer",
})
# Honorifics carried by the name itself ("Mr. Cruz") and left out of role.
HONORIFICS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "sir", "dame", "lord", "lady"})

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

# Relative pronouns: "Adler, who said ..." speaks for the noun its clause hangs on.
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
# Subjects that never speak for themselves ("it said to be", "there").
NON_SPEAKERS = frozenset({"there", "what", "which", "that", "this", "who", "whom", "whose", "one", "something", "nothing", "anything", "everything"})

# Line-initial labels that look like "Name:" but introduce no speaker ("Update: ...").
LEAD_LABELS = frozenset({"update", "note", "editor's note", "photo", "photos", "video", "watch", "read", "related", "correction", "disclosure", "image", "caption", "credit", "warning", "breaking", "source", "sources", "q", "a", "question", "answer", "tags", "via", "see also", "read more", "more", "listen", "full story", "advertisement", "subscribe"})
