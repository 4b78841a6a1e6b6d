"""Small hand-written gazetteers for entity typing: titles, outlets, places,
organisation words. Enough for news English; unknown names fall back to
the statistics of :mod:`storyline.entities` (titles, roles, pronouns)."""

from __future__ import annotations

#: Titles and offices written before a person's name ("Chancellor Angela Merkel").
TITLES = {
    "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "sen", "senator",
    "rep", "representative", "gov", "governor", "gen", "general", "lt", "col", "colonel", "sgt", "capt",
    "captain", "adm", "admiral", "maj", "major", "president", "vice", "chancellor", "minister", "prime",
    "secretary", "mayor", "chief", "fire", "police", "judge", "justice", "attorney", "king", "queen",
    "prince", "princess", "pope", "rev", "reverend", "father", "bishop", "archbishop", "rabbi", "imam",
    "commissioner", "inspector", "detective", "officer", "sheriff", "chairman", "chairwoman", "chair",
    "ceo", "director", "spokesman", "spokeswoman", "spokesperson", "ambassador", "speaker", "leader",
    "deputy", "superintendent", "councillor", "councilman", "councilwoman", "councilor", "state",
    "former", "acting", "interim", "first", "pres", "supt", "insp", "det", "hon", "amb", "atty",
    "coach", "manager", "founder", "editor", "whip",
}
#: Title words that alone, after "the", stand for a person ("the chancellor").
ROLE_NOUNS = {
    "president", "chancellor", "minister", "secretary", "mayor", "chief", "judge", "governor", "senator",
    "spokesman", "spokeswoman", "spokesperson", "ceo", "director", "chairman", "chairwoman", "commissioner",
    "ambassador", "sheriff", "king", "queen", "pope", "premier", "speaker", "inspector", "prosecutor",
    "candidate", "nominee", "congressman", "congresswoman", "lawmaker", "official",
}

#: News outlets (lower case, without a leading "the").
OUTLETS = {
    "reuters", "associated press", "ap", "afp", "agence france-presse", "bloomberg", "cnn", "bbc", "nbc",
    "cbs", "abc", "fox news", "msnbc", "npr", "pbs", "new york times", "washington post", "wall street journal",
    "los angeles times", "usa today", "new york post", "guardian", "times", "post", "telegraph", "independent",
    "financial times", "economist", "politico", "axios", "huffington post", "huffpost", "buzzfeed",
    "buzzfeed news", "breitbart", "breitbart news", "daily mail", "the hill", "vox", "slate", "atlantic",
    "new yorker", "time", "newsweek", "al jazeera", "dpa", "upi", "xinhua", "tass", "le monde", "der spiegel",
    "spiegel", "yahoo news", "cnbc", "washington examiner", "national review", "mother jones", "salon",
}
#: Last words that make a name an outlet ("Harwick Courier").
OUTLET_WORDS = {
    "times", "post", "news", "courier", "journal", "herald", "tribune", "gazette", "ledger", "chronicle",
    "telegraph", "guardian", "observer", "express", "mirror", "wire", "press", "daily", "examiner",
    "inquirer", "dispatch", "standard", "bulletin", "reporter", "monitor", "sentinel", "star", "sun",
}
#: Words that make a name an organisation ("Harwick Environment Agency").
ORG_WORDS = {
    "agency", "department", "ministry", "service", "services", "inc", "corp", "corporation", "company", "co",
    "group", "party", "committee", "council", "university", "college", "school", "association", "bank",
    "court", "commission", "foundation", "institute", "union", "office", "administration", "senate",
    "congress", "parliament", "assembly", "authority", "board", "bureau", "center", "centre", "club",
    "federation", "fund", "organization", "organisation", "recycling", "industries", "holdings", "ltd",
    "llc", "plc", "gmbh", "hospital", "army", "navy", "police", "force", "guard", "network", "campaign",
    "church", "society", "trust", "alliance", "coalition", "movement", "house", "pentagon", "fbi", "cia", "team",
    "nato", "un", "eu", "epa", "nasa", "white", "brigade", "unit", "firm", "plant", "airlines", "motors",
    # trades that end a company's name ("Marathon Oil", "General Electric", "Vesland Airways")
    "oil", "petroleum", "energy", "electric", "mining", "chemical", "chemicals",
    "pharmaceuticals", "airways", "airline", "railway", "railways", "shipping", "insurance", "bancorp",
    "securities", "investments", "partners", "ventures", "enterprises", "technologies",
    "systems", "software", "telecom", "communications", "broadcasting", "entertainment", "studios",
    "pictures", "laboratories", "labs", "foods", "brewery", "international",
}
#: Words that make a name a place ("Quarry Road").
PLACE_WORDS = {
    "road", "street", "avenue", "boulevard", "lane", "square", "county", "city", "river", "lake", "mountain",
    "mountains", "valley", "island", "islands", "bay", "park", "bridge", "state", "province", "region",
    "district", "village", "town", "beach", "coast", "sea", "ocean", "highway", "airport", "station",
}
#: Countries, regions and large cities often met in news.
PLACES = {
    "united states", "u.s.", "us", "america", "usa", "canada", "mexico", "brazil", "argentina", "britain",
    "united kingdom", "uk", "england", "scotland", "wales", "ireland", "france", "germany", "italy", "spain",
    "portugal", "netherlands", "belgium", "switzerland", "austria", "poland", "sweden", "norway", "denmark",
    "finland", "greece", "turkey", "russia", "ukraine", "china", "japan", "korea", "north korea",
    "south korea", "india", "pakistan", "afghanistan", "iran", "iraq", "syria", "israel", "egypt", "libya",
    "saudi arabia", "australia", "new zealand", "africa", "europe", "asia", "middle east", "nigeria",
    "kenya", "south africa", "washington", "new york", "london", "paris", "berlin", "moscow", "beijing",
    "tokyo", "brussels", "rome", "madrid", "jerusalem", "gaza", "kyiv", "kiev", "california", "texas",
    "florida", "ohio", "iowa", "new hampshire", "nevada", "virginia", "michigan", "pennsylvania",
    "illinois", "georgia", "arizona", "colorado", "wisconsin", "minnesota", "north carolina",
    "south carolina", "alabama", "louisiana", "vermont", "maryland", "massachusetts", "oregon",
    "chicago", "los angeles", "boston", "philadelphia", "miami", "houston", "dallas", "atlanta",
    "detroit", "seattle", "san francisco", "baltimore", "cleveland", "flint", "syracuse", "ground zero",
    "capitol hill", "gulf of aden", "persian gulf", "strait of hormuz",
}

#: Last words that make a name an event, not a person ("World Cup", "French Open"; "Tour de
#: France" by its opening).
EVENT_WORDS = {"tour", "cup", "games", "olympics", "prix", "championship", "championships", "open", "festival",
               "marathon", "summit", "awards", "expo"}
#: Nationality adjectives: on their own ("French riders", "the British public") no entity.
DEMONYMS = {
    "american", "british", "english", "scottish", "welsh", "irish", "french", "german", "italian", "spanish",
    "portuguese", "dutch", "belgian", "swiss", "austrian", "polish", "swedish", "norwegian", "danish", "finnish",
    "greek", "turkish", "russian", "ukrainian", "chinese", "japanese", "korean", "indian", "pakistani", "afghan",
    "iranian", "iraqi", "syrian", "israeli", "palestinian", "egyptian", "libyan", "saudi", "australian",
    "canadian", "mexican", "brazilian", "argentine", "nigerian", "kenyan", "african", "european", "asian",
    "kazakh", "colombian", "cuban", "venezuelan", "lebanese", "jordanian", "yemeni", "somali", "ethiopian",
}
#: Time zones ("11:00 BST"): on their own no organisation (``segment`` keeps its own list of the
#: words that may follow "a.m.", "local" and "sharp" among them).
TIME_ZONES = {"bst", "gmt", "utc", "edt", "est", "cet", "cest", "pst", "pdt", "cst", "cdt", "mst", "mdt", "ist"}

#: Capitalised words that are not names at the start of a sentence.
NOT_NAMES = {
    "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their", "our",
    "this", "that", "these", "those", "there", "here", "but", "and", "or", "so", "if", "when", "while",
    "after", "before", "as", "at", "in", "on", "for", "with", "from", "by", "to", "of", "about", "more",
    "most", "some", "many", "all", "no", "not", "one", "two", "three", "what", "who", "why", "how",
    "where", "which", "then", "now", "still", "also", "however", "meanwhile", "yet", "according", "asked",
    "last", "next", "new", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "read", "editing", "reporting", "share", "my", "your", "mr", "mrs", "ms",
    "during", "since", "until", "because", "although", "though", "despite", "each", "every", "both",
    "other", "another", "such", "only", "even", "just", "once", "earlier", "later", "today", "yesterday",
    "residents", "officials", "people", "police", "firefighters", "four", "five", "several",
}
