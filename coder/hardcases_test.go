package coder

import "testing"

// Hard cases, written for these tests, one table per construction family.
// Each sentence states its events in a way a keyword or a plain
// subject-verb-object reading gets wrong.

// A party calling an act wrong accuses its author; calling a claim false
// denies it.
func TestHardJudgements(t *testing.T) {
	runCases(t, []codeCase{
		{"acts called separatist are charged to their author", "Beijing launched drills around Taiwan as punishment for what it called separatist acts by Lai Ching-te's government.",
			[]string{"accusation CHN->TWN", "escalation CHN->TWN"}},
		{"a wrong a hyphened pair owns, named by a party, is its charge against both", "The Houthis said the American-British aggression would not go unpunished.",
			[]string{"accusation houthis->GBR", "accusation houthis->USA", "escalation houthis->GBR", "escalation houthis->USA"}},
		{"a wrong a name before it owns ('the US aggression') is that party's", "The Houthis said the US aggression would not go unpunished.",
			[]string{"accusation houthis->USA", "escalation houthis->USA"}},
		{"a demonym opening the sentence owns the wrong after it", "Iranian aggression must end, Israel said.", []string{"accusation ISR->IRN"}},
		{"a wrong a bare name opening the sentence owns ('Iran aggression') is that party's too", "Iran aggression must end, Israel said.", []string{"accusation ISR->IRN"}},
		{"a party called an aggressor is charged with aggression", "Khartoum cut ties with Abu Dhabi, calling it an aggressor state.",
			[]string{"accusation SDN->ARE", "escalation SDN->ARE"}},
		{"a party branded a terrorist state is charged", "Tehran branded Israel a terrorist regime.", []string{"accusation IRN->ISR"}},
		{"a state's own security council is the state's", "Sudan's Security Council said it was severing relations with the UAE.",
			[]string{"escalation SDN->ARE"}},
		{"a state's council with more words of its name is the state's", "Chad's Defence and Security Council said it was expelling the Sudanese ambassador.",
			[]string{"escalation TCD->SDN"}},
		{"a body named with its seat is the seat's state", "Ethiopia signed a port deal with Somaliland. The cabinet in Mogadishu condemned Ethiopia's decision.",
			[]string{"accusation SOM->ETH"}},
		{"a ministry anaphor is the state whose ministry spoke, not the envoy's", "Russian drones entered Polish airspace, Poland's foreign ministry said, summoning Russia's envoy to protest what the ministry called a provocation.",
			[]string{"accusation POL->RUS", "escalation RUS->POL"}},
		{"'it' after a reporting verb is that verb's subject", "Lebanon protested after the Israeli army said it had struck Hezbollah depots.",
			[]string{"escalation ISR->hezbollah"}},
		{"the FARC of before the peace deal is no listed group", "The FARC attacked an army base in Cauca in 2012.", nil},
		{"dissidents of the FARC are", "Dissident FARC fighters attacked a Colombian army base in Cauca.",
			[]string{"escalation farc-dissidents->COL"}},
		{"a wrong a speaker names as another party's", "According to Lithuania's border guard, Belarus's illegal actions put migrants in danger.",
			[]string{"accusation LTU->BLR"}},
		{"the writer's own words accuse no one", "Belarus's illegal actions put migrants in danger.", nil},
		{"a wrong a party condemned is no charge of a later speaker", "NATO condemned Russia's reckless and unprovoked attack on Ukraine, and the EU's chief said the bloc would hit Moscow with sanctions.",
			[]string{"accusation nato->RUS", "escalation RUS->UKR", "escalation eu->RUS"}},
		{"a move two parties condemned is what came before; entering a buffer zone is an incursion", "Israeli troops moved into the buffer zone on the Golan Heights, a move Egypt and Jordan condemned as an occupation of Syrian land.",
			[]string{"accusation EGY->ISR", "accusation JOR->ISR"}},
		{"a party jamming signals near another's islands harasses it", "Seoul said Pyongyang had jammed GPS signals near its border islands for a second day.",
			[]string{"escalation PRK->KOR"}},
		{"and so is a trip a party called a wrong, its judge named with 'the', other parties named beside the visitor", "Russia's defence minister visited Abkhazia with Syrian officials, a trip the Georgian foreign ministry called a provocation.",
			[]string{"accusation GEO->RUS"}},
		{"a move judged after a relative clause is the act of that clause's antecedent", "Rabat agreed to restore relations with Israel in a deal brokered by the United States, which in return recognised Moroccan sovereignty over Western Sahara, a move the Polisario Front condemned as a breach of international law.",
			[]string{"deescalation MAR->ISR", "deescalation ISR->MAR", "deescalation USA->MAR", "deescalation USA->ISR", "accusation polisario-front->USA"}},
		{"a move a party condemned, with no 'that', is what came before", "Kosovo police raided fuel depots in the north, a move Belgrade condemned as a provocation.",
			[]string{"accusation SRB->XKX"}},
		{"a judgement closing a list of words, one of them a participle", "Caracas called Guyana's request unprecedented, extraordinary, surprising and barbaric.",
			[]string{"accusation VEN->GUY"}},
		{"a party's wrong named by itself accuses no one", "Belarus said Belarus's illegal actions were a myth.", nil},
		{"an act called a backed aggression accuses its author and its backer", "Qatar said the military operation by Bahrain in Yemen is a \"Saudi-backed aggression\".",
			[]string{"accusation QAT->BHR", "accusation QAT->SAU", "escalation BHR->YEM"}},
		{"termed with a demonym act", "Baku termed the Armenian shelling of its villages a provocation.",
			[]string{"accusation AZE->ARM", "escalation ARM->AZE"}},
		{"called it, the act last reported", "Georgian villages were shelled by Russia overnight. Tbilisi called it an act of aggression.",
			[]string{"accusation GEO->RUS", "escalation RUS->GEO"}},
		{"branded a deal illegal", "Mogadishu branded Ethiopia's port deal illegal.",
			[]string{"accusation SOM->ETH"}},
		{"described as, agent after the judgement", "Israel described the raid as an act of war by Lebanon.",
			[]string{"accusation ISR->LBN"}},
		{"an accusation called unacceptable is rejected", "Kinshasa accused Kigali of backing M23. Kigali called the accusation unacceptable.",
			[]string{"accusation COD->RWA", "denial RWA->COD"}},
		{"a measure condemned is the last act's", "Norway closed its border with Russia, prompting the Kremlin to condemn the measure.",
			[]string{"accusation RUS->NOR", "escalation NOR->RUS"}},
		{"the victim of a judged act is not its author", "Tehran condemned the actions on Yemen, calling it aggression.", nil},
		{"labeled an extremist group", "Addis Ababa labeled the OLA an extremist group.",
			[]string{"accusation ETH->oromo-liberation-army"}},
		{"called a video staged", "Moscow accused Kyiv of shelling the plant. Kyiv called the video staged.",
			[]string{"accusation RUS->UKR", "denial UKR->RUS"}},
		{"considered terrorists", "Ankara considers the SDF terrorists.",
			[]string{"accusation TUR->sdf"}},
		{"copular judgement said by a party", "The presence of armed groups in Afghanistan is unacceptable, Pakistan said.",
			[]string{"accusation PAK->AFG"}},
		{"copular judgement of the writer is nothing", "The presence of armed groups in Afghanistan is unacceptable.", nil},
		{"claims called false are denied", "Egypt described the accusations as groundless.",
			[]string{"denial EGY->"}},
		{"the author of the claims called lies", "Belgrade called Pristina's claims lies.",
			[]string{"denial SRB->XKX"}},
		{"a claim said to be wrong is denied", "A Kremlin spokesman said the Estonian assessment was simply wrong.",
			[]string{"denial RUS->EST"}},
		{"a claim said to be not true is denied", "Kigali said Kinshasa's claims were not true.",
			[]string{"denial RWA->COD"}},
		{"an act that has no justification, said by a party", "Iran struck Pakistan overnight. \"The attack has no justification whatsoever,\" Islamabad said.",
			[]string{"accusation PAK->IRN", "escalation IRN->PAK"}},
		{"a perfect is no judgement", "Russia denied the charge, saying Kyiv had fabricated the reports.",
			[]string{"denial RUS->UKR"}},
		{"a negated judgement is none", "Seoul said the drills were not a provocation against North Korea.", nil},
		{"calling for is no judgement", "Turkey called for calm between Serbia and Kosovo.",
			[]string{"deescalation TUR->SRB", "deescalation TUR->XKX"}},
	})
}

// Calming moves: talks with a party named through its people, a chair of
// talks, a disclaimed response, an offered joint inquiry.
func TestHardCalming(t *testing.T) {
	runCases(t, []codeCase{
		{"talks with their counterparts", "Thai officials will hold border talks in Malaysia on Monday with their Cambodian counterparts.",
			[]string{"deescalation KHM->THA", "deescalation THA->KHM"}},
		{"a meeting chaired by a third party", "Armenia and Azerbaijan met in Brussels for talks on their border dispute, in a meeting chaired by the European Union.",
			[]string{"deescalation ARM->AZE", "deescalation AZE->ARM", "deescalation eu->ARM", "deescalation eu->AZE"}},
		{"no plans to respond", "Baku said it had no plans to retaliate for the shelling by Armenia.",
			[]string{"deescalation AZE->ARM", "escalation ARM->AZE"}},
		{"a joint investigation offered", "Islamabad offered a joint investigation with India into the bombing.",
			[]string{"deescalation PAK->IND"}},
	})
}

// Protests: a summons "over" an act states a protest; the envoy's post
// names the summoner; the act protested is an event of its own.
func TestHardProtests(t *testing.T) {
	runCases(t, []codeCase{
		{"the state of an envoy summoned to hear a protest is not the protester", "Kim Hong-kyun summoned Russian Ambassador Georgy Zinoviev to protest the treaty between Russia and North Korea.", nil},
		{"an act a protester says a party did is its charge, no act stated", "Estonia summoned a Russian diplomat over what it said was Moscow's jamming of navigation signals.",
			[]string{"accusation EST->RUS"}},
		{"but an act a protester calls by a name took place", "Pakistan condemned what it called an unprovoked violation of its airspace by Iran.",
			[]string{"accusation PAK->IRN", "escalation IRN->PAK"}},
		{"a company made to suspend flights is no party to the suspension", "Russia's jamming, which has forced Finnair to suspend flights to the Estonian city of Tartu, drew a protest.", nil},
		{"a protest that names nothing, joined after a party's act, protests that act", "Japan's prime minister visited the shrine on Thursday, and Beijing lodged a strong protest.",
			[]string{"accusation CHN->JPN"}},
		{"each of two protesters protests the act before them", "Tokyo released treated water into the sea, and Beijing and Seoul protested.",
			[]string{"accusation CHN->JPN", "accusation KOR->JPN"}},
		{"a protest after a party's act protests that act", "Beijing and Seoul protested after Tokyo released treated water into the sea.",
			[]string{"accusation CHN->JPN", "accusation KOR->JPN"}},
		{"a protest because of a party's act too", "Beijing lodged a protest because Japan's prime minister had visited the shrine.",
			[]string{"accusation CHN->JPN"}},
		{"a protest joined to a report protests no reporter", "Tokyo said the talks had ended, and Beijing protested.", nil},
		{"summoned over an act", "Baku summoned Armenia's envoy over Armenia's shelling of its villages.",
			[]string{"accusation AZE->ARM", "escalation ARM->AZE"}},
		{"summoned after an act states no protest", "Baku summoned Armenia's envoy after the shelling.", nil},
		{"the envoy's post names the summoner", "The foreign ministry summoned the Chadian ambassador to Sudan in protest.",
			[]string{"accusation SDN->TCD"}},
		{"struck their positions", "The ADF said Ugandan jets had bombed their positions near the border.",
			[]string{"escalation UGA->adf"}},
		{"judged deal with one other party, and a threat of its own", "Mogadishu called the port deal illegal and said it would defend itself if Ethiopia went ahead.",
			[]string{"accusation SOM->ETH", "escalation SOM->ETH"}},
	})
}

// Calls: a party's demand that its adversary stop is no call for calm; an
// obligation stated by a speaker is the speaker's call; two parties
// committing to calm do so toward each other.
func TestHardCalls(t *testing.T) {
	runCases(t, []codeCase{
		{"a party's demand to stop", "Armenia accused Azerbaijan of shelling its villages and called on Baku to stop the attacks.",
			[]string{"accusation ARM->AZE"}},
		{"a third party's call to stop", "The United Nations called on Azerbaijan to stop the shelling.",
			[]string{"deescalation un->AZE"}},
		{"a warning to cease a wrong, or bear the consequences, accuses and threatens", "China warned the Philippines to immediately cease its infringing actions, or bear all consequences.",
			[]string{"accusation CHN->PHL", "escalation CHN->PHL"}},
		{"a warning to stop aggression accuses", "Iran warned Israel to stop its aggression.",
			[]string{"accusation IRN->ISR"}},
		{"a demand to stop stirring up trouble accuses", "China urged Tokyo to stop stirring up trouble in the region.",
			[]string{"accusation CHN->JPN"}},
		{"a demand that the other prevent a recurrence accuses", "Bangladesh conveyed its deep concern to the envoy and demanded that Naypyitaw prevent any recurrence.",
			[]string{"accusation BGD->MMR"}},
		{"a third party's call to prevent escalation calms", "The UN urged both India and Pakistan to prevent further escalation.",
			[]string{"deescalation un->IND", "deescalation un->PAK"}},
		{"a warning to stop that names no wrong is no call for calm", "North Korea sent hundreds of trash balloons across the border, South Korea's military said, warning Pyongyang to stop immediately.",
			[]string{"escalation PRK->KOR"}},
		{"a party's demand that the other's troops leave its land", "Baghdad called on Ankara to withdraw its troops from Iraqi territory.",
			[]string{"accusation IRQ->TUR"}},
		{"a party's demand that the other's forces get out of it", "Baghdad urged Ankara to pull its forces out of Iraq.",
			[]string{"accusation IRQ->TUR"}},
		{"a third party's call to withdraw from another's land", "The United Nations called on Russia to withdraw its troops from Ukraine.",
			[]string{"deescalation un->RUS"}},
		{"a call for the withdrawal of a party's forces", "The Iraqi government renewed its call for the withdrawal of all Turkish forces from Iraqi territories.",
			[]string{"accusation IRQ->TUR"}},
		{"demanding the pull-out of a party's troops", "China has been demanding an immediate pull-out of Indian troops from the disputed area.",
			[]string{"accusation CHN->IND"}},
		{"a call for the withdrawal of forces of no party", "The UN called for the withdrawal of all foreign forces.", nil},
		{"an obligation stated by a speaker", "Serbia and Kosovo must de-escalate at once, the European Union said.",
			[]string{"deescalation eu->SRB", "deescalation eu->XKX"}},
		{"an obligation without a speaker", "Serbia and Kosovo must de-escalate at once.", nil},
		{"a speaker named after its verb, the said clause before it", "Serbia and Kosovo must de-escalate at once, said the statement of the Secretary of State Antony Blinken.",
			[]string{"deescalation USA->SRB", "deescalation USA->XKX"}},
		{"a second verb shares the first one's obligation", "Serbia and Kosovo must de-escalate the situation and return to dialogue, the European Union said.",
			[]string{"deescalation eu->SRB", "deescalation eu->XKX"}},
		{"talks the parties should resume are a call", "Serbia and Kosovo should resume talks, said the United States.",
			[]string{"deescalation USA->SRB", "deescalation USA->XKX"}},
		{"an obligation to talk without a speaker", "Serbia and Kosovo must resume their dialogue.", nil},
		{"a party's own report after a comma", "Hamas fired rockets at Israel overnight, said the Israeli army.",
			[]string{"escalation hamas->ISR"}},
		{"two parties commit to calm", "Ethiopia and Somalia reaffirmed their commitment to a peaceful resolution.",
			[]string{"deescalation ETH->SOM", "deescalation SOM->ETH"}},
	})
}

// Denials without "deny": disclaimed responsibility, rejected
// justifications, claims called false in a copula or with "as".
func TestHardDenials(t *testing.T) {
	runCases(t, []codeCase{
		{"not believing an act would happen foresees none, and denies nothing", "Trump accused Mexico of shielding the cartels. Sheinbaum said she did not believe a U.S. attack would happen.",
			[]string{"accusation USA->MEX"}},
		{"but a party's own operations that would continue are its word", "The Houthis agreed to a truce with the United States, and the group's spokesman said its operations against Israel would continue.",
			[]string{"deescalation USA->houthis", "deescalation houthis->USA", "escalation houthis->ISR"}},
		{"in no way responsible", "Kigali said Rwanda was in no way responsible for the shelling.",
			[]string{"denial RWA->"}},
		{"not to blame", "Beijing is not to blame for the collision, the Chinese foreign ministry said.",
			[]string{"denial CHN->"}},
		{"rejected a justification", "Armenia rejected Azerbaijan's justification for the offensive.",
			[]string{"denial ARM->AZE"}},
		{"copular claim called false", "The Ukrainian allegations are pure fabrication, the Kremlin said.",
			[]string{"denial RUS->UKR"}},
		{"a claim denounced as false by a party", "Delhi said its troops had destroyed militant camps, a claim denounced by Islamabad as an illusion.",
			[]string{"denial PAK->IND"}},
		{"an act slammed as absurd is judged wrong", "Yerevan slammed Baku's move to shut the crossing as absurd.",
			[]string{"accusation ARM->AZE", "escalation AZE->ARM"}},
	})
}

// Reactions and opening phrases: the party an act draws a rebuke or a
// military response from answers its author; an opening participle shares
// the subject after its comma; a passive charge "according to" a party is
// that party's.
func TestHardReactionsAndOpenings(t *testing.T) {
	runCases(t, []codeCase{
		{"drew a rebuke from", "The Azerbaijani shelling drew a sharp rebuke from Armenia.",
			[]string{"accusation ARM->AZE", "escalation AZE->ARM"}},
		{"triggering a military response", "Azerbaijan shelled Armenian villages, triggering a military response from Armenia.",
			[]string{"escalation ARM->AZE", "escalation AZE->ARM"}},
		{"a defiant response is words", "Ethiopia signed the port deal, prompting a defiant response from Somalia.", nil},
		{"opening participle", "Denying any role in the blast, Rwanda said the report was politically motivated.",
			[]string{"denial RWA->"}},
		{"opening passive participle with an agent", "Designated a terrorist group by Turkey and the United States, the PKK has fought Ankara for decades.",
			[]string{"escalation TUR->pkk", "escalation USA->pkk", "escalation pkk->TUR"}},
		{"accused according to a party", "Iran and Russia are accused of arming the rebels, according to the United Nations.",
			[]string{"accusation un->IRN", "accusation un->RUS"}},
		{"a participle drawing a reaction after a reported act: the act's author is judged, not its reporter", "Russian missiles hit the port of Izmail, Ukraine's navy said, drawing condemnation from Romania.",
			[]string{"escalation RUS->UKR", "accusation ROU->RUS"}},
	})
}

// Mutual and reciprocal constructions give an event in each direction.
func TestHardMutual(t *testing.T) {
	runCases(t, []codeCase{
		{"both sides blame the other", "The clashes between Ethiopia's army and the TPLF left many dead, and both sides blame the other for the killings.",
			[]string{"accusation ETH->tplf", "accusation tplf->ETH", "escalation ETH->tplf", "escalation tplf->ETH"}},
		{"traded accusations", "Armenia and Azerbaijan traded accusations of shelling.",
			[]string{"accusation ARM->AZE", "accusation AZE->ARM"}},
		{"exchange of fire between", "An exchange of fire between Indian and Pakistani troops was reported on the frontier.",
			[]string{"escalation IND->PAK", "escalation PAK->IND"}},
		{"clashed with", "Thai troops clashed with Cambodian soldiers near the temple.",
			[]string{"escalation KHM->THA", "escalation THA->KHM"}},
		{"a rapprochement between two named sides", "Oman welcomed the rapprochement between Iran and Saudi Arabia.",
			[]string{"deescalation IRN->SAU", "deescalation SAU->IRN"}},
		{"the conflict between them is no event", "The conflict between Iran and Saudi Arabia has lasted years.", nil},
		{"a possessive agent and a named victim", "Poland took in refugees after Russia's 2022 Ukraine invasion.",
			[]string{"escalation RUS->UKR"}},
	})
}

// Syntax that rules handle before the parser comes: a second verb keeps
// its own polarity; a sea named after a state is a place.
func TestHardSyntax(t *testing.T) {
	runCases(t, []codeCase{
		{"forces under a leader's command are his state's", "The United States imposed sanctions on Sudan's army chief, General Abdel Fattah al-Burhan, accusing the armed forces under his command of deadly attacks on schools.",
			[]string{"accusation USA->SDN", "escalation USA->SDN"}},
		{"the presidents of two states speak for both, through a joined verb", "The presidents of Colombia and Ecuador smiled and agreed to end their diplomatic crisis.",
			[]string{"deescalation COL->ECU", "deescalation ECU->COL"}},
		{"a pronoun subject the text does not place leaves the participle's charge without a source, not the object's", "He pressed the Taliban to act against the TTP, accusing the group of staging attacks.", nil},
		{"a model designation is one word, and the reporter calls the act brazen", "Two Russian Su-35 jets entered Finnish airspace on Monday, Finland's defence ministry said, calling the incursion brazen.",
			[]string{"accusation FIN->RUS", "escalation RUS->FIN"}},
		{"denied and accused", "Moscow denied the allegations and accused Warsaw of hysteria.",
			[]string{"accusation RUS->POL", "denial RUS->POL"}},
		{"did not attack, said by itself, denies", "Georgia did not attack the Russian positions, Tbilisi said.",
			[]string{"denial GEO->RUS"}},
		{"a sea named after a state", "North Korea fired a missile into the Sea of Japan.", nil},
		{"a plural noun the tagger takes for the clause's verb is the subject of the verb after it", "Libya claimed that drones belonging to the UAE carried out attacks in Gharyan.",
			[]string{"escalation ARE->LBY"}},
		{"forces no party owns, after 'with', are the main subject's", "Turkey launched a military offensive in northeast Syria, with warplanes and artillery striking positions of the Syrian Democratic Forces.",
			[]string{"escalation TUR->SYR", "escalation TUR->sdf"}},
		{"single quotes around an act's words", "NATO condemned Russia's 'reckless and unprovoked attack' on Ukraine.",
			[]string{"accusation nato->RUS", "escalation RUS->UKR"}},
		{"an act's author singled out by 'it was X that' is charged", "Manila said it was a Chinese vessel that had rammed the Philippine ship.",
			[]string{"accusation PHL->CHN", "escalation CHN->PHL"}},
		{"'it is X that' with no act charges no one", "Experts say it is China that benefits most.", nil},
		{"an ellipsis repeats the clause with another subject", "The United States has listed the PKK as a terrorist organisation since 1997, as has the European Union since 2002.",
			[]string{"escalation USA->pkk", "escalation eu->pkk"}},
		{"an ellipsis repeats the main clause, not a relative clause on its subject", "Oman, which hosted talks between Saudi and Iranian officials, welcomed the deal, as did the United Nations.",
			[]string{"deescalation IRN->SAU", "deescalation OMN->IRN", "deescalation OMN->SAU", "deescalation SAU->IRN"}},
		{"an ellipsis after a measure", "Poland expelled Russian diplomats, as did the Czech Republic.",
			[]string{"escalation CZE->RUS", "escalation POL->RUS"}},
		{"followers of suit do the act of the sentence before", "Saudi Arabia cut diplomatic ties with Iran on Sunday. Bahrain and Sudan followed suit within a day.",
			[]string{"escalation BHR->IRN", "escalation SAU->IRN", "escalation SDN->IRN"}},
		{"followers repeat the act, not the charge of a participle beside it", "Saudi Arabia cut ties with Qatar, accusing it of backing terrorism. The UAE and Bahrain followed suit.",
			[]string{"escalation SAU->QAT", "accusation SAU->QAT", "escalation ARE->QAT", "escalation BHR->QAT"}},
		{"followers of a mutual act repeat its first party's half", "Saudi Arabia restored full diplomatic ties with Qatar on Tuesday, and the UAE and Bahrain followed suit.",
			[]string{"deescalation SAU->QAT", "deescalation QAT->SAU", "deescalation ARE->QAT", "deescalation BHR->QAT"}},
		{"following suit with nothing before repeats nothing", "Bahrain and Sudan followed suit within a day.", nil},
		{"a passive's agent after its count", "Mali said its airspace had been violated 50 times by French forces.",
			[]string{"accusation MLI->FRA", "escalation FRA->MLI"}},
	})
}

// Actors: a branch named by its place; backers, links and surnames are not
// the group; officials in a capital are its state; a civilian organ
// reports but never strikes.
func TestHardActors(t *testing.T) {
	runCases(t, []codeCase{
		{"a group named again by a common noun of its kind: guerrillas", "Bogota suspended talks with the ELN, accusing the guerrillas of war crimes.",
			[]string{"accusation COL->eln", "escalation COL->eln"}},
		{"a group named again by a common noun of its kind: separatists", "Pakistani forces killed 12 BLA fighters, accusing the separatists of attacking a train.",
			[]string{"accusation PAK->baloch-liberation-army", "escalation PAK->baloch-liberation-army"}},
		{"a group named again by a common noun of its kind: the cartel", "Washington designated the Sinaloa cartel a terrorist organisation, accusing the cartel of flooding the country with fentanyl.",
			[]string{"accusation USA->sinaloa-cartel", "escalation USA->sinaloa-cartel"}},
		{"a common noun of a group's kind with no group named before it is no actor", "Colombian troops clashed with the guerrillas near the border.", nil},
		{"the parties that name a sanctions committee are no actors of its listing", "The U.N. Security Council's al Qaeda and Taliban sanctions committee added the Pakistani Taliban to its list of terrorist entities.",
			[]string{"escalation un->ttp"}},
		{"the assailants are the group whose attack was told before", "Islamic State said its fighters had ambushed Nigerien soldiers near Tillaberi. Niger's army said it had killed dozens of the assailants.",
			[]string{"escalation NER->isis-sahel", "escalation isis-sahel->NER"}},
		{"a state's militias or rebels, by its possessive, are not the state", "Iraq's militias fired rockets at the US base, and Syria's rebels shelled Turkish positions.", nil},
		{"fighters another party backs are its proxies, not the state their demonym names", "Turkish-backed Syrian fighters clashed with the SDF near Manbij.", nil},
		{"but a state's demonym on its fighters alone is the state", "Syrian fighters clashed with the SDF near Manbij.",
			[]string{"escalation SYR->sdf", "escalation sdf->SYR"}},

		{"a state's name as a person's given name is no party", "Jordan Bardella, president of the National Rally, called for France to stop issuing visas to Algerian officials.", nil},
		{"a state's short name in South Asian papers is the state", "India slams Pak over infiltration bids along the LoC", []string{"accusation IND->PAK"}},
		{"and it pairs states as a full name does", "Chaman crossing shut after Pak-Afghan border guards trade fire", []string{"escalation PAK->AFG", "escalation AFG->PAK"}},
		{"a state's short name as a Korean surname is no party", "Pak Song Il, a diplomat in Pyongyang, accused the South Korean military of provocations.", nil},
		{"a given-name state that acts is still the state", "Chad Smith said Chad had closed its border with Sudan.", []string{"escalation TCD->SDN"}},
		{"people of a state's descent are no state", "Kosovo police attacked ethnic Serbs in the north.", nil},
		{"nor are ordinary people of a land", "U.S. diplomats have been meeting ordinary Cubans.", nil},
		{"nor a faith's people of a land", "Islamic State militants beheaded 21 Egyptian Christians.", nil},
		{"the EU's seat, in an article about Belgium, is Belgium", "Kigali cut ties with Belgium, accusing Brussels of taking sides.", []string{"escalation RWA->BEL", "accusation RWA->BEL"}},
		{"and elsewhere it is the EU", "Budapest accused Brussels of blackmail.", []string{"accusation HUN->eu"}},
		{"the body a state's envoy serves at is no party", "Russia's UN envoy accused Ukraine of shelling the plant.", []string{"accusation RUS->UKR"}},
		{"a state's short name names it", "Bosnia summoned Russia's ambassador to protest his remarks.", []string{"accusation BIH->RUS"}},
		{"a nationality's mercenaries are private men", "Caracas said it had detained Colombian mercenaries near the border.", nil},
		{"but Russian mercenaries are the Wagner Group's", "Sudanese troops and Russian mercenaries were ambushed by the RSF near the border.",
			[]string{"escalation rsf->SDN", "escalation rsf->wagner-group"}},
		{"a capital's newspapers are private, no state", "Several Ankara newspapers accused Greece of militarising the islands.", nil},
		{"and so are a nationality's analysts", "Indian analysts accused China of salami-slicing tactics.", nil},
		{"a nationality's paramilitaries are private men, no state", "Caracas said Colombian paramilitaries had ambushed a Venezuelan patrol.", nil},
		{"a state's airline is a company, not the state", "Russian air defences shot down an Azerbaijan Airlines jet over Grozny.", nil},
		{"a company whose name opens with a state's is no state", "Washington sanctioned Myanmar Economic Holdings and the Myanmar Oil and Gas Enterprise.", nil},
		{"the state itself sanctioned is", "Washington sanctioned Myanmar's military leaders.", []string{"escalation USA->MMR"}},
		{"the UN Charter is no party to a violation", "Iran called the U.S. strikes a grave violation of the U.N. Charter.",
			[]string{"accusation IRN->USA", "escalation USA->IRN"}},
		{"attackers only believed to be a group's members name no attacker", "Gunmen believed to be members of al-Shabaab attacked a Kenyan police post.", nil},
		{"a drone only thought to belong to a party names no attacker", "A drone thought to belong to Israel struck a convoy in Sudan.", nil},
		{"the Huthis, as wire copy spells them", "The Huthis fired a missile at Riyadh.",
			[]string{"escalation houthis->SAU"}},
		{"an epithet news uses for one state", "The Islamic republic carried out its first direct attack on the Jewish state.",
			[]string{"escalation IRN->ISR"}},
		{"an epithet inside a longer name is the longer name's", "The Islamic Republic of Pakistan accused the Jewish state of aggression.",
			[]string{"accusation PAK->ISR"}},
		{"a definite anaphor before an irregular verb or an adverb", "Eritrea denied the charges. The regime also struck Ethiopian positions.",
			[]string{"denial ERI->ETH", "escalation ERI->ETH"}},
		{"an acronym the article defines names its party", "The Arakan Army (AA) shelled a post. Later the AA denied any role in the killings.",
			[]string{"denial arakan-army->", "escalation arakan-army->MMR"}},
		{"an acronym after a name ending in a place defines no party", "The Front for Change and Concord in Chad (FACT) attacked a post. Later FACT denied any role.", nil},
		{"a branch named by its place", "The Islamic State's Afghanistan branch claimed the bombing of a Pakistani convoy.",
			[]string{"escalation isis-k->PAK"}},
		{"a branch named by a region", "Islamic State's West African affiliate claimed an ambush on Nigerian troops.",
			[]string{"escalation isis-west-africa->NGA"}},
		{"backed rebels are not the backer", "Iran-backed rebels fired missiles at Saudi Arabia.", nil},
		{"a group linked to another is not it", "Militants linked to al-Qaeda attacked a Malian army base.", nil},
		{"a surname that names a group", "Senator Wagner accused Russia of interfering in the election.", nil},
		{"the group after its backer's name", "Russia's Wagner mercenaries attacked a village in Mali.",
			[]string{"escalation wagner-group->MLI"}},
		{"officials in a capital", "Officials in Tehran accused Washington of plotting the unrest.",
			[]string{"accusation IRN->USA"}},
		{"a civilian organ does not strike", "Dozens were killed in the strikes, the Hamas-run health ministry said.", nil},
		{"a field of a party's business is no civilian organ", "Ankara suspended all trade with Israel on Monday.",
			[]string{"escalation TUR->ISR"}},
		{"medical sources do not strike", "Three people died when shells hit the market, Sudanese medical sources said.", nil},
		{"a leader of earlier years", "Ahmadinejad accused Washington of plotting against Iran.",
			[]string{"accusation IRN->USA"}},
		{"a former official is no actor", "Former President Obama accused Moscow of meddling.", nil},
		{"a former official named by his state's adjective is no actor", "A former Indian army chief said Pakistan's spy agency was behind the attack.", nil},
		{"a retired general is no actor", "A retired Pakistani general accused India of meddling.", nil},
		{"a group named by its parent is the party, not its parent", "Al-Qaeda's Sahel affiliate JNIM said it had ambushed a Malian army convoy.",
			[]string{"escalation jnim->MLI"}},
	})
}

// Events inside noun phrases: the act a party is condemned for, the
// broker in a compound, a deal named as broken, a described actor.
func TestHardNounPhrases(t *testing.T) {
	runCases(t, []codeCase{
		{"condemned for the strike", "Pakistan condemned Iran for the drone strike on its territory.",
			[]string{"accusation PAK->IRN", "escalation IRN->PAK"}},
		{"a brokered ceasefire", "The Qatar-brokered ceasefire between Israel and Hamas held on Friday.",
			[]string{"deescalation ISR->hamas", "deescalation QAT->ISR", "deescalation QAT->hamas", "deescalation hamas->ISR"}},
		{"a truce named as collapsed", "The Egyptian-mediated truce between Israel and Hamas collapsed.", nil},
		{"a possessive description of the actor", "Hezbollah, Iran's main ally in Lebanon, fired rockets at Israel.",
			[]string{"escalation hezbollah->ISR"}},
		{"a decision to recall an envoy", "Pakistan's decision to recall its ambassador from Tehran angered Iran.",
			[]string{"escalation PAK->IRN"}},
		{"an invasion named as a noun", "Russia's invasion of Ukraine entered its third year.",
			[]string{"escalation RUS->UKR"}},
		{"the war is no event", "The war in Gaza has displaced most of the population.", nil},
		{"tensions are no event", "Tensions between China and Taiwan have risen sharply.", nil},
	})
}

// Modality and non-event senses.
func TestHardModality(t *testing.T) {
	runCases(t, []codeCase{
		{"should be held accountable, said by a party", "India said Pakistan should be held accountable for the attack.",
			[]string{"accusation IND->PAK"}},
		{"once again is no condition", "Iran once again denied supplying drones to Russia.",
			[]string{"denial IRN->"}},
		{"reportedly, in the writer's voice", "The Houthis reportedly fired missiles at an Israeli ship.", nil},
		{"reportedly, in a named source's words", "Israel said the Houthis reportedly fired missiles at an Israeli ship.",
			[]string{"escalation houthis->ISR"}},
		{"joint operations with a partner, who acts too", "Nigeria and Cameroon launched joint operations with Chad against Boko Haram.",
			[]string{"escalation CMR->boko-haram", "escalation NGA->boko-haram", "escalation TCD->boko-haram"}},
		{"tit-for-tat acts", "India and Pakistan carried out tit-for-tat expulsions of diplomats.",
			[]string{"escalation IND->PAK", "escalation PAK->IND"}},
		{"the banned group names no act", "The banned group has been blamed for several attacks in Balochistan.", nil},
		{"banned groups after 'to' name no act", "Pakistan said the Taliban regime was providing safe sanctuary to banned terror organizations like the TTP to carry out raids against Pakistani posts.", nil},
		{"a second verb shares the first one's 'may'", "Azerbaijan may shell Armenian villages and attack Armenian posts.", nil},
		{"a second verb shares the first one's 'could'", "Iran could strike Israeli bases and seize Israeli ships, analysts said.", nil},
	})
}

// Relative clauses, possessives and answers: the antecedent of an object
// relative is the object; "its" is its own clause's subject's; a
// retaliation with no target answers the adversary.
func TestHardRelativesAndAnswers(t *testing.T) {
	runCases(t, []codeCase{
		{"object relative", "Trump accused Caracas of backing Tren de Aragua, which the United States designated as a terrorist group.",
			[]string{"accusation USA->VEN", "escalation USA->tren-de-aragua"}},
		{"its in its own clause", "Taipei said it tracked Chinese ships, as Beijing continued its military drills near the island.",
			[]string{"escalation CHN->TWN"}},
		{"a retaliation answers the adversary", "Delhi accused Islamabad of shelling its posts. Pakistan said it had launched retaliatory strikes.",
			[]string{"accusation IND->PAK", "escalation PAK->IND"}},
		{"according to a statement from the victim", "According to a statement from Peru, an Ecuadorean patrol boat fired its water cannon at a fishing boat.",
			[]string{"escalation ECU->PER"}},
	})
}

// A denial answers the accuser the text names: in the sentence or the
// article. The other party of a denial's sentence is no accuser by being
// named: it may be the victim, a place, a partner, a recipient or the
// subject of what is denied.
func TestHardDenialTargets(t *testing.T) {
	runCases(t, []codeCase{
		{"the victim of the denied act answers", "Minsk said its drones never entered Lithuanian airspace.",
			[]string{"denial BLR->LTU"}},
		{"a recipient is no accuser", "Tehran denied selling missiles to Russia.",
			[]string{"denial IRN->"}},
		{"a place is no accuser", "Cairo denied conducting air strikes in Libya.",
			[]string{"denial EGY->"}},
		{"the subject of the denied clause is no accuser", "Paris said there was no sign that Rome was behind the bombing.",
			[]string{"denial FRA->"}},
		{"an earlier accuser", "Kenya accused Somalia of arming militants. Mogadishu denied the charge.",
			[]string{"accusation KEN->SOM", "denial SOM->KEN"}},
	})
}

// Measures and retorts named by common verbs of the news.
func TestHardMeasuresAndRetorts(t *testing.T) {
	runCases(t, []codeCase{
		{"kicked out an envoy", "Ghana kicked out Togo's ambassador after the border incident.",
			[]string{"escalation GHA->TGO"}},
		{"revoked a cooperation pact", "Niger revoked its military cooperation agreement with the United States.",
			[]string{"escalation NER->USA"}},
		{"crossed a demarcation line, reported by the victim", "Seoul said North Korean soldiers briefly crossed the military demarcation line on Tuesday.",
			[]string{"accusation KOR->PRK", "escalation PRK->KOR"}},
		{"hit back in words", "India hit back at Pakistan, calling its remarks baseless.",
			[]string{"accusation IND->PAK", "denial IND->"}},
		{"fired back that", "Tehran fired back that Riyadh's decision was a grave mistake.",
			[]string{"accusation IRN->SAU"}},
		{"struck back with arms", "Israel struck back at Hezbollah, bombing its positions in Lebanon.",
			[]string{"escalation ISR->hezbollah"}},
	})
}

// Accusations named as nouns, and complaints lodged against a party.
func TestHardAccusationNouns(t *testing.T) {
	runCases(t, []codeCase{
		{"possessive accusations against", "Iran's accusations against Israel have grown louder this week.",
			[]string{"accusation IRN->ISR"}},
		{"accusations by a party that another acted", "The move follows accusations by Kyiv that Moscow shelled the plant.",
			[]string{"accusation UKR->RUS"}},
		{"leveled accusations against", "Ethiopia has repeatedly leveled accusations of sabotage against Egypt.",
			[]string{"accusation ETH->EGY"}},
		{"a denied accusation is no new one", "Iran denied Israel's accusations.",
			[]string{"denial IRN->ISR"}},
		{"a complaint against a party, filed with a body", "Somalia lodged a complaint with the UN Security Council against Ethiopia.",
			[]string{"accusation SOM->ETH"}},
	})
}
