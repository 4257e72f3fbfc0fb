"""Every word list and label set the extractors use, in one place.

Each list is data, not logic: a cue verb, outlet or title lives here because a test under
``tests/`` or an annotated passage under ``tests/data/`` needs it. To change which words are
cues, which nouns name a speaker or which marks are quotes, edit this file only.
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
# Line and paragraph breaks: every character str.splitlines() breaks at. News text puts a
# paragraph on a line, so a line break is a paragraph break for every stage.
LINE_BREAKS = frozenset("\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029")
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
}) | frozenset({
    # verbs of manner: '"We will win," the girl whimpered', '"The figures were wrong," he conceded'
    "whimper", "murmur", "mutter", "whisper", "mumble", "stammer", "stutter", "exclaim", "blurt",
    "scream", "shriek", "snap", "bark", "growl", "hiss", "groan", "moan", "plead", "sigh", "gasp",
    "sob", "wail", "drawl", "grumble", "bellow", "roar", "thunder", "chirp", "cry", "laugh",
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

# Media verbs that relay what they report: "Axios reports that ...", "the newspaper writes".
MEDIA_RELAY_VERBS = frozenset({"report", "write", "quote", "publish", "cite"})

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

# Verbs that carry a claim only with a clause of their own, not even with a preposition
# ("they saw that ..." is a claim, "they saw the game" and "saw in him" are not).
CLAUSE_ONLY = NEEDS_CLAUSE - {"call", "point", "continue", "consider", "agree", "answer"}
# Verbs whose infinitive complement is the claim: "vowed to fight", "urged Israel to pause".
XCOMP_VERBS = frozenset({"promise", "vow", "pledge", "threaten", "urge", "refuse", "want", "plan", "seek", "intend", "call", "ask", "demand", "agree", "decline", "wish", "hope", "expect", "warn", "tell", "encourage", "propose", "prefer", "offer", "claim", "appear", "seem", "decide", "order", "advise"})
# Verbs whose direct object is the claim: "acknowledged the shared interests", "backs Clinton".
DOBJ_VERBS = STANCE_VERBS | FINDING_VERBS | frozenset({"announce", "deny", "confirm", "acknowledge", "admit", "predict", "estimate", "reveal", "describe", "dispute", "question", "propose", "defend", "reiterate", "repeat", "echo", "cite", "highlight", "stress", "emphasise", "emphasize", "underscore", "mention", "note", "recall", "report", "want", "fear", "expect", "prefer", "claim", "tweet", "post", "write", "blame", "accuse", "know"})
# Verbs whose object is the person addressed, not the claim: "told Blinken that ...".
ADDRESSEE_VERBS = frozenset({"tell", "ask", "inform", "remind", "assure", "warn", "urge", "brief", "advise", "promise", "email", "text", "caution", "encourage", "order", "thank", "accuse", "blame", "call"})
# ... whose object is never the claim at all: "told reporters", "briefed CNN".
TELLING_VERBS = frozenset({"tell", "inform", "remind", "brief", "assure", "email", "text", "thank"})
# ... whose first object is the one addressed even when no name: "warned the public to ...".
DIRECTIVE_VERBS = frozenset({"warn", "urge", "ask", "order", "encourage", "advise", "caution"})
# Prepositions that carry the claim: "warned of", "complained about", "stance against".
# A key ending in "_n" is the noun's sense where it differs from the verb's ("calls for").
CONTENT_PREPS = {
    "warn": {"of", "about", "against"}, "complain": {"about", "of"}, "worry": {"about"},
    "speak": {"about", "of"}, "argue": {"for", "against"}, "caution": {"against"},
    "call": {"for", "on"}, "accuse": {"of"}, "blame": {"for"}, "criticize": {"for"}, "criticise": {"for"},
    "praise": {"for"}, "agree": {"on", "with"}, "comment": {"on"}, "insist": {"on"}, "push": {"for"},
    "vote": {"for", "against"}, "testify": {"about", "that"}, "boast": {"about", "of"}, "thank": {"for"},
    "stance": {"on", "against", "toward", "towards"}, "position": {"on", "against"},
    "concern": {"about", "over"}, "confidence": {"in", "that"}, "doubt": {"about", "over"},
    "skepticism": {"about", "of", "toward"}, "optimism": {"about"}, "opposition_n": {"to"}, "praise_n": {"for"}, "criticism": {"of"}, "support": {"for"}, "call_n": {"for"},
    "view": {"on", "of"}, "warning": {"about", "of", "against"}, "opposition": {"to"},
    "fear": {"of", "about", "over"}, "complaint": {"about"}, "comment_n": {"on"}, "demand": {"for"},
    "talk": {"about", "of"}, "write": {"about", "of"}, "refer": {"to"}, "respond": {"to"}, "rail": {"against"}, "advocate": {"for"},
    "lobby": {"for", "against"}, "campaign": {"for", "against"}, "point": {"to"}, "ask": {"about", "for"},
    "say": {"of", "about"}, "think": {"about", "of"}, "question_n": {"about", "of", "over"},
    "attack_n": {"on", "against"}, "endorsement": {"of"}, "reference": {"to"}, "mention": {"of"},
    "critique": {"of"}, "defense": {"of"}, "defence": {"of"}, "case": {"for", "against"}, "attention": {"to"},
    "response": {"to"}, "push_n": {"for"}, "objection": {"to"}, "appeal": {"for", "to"}, "support_n": {"for", "of", "to", "behind"},
    "doubt_n": {"about", "over"},
}
# Extra prepositions a stance verb's object takes along: "praised X for ...", "slammed X as ...".
STANCE_PREPS = frozenset({"for", "as", "over"})
# "Trump seems to be ...", "it appears that ...": the subject is the topic, nobody speaks.
IMPERSONAL_VERBS = frozenset({"seem", "appear"})
# Raising verbs whose passive is hearsay: "Israel is expected to ...", "he is said to be ill".
RAISING_VERBS = RAISING_FRAMES | {"expect"}
# Cues that stand inverted between commas: "The plan, said Mr. Lee, is dead".
INSERTED_CUES = frozenset({"say", "add", "write", "note", "argue", "explain", "insist", "contend", "warn", "predict", "suggest", "believe", "think", "tell", "report"})
# Verbs of judging: the object and its predicate are the claim ("called the deal a disaster",
# "described him as reckless"), and the passive subject is ("the plan was deemed illegal").
JUDGING_VERBS = frozenset({"consider", "describe", "call", "label", "view", "regard", "see", "brand", "dub", "deem", "portray"})
PASSIVE_OBJECT_VERBS = DOBJ_VERBS | JUDGING_VERBS
# Verbs "as X reported" turns into a relay: "..., as CNN reported", "as reported by CNN".
AS_REPORTED_VERBS = frozenset({"report", "say", "write", "note", "tell"})
# "He made clear that ...", "made it plain that ...": the light verb and its adjectives.
MAKE_CLEAR_WORDS = frozenset({"clear", "plain"})
# Auxiliaries of a claim about the future: "will", "might", "could" ...
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo", "might", "may", "could", "would", "should", "must", "can", "ca"})
# A possessive pronoun and the subject pronoun it points back to: "his support" -> "he".
POSSESSOR_OF = {"his": "he", "her": "she", "their": "they", "my": "i", "our": "we", "your": "you"}
# Complementizers left out of content: "said that ...", "asked whether ...".
COMPLEMENTIZERS = frozenset({"that", "whether", "if"})
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
# "a spokesperson for X said": X speaks through them.
AGENT_NOUNS = frozenset({"spokesperson", "spokesman", "spokeswoman", "representative", "aide", "lawyer", "attorney", "adviser", "advisor", "official", "source"})

# --- confidence ------------------------------------------------------------------------------

# The plainest cues of reporting: the claims they carry are right most often.
CORE_SPEECH = frozenset({"say", "tell", "add", "according to", "write", "report", "note", "explain", "argue", "claim", "insist", "warn", "announce"})

# --- speakers --------------------------------------------------------------------------------

PERSONAL_PRONOUNS = {
    "he": ("m", "sg"), "him": ("m", "sg"), "she": ("f", "sg"), "her": ("f", "sg"),
    "they": (None, "pl"), "them": (None, "pl"), "it": ("n", "sg"), "i": (None, "sg"),
    "we": (None, "pl"), "you": (None, None),
}
# Nouns for organisations: "the government said", "the campaign denied".
ORG_NOUNS = frozenset({"government", "administration", "ministry", "department", "mission", "campaign", "company", "committee", "court", "council", "party", "agency", "office", "army", "military", "police", "commission", "organization", "organisation", "group", "movement", "embassy", "parliament", "congress", "senate", "house", "team", "board", "union", "firm", "bank", "university", "institute", "foundation", "network", "coalition", "alliance", "cabinet", "regime", "authority", "authorities", "service", "corporation"})
# Anonymous plurals that stay anonymous ("sources said"); other plurals are groups ("officials").
ANONYMOUS_PLURALS = frozenset({"source", "person", "people", "insider"})
# What a named entity's label makes a speaker.
ENTITY_KINDS = {"PERSON": "person", "ORG": "organization", "GPE": "organization", "NORP": "group", "FAC": "organization"}
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

# --- parse labels ----------------------------------------------------------------------------
# spaCy dependency labels grouped by what the extractors ask of them; named once here.

SUBJECT_DEPS = frozenset({"nsubj", "csubj"})  # who a cue verb belongs to
ACTIVE_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})  # a mention that is a clause's subject
MENTION_DEPS = frozenset({"nsubj", "nsubjpass", "pobj", "dobj", "appos"})  # where a later pronoun's antecedent may stand
CLAUSE_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})  # a clause that has a subject of its own
CLAUSE_DEPS = frozenset({"ccomp"})  # the reported clause of a cue verb
NP_LEFT_DEPS = frozenset({"det", "amod", "compound", "nmod", "poss", "nummod", "quantmod", "advmod", "case", "predet", "npadvmod"})
NOT_A_SPEAKER_POS = frozenset({"ADP", "PUNCT", "VERB", "AUX", "CCONJ", "SCONJ", "PART", "SPACE"})
