package coder

// Closed word classes the role rules consult. Open classes (the triggers)
// are data files; these are grammar.

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

var (
	prepositions = set("in", "on", "at", "from", "to", "with", "against", "into", "inside", "across", "near",
		"over", "by", "of", "for", "toward", "towards", "between", "among", "along", "within", "onto", "upon",
		"via", "through", "around", "outside", "about", "including", "than", "under", "behind", "like", "off", "throughout", "beyond", "during", "targeting", "out",
		"regarding", "concerning")

	// determiners may stand between a preposition and its actor.
	determiners = set("the", "a", "an", "its", "their", "his", "her", "both", "two", "all", "several", "some",
		"other", "neighbouring", "neighboring", "fellow", "rival", "northern", "southern", "eastern", "western",
		"central", "'s", "and", "or", ",", "-", "whole", "entire", "occupied")

	// subjectBoundaries end the search for a subject to the left.
	subjectBoundaries = set("that", "who", "which", "whom", "whose", "said", "says", "say", "told", "tells",
		"added", "stated", "while", "whereas", "but", "although", "though", "because", "after", "before",
		"when", "since", "until", "amid", "if", "unless", "whether", "following", "despite", "where",
		"according", ";", ":", "(", ")", "once", "what")

	// objectBoundaries end the search for an object to the right.
	objectBoundaries = set("that", "who", "which", "whom", "said", "says", "say", "told", "while", "whereas",
		"but", "although", "though", "because", "after", "before", "when", "since", "until", "amid", "if",
		"unless", "whether", "following", "despite", "where", "saying", "according", "as", ";", ":", "(",
		")", "adding", "calling", "describing", "warning", "urging", "citing", "once", "accusing", "vowing")

	reportingVerbs = set("said", "says", "say", "told", "tells", "added", "stated", "announced", "reported",
		"claimed", "insisted", "noted", "quoted", "declared", "wrote", "tweeted", "posted", "confirmed",
		"asserted", "asserts", "stressed", "stresses", "argued", "argues", "maintained", "maintains", "contended",
		"contends", "reiterated", "reiterates", "emphasised", "emphasized", "explained", "believes", "believe", "ruled",
		"countered", "counters", "retorted", "retorts")

	// reportingParticiples report what their clause's subject says:
	// "Vietnam protested, saying Chinese vessels had entered its waters".
	reportingParticiples = set("saying", "alleging", "claiming", "insisting", "adding", "arguing", "asserting")

	// clauseTakers are verbs followed by a clause, whose "it" is a subject.
	clauseTakers = set("saying", "adding", "claiming", "insisting", "noting", "stating", "warning", "arguing",
		"alleging", "asserting", "suggesting", "believed", "feared", "argued", "alleged", "asserted", "suggested",
		"denied", "denying", "confirmed", "confirming", "acknowledged", "admitted", "admitting", "announced")

	// complementTakers before "that" open a complement clause, not a relative one.
	complementTakers = set("mentioning", "noting", "noted", "believe", "believes", "believed", "insisted",
		"stressed", "warned", "argued", "suggested", "knows", "know", "thinks", "think", "hopes", "fears",
		"feared", "emphasised", "emphasized", "reiterated", "clear", "worth", "added", "alleged", "asserted")

	speculators = set("analysts", "analyst", "experts", "expert", "observers", "commentators", "pundits",
		"critics", "historians", "some")

	// verbCues before an ambiguous word make it a verb, nounCues a noun.
	verbCues = set("to", "will", "would", "could", "can", "may", "might", "did", "does", "do", "also", "then",
		"not", "n't", "never", "it", "they", "we", "he", "she", "who", "which", "that", "and", "repeatedly",
		"again", "jointly", "reportedly", "allegedly", "had", "have", "has", "was", "were", "is", "are")
	nounCues = set("a", "an", "the", "this", "these", "those", "its", "their", "his", "her", "our", "any",
		"no", "deadly", "new", "fresh", "suicide", "air", "drone", "missile", "rocket", "retaliatory", "latest",
		"recent", "previous", "first", "second", "further", "more", "major", "massive", "large", "alleged",
		"suspected", "terrorist", "terror", "militant", "cross-border", "coordinated", "joint", "brutal",
		"overnight", "israeli", "such", "attempted", "failed", "heavy", "intense", "renewed", "repeated",
		"several", "multiple", "two", "three", "dozens", "series", "wave", "'s", "of", "surprise", "precision",
		"targeted", "punitive", "economic", "financial", "military", "naval", "ground", "artillery", "mortar",
		"grenade", "knife", "gun", "armed", "violent", "bloody", "fatal", "twin", "separate", "similar", "strong",
		"stern", "clear", "final", "last")

	// organNouns followed by "of X" are X acting: "the Foreign Ministry of Pakistan".
	organNouns = set("ministry", "defence", "defense", "interior", "affairs", "information", "justice", "minister", "office", "government", "president", "army", "military", "forces",
		"spokesman", "spokesperson", "spokeswoman", "embassy", "ambassador", "envoy", "chief", "head", "leader",
		"leadership", "authorities", "officials", "parliament", "council", "navy", "police", "intelligence",
		"department", "secretary", "king", "emir", "commander", "junta", "regime", "cabinet", "mission",
		"representative", "delegation", "troops", "soldiers", "administration", "court", "presidency",
		"guards", "guard", "corps", "branch", "wing", "members", "fighters", "militants", "leaders", "commanders",
		"chairperson", "chairman", "chairwoman", "director", "governor", "prosecutor", "governments", "ministries", "juntas", "armies", "militaries", "agencies", "services",
		"command", "headquarters", "presidents", "ministers", "spokesmen",
		"chiefs", "heads", "secretaries", "embassies", "navies", "councils", "parliaments", "premiers", "presidencies")

	expletiveComplements = set("unclear", "clear", "too", "likely", "unlikely", "possible", "time",
		"important", "difficult", "expected", "hard", "impossible", "necessary", "understood", "believed",
		"reported", "said", "thought", "feared", "known", "estimated", "a", "an", "the", "up",
		"only", "unacceptable", "essential", "crucial", "vital", "worth", "true", "false", "no",
		"unknown", "uncertain", "premature", "early")

	// civilOrgans after a party name a body of it that never strikes: "the
	// Hamas-run health ministry".
	civilOrgans = set("health", "education", "culture", "tourism", "agriculture", "finance", "economy", "trade",
		"environment", "statistics", "medical")
	civilBodies = set("ministry", "ministries", "minister", "authorities", "authority", "officials", "official",
		"department", "office", "agency", "services", "service", "sources", "workers", "staff", "bureau",
		"directorate", "body", "teams", "personnel")

	// residentNouns before "in" and a state or its capital are its people:
	// "officials in Lima said".
	residentNouns = set("officials", "authorities", "diplomats", "leaders", "commanders", "government", "leadership",
		"spokesman", "spokeswoman", "spokesperson", "official", "minister", "ministry")

	spokesNouns = set("spokesman", "spokesperson", "spokeswoman", "spokespersons", "spokesmen", "official",
		"officials", "source", "sources")

	beForms = set("is", "was", "were", "are", "been", "being", "be")

	negators = set("not", "n't", "never", "no", "without", "neither", "nor", "refused", "declined", "short",
		"cannot", "denies", "deny", "denied")

	// conditionMarks open a condition: what follows has not happened.
	conditionMarks = set("if", "unless", "whether")

	hypotheticals = set("could", "might", "may", "would", "should", "if", "whether", "unless", "likely",
		"expected", "possible", "possibly", "potential", "considering", "weighing", "mulling", "plans",
		"planned", "planning", "seeking", "sought", "wants", "hopes", "hope", "proposed", "proposal", "any",
		"need", "efforts", "effort", "imminent", "future", "plotting", "plotted", "conspiring",
		// acts that were prevented did not happen
		"prevent", "preventing", "prevented", "deter", "deterring", "thwart", "thwarting", "thwarted", "foil",
		"foiled", "foiling", "avert", "averting", "averted", "counter", "countering")

	threatModals = set("will", "would", "'ll", "shall", "right", "ready", "vowed", "vows", "vow", "pledged",
		"compelled", "forced", "obliged", "determined",
		"hesitate", "warned", "warns", "threatened", "must")

	hedges = set("suspected", "alleged", "purported", "presumed", "apparent", "possible", "unidentified",
		"unknown", "reportedly", "allegedly", "so-called")

	// authoredNouns before "by X" make X the subject: "a report by the UN
	// accused ...".
	authoredNouns = set("report", "statement", "investigation", "inquiry", "probe", "study", "assessment",
		"letter", "communique", "communiqué", "resolution", "ruling", "review",
		// "an attempt by Kyiv to carry out an attack": the agent of the act
		"attempt", "plot", "bid", "plan", "effort")

	// organModifiers qualify an organ's noun: "the acting foreign minister".
	organModifiers = set("interim", "caretaker", "acting", "deputy", "vice", "former", "top", "senior", "new", "foreign",
		"defence", "defense", "prime", "supreme", "military", "federal", "central", "high", "joint")

	// memberNouns before "from X", "for X" or "of X" make X the actor:
	// "gunmen from the ADF", "fighters of the SDF", "envoys from Turkey and
	// Armenia", "investigators for the African Union".
	memberNouns = set("gunmen", "fighters", "militants", "members", "militiamen", "insurgents", "rebels", "cadres",
		"operatives", "commanders", "jihadists", "envoys", "delegations", "delegates", "representatives",
		"negotiators", "emissaries", "officers", "spies", "diplomats", "mercenaries", "officials", "experts", "investigators",
		"monitors", "inspectors", "observers")

	// organHeads are a state's bodies: "the foreign ministry" is the state
	// whose organs the sentence names.
	organHeads = set("ministry", "government", "presidency", "cabinet", "administration", "authorities")

	// hedgeAdverbs hedge every verb of their clause.
	hedgeAdverbs = set("reportedly", "allegedly", "purportedly", "supposedly")

	// privateHeads after a demonym or a capital make a private party, not
	// the state: "Pakistani analysts", "Athens newspapers".
	privateHeads = set("national", "nationals", "citizen", "citizens", "businessman", "businessmen",
		"businesswoman", "tourist", "tourists", "worker", "workers", "labourers", "laborers", "engineers",
		"engineer", "students", "student", "media", "press", "newspaper", "newspapers", "outlet", "outlets", "daily", "dailies", "tabloid", "tabloids",
		"analyst", "analysts", "commentator", "commentators", "pundits", "expert", "experts",
		"journalist", "journalists", "reporter", "reporters", "man", "woman", "men", "women", "pilgrims",
		"christians", "christian", "muslims", "muslim", "copts", "jews", "shiites", "shias", "sunnis", "hindus", "sikhs", "buddhists", "catholics", "worshippers",
		"fishermen", "traders", "passport", "passports", "origin", "descent", "nationality", "scientists",
		"researchers", "athletes", "players", "fans", "artists", "scholars", "doctors", "nurses", "teams", "team", "rupee", "rupees", "dollar", "dollars", "language",
		"church", "churches", "clergy", "opposition", "protesters", "protestors", "demonstrators", "rioters", "mob", "mobs", "crowd", "crowds")

	// nonStateHeads after a state's demonym name armed or criminal people
	// who are not the state: "Syrian rebels", "Mexican cartels".
	// standInHeads after a party's name are others: its proxies and allies,
	// and the companies and people sanctions on "US companies" fall on. (An
	// "affiliate" of the Islamic State names its branch; see branches.tsv.)
	standInHeads = set("proxy", "proxies", "allies", "ally", "backers", "loyalists",
		"companies", "company", "firms", "firm", "businesses", "corporations", "contractors", "executives",
		"individuals", "entities", "banks", "bank", "oligarchs", "tycoons", "airlines", "airways", "airline")

	// namedBodies before "of" and a state's name make it part of a private
	// body's name: "the Amhara Association of America".
	namedBodies = set("association", "council", "institute", "society", "federation", "foundation", "chamber",
		"university", "league", "church", "club", "academy", "alliance", "coalition", "network", "centre", "center")

	nonStateHeads = set("cartels", "cartel", "gangs", "gang", "rebels", "rebel", "insurgents", "militants", "militant", "gunmen", "gunman",
		"opposition", "dissidents", "dissident", "separatists", "separatist", "jihadists", "extremists",
		"smugglers", "traffickers", "pirates", "refugees", "migrants", "hackers", "militia", "militias", "militiamen", "paramilitaries", "mercenaries", "mercenary",
		"affiliate", "affiliates", "branch", "wing", "faction", "factions", "islamists", "islamist", "settlers", "settler", "vigilantes")

	// stateForceNouns are a state's forces named without the state: "security
	// forces killed ...".
	stateForceNouns = set("forces", "troops", "police", "policemen", "army", "military", "soldiers", "personnel",
		"paramilitaries", "commandos")

	// forceNouns after "its"/"their" make the owner act: "its jets struck".
	forceNouns = set("jets", "forces", "troops", "army", "military", "militaries", "fighters", "warplanes", "drones",
		"missiles", "navy", "soldiers", "aircraft", "militants", "gunmen", "artillery", "warships", "units",
		"members", "operatives", "air", "security", "border", "police", "guards", "government", "officials",
		"spokesman", "leaders", "commanders", "rockets", "intelligence", "agents", "planes", "vessels",
		"helicopters", "bombers", "ships", "boats", "speedboats", "submarines", "tanks", "warplane", "jet", "drone", "bomber", "warship", "vessel", "helicopter", "plane", "submarine", "coastguard", "shells",
		// what a party owns: "violated its airspace", "struck their
		// positions" name the victim
		"positions", "bases", "camps", "hideouts", "headquarters", "outposts", "strongholds", "posts", "facilities",
		"installations", "embassy", "consulate", "watchtowers", "watchtower", "checkpoints", "checkpoint", "convoys", "convoy",
		"peacekeepers", "barracks", "airbase", "airbases", "base", "position", "camp", "embassies", "consulates", "premises", "mission", "missions", "annex", "building")

	// domainNouns are what a party rules: "violated its airspace", "a
	// violation of Iran's sovereignty" name the victim, never an author.
	domainNouns = set("airspace", "territory", "sovereignty", "soil", "waters", "territorial", "zone")

	// ownedModifiers come between "its" and what it owns: "its exclusive
	// economic zone", "its own forces".
	ownedModifiers = set("own", "exclusive", "economic", "territorial", "national", "sovereign", "armed", "naval", "special", "elite", "regular", "consular", "diplomatic")

	// siteNouns are places a party holds: "the headquarters of Israel's
	// Mossad", "positions of the army" name the party struck.
	siteNouns = set("position", "positions", "base", "bases", "camp", "camps", "hideout", "hideouts", "headquarters",
		"outpost", "outposts", "stronghold", "strongholds", "post", "posts", "facility", "facilities", "installation",
		"installations", "depot", "depots", "target", "targets", "compound", "compounds", "barracks", "airbase", "airbases",
		"watchtower", "watchtowers", "checkpoint", "checkpoints", "airport", "airports", "port", "ports", "refinery", "refineries", "airfield", "airfields")

	// merchantVessels and vesselNouns with a merchantModifier name
	// merchant shipping, which belongs to no party: "Houthi attacks on
	// shipping", "seizures of commercial vessels".
	merchantVessels   = set("shipping", "tanker", "tankers", "supertanker", "freighter", "freighters", "bulker", "bulkers")
	vesselNouns       = set("ship", "ships", "vessel", "vessels", "boat", "boats", "carrier", "carriers")
	merchantModifiers = set("commercial", "merchant", "cargo", "container", "civilian", "oil", "fishing", "bulk")

	// victimParticiples are past forms whose verb never drops its object:
	// with none, they are a headline's passive ("leader killed in blast").
	victimParticiples = set("killed", "wounded", "injured", "hurt", "detained", "arrested", "abducted", "kidnapped",
		"jailed", "executed", "assassinated", "slain")

	// groundNouns after "on" name a state's ground: "on the Venezuelan bank
	// of the river", "on Pakistani soil".
	groundNouns = set("bank", "side", "soil", "territory", "shore", "coast", "outskirts", "island", "suburbs", "suburb", "district", "neighbourhood", "neighborhood", "quarter")

	// unknownAgents are free relatives that name no one: "whoever carried
	// out the attack".
	unknownAgents = set("whoever", "whomever", "whatever", "whichever")

	// relationNouns name a party by its relation to another: "its
	// neighbour" (anaphora.go), "their rivals, the Houthi rebels"
	// (repairRelationApposition).
	relationNouns = set("neighbour", "neighbours", "neighbor", "neighbors", "rival", "rivals", "arch-rival", "arch-rivals",
		"foe", "foes", "arch-foe", "arch-foes", "adversary", "adversaries", "enemy", "enemies", "ally", "allies")

	// labelVerbs give their object a name: "called the hijacking an act of
	// terrorism".
	labelVerbs = verbClass("call", "describe", "term", "label", "brand", "dub")

	// publishedNouns are what a party releases to the public, not from
	// captivity.
	publishedNouns = set("video", "videos", "footage", "images", "photos", "pictures", "recording", "audio", "tape",
		"statement", "report", "figures", "list", "names", "details", "data", "documents", "findings")

	// naturalAgents strike, hit and ravage with no one behind them.
	naturalAgents = set("famine", "drought", "flood", "floods", "flooding", "earthquake", "quake", "storm", "cyclone",
		"hurricane", "typhoon", "tsunami", "landslide", "landslides", "wildfire", "wildfires", "heatwave", "disease",
		"cholera", "epidemic", "pandemic", "outbreak", "hunger", "starvation", "malnutrition")

	// motionParticiples move a vessel or a convoy along its way: "a tanker
	// sailing from Dubai" names where it came from, not whom it was taken
	// from.
	motionParticiples = set("sailing", "heading", "travelling", "traveling", "flying", "transiting", "steaming",
		"carrying", "returning", "departing", "leaving")

	// appositionHeads show that ", the ..., " describes the actor before it.
	appositionHeads = set("group", "branch", "wing", "faction", "proxy", "offshoot", "umbrella", "affiliate",
		"ally", "arm", "coalition", "organisation", "organization", "leader", "head", "chief", "spokesman",
		"movement", "militia", "outfit", "network", "alliance", "backbone", "successor", "front", "franchise",
		"chair", "chairman", "president", "member", "host")

	locativePreps = set("in", "inside", "across", "into", "within", "throughout")
	// placePreps say where something was, beside it or in it.
	placePreps = set("in", "inside", "outside", "near", "at", "across", "within", "around", "throughout")

	// threatCues after "warned" make the warning a threat.
	// answeredAttacks are the attacks a vow of revenge answers; answeredDoubts
	// make them yet to come.
	answeredAttacks = set("strike", "strikes", "airstrike", "airstrikes", "attack", "attacks", "raid", "raids",
		"shelling", "bombing", "bombings", "bombardment", "killing", "killings", "aggression", "barrage", "barrages", "incursion", "incursions", "ambush")
	answeredDoubts = set("any", "future", "further", "possible", "potential", "another", "new", "more", "repeat", "fresh")
	// facedOutcomes are what a warned party "would face" or "pay".
	facedOutcomes = set("consequences", "consequence", "action", "price", "retaliation", "response", "strikes",
		"attack", "attacks", "punishment", "war", "wrath", "force", "reprisals", "countermeasures")
	threatCues = set("against", "consequences", "consequence", "would", "will", "tolerate", "force", "price",
		"action", "measures", "retaliation", "war", "fire", "serious", "severe", "dire", "disaster", "crushing",
		"decisive", "countermeasures", "responsibility", "accountable", "ultimatum", "punishment", "pay", "defend",
		"ready", "provocation", "provocations", "actions", "response", "responses", "reprisal", "reprisals",
		"retaliatory", "revenge", "steps")

	// postureCodes are moves aimed at a neighbour without naming it: the one
	// other party of the sentence is the target.
	postureCodes = set("mobilise", "show-of-force", "close-border")

	// oneOtherCodes are calming moves, offers, apologies and recalls of
	// ambassadors whose unnamed target is, like a posture's, the one other
	// party of the sentence ("recalled its ambassador, accusing Paris").
	oneOtherCodes = set("ease", "accept", "offer", "apology", "recall-ambassador")

	talkWords = set("talks", "meeting", "meetings", "negotiations", "negotiation", "summit", "dialogue", "ceasefire",
		"truce", "deal", "agreement", "accord", "contacts", "consultations", "exchange", "swap", "handover",
		"armistice", "negotiated")

	// ownedActs after an actor make it the owner of the act, not its target.
	ownedActs = set("sanctions", "sanction", "strikes", "strike", "attacks", "attack", "airstrikes", "raids",
		"resolution", "embargo", "tariffs", "measures", "restrictions")

	// timeWords are capitalised but name no place: "In July, the army ...".
	timeWords = set("january", "february", "march", "april", "may", "june", "july", "august", "september",
		"october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
		"sunday", "spring", "summer", "autumn", "winter", "ramadan")

	// attackNouns are acts whose author "carried out by X" names.
	attackNouns = set("attack", "attacks", "strike", "strikes", "bombing", "bombings", "raid", "raids",
		"assault", "operation", "operations", "explosion", "blast", "killing", "killings", "ambush", "shooting",
		"massacre", "airstrike", "airstrikes", "hijacking", "abduction", "kidnapping", "offensive", "incursion")

	// weaponModifiers name the means of an act in its singular, bare form
	// ("missile strikes"); so used they cannot head a noun phrase.
	weaponModifiers = set("missile", "drone", "rocket", "artillery", "mortar", "air", "naval", "ground", "UAV",
		"cruise", "ballistic", "tank", "helicopter", "sniper")

	toAgainst = set("to", "against")

	// conflictCues show a dispute that talks or a deal would calm.
	conflictCues = set("ceasefire", "cease-fire", "truce", "peace", "tensions", "tension", "conflict", "dispute",
		"disputed", "war", "wars", "border", "frontier", "tariffs", "tariff", "sanctions", "hostilities", "fighting",
		"clashes", "clash", "prisoners", "prisoner", "hostages", "detainees", "captives", "de-escalation", "normalise", "normalize",
		"normalisation", "normalization", "ties", "relations", "troops", "military", "nuclear", "disengagement",
		"patrolling", "armistice", "rebels", "insurgents", "militants", "territorial", "standoff", "stand-off",
		"rift", "crisis", "détente", "detente", "reconciliation", "attacks", "strikes", "missile", "missiles",
		"drones", "security", "violence", "fight", "offensive", "occupation", "withdrawal", "annexation", "dialogue",
		"ambassador", "ambassadors", "envoy", "envoys", "embassy", "embassies", "airspace", "sovereignty", "crossing",
		"differences", "disagreement", "disagreements", "grievances", "row", "spat", "feud", "rapprochement",
		"mediated", "mediation", "mediator", "mediators", "brokered", "de-escalate", "deescalate")

	// desireWords before "to" and a calming act make it a party's intent;
	// doubtWords still make it hypothetical.
	desireWords = set("seeks", "sought", "seeking", "wants", "wanted", "hopes", "hoped", "aims", "aimed")
	doubtWords  = set("could", "might", "may", "would", "should", "if", "whether", "unless", "not", "never", "no", "n't")

	// attackCodes are acts with a victim, who may be the one reporting them.
	attackCodes = set("strike", "attack", "raid", "incursion", "seize", "clash")
	// stateMeasureCodes are measures a state takes against another state
	// as such: its envoys, its trade, its border.
	stateMeasureCodes = set("recall-ambassador", "expel", "cut-ties", "sanction", "close-border", "mobilise")

	// harmVerbs say people were killed or hurt: "were killed when ...".
	harmVerbs = set("kill", "wound", "injure", "die", "hurt", "martyr", "killed", "wounded", "injured", "dead")

	// intrusionCodes are acts that cross into a party's space without
	// striking it: whoever reports one with no victim named suffered it.
	intrusionCodes = set("incursion", "entry", "harass")

	// entryCodes cross into a party's land: an incursion, a violation in
	// its own words, or an entry into one of its places ("entered the
	// village of Kveshi"), a fact that frames no wrong.
	entryCodes = set("incursion", "entry")

	// offerWords before a talks trigger make it one side's offer.
	unilateralWords = set("unilateral", "unilaterally", "one-sided")
	offerWords      = set("willing", "ready", "offered", "offers", "offer", "proposed", "proposes", "proposing",
		"wants", "want", "seeks", "seek", "seeking", "open", "prepared", "invited", "invites", "keen", "eager",
		"willingness", "readiness")

	// ownerSuffixes make a compound name the owner: "a US-flagged tanker".
	// leaderSuffixes make a compound name the acting party: "Saudi-led
	// strikes" are Saudi Arabia's.
	leaderSuffixes = set("led")
	// mediatorSuffixes make a compound name the mediator of a deal: "the
	// Qatar-brokered ceasefire".
	mediatorSuffixes = set("brokered", "mediated", "sponsored", "hosted", "facilitated")
	ownerSuffixes    = set("flagged", "owned", "operated", "registered", "controlled", "administered", "held", "run")

	// placeNamedHeads after a capital make it the name of a meeting or deal.
	placeNamedHeads = set("agreement", "agreements", "accord", "accords", "talks", "declaration", "process",
		"summit", "meeting", "format", "protocol", "deal", "treaty", "ceasefire", "peace", "conference",
		"communique", "framework", "memorandum", "round", "dialogue")

	// claimNouns name what a denial rejects.
	claimNouns = set("accusation", "accusations", "allegation", "allegations", "blame", "claim", "claims", "charge",
		"charges", "suggestion", "suggestions", "insinuation", "insinuations", "assertion", "assertions",
		"report", "reports", "criticism", "finding", "findings", "narrative", "statement", "statements", "evidence",
		"case", "lawsuit", "complaint", "justification", "version", "account", "explanation", "portrayal",
		"assessment", "conclusion", "conclusions", "remarks", "comments", "representations", "ruling", "rulings", "verdict", "judgment", "judgement", "pretext", "pretexts",
		// "does not recognise the jurisdiction of the ICJ": a court's claim to judge
		"jurisdiction", "competence",
		// "rejected Dhaka's objections", "Japan's protest": a party's
		// complaint, whose rejection denies it
		"objection", "objections", "protest", "protests")

	// eventNouns are hostile acts a protest or condemnation may refer to.
	eventNouns = set("attack", "attacks", "strike", "strikes", "bombing", "bombings", "killing", "killings",
		"aggression", "raid", "raids", "shelling", "assault", "incursion", "violation", "violations",
		"airstrike", "airstrikes", "act", "acts", "operation", "move", "decision", "seizure",
		"downing", "incident", "explosion", "blast", "massacre", "remarks", "comments", "statement",
		"mutiny", "rebellion", "uprising", "insurrection", "hijacking", "ambush", "test", "tests", "launch", "launches",
		"drills", "drill", "exercises", "manoeuvres", "maneuvers", "incursions", "intrusion", "intrusions", "deployment", "buildup", "build-up", "blockade", "provocation", "provocations", "measure", "measures",
		"step", "closure", "closures", "action", "actions", "shooting", "shootings", "firing", "bombardment")

	// judgeWords take a hostile act as the object of a judgement, whose
	// author is no victim of the act.
	judgeWords = set("condemn", "condemns", "condemned", "condemning", "condemnation", "denounce", "denounces",
		"denounced", "denouncing", "denunciation", "deplore", "deplores", "deplored", "deploring", "criticise", "criticises", "criticised", "criticising", "criticize",
		"criticizes", "criticized", "criticizing", "criticism", "question", "questions", "questioned",
		"questioning", "decry", "decries", "decried", "decrying", "slammed", "slams")
	// approvalWords approve of an act: its approver is never its victim.
	approvalWords = set("welcome", "welcomes", "welcomed", "welcoming", "praise", "praises", "praised",
		"praising", "hailed", "hails", "applauded", "applauds", "lauded", "endorsed", "backed", "supported",
		"justified", "defended", "condoned")
	// outcomeVerbs predict what an act leads to: "would drag the region
	// into war" warns of an outcome and threatens nothing.
	outcomeVerbs = verbClass("drag", "plunge", "push", "lead", "fuel", "inflame", "destabilise", "destabilize",
		"undermine", "worsen", "jeopardise", "jeopardize", "endanger", "complicate", "spark", "trigger",
		"deepen", "exacerbate", "escalate", "derail", "harm", "damage", "hurt")
	// outcomeNouns are what a warning foresees befalling, no one's act:
	// "there would be a catastrophe".
	outcomeNouns = set("catastrophe", "disaster", "bloodbath", "bloodshed", "chaos", "famine", "instability", "turmoil", "carnage", "massacre", "exodus")
	// hostileIntents are acts whose disclaimer calms the other side.
	hostileIntents = set("invade", "invading", "invasion", "war", "conflict", "confrontation", "escalate",
		"escalating", "escalation", "annex", "annexing", "occupy", "occupying", "seize", "seizing", "attacking",
		"striking", "fighting", "provoke", "provoking", "threaten", "threatening", "harm", "harming", "hostilities",
		"military", "aggression", "interfere", "interfering", "intervene", "intervening", "retaliating",
		"attack", "strike", "target", "targeting", "bombing", "enter", "entering", "crossing") // "no intention of entering Kosovo"
	// fabricateWords say a denied claim was made up, and by whom.
	fabricateWords = set("fabricated", "fabricating", "fabricates", "invented", "inventing", "concocted",
		"concocting", "manufactured", "manufacturing", "fabrication", "fabrications")
	// actModifiers may stand between a judgement and the act judged.
	actModifiers = set("the", "a", "an", "of", "these", "those", "this", "that", "such", "recent", "latest",
		"deadly", "repeated", "renewed", "continued", "ongoing", "reported", "fresh", "new", "overnight",
		"cross-border", "retaliatory", "indiscriminate", "brutal", "heinous", "cowardly", "barbaric", "terrorist",
		"terror", "drone", "missile", "rocket", "air", "suicide",
		"resumption", "continuation", "wave", "series", "spate", "string")
	// phaseNouns name a stretch of acts, whose "of" phrase names the acts:
	// "the resumption of Israeli strikes".
	phaseNouns = set("resumption", "continuation", "wave", "series", "spate", "string", "round", "session")
	// conductNouns name what a party does, whose "of" phrase is the doer:
	// "condemned the provocative actions of Manila".
	conductNouns = set("action", "actions", "conduct", "behaviour", "behavior", "activities", "activity", "practices", "deeds",
		"provocations", "manoeuvres", "maneuvers", "tactics")

	lightVerbs = set("launched", "launches", "launch", "launching", "adopted", "adopts", "adopt", "carried", "carries", "carry", "carrying",
		"conducted", "conducts", "conduct", "conducting", "resumed", "resumes", "resume", "stepped",
		"intensified", "intensifies", "began", "begins", "begin", "continued", "continues", "mounted", "staged",
		"unleashed", "resorted", "resorts", "resort", "imposed", "imposes", "impose", "imposing", "announced", "announces", "announce", "announcing", "ordered", "orders", "approved",
		"reached", "reach", "signed", "signs", "sign", "held", "holds", "hold", "agreed", "agree", "agrees",
		"extended", "extends", "declared", "declares", "brokered", "struck", "strike", "strikes", "accepted",
		"accepts", "opened", "concluded", "entered", "joined", "expanded", "expanding", "expands", "expand", "widened", "widening", "widens", "escalated", "escalating", "intensifying", "intensify", "stepping", "continuing", "mounting", "staging", "made", "make", "makes", "making", "issued", "issues", "issue", "pursue",
		"pursued", "proposed", "renewed", "renews", "renew", "keep", "kept", "observe", "observed",
		"engaged", "engage", "waged", "waging", "wage", "fired", "fires", "had", "have", "has", "concludes",
		"handed", "hands", "hand", "delivered", "delivers", "deliver", "sent", "sends", "send",
		"reaffirmed", "reaffirms", "reaffirm", "reiterated", "reiterates", "reiterate", "repeated", "repeats",
		"levelled", "leveled", "levels", "level",
		"completed", "complete", "finalised", "finalized", "hosted", "attended", "secured", "secure", "secures", "securing",
		"wrapped", "wrapping", "wraps", "leveling", "levelling", "voiced")

	// relativeTimeWords after a unit of time (unitDays) say when an act
	// came ("a day later", "two weeks earlier"), never who did it.
	relativeTimeWords = set("later", "earlier", "ago", "afterwards", "afterward", "before")

	// connectionParticiples tie a party to an act in the passive ("were
	// involved in the attack", "were linked to the bombing"): with "be"
	// they are the accusation's own words, not an auxiliary.
	connectionParticiples = set("involved", "implicated", "linked", "tied", "connected")

	// pressingOn before "on with" or "ahead with" carry on an event noun:
	// "pressed on with drills" is the presser's.
	pressingOn = set("pressed", "presses", "pressing", "press", "pushed", "pushes", "pushing", "push", "went", "goes",
		"going", "go", "forged", "forging", "moved", "moving", "carried", "carrying", "carry")

	// conflictNouns name a state of affairs, not an act anyone did: "since
	// the Gaza war began" names no one who caused anything.
	conflictNouns = set("war", "conflict", "fighting", "violence", "crisis", "unrest", "hostilities", "insurgency")

	reflexives = set("himself", "herself", "itself", "themselves", "ourselves", "myself", "yourself")

	breakers = set("violated", "violating", "violate", "violates", "violation", "violations", "broke", "breaking",
		"breach", "breached", "breaching", "breaches", "collapse", "collapsed", "stalled", "faltered", "foundered", "overturning", "overturned",
		"rejected", "rejecting", "rejects", "ended", "ending", "ends", "end", "abandoned", "scrapped",
		"undermining", "undermine", "sabotage", "sabotaging", "walk", "walked", "withdrew", "withdrawal",
		"suspended", "suspending", "suspends", "suspend", "dismissed", "demanded", "revoked", "revoking", "cancelled",
		"canceled", "terminated", "annulled", "tore", "broken", "shattered", "frayed", "crumbled", "unravelled", "unraveled", "unravelling", "unraveling", "unravel", "unravels")

	// peaceAims are what a third party's talks with one side seek.
	peaceAims = set("ceasefire", "cease-fire", "truce", "armistice", "peace", "de-escalation")

	calmCues = set("restraint", "self-restraint", "de-escalation", "de-escalate", "deescalate", "deescalation", "calm",
		"dialogue", "talks", "negotiate", "negotiations", "negotiation", "ceasefire", "cease-fire", "truce",
		"peace", "peaceful", "peacefully", "withdraw", "halt", "stop", "prevent", "refrain", "avoid", "resolve", "settle",
		"diplomacy", "diplomatic", "cease", "pull", "easing", "ease", "reconciliation", "defuse", "dialogues",
		"stability", "tensions", "restrain", "disengage", "cooperation", "cooperate", "end", "uphold", "respect",
		"negotiating", "mediation", "reconcile", "communication", "meet", "sit")

	// calmDowns calm before "down": "to stand down", "to back down" (not
	// "to step down").
	calmDowns = set("stand", "back", "calm")
	// calmBacks calm before "back", "away" or "off": "to step back from the
	// brink", "to back away", "to back off".
	calmBacks = set("step", "draw", "back")

	// answerNouns head a phrase that says what an act answers: "in
	// retaliation for", "as a reprisal".
	answerNouns = set("retaliation", "response", "reprisal", "revenge")
	// answerCues make an act an answer to the other side's: "retaliatory
	// strikes", "in response to the shelling".
	answerCues = set("retaliatory", "retaliation", "response", "reprisal", "reprisals", "revenge", "counterattack",
		"counter-attack", "counteroffensive", "counter-offensive", "countermeasures", "returned", "returning",
		"respond", "responds", "responded", "responding", "retaliate", "retaliates", "retaliated", "retaliating")

	// reciprocalWords before an act done by two parties make it done by
	// each to the other: "tit-for-tat expulsions".
	reciprocalWords = set("tit-for-tat", "reciprocal", "mutual", "retaliatory")
	// exchangedActs mark acts traded between two sides: "tit-for-tat
	// strikes", "cross-border shelling".
	exchangedActs = set("tit-for-tat", "cross-border")

	// demandCues are calm cues that, addressed by a party to its adversary,
	// demand an end to wrongdoing rather than call for calm.
	demandCues = set("stop", "halt", "cease", "withdraw", "pull", "end", "prevent")
	// obligationWords before a calming verb make it a call on its subject:
	// "must de-escalate", "needs to calm down".
	obligationWords = set("must", "should", "need", "needs", "ought")

	protestCues = set("protest", "protests", "protested", "object", "objection", "objections", "condemn",
		"over", // "summoned the envoy over the strikes" states a protest; "after" alone does not
		"condemnation", "complain", "complaint", "demarche", "démarche", "lodge", "strong", "concern",
		"concerns", "displeasure", "summons",
		"explanation", "explanations") // "to demand an explanation for the strikes"

	vowCues = set("retaliate", "retaliation", "revenge", "avenge", "respond", "response", "punish", "target",
		"targeting", "strike", "hit", "attack", "attacks", "destroy", "crush", "eliminate", "unpunished", "countermeasures", "measures",
		"pay", "continue", "keep", "fight", "wipe", "annihilate", "retaliatory", "punishment", "vengeance", "reprisal", "reprisals",
		"counterattack", "counter-attack", "counteroffensive", "counter-offensive", "retake", "recapture", "liberate")

	// twoSides are plural phrases for the last two parties named.
	twoSidesHeads = set("countries", "sides", "nations", "neighbours", "neighbors", "governments", "parties", "allies",
		"states", "capitals", "armies", "militaries", "rivals", "adversaries", "koreas", "leaders", "presidents",
		"ministers", "premiers", "delegations", "envoys", "foes", "groups", "militias", "movements", "organisations", "organizations")
	// namedPairs are the heads of "the two X" and "both X" that name their
	// two parties themselves: "the two Koreas"
	namedPairs = map[string][2]string{"koreas": {"KOR", "PRK"}}
	// pairNouns name two parties by what they are to each other: "the
	// neighbours", "the nuclear-armed rivals".
	pairNouns = set("neighbours", "neighbors", "rivals", "adversaries", "foes", "arch-rivals", "arch-foes", "belligerents")

	// statesOnly name several states at once: "the two countries"; a
	// range after one may list them ("governments from Brazil to Chile").
	statesOnly = set("countries", "nations", "states", "governments", "capitals", "neighbours", "neighbors")
	groupsOnly = set("groups", "militias", "movements", "organisations", "organizations")

	groupAnaphors = set("group", "force", "militants", "gunmen", "attackers", "assailants", "raiders", "fighters", "outfit", "organisation", "organization", "movement", "militia",
		"rebels", "insurgents", "jihadists", "faction", "network", "paramilitary", "paramilitaries", "guerrillas", "separatists",
		"extremists", "cartel", "gang")
	// mediaHeads are nouns for a news outlet: "the Iranian outlet Nournews";
	// "the site" refers back to the last outlet named.
	mediaHeads = set("outlet", "site", "website", "agency", "broadcaster", "newspaper", "daily", "channel", "network", "paper", "tv", "television", "radio", "media")
	// mediaAnaphors are the heads of "the site", "the agency": the outlet
	// of the previous sentence.
	mediaAnaphors = set("site", "website", "outlet", "agency", "broadcaster", "newspaper", "paper", "daily", "channel")
	// sponsorPassives are the verbs of "Y had been trained by Z": Z is accused.
	sponsorPassives = set("trained", "armed", "funded", "financed", "backed", "sheltered", "sponsored", "supported", "equipped", "harboured", "harbored", "supplied")
	igoAnaphors     = set("bloc", "alliance", "body", "union", "agency", "watchdog", "court", "council")
	// clauseAdverbs may stand between a subject and its verb: "the regime
	// also threatened".
	clauseAdverbs = set("also", "again", "later", "then", "now", "reportedly", "allegedly", "repeatedly", "previously",
		"recently", "earlier", "subsequently", "immediately", "quickly", "still", "too", "further", "instead", "overnight",
		"yesterday", "today", "tonight", "afterwards", "first")
	stateAnaphors = set("country", "island", "state", "power", "nation", "kingdom", "republic", "government", "regime", "junta", "army", "military",
		"emirate", "administration", "authorities", "ministry", "presidency", "cabinet")
)

// allianceNouns name forces several parties join, which one may lead: "a
// coalition led by Saudi Arabia".
var allianceNouns = set("coalition", "alliance", "force", "mission", "operation", "militia", "militias")

// ownableForce reports a noun for a force a party may lead or own.
func ownableForce(w string) bool { return ownedNoun(w) || collectiveNouns[w] || allianceNouns[w] }

// ownedNoun reports a force noun or a domain: "its troops", "its airspace".
func ownedNoun(w string) bool { return forceNouns[w] || domainNouns[w] }

// ownerWords say whose a force is: "drones belonging to", "a coalition led
// by", "forces loyal to".
var ownerWords = set("belonging", "led", "commanded", "operated", "controlled", "run", "owned", "loyal", "fired", "launched", "used", "occupied", "manned")

// personTitles are the last words of an official's title: "Venezuela's
// vice president", "the Iranian foreign minister".
var personTitles = set("president", "minister", "spokesman", "spokeswoman", "spokesperson", "secretary", "chief",
	"commander", "ambassador", "envoy", "leader", "premier", "chancellor", "official", "general", "adviser", "advisor")

// cityPlaceHeads are the nouns a city names a place of, no party: "the
// Rafah crossing", "the Bakhmut front".
var cityPlaceHeads = set("crossing", "crossings", "border", "checkpoint", "front", "axis", "direction", "sector", "region",
	"province", "district", "oblast", "area", "airport", "port", "harbour", "harbor", "camp", "refugee")

// tradeModifiers are the words between a nationality and the firms it
// describes: "five U.S. defence companies".
var tradeModifiers = set("defence", "defense", "arms", "oil", "energy", "shipping", "tech", "technology", "aerospace",
	"chip", "mining", "state-owned", "military", "security", "construction", "telecom", "telecommunications")
