package coder

import (
	"bytes"
	"fmt"
	"log/slog"
	"maps"
	"reflect"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/briefbot/briefbot"
)

var testCoder = sync.OnceValue(func() *Coder { return New(Builtin()) })

// dyads codes text and returns its events as sorted "type SRC->TGT" strings.
func dyads(t *testing.T, text string) []string {
	t.Helper()
	var out []string
	for _, e := range codeFaultless(t, briefbot.Article{Text: text}) {
		out = append(out, fmt.Sprintf("%s %s->%s", e.Type, e.Source, e.Target))
	}
	sort.Strings(out)
	return out
}

// codeFaultless codes a and fails t on a fault the coder logged: a sentence
// skipped after a panic would otherwise pass for one with no events.
func codeFaultless(t *testing.T, a briefbot.Article) []briefbot.Event {
	t.Helper()
	var logged bytes.Buffer
	prev := slog.Default()
	slog.SetDefault(slog.New(slog.NewTextHandler(&logged, &slog.HandlerOptions{Level: slog.LevelError})))
	defer slog.SetDefault(prev)
	events := testCoder().Code(a)
	if logged.Len() > 0 {
		t.Fatalf("the coder logged a fault: %s", logged.String())
	}
	return events
}

type codeCase struct {
	name, text string
	want       []string // sorted "type SRC->TGT"; nil for no event
}

func runCases(t *testing.T, cases []codeCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := dyads(t, tc.text)
			want := append([]string(nil), tc.want...)
			sort.Strings(want)
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%s\n got %q\nwant %q", tc.text, got, want)
			}
		})
	}
}

func TestSourceAndTarget(t *testing.T) {
	runCases(t, []codeCase{
		{"subject and object", "Azerbaijan shelled Armenian border positions overnight.", []string{"escalation AZE->ARM"}},
		{"possessive organ as subject", "Pakistan's foreign ministry accused India of backing the insurgents.", []string{"accusation PAK->IND"}},
		{"organ of a state", "The Foreign Office of Pakistan accused Afghanistan of harbouring fighters.", []string{"accusation PAK->AFG"}},
		{"capital as metonym", "Tehran accused Washington of plotting against the government.", []string{"accusation IRN->USA"}},
		{"speaker when the subject is no actor", "The raid hit a TTP compound near the border, the Pakistani military said.", []string{"escalation PAK->ttp"}},
		{"according to", "Drones struck an arms depot of the Houthis in Hodeidah, according to the U.S. military.", []string{"escalation USA->houthis"}},
		{"coordinated sources", "Britain and France imposed sanctions on Belarus.", []string{"escalation FRA->BLR", "escalation GBR->BLR"}},
		{"participle keeps the subject", "Ecuador expelled Colombia's ambassador, accusing Bogota of meddling in its election.", []string{"accusation ECU->COL", "escalation ECU->COL"}},
		{"passive with agent", "Syria was struck by Israel on Sunday night.", []string{"escalation ISR->SYR"}},
		{"passive accusation", "Rwanda was accused by Congo of arming the rebels.", []string{"accusation COD->RWA"}},
	})
}

func TestStrikesOnGroupsInAState(t *testing.T) {
	c := testCoder()
	evs := c.Code(briefbot.Article{Text: "Iranian missiles hit Jaish al-Adl hideouts inside Pakistan on Tuesday."})
	if len(evs) != 1 {
		t.Fatalf("got %d events, want 1: %+v", len(evs), evs)
	}
	e := evs[0]
	if e.Type != briefbot.Escalation || e.Source != "IRN" || e.Target != "jaish-al-adl" || !reflect.DeepEqual(e.AltTargets, []string{"PAK"}) {
		t.Errorf("got %+v, want IRN -> jaish-al-adl with PAK as the alternative", e)
	}
	runCases(t, []codeCase{
		{"state alone", "Turkish jets bombed targets across northern Iraq.", []string{"escalation TUR->IRQ"}},
		{"suspected hideouts are still the group", "Pakistani forces raided suspected TTP hideouts in Bajaur.", []string{"escalation PAK->ttp"}},
		{"a strike on the group in a state and one on the state are one development", "Israeli jets pounded Gaza overnight. Israel said its jets struck Hamas positions in Gaza City.",
			[]string{"escalation ISR->hamas"}},
		{"a measure against the host state is a development of its own", "Pakistan struck BLA hideouts in Iran, a day after it recalled its ambassador from Tehran.",
			[]string{"escalation PAK->baloch-liberation-army", "escalation PAK->IRN"}},
	})
}

func TestNegationAndModality(t *testing.T) {
	runCases(t, []codeCase{
		{"an act a party has yet to take is not taken (a table frame)", "Riyadh has yet to reopen its embassy in Tehran.", nil},
		{"an act a party has yet to take is not taken (a mutual act)", "Tehran has yet to return its ambassador to Riyadh.", nil},
		{"did not accuse", "Latvia did not accuse Russia of cutting the cable.", nil},
		{"never", "Oman has never accused Iran of seizing the tanker.", nil},
		{"could retaliate", "Analysts said Iran could retaliate against Israel within days.", nil},
		{"might", "Israel might strike Hezbollah again, officials warned.", nil},
		{"prevented attack", "Jordan tightened border checks to prevent Hamas attacks on Israel.", nil},
		{"question", "Will China attack Taiwan this decade?", nil},
		{"declined to comment", "Qatar declined to comment on the allegations.", nil},
		{"own threat with if", "Russia threatened to retaliate against Finland if it hosted U.S. missiles.", []string{"escalation RUS->FIN"}},
		{"will respond", "Iran said it will respond to any Israeli aggression.", []string{"escalation IRN->ISR"}},
		{"reserves the right", "India reserves the right to respond to Pakistan at a time of its choosing.", []string{"escalation IND->PAK"}},
		{"would not hesitate", "Ankara said it would not hesitate to strike the PKK in Iraq.", []string{"escalation TUR->pkk"}},
		{"threat with no target", "Any aggressor will be crushed, the general said.", nil},
	})
}

func TestReportedSpeech(t *testing.T) {
	runCases(t, []codeCase{
		{"embedded attack", "Kyiv said Russia had attacked Moldova's power grid.", []string{"escalation RUS->MDA"}},
		{"blame codes only the accusation", "Somalia blamed al-Shabaab for the hotel bombing.", []string{"accusation SOM->al-shabaab"}},
		{"accused of an act", "Armenia accused Azerbaijan of shelling its villages.", []string{"accusation ARM->AZE"}},
		{"a fact after the accusation", "Peru accused Ecuador of breaking the truce after an Ecuadorean drone strike killed three soldiers near Tumbes.", []string{"accusation PER->ECU", "escalation ECU->PER"}},
		{"claimed ambush against the state named later", "Jaish al-Adl claimed the ambush on a police convoy, and Iran's interior minister vowed revenge.", []string{"escalation jaish-al-adl->IRN", "escalation IRN->jaish-al-adl"}},
		{"behind the attack", "Iraqi officials said the Islamic State was behind the bombing.", []string{"accusation IRQ->isis"}},
	})
}

func TestDenials(t *testing.T) {
	runCases(t, []codeCase{
		{"named accuser", "Venezuela rejected Guyana's accusations as baseless.", []string{"denial VEN->GUY"}},
		{"no accuser", "The ministry of defence of Serbia denied any involvement.", []string{"denial SRB->"}},
		{"accuser from the earlier sentence", "Morocco accused Algeria of arming the Polisario Front. Algiers denied the charge.", []string{"accusation MAR->DZA", "denial DZA->MAR"}},
		{"spelled-out claim", "Belarus denied Lithuanian claims that it had sent migrants across the border.", []string{"accusation LTU->BLR", "denial BLR->LTU"}},
		{"one denial per accuser", "Iran denied French and German allegations that it had supplied drones to Russia.", []string{"accusation DEU->IRN", "accusation FRA->IRN", "denial IRN->DEU", "denial IRN->FRA"}},
		{"charge denied by", "Uganda accused Kenya of hosting rebels, a charge denied by Nairobi.", []string{"accusation UGA->KEN", "denial KEN->UGA"}},
		{"accuser speaking later in the sentence", "Hamas denied firing the rocket, after the Israeli military said it had come from Gaza.", []string{"denial hamas->ISR"}},
		{"the army is the one named with that noun", "The ULFA-I accused the Indian army of shelling its camps in Myanmar's Sagaing region, but the army denied it.", []string{"accusation ulfa-i->IND", "denial IND->ulfa-i"}},
		{"denied entry is no denial", "Hungary denied entry to two Ukrainian officials.", nil},
		{"no responsibility", "Hanoi said it bore no responsibility for the sinking.", []string{"denial VNM->"}},
		{"calling it a lie", "Iran called the report a fabrication.", []string{"denial IRN->"}},
		{"an accusation the other side denied", "Kenya expelled Somali diplomats, with Kenya alleging spying, an accusation Somalia denied.", []string{"accusation KEN->SOM", "denial SOM->KEN", "escalation KEN->SOM"}},
	})
}

// An official the article named with a party's title speaks for the party
// when a later sentence names them alone.
func TestOfficialsNamedEarlier(t *testing.T) {
	runCases(t, []codeCase{
		{"a name with the party's title in apposition", "General Sok Dara, Cambodia's military commander at Preah Vihear, said there was gunfire. \"We don't know why the Thais opened fire first,\" Sok Dara said.",
			[]string{"accusation KHM->THA", "escalation THA->KHM"}},
		{"a name after the party's title", "Cambodian government spokesman Pen Vuthy said talks were planned. Vuthy accused Thailand of shelling villages.",
			[]string{"accusation KHM->THA"}},
		{"a name after a capitalised title", "Pakistan Defence Minister Imran Khattak spoke on Friday. Khattak accused Kabul of sheltering the TTP.",
			[]string{"accusation PAK->AFG"}},
		{"a name in possession", "Pakistan Defence Minister Imran Khattak spoke on Friday. Khattak's ministry accused Kabul of sheltering the TTP.",
			[]string{"accusation PAK->AFG"}},
		{"a name called by its first word, the family name", "Vietnamese foreign ministry spokeswoman Pham Thu Hang spoke on Friday. Pham accused China of ramming a fishing boat.",
			[]string{"accusation VNM->CHN"}},
		{"a title of capitalised words before a lower-case one", "Chinese Foreign Ministry spokeswoman Mao Ning spoke on Friday. \"We reject the Philippines' protest,\" Mao said.",
			[]string{"denial CHN->PHL"}},
		{"a leader the gazetteer names, called later by one name", "Khawaja Asif spoke on Friday. Asif accused Kabul of sheltering the TTP.",
			[]string{"accusation PAK->AFG"}},
		{"a person quoted after a comma is no party named inside the quote", "\"We reject the Philippines' protest,\" Mao said.", nil},
		{"a former official speaks for nobody", "Former Thai army chief Somchai Rattana spoke on Friday. Rattana accused Cambodia of shelling villages.", nil},
		{"an opposition leader speaks for nobody", "Cambodian opposition leader Sam Rith spoke on Friday. Rith accused Thailand of shelling villages.", nil},
		{"a body's name is no official's", "The Georgian Foreign Ministry condemned the move. Russian Foreign Ministry says Tbilisi is fanning propagandistic hysteria.",
			[]string{"accusation RUS->GEO"}},
		{"a place after a title is no name", "Cambodia's commander at Preah Vihear spoke on Friday. Vihear accused Thailand of shelling villages.", nil},
	})
}

func TestAnaphora(t *testing.T) {
	runCases(t, []codeCase{
		{"'both groups' are the last two groups, not the states named among them", "Turkish jets struck PKK bases in Iraq and positions of the SDF in Syria, a week after a bombing that Ankara blamed on both groups.",
			[]string{"escalation TUR->pkk", "escalation TUR->sdf", "accusation TUR->pkk", "accusation TUR->sdf"}},
		{"'the two ministers' are the two parties their ministers spoke for", "Jaishankar told Wang Yi that the clash was planned. The two ministers agreed to implement the disengagement understanding.",
			[]string{"deescalation IND->CHN", "deescalation CHN->IND"}},
		{"'both sides' are not the three parties that urge them", "Armenia and Azerbaijan clashed on Sunday. Russia, France and the United States urged both sides to halt fire.",
			[]string{"escalation ARM->AZE", "escalation AZE->ARM", "deescalation RUS->AZE", "deescalation RUS->ARM", "deescalation FRA->AZE", "deescalation FRA->ARM", "deescalation USA->AZE", "deescalation USA->ARM"}},
		{"nor the two that urge them", "Armenia and Azerbaijan clashed on Sunday. Russia and France urged both sides to halt fire.",
			[]string{"escalation ARM->AZE", "escalation AZE->ARM", "deescalation RUS->AZE", "deescalation RUS->ARM", "deescalation FRA->AZE", "deescalation FRA->ARM"}},
		{"'the Palestinian group' is the group named before, not the state its nationality names", "Islamic Jihad fired rockets at Israel, and Israel struck the Palestinian group's positions.",
			[]string{"escalation palestinian-islamic-jihad->ISR", "escalation ISR->palestinian-islamic-jihad"}},
		{"and so is 'the outlawed group'", "The TTP attacked a checkpoint; Pakistan blamed the outlawed group.",
			[]string{"escalation ttp->PAK", "accusation PAK->ttp"}},
		{"'the regional bloc' is the bloc named before", "Guinea quit ECOWAS on Sunday, accusing the regional bloc of imposing illegal sanctions.",
			[]string{"accusation GIN->ecowas"}},
		{"and 'the world body' the UN", "Addis Ababa expelled seven UN officials, and Guterres said the world body rejected the accusation.",
			[]string{"escalation ETH->un", "denial un->ETH"}},
		{"'all 33 attackers' are the attackers told of", "Fighters of the Baloch Liberation Army stormed a train, and Pakistan's forces killed all 33 attackers.",
			[]string{"escalation baloch-liberation-army->PAK", "escalation PAK->baloch-liberation-army"}},
		{"the ambassador a party recalls is its own, not the group named before", "Khartoum accused Kenya of hosting the RSF, and recalled its ambassador from Nairobi.",
			[]string{"accusation SDN->KEN", "escalation SDN->KEN"}},

		{"a demonym naming a border is a place, not whom a participle's pronoun means", "Bogota suspended talks with the ELN after its fighters attacked army posts near the Venezuelan border, accusing its commanders of war crimes.",
			[]string{"escalation COL->eln", "escalation eln->COL", "accusation COL->eln"}},

		{"'it' after a reporting verb and a day is the speaker, not a party named before", "Amid rising tension with its neighbour and old rival Armenia, Azerbaijan announced Monday it had struck Armenian positions.",
			[]string{"escalation AZE->ARM"}},
		{"an object 'it' is neither the verb's own subject nor a party inside a relative clause", "Turkish jets struck a camp in Makhmour, which Ankara calls a PKK base, and the Iraqi government condemned it.",
			[]string{"accusation IRQ->TUR", "escalation TUR->IRQ"}},
		{"an object 'it' of a verb with its own subject may be the sentence's first party, and is not the victim of that party's act", "Israel widened its shelling of Lebanon, and Hezbollah accused it of targeting civilians.",
			[]string{"escalation ISR->LBN", "accusation hezbollah->ISR"}},
		{"a victim of an act no one is named doing may be an object 'it'", "Cairo said it would not allow attacks on Israel from Sinai but accused it of violating the treaty.",
			[]string{"accusation EGY->ISR"}},
		{"an object 'it' is none of a list of subjects of its verb", "Moscow said it did not carry out the sabotage that France and Germany accused it of.",
			[]string{"denial RUS->FRA", "denial RUS->DEU", "accusation FRA->RUS", "accusation DEU->RUS"}},
		{"the two countries: a subject and the party it sent its envoy to", "Qatar returned its ambassador to Riyadh after the two countries agreed to end the rift.",
			[]string{"deescalation QAT->SAU", "deescalation SAU->QAT"}},
		{"the venue is none of the two governments", "Egypt hosted talks between Sudanese and Ethiopian officials in Cairo, and the two governments agreed to resume dialogue.",
			[]string{"deescalation EGY->ETH", "deescalation EGY->SDN", "deescalation ETH->SDN", "deescalation SDN->ETH"}},
		{"the two leaders are the sides of the deal before, not its broker named last", "Serbia and Kosovo signed a deal brokered by the United States in Washington. The two leaders also agreed to reopen a border crossing.",
			[]string{"deescalation SRB->XKX", "deescalation SRB->XKX", "deescalation XKX->SRB", "deescalation XKX->SRB", "deescalation USA->SRB", "deescalation USA->XKX"}},
		{"the government is the state an earlier sentence named it for, not the host named since", "Sudan's government and the RSF held talks in Jeddah. Saudi Arabia said the delegations would meet again. The paramilitary group accused the government of bombing civilians.",
			[]string{"deescalation SDN->rsf", "deescalation rsf->SDN", "accusation rsf->SDN"}},
		{"the two countries are the rivals before, not a party named in passing", "Eritrea and Ethiopia dispute Badme. Since independence from Italy, the two countries have fought a border war.",
			[]string{"escalation ERI->ETH", "escalation ETH->ERI"}},
		{"it", "Lebanon's army said it had detained Hezbollah members. It accused Israel of violating the truce.", []string{"escalation LBN->hezbollah", "accusation LBN->ISR"}},
		{"the government is not a city's state named since", "The Pakistani government expressed its grief over the attacks in Mumbai. The government said it would cooperate with the Indian investigation.",
			[]string{"deescalation PAK->IND"}},
		{"the ministry is not the state named as where an envoy is posted", "Algeria recalled its ambassador from Rabat on Monday. The foreign ministry accused Morocco of hostile acts.",
			[]string{"escalation DZA->MAR", "accusation DZA->MAR"}},
		{"nor is the government the host of an embassy", "Lithuania closed its embassy in Minsk. The government said Belarus had violated its border.",
			[]string{"escalation LTU->BLR", "accusation LTU->BLR", "escalation BLR->LTU"}},
		{"the army is the military an earlier sentence named for its state", "Pakistan's military denied the raid. 'It is an illusion created by the Indian side,' the army's media wing said.",
			[]string{"denial PAK->", "denial PAK->IND"}},
		{"the move is the decision a measure answered, though it had no victim", "Algeria recalled its envoy in response to Spain's decision to back Morocco's autonomy plan. President Tebboune called the move a betrayal.",
			[]string{"escalation DZA->ESP", "accusation DZA->ESP"}},
		{"they after a reporting verb is its subject, not the sentence's first party", "Ethiopia declared an emergency after Tigrayan forces said they had captured Dessie.",
			[]string{"escalation tplf->ETH"}},
		{"they after a reporting verb whose subject is a list is the whole list", "Sudan condemned the raid after the United States and the European Union said they would impose sanctions on Russia.",
			[]string{"escalation USA->RUS", "escalation eu->RUS"}},
		{"the ministry is the one an earlier sentence named with its state past the organ's modifier", "Algeria's foreign ministry summoned the French ambassador. The ministry rejected France's criticism as interference.",
			[]string{"denial DZA->FRA"}},
		{"the government after a military government of a state", "Niger's military government has been fighting jihadists. After expelling French troops, the government turned to Russia.",
			[]string{"escalation NER->FRA"}},
		{"a person's title names the state he speaks for, whatever post he held later", "Dutch Prime Minister Mark Rutte called Erdogan's remarks unacceptable.",
			[]string{"accusation NLD->TUR"}},
		{"and so does his surname later in the article", "Dutch Prime Minister Mark Rutte met Erdogan. Rutte accused Turkey of interference.",
			[]string{"accusation NLD->TUR"}},
		{"a body's title keeps him the body's", "NATO chief Mark Rutte condemned the Russian strike on Kyiv.",
			[]string{"accusation nato->RUS", "escalation RUS->UKR"}},
		{"the militants, named by where they are based, are the group before", "Al-Shabaab fighters stormed a military base in Kenya. The Somalia-based militants also accused AFRICOM of lying about casualties.",
			[]string{"accusation al-shabaab->USA", "escalation al-shabaab->KEN"}},
		{"each government is one of two rivals the clause before set against each other", "Thai jets bombed Cambodian targets, and each government blamed the other for firing first.",
			[]string{"accusation KHM->THA", "accusation THA->KHM", "escalation THA->KHM"}},
		{"both sides named after the anaphor, with nothing before", "Since then, both sides have traded barbs, with Thailand restricting border crossings and Cambodia halting imports.",
			[]string{"accusation KHM->THA", "accusation THA->KHM"}},
		{"it after a passive is the passive's subject", "The ADF was designated a terrorist group by Washington. It has been fighting against Ugandan forces for decades.",
			[]string{"escalation USA->adf", "escalation adf->UGA"}},
		{"the country is the subject before, not where its envoy was posted", "Niger's junta recalled its ambassador from Benin. The country also closed its border with Benin.", []string{"escalation NER->BEN", "escalation NER->BEN"}},
		{"the group", "The TTP claimed responsibility for the attack on a Pakistani checkpoint. The group also threatened Pakistan with more attacks.", []string{"escalation ttp->PAK", "escalation ttp->PAK"}},
		{"he said, after a party spoke", "The talks stalled, Pakistan's foreign office said. She said India had violated the ceasefire.", []string{"accusation PAK->IND"}},
		{"the North and the South", "North Korea sent drones across the frontier. The South's army fired warning shots in reply.", []string{"escalation KOR->PRK"}},
		{"a headline's bare North in a story on Korea", "Seoul fires warning shots at North soldiers who crossed border", []string{"escalation KOR->PRK"}},
		{"but not a region's name", "Khartoum says drones from North Darfur struck the capital", nil},
		{"the interior ministry", "Iraq's interior ministry said a car bomb hit Kirkuk. The interior ministry blamed Islamic State for the blast.", []string{"accusation IRQ->isis"}},
		{"a party closing 'its' border closes its own", "Ankara blamed the PKK for the bombing and said Turkey had closed its border with Iraq.", []string{"accusation TUR->pkk", "escalation TUR->IRQ"}},
		{"a state's protesters are private people, not the state", "Riyadh cut ties with Tehran after Iranian protesters stormed Saudi diplomatic missions.", []string{"escalation SAU->IRN"}},
		{"'their' after a list of parties is all of theirs", "Bishkek and Dushanbe said their border guards had exchanged fire near Batken.", []string{"escalation KGZ->TJK", "escalation TJK->KGZ"}},
		{"'their' forces of allies act together", "Washington and London said their jets had struck Houthi targets.", []string{"escalation USA->houthis", "escalation GBR->houthis"}},
		{"a leader's men are his group's", "Dagalo said Egyptian jets had bombed his men near the border.", []string{"escalation EGY->rsf"}},
		{"'it' in a free relative is the subject of the verb taking it", "Damascus condemned the Turkish incursion, while the Arab League denounced what it called Turkish aggression against an Arab state.",
			[]string{"accusation SYR->TUR", "accusation arab-league->TUR"}},
		{"'its' villages, one of them bombed, are the reporter's", "The Kachin Independence Army said Myanmar junta jets had bombed one of its villages near Laiza.",
			[]string{"escalation MMR->kachin-independence-army"}},
		{"the object of a trailing speaker's participle is another party than the speaker, not than the quote's subject", "\"The ELN has chosen war,\" Petro wrote on X, accusing the group of war crimes.",
			[]string{"accusation COL->eln"}},
		{"'the island' is the island state named, not the last state", "Taipei said it had tracked 40 Chinese jets near the island, with 20 of them crossing the median line.",
			[]string{"escalation CHN->TWN"}},
		{"'the island' may be named by a trailing speaker", "China held drills around the island, Taiwan said.", []string{"escalation CHN->TWN"}},
		{"a phrase that a rule cannot resolve right no longer stops the coder", "Taiwan's defence ministry said it had detected 70 Chinese aircraft around the island, with 35 of the aircraft crossing the median line, a buffer that Beijing says it does not recognise.",
			[]string{"escalation CHN->TWN"}},
		{"'its' before a single craft is the speaker's", "Moscow said its bomber had never entered Turkish airspace.", []string{"denial RUS->TUR"}},
		{"'the paramilitary' an army's relative clause accuses is the group named before", "The RSF shelled the hospital, according to Sudan's army, which accused the paramilitary of targeting civilians.",
			[]string{"accusation SDN->rsf", "escalation rsf->SDN"}},
		{"'it' inside what a party is urged to do is that party", "Washington and the European Union urged Belgrade to de-escalate and pull back the troops it had massed along the boundary with Kosovo, a deployment the White House said was unprecedented.",
			[]string{"deescalation USA->SRB", "deescalation eu->SRB"}},
		{"people charged as 'them' are the party's the clause named last", "Moscow expelled three British diplomats and accused them of spying.", []string{"accusation RUS->GBR", "escalation RUS->GBR"}},
		{"'them' is never the place named last", "Israeli jets struck Hamas positions in Gaza, accusing them of firing rockets.", []string{"accusation ISR->hamas", "escalation ISR->hamas"}},
		{"a bare ministry is the speaker's, not the last state named", "Yerevan said Azerbaijani troops shelled Jermuk overnight, in what the defence ministry called a provocation.", []string{"accusation ARM->AZE", "escalation AZE->ARM"}},
		{"with no speaker, the ministry is the last state named", "Delhi struck Pakistan on Tuesday, and the foreign ministry condemned the attack.", []string{"accusation PAK->IND", "escalation IND->PAK"}},
		{"the ministry is the owner's", "Armenia's defence minister said Azerbaijani drones hit a village, and the foreign ministry condemned the attack.", []string{"accusation ARM->AZE", "escalation AZE->ARM"}},
		{"the splinter faction", "Pakistan blamed Jamaat-ul-Ahrar for the bombing. The splinter faction denied involvement.", []string{"accusation PAK->jamaat-ul-ahrar", "denial jamaat-ul-ahrar->PAK"}},
		{"the junta's spokesman speaks for the state the group fights", "The junta spokesman called the Kachin Independence Army raid a provocation.",
			[]string{"accusation MMR->kachin-independence-army", "escalation kachin-independence-army->MMR"}},
		{"she, after a titled official's reporting verb", "Ethiopia's deputy prime minister said she holds Eritrea responsible for the raids.",
			[]string{"accusation ETH->ERI"}},
		{"a ministry speaking after the clause is its subject's organ, not the envoy's", "Armenia handed Azerbaijani ambassador Elchin Mammadov a “strongly-worded note of protest” urging its eastern neighbour to “put an end to acts of provocation”, the foreign ministry said in a statement.",
			[]string{"accusation ARM->AZE"}},
		{"he, after the one leader the sentence named", "Nicolas Maduro broke off the meeting after he accused Guyana of provoking the navy.", []string{"accusation VEN->GUY"}},
		{"he, between two leaders, is no one", "Putin thanked Erdogan after he accused Ukraine of shelling a nuclear plant.", nil},
		{"he, opening a sentence, is the last speaker", "The talks stalled, Pakistan's foreign office said. She later accused India of shelling villages.", []string{"accusation PAK->IND"}},
		{"he, opening a sentence, is the official last named with a party's title", "Azerbaijani defence ministry spokesman Vagif Dargahli briefed reporters. He accused Armenia of shelling border villages.", []string{"accusation AZE->ARM"}},
		{"the two allies of a named body are the pair named before", "Greece and Turkey traded warnings again. Germany urged the two NATO allies to start talks.",
			[]string{"deescalation DEU->GRC", "deescalation DEU->TUR"}},
		{"'it' after an unnamed group located in a state is that group, not a party named before", "Rockets struck near a base housing U.S. soldiers in Syria on Monday, a Pentagon official said. Later, a Tehran-aligned militia in Syria announced it had carried out another drone attack on a second base.", nil},
		{"he, opening a sentence, is the last leader named", "Narendra Modi met army chiefs on Monday. He accused Pakistan of sheltering the attackers.", []string{"accusation IND->PAK"}},
		{"both countries", "Peru and Ecuador traded accusations. Brazil urged both countries to show restraint.", []string{"accusation ECU->PER", "accusation PER->ECU", "deescalation BRA->ECU", "deescalation BRA->PER"}},
		{"its neighbour after a possessor is that party's rival, not the last state named", "Azerbaijan and Armenia swapped prisoners in a deal brokered by Georgia, the first since Baku's offensive against its neighbour.",
			[]string{"deescalation ARM->AZE", "deescalation AZE->ARM", "deescalation GEO->ARM", "deescalation GEO->AZE", "escalation AZE->ARM"}},
		{"its right after a reporting verb is the speaker's", "Iran's president visited Moscow, while the Syrian military said its air defences had responded to Israeli aggression against a base.",
			[]string{"accusation SYR->ISR", "escalation ISR->SYR", "escalation SYR->ISR"}},
		{"they after the armies of two parties said", "The armies of India and Pakistan said they had agreed to strictly observe the ceasefire.",
			[]string{"deescalation IND->PAK", "deescalation PAK->IND"}},
	})
}

func TestHardCases(t *testing.T) {
	runCases(t, []codeCase{
		{"condemnation of a named act", "Jordan condemned Israel's raid on the refugee camp.", []string{"accusation JOR->ISR"}}, // the camp is no party: the raid fell on no one named,
		{"condemnation of an act with no author", "Egypt condemned the bombing of the church.", nil},
		{"summoned to protest", "Thailand summoned Cambodia's ambassador to protest the shelling of a border village.", []string{"accusation THA->KHM"}},
		{"summoned each other's envoys", "Serbia and Croatia summoned each other's ambassadors to protest.", []string{"accusation HRV->SRB", "accusation SRB->HRV"}},
		{"a typeset apostrophe in the trigger", "Chad summoned Sudan’s chargé d’affaires in protest at the shelling of a border town.", []string{"accusation TCD->SDN"}},
		{"summoned without protest", "Chile summoned its ambassador in Argentina for consultations.", nil},
		{"lodged a protest", "Japan lodged a protest with China over the survey ship.", []string{"accusation JPN->CHN"}},
		{"hedged attacker", "A suspected al-Shabaab car bomb killed six soldiers in Mogadishu.", nil},
		{"alleged strike", "An alleged Israeli strike hit a warehouse, residents said.", nil},
		{"third-party restraint", "The African Union urged Ethiopia and Eritrea to exercise restraint.", []string{"deescalation african-union->ERI", "deescalation african-union->ETH"}},
		{"mediation", "Sudan and South Sudan signed a ceasefire in talks mediated by Kenya.", []string{"deescalation KEN->SDN", "deescalation KEN->SSD", "deescalation SDN->SSD", "deescalation SSD->SDN"}},
		{"welcoming a truce is no part of it", "The European Union welcomed the ceasefire between Israel and Hezbollah.", []string{"deescalation ISR->hezbollah", "deescalation hezbollah->ISR"}},
		{"deal signed by both", "Turkey hailed the peace deal signed by Armenia and Azerbaijan.", []string{"deescalation ARM->AZE", "deescalation AZE->ARM"}},
		{"mutual exchange", "Indian and Chinese troops exchanged fire along the disputed frontier.", []string{"escalation CHN->IND", "escalation IND->CHN"}},
		{"traded fire", "Indian and Pakistani troops traded fire along the Line of Control.", []string{"escalation IND->PAK", "escalation PAK->IND"}},
		{"fired on", "Azerbaijani forces fired on Armenian positions near the border.", []string{"escalation AZE->ARM"}},
		{"clash", "Tajikistan and Kyrgyzstan clashed on the border.", []string{"escalation KGZ->TJK", "escalation TJK->KGZ"}},
		{"fighting between, after a place", "Fighting erupted in Juba between South Sudan's army and rebels loyal to the SPLM-IO, and each side accused the other.", nil},
		{"each side", "Clashes broke out between India and China. Each side accused the other of provocation.", []string{"accusation CHN->IND", "accusation IND->CHN", "escalation CHN->IND", "escalation IND->CHN"}},
		{"pushed into", "Ukrainian units pushed further into Russia's Belgorod region.", []string{"escalation UKR->RUS"}},
		{"exchange between", "Heavy shelling erupted between the Sudanese army and the RSF overnight.", []string{"escalation SDN->rsf", "escalation rsf->SDN"}},
		{"its airspace names the victim", "Lithuania said Belarusian balloons had violated its airspace.", []string{"accusation LTU->BLR", "escalation BLR->LTU"}},
		{"designation", "Canada designated the Houthis a terrorist organisation.", []string{"escalation CAN->houthis"}},
		{"ordered to leave", "Mali's junta ordered the French ambassador to leave the country.", []string{"escalation MLI->FRA"}},
		{"cut ties", "Nicaragua severed diplomatic ties with Taiwan.", []string{"escalation NIC->TWN"}},
		{"apology", "Putin apologised to Azerbaijan's president for the crash.", []string{"deescalation RUS->AZE"}},
		{"hostages released", "Hamas released three Israeli hostages on Saturday.", []string{"deescalation hamas->ISR"}},
		{"calming intent", "Greece does not seek escalation with Turkey, the prime minister said.", []string{"deescalation GRC->TUR"}},
		{"sanctions on a state's firms fall on no party (conventions: companies are no actors)", "The U.S. Treasury sanctioned three Iranian firms over drone sales.", nil},
		{"sanctions on a state's officials fall on the state", "The U.S. Treasury sanctioned three Iranian officials over drone sales.", []string{"escalation USA->IRN"}},
		{"a claimed bombing hits where it happened", "Turkish jets struck PKK targets in Iraq after a bombing in Ankara claimed by the PKK.", []string{"escalation TUR->pkk", "escalation pkk->TUR"}},
		{"a warning as a noun is no threat", "China called the drills a stern warning to separatists.", nil},
		{"drills are no attack", "The launch came after drills conducted by Japan with the United States.", nil},
		{"criminal groups named by nationality", "Washington designated Colombian drug cartels as terrorist organisations.", nil},
		{"a response answers the aggressor", "Russian drones violated Romanian airspace. NATO responded by scrambling jets.", []string{"escalation RUS->ROU", "escalation nato->RUS"}},
		{"allies agreeing calm nothing", "France and Germany agreed on a joint budget framework.", nil},
		{"rivals agreeing calm their dispute", "Peru and Chile agreed to settle their maritime dispute.", []string{"deescalation CHL->PER", "deescalation PER->CHL"}},
		{"private scientists", "Chinese and American scientists signed an agreement on climate research.", nil},
		{"private nationals", "Chinese nationals attacked a shop owned by Kenyan traders.", nil},
		{"background conflict noun", "The war in Sudan has displaced millions.", nil},
	})
}

func TestEventFields(t *testing.T) {
	a := briefbot.Article{
		Title:     "Kenya expels envoy",
		Text:      "Markets were calm. Kenya expelled Somalia's ambassador on Monday.",
		Published: time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC),
	}
	evs := testCoder().Code(a)
	if len(evs) != 1 {
		t.Fatalf("got %d events, want 1: %+v", len(evs), evs)
	}
	e := evs[0]
	coded := a.Title + "\n\n" + a.Text
	if coded[e.Start:e.End] != e.Evidence || e.Evidence != "Kenya expelled Somalia's ambassador on Monday." {
		t.Errorf("evidence %q at [%d,%d) of %q", e.Evidence, e.Start, e.End, coded)
	}
	if e.Code != "expel" || e.Intensity >= 0 || e.Intensity < -10 || e.Confidence <= 0 || e.Confidence > 1 {
		t.Errorf("code %q intensity %v confidence %v", e.Code, e.Intensity, e.Confidence)
	}
	if e.Source != "KEN" || e.Target != "SOM" {
		t.Errorf("dyad %s->%s, want KEN->SOM", e.Source, e.Target)
	}
}

func TestCodeIsSafeForConcurrentUse(t *testing.T) {
	c := testCoder()
	text := strings.Repeat("Iran accused Israel of striking its consulate. Israel denied the accusation. ", 3)
	want := fmt.Sprint(c.Code(briefbot.Article{Text: text}))
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if got := fmt.Sprint(c.Code(briefbot.Article{Text: text})); got != want {
				t.Errorf("concurrent result differs:\n%s\n%s", got, want)
			}
		}()
	}
	wg.Wait()
}

func TestClauseStructure(t *testing.T) {
	runCases(t, []codeCase{
		{"apposition is no party", "Hezbollah, a group backed by Iran, fired rockets at Israel.", []string{"escalation hezbollah->ISR"}},
		{"demonym describing a named group", "Turkey accused the Syrian group HTS of shelling its border posts.", []string{"accusation TUR->hts"}},
		{"coordinated verb keeps the main subject", "Qatar's emir said tensions had risen since Iran seized a tanker, and accused Tehran of piracy.", []string{"accusation QAT->IRN", "escalation IRN->QAT"}},
		{"participle after a subordinate clause", "Egypt closed the Rafah crossing after Israel seized the corridor, accusing Israel of breaking the treaty.", []string{"accusation EGY->ISR", "escalation EGY->ISR"}},
		{"posture aimed at the one other party", "Poland shut its border crossings as Belarus massed troops.", []string{"escalation BLR->POL", "escalation POL->BLR"}},
		{"participle after a relative clause", "Egypt's ministry said it had detained members of a cell that was plotting bombings, accusing Qatar of financing it.", []string{"accusation EGY->QAT"}},
		{"a list after including", "Several governments, including Japan, Canada, Italy, and Spain, condemned North Korea.", []string{"accusation CAN->PRK", "accusation ESP->PRK", "accusation ITA->PRK", "accusation JPN->PRK"}},
		{"participle of a trailing speaker", "Iraqi jets struck PKK camps in the mountains, the militant group said, accusing Baghdad of hitting villages.", []string{"accusation pkk->IRQ", "escalation IRQ->pkk"}},
		{"participle after an attribution with no actor", "Azerbaijani drones hit Armenian posts, local officials said, accusing Baku of aggression.", []string{"escalation AZE->ARM"}},
		{"object pronoun is the other party", "Algeria cut ties with Morocco, accusing it of hostile acts.", []string{"accusation DZA->MAR", "escalation DZA->MAR"}},
		{"reciprocal accusation", "Armenia and Azerbaijan accused each other of violating the truce.", []string{"accusation ARM->AZE", "accusation AZE->ARM"}},
		{"relative clause antecedent", "Lithuanian jets shot down Belarusian drones that entered Lithuanian airspace.", []string{"escalation BLR->LTU", "escalation LTU->BLR"}},
		{"unconfirmed report", "Officials declined to comment on reports that Israel had struck Iran.", nil},
		{"a place and a title are no coordination", "At a summit in Kazan, Russia, Prime Minister Modi urged China's president to seek peace.", []string{"deescalation IND->CHN"}},
		{"the nearest reporter speaks", "Russian towns were hit, the Russian ministry said, as local media reported that Kyiv was behind the strikes.", nil},
		{"owner of the sanctions is no target", "Canada moved to reimpose U.N. sanctions on North Korea.", []string{"escalation CAN->PRK"}},
		{"with-clause names its own agent", "The border clashes continued, with Ethiopian troops shelling Eritrean positions.", []string{"escalation ETH->ERI"}},
		{"a person speaking is no party", "The ministry said the blast hit a Kenyan convoy, which he said belonged to Uganda.", nil},
		{"claim in a complement is no event", "Ghana accused Togo of shelling its villages, a charge Lome denied.", []string{"accusation GHA->TGO", "denial TGO->GHA"}},
	})
}

func TestReportedClaims(t *testing.T) {
	runCases(t, []codeCase{
		{"reported support for a group", "Sudan cut ties with the UAE, saying the Gulf state was arming the RSF.", []string{"accusation SDN->ARE", "escalation SDN->ARE"}},
		{"proxy named by a speaker", "Three members of an Indian proxy were arrested, Pakistan's army said.", []string{"accusation PAK->IND"}},
		{"would pay a price", "China said Japan would pay a heavy price for its remarks.", []string{"escalation CHN->JPN"}},
		{"warning without a threat", "The United States warned Russia of an imminent attack by militants.", nil},
		{"warning with a threat", "North Korea warned South Korea it would face serious consequences.", []string{"escalation PRK->KOR"}},
		{"denial answered by a later accuser", "Russia denied that its jets entered the airspace. Finland said Russian jets had violated its airspace.", []string{"accusation FIN->RUS", "denial RUS->FIN", "escalation RUS->FIN"}},
		{"alleged support named by the acting party", "Mali expelled the envoy over Algeria's alleged support of the rebels.", []string{"accusation MLI->DZA", "escalation MLI->DZA"}},
		{"suggested involvement", "Moscow suggested a possible Ukrainian involvement in the blast.", []string{"accusation RUS->UKR"}},
		{"no indication is no accusation but a denial", "Paris said there was no sign that Rome was behind the attack.", []string{"denial FRA->"}},
	})
}

// FuzzCode checks that any text codes without panicking and that every
// event's offsets point at its evidence.
func FuzzCode(f *testing.F) {
	for _, s := range []string{"Iran accused Pakistan of sheltering militants.", "Kyiv denied it. The group, a proxy, struck.", "U.S.-backed forces, who attacked ISIS (IS-K), said \"we will respond\"."} {
		f.Add("", s)
	}
	f.Fuzz(func(t *testing.T, title, text string) {
		a := briefbot.Article{Title: title, Text: text}
		coded := text
		if title != "" {
			coded = title + "\n\n" + text
		}
		events := codeFaultless(t, a)
		for _, e := range events {
			if e.Start < 0 || e.End > len(coded) || coded[e.Start:e.End] != e.Evidence {
				t.Fatalf("event %+v does not point at its evidence", e)
			}
			if e.Source == "" || (e.Target == "" && e.Type != briefbot.Denial) {
				t.Fatalf("event %+v lacks a party", e)
			}
		}
	})
}

func TestDatelineIsNoParty(t *testing.T) {
	runCases(t, []codeCase{
		{"wire dateline", "ISLAMABAD (Reuters) - Gunmen attacked a checkpoint in the northwest on Monday.", nil},
		{"dateline then a real subject", "KABUL, Afghanistan — Pakistan struck TTP hideouts in Khost, officials said.", []string{"escalation PAK->ttp"}},
		{"a headline in capitals is no dateline", "IRAN ACCUSES ISRAEL OF SABOTAGE", []string{"accusation IRN->ISR"}},
		{"a hyphen inside a word after an opening name is no dateline", "U.S. B-2 bombers struck Iran's nuclear sites.", []string{"escalation USA->IRN"}},
		{"dateline with a spaced hyphen", "BAKU - Azerbaijan accused Armenia of shelling its positions.", []string{"accusation AZE->ARM"}},
		{"a dateline with a date and an agency", "DUBAI, Sept 15 (Reuters) - Houthi rebels claimed drone attacks that knocked out half of Saudi Arabia's oil output.", []string{"escalation houthis->SAU"}},
		{"a dateline with a country, a date with a period and an agency", "SANAA, Yemen, Jan. 12 (AP) — The United States and Britain struck Houthi targets overnight.", []string{"escalation USA->houthis", "escalation GBR->houthis"}},
		{"a dateline of two words with a date", "NEW DELHI, May 7 (Reuters) - India struck nine sites in Pakistan.", []string{"escalation IND->PAK"}},
		{"a dateline whose place is written as a name", "Rabat – The Polisario Front attacked the Moroccan defence wall near Mahbes.", []string{"escalation polisario-front->MAR"}},
		{"a name set off by dashes is no dateline", "Hamas – which rules Gaza – said Israeli jets struck Rafah.", []string{"escalation ISR->PSE"}},
		{"a hyphen inside a name in capitals is no dateline", "ULFA-I chief Paresh Baruah accused New Delhi of staging the raid.", []string{"accusation ulfa-i->IND"}},
	})
}

// A national group's act that names no target is coded against the state it
// fights (data/homes.tsv); a state's unnamed forces acting on such a group are
// that state.
func TestGroupHomeState(t *testing.T) {
	runCases(t, []codeCase{
		{"unnamed forces acting on a group, told by officials the text does not place", "Security forces killed five al-Shabaab fighters in a raid, officials said.", []string{"escalation SOM->al-shabaab"}},
		{"claim with no target", "The Baloch Liberation Front claimed responsibility for the blast.", []string{"escalation baloch-liberation-front->PAK"}},
		{"a claim of an attack the article told before falls on its target, not the home state", "Three American soldiers were killed by al-Shabaab fighters at a base in Kenya. Al-Shabaab claimed responsibility for the attack.",
			[]string{"escalation al-shabaab->USA", "escalation al-shabaab->USA"}},
		{"seizure with no target", "Arakan Army fighters seized a hilltop garrison after a week of fighting.", []string{"escalation arakan-army->MMR"}},
		{"group noun agent", "A Polisario rocket attack hit a village near the berm overnight.", []string{"escalation polisario-front->MAR"}},
		{"state forces on a group", "Troops killed four Abu Sayyaf gunmen on Jolo island.", []string{"escalation PHL->abu-sayyaf"}},
		{"state forces clash with a group", "Troops clashed with Fano militiamen near Gondar.", []string{"escalation ETH->fano", "escalation fano->ETH"}},
		{"state forces battle a group", "Police battled ELN guerrillas in Arauca.", []string{"escalation COL->eln", "escalation eln->COL"}},
		{"named target wins", "The TTP attacked an Afghan checkpoint, the group said.", []string{"escalation ttp->AFG"}},
		{"group without a home", "Islamic State claimed the bombing at the shrine.", nil},
		{"participle has no agent", "The BLF accused Pakistani troops of raiding a village, killing a tribal elder.", []string{"accusation baloch-liberation-front->PAK"}},
		{"owned forces are no unnamed state", "Hamas forces attacked Islamic State fighters.", []string{"escalation hamas->isis"}},
	})
}

func TestMutualVerbWithDirectObject(t *testing.T) {
	runCases(t, []codeCase{
		{"confronted", "Serbian police confronted Kosovo officers at the crossing.", []string{"escalation SRB->XKX", "escalation XKX->SRB"}},
		{"fought the group", "Nigerian soldiers fought Boko Haram in the forest.", []string{"escalation NGA->boko-haram", "escalation boko-haram->NGA"}},
		{"with still pairs the subject", "Armenia clashed with Azerbaijan on the border.", []string{"escalation ARM->AZE", "escalation AZE->ARM"}},
		{"no direct object", "Troops confronted protesters in the capital.", nil},
	})
}

func TestTriggerFamilies(t *testing.T) {
	runCases(t, []codeCase{
		{"wage war against", "Russia has waged a brutal war against Ukraine since 2022.", []string{"escalation RUS->UKR"}},
		{"insurgency against", "Fano's insurgency against the Ethiopian government has spread.", []string{"escalation fano->ETH"}},
		{"hijack", "ELN guerrillas hijacked a Colombian army helicopter.", []string{"escalation eln->COL"}},
		{"sweep into", "M23 fighters swept into Bukavu on Sunday.", []string{"escalation m23->COD"}},
		{"water cannon", "Chinese coast guard ships used water cannon against a Philippine supply boat.", []string{"escalation CHN->PHL"}},
		{"transgress", "Indian officials said Chinese soldiers tried to transgress the border.", []string{"accusation IND->CHN", "escalation CHN->IND"}},
		{"enter airspace", "Two Russian bombers entered Finnish airspace on Tuesday.", []string{"escalation RUS->FIN"}},
		{"aircraft sent into an air defence zone", "Beijing sent twelve fighter jets into Japan's air defence identification zone, Tokyo said.", []string{"escalation CHN->JPN"}},
		{"flying into an ADIZ", "Two Russian patrol planes flew into South Korea's ADIZ on Friday.", []string{"escalation RUS->KOR"}},
		{"disarm", "The PKK said its fighters had started to disarm.", []string{"deescalation pkk->TUR"}},
		{"lay down arms", "Maoist rebels laid down their weapons in Chhattisgarh.", []string{"deescalation cpi-maoist->IND"}},
		{"accept a truce", "The M23 accepted a ceasefire proposal.", []string{"deescalation m23->COD"}},
		{"accept talks with the other party named", "Zelensky accepted the talks and said he would wait for Putin in Istanbul.", []string{"deescalation UKR->RUS"}},
		{"rejected is no acceptance", "The M23 rejected a ceasefire proposal.", nil},
		{"lash out at", "Tehran lashed out at Baku over the arrests.", []string{"accusation IRN->AZE"}},
		{"rebuke", "Seoul rebuked Tokyo for the textbook revisions.", []string{"accusation KOR->JPN"}},
		{"point the finger at", "Kinshasa pointed the finger at Kampala.", []string{"accusation COD->UGA"}},
		{"brush off", "Serbia accused Kosovo of provocations, but Pristina brushed off the charge.", []string{"accusation SRB->XKX", "denial XKX->SRB"}},
		{"scoff at", "Moscow scoffed at the British allegations.", []string{"denial RUS->GBR"}},
		{"negated disarm", "The TTP said it would never lay down its arms.", nil},
		{"blame on", "Niger blamed the ambush on JNIM fighters.", []string{"accusation NER->jnim"}},
		{"position troops", "Sudan positioned troops and artillery along the Chadian frontier, facing Chad.", []string{"escalation SDN->TCD"}},
		{"to position troops", "The drought led Egypt to position troops near the Sudanese border, facing Sudan.", []string{"escalation EGY->SDN"}},
		{"a position is no deployment", "Azerbaijani forces targeted an Armenian position with artillery.", []string{"escalation AZE->ARM"}},
		{"came under fire from", "Armenian posts came under fire from Azerbaijani units overnight.", []string{"escalation AZE->ARM"}},
		{"drills conducted by are no attack", "Drills conducted by Japan worried Beijing.", nil},
		{"suspend flights", "Azerbaijan suspended all flights to Russia after the crash.", []string{"escalation AZE->RUS"}},
		{"would face military action", "Washington said Caracas would face military action unless it complied.", []string{"escalation USA->VEN"}},
		{"prepare a response", "The ELN attacked a Colombian base. Bogota said it was preparing a response to the attack.", []string{"escalation COL->eln", "escalation eln->COL"}},
		{"trailing attribution of behind", "The ADF is behind the massacre in Beni, Congo's army said.", []string{"accusation COD->adf"}},
		{"quoted attribution of behind", "\"Jaish al-Adl is behind the bombing,\" Iran's interior ministry said.", []string{"accusation IRN->jaish-al-adl"}},
		{"condemned event noun refers back", "Houthi forces attacked an Israeli port, and the UN condemned the hijacking.", []string{"accusation un->houthis", "escalation houthis->ISR"}},
		{"ram", "A Chinese coast guard ship rammed a Vietnamese fishing boat near the Paracels.", []string{"escalation CHN->VNM"}},
		{"cross the border", "Indian officials said Pakistani troops crossed the Line of Control near Poonch.", []string{"accusation IND->PAK", "escalation PAK->IND"}},
		{"take responsibility", "Jamaat-ul-Ahrar took responsibility for the mosque bombing.", []string{"escalation jamaat-ul-ahrar->PAK"}},
		{"intercepted drones of", "Saudi air defences intercepted Houthi drones over Jizan.", []string{"escalation houthis->SAU"}},
		{"intercepted missile launched by", "Israel intercepted a missile launched at Eilat by the Houthis.", []string{"escalation houthis->ISR"}},
		{"intercept names no attacker", "Israel intercepted a missile over the Negev.", nil},
		{"downing is the downer's act", "Iran downed a U.S. drone over the Gulf.", []string{"escalation IRN->USA"}},
		{"planned by", "Iraq said the bombing was planned by Islamic State commanders.", []string{"accusation IRQ->isis"}},
	})
}

// "X said its jets did not violate Y's airspace": X denies; an earlier
// accuser is the target. So does "X said there was no evidence that Y was
// behind it".
func TestOwnNegatedActIsDenial(t *testing.T) {
	runCases(t, []codeCase{
		{"no evidence that", "Washington said there was no evidence that Tehran was behind the plot.", []string{"denial USA->"}},
		{"a plain negation is no denial", "Tehran was not behind the plot, analysts said.", nil},
		{"own forces did not: the other party answers", "Belarus said its helicopters did not cross into Polish airspace.", []string{"denial BLR->POL"}},
		{"accuser earlier in the article", "Kenya accused Somalia of shelling its border posts. Somalia said its troops had not shelled Kenyan positions.", []string{"accusation KEN->SOM", "denial SOM->KEN"}},
		{"future is no denial: a pledge, which calms", "Iran said it would not attack Azerbaijan.",
			[]string{"deescalation IRN->AZE"}},
		{"a third party's negation", "Israel did not strike the hospital, the United Nations said.", nil},
	})
}

func TestReportedIncursionsAndHedges(t *testing.T) {
	runCases(t, []codeCase{
		{"reported violation is an accusation", "Tokyo said two Chinese drones had entered Japanese airspace near Yonaguni.", []string{"accusation JPN->CHN", "escalation CHN->JPN"}},
		{"unreported violation", "Belarusian helicopters violated Lithuanian airspace on Friday.", []string{"escalation BLR->LTU"}},
		{"hedge covers the coordinated verb", "Serbian drones had allegedly entered Kosovo airspace and struck a Kosovo police post.", nil},
		{"unhedged coordination", "Serbian drones entered Kosovo airspace and struck a Kosovo police post.", []string{"escalation SRB->XKX"}},
	})
}

// The core Islamic State named in a state that hosts one of its branches is
// that branch; a branch named by its place is that branch (data/branches.tsv).
func TestLocalBranches(t *testing.T) {
	runCases(t, []codeCase{
		{"host state in the sentence", "Nigerian jets bombed Islamic State camps near Lake Chad.", []string{"escalation NGA->isis-west-africa"}},
		{"capital locates the branch", "Islamic State claimed a suicide bombing in Kabul.", []string{"escalation isis-k->AFG"}},
		{"earlier sentence locates it", "Mozambican troops retook Mocimboa da Praia. Islamic State fighters attacked a Mozambican convoy nearby.", []string{"escalation isis-mozambique->MOZ"}},
		{"no host state keeps the core", "Islamic State claimed the attack on a concert hall near Moscow.", []string{"escalation isis->RUS"}},
		{"two branches keep the core", "Islamic State attacks in Somalia and Afghanistan rose last year.", []string{"escalation isis->AFG", "escalation isis->SOM"}},
		{"the core's affiliated fighters are its branch", "Somali commandos raided a cave held by Islamic State-affiliated militants in Puntland.", []string{"escalation SOM->isis-somalia"}},
		{"and so are its linked insurgents, spelled without a hyphen", "Nigerian jets pounded Islamic State linked insurgents on islands in Lake Chad.", []string{"escalation NGA->isis-west-africa"}},
		{"a named group linked to the core is that group", "Islamic State-linked ADF rebels raided a village in North Kivu, the Congolese army said.", []string{"escalation adf->COD"}},
		{"an affiliate link before no fighters names no force", "Pakistani police arrested a cleric for Islamic State-linked propaganda.", nil},
		{"a core group's branch named by a region", "Al Qaeda's North African wing claimed a car bombing in Algiers.", []string{"escalation aqim->DZA"}},
		{"a branch named by a state that does not locate it", "Al Qaeda's Yemeni branch claimed the bombing of a Saudi border post.", []string{"escalation aqap->SAU"}},
		{"a core group whose branches are only named is itself in a state", "Al Qaeda claimed the attack on the US embassy in Yemen.", []string{"escalation al-qaeda->USA"}},
		{"and its linked fighters are not it", "Al Qaeda-linked militants attacked a Malian army post.", nil},
	})
}

// "X said the attack was carried out by Y" reads like "X said Y was behind
// it": X accuses Y.
func TestAttributedAttacks(t *testing.T) {
	runCases(t, []codeCase{
		{"said ... carried out by", "Kenyan police said the raid on the camp was carried out by al-Shabaab.", []string{"accusation KEN->al-shabaab"}},
		{"stated ... perpetrated by", "Mali's army stated that the attack was perpetrated by JNIM.", []string{"accusation MLI->jnim"}},
		{"no reporter", "The ambush on the convoy was carried out by the ADF.", []string{"escalation adf->COD"}},
		{"a later clause is no attribution", "Kenya said its troops had killed ten fighters, a day after a raid claimed by al-Shabaab.", []string{"escalation al-shabaab->KEN"}},
	})
}

func TestAuthoredSubjects(t *testing.T) {
	runCases(t, []codeCase{
		{"report by", "A report by the United Nations accused Eritrea of arming the TPLF.", []string{"accusation un->ERI"}},
		{"statement by", "A statement by Egypt's foreign ministry condemned the Ethiopian dam filling.", []string{"accusation EGY->ETH"}},
		{"gunmen from", "Gunmen from the Sinaloa Cartel ambushed a Mexican army patrol.", []string{"escalation sinaloa-cartel->MEX"}},
		{"fighters from", "Fighters from Boko Haram stormed a Nigerian army base.", []string{"escalation boko-haram->NGA"}},
		{"from a place is no actor", "Migrants from Venezuela crossed into Colombia.", nil},
		{"attempt by", "An attempt by Serbia to infiltrate Kosovo was foiled, police said.", []string{"escalation SRB->XKX"}},
		{"any attempt by is hypothetical", "Egypt said any attempt by Ethiopia to fill the dam would be considered a provocation.", nil},
		{"a visit by is no author", "A visit by Qatar's emir preceded the Sudanese accusation.", nil},
	})
}

// "the government", "the army" and "government forces" in a sentence that
// names a national group but no state are the state the group fights.
func TestGovernmentOfTheGroupsState(t *testing.T) {
	runCases(t, []codeCase{
		{"government forces", "The Kachin Independence Army accused government forces of shelling a camp.", []string{"accusation kachin-independence-army->MMR"}},
		{"the federal government", "Fano accused the federal government of starving Amhara.", []string{"accusation fano->ETH"}},
		{"the army after a claim", "M23 rebels attacked Sake, the army said.", []string{"escalation m23->COD"}},
		{"group after the phrase", "The government accused the ELN of bombing an oil pipeline.", []string{"accusation COL->eln"}},
		{"no group, no state", "Government forces shelled the town overnight.", nil},
	})
}

func TestSponsorByAgentInClaims(t *testing.T) {
	runCases(t, []codeCase{
		{"a report by an outlet, passive sponsor", "Kabul rejected as fabricated a report by the Pakistani broadcaster PTV claiming that the TTP commanders had been sheltered by the Taliban administration.", []string{"accusation PAK->AFG", "denial AFG->PAK"}},
		{"an outlet's report", "Pakistan rejected Tasnim's report that the Jaish al-Adl militants had been funded by Pakistan's intelligence service.", []string{"accusation IRN->PAK", "denial PAK->IRN"}},
		{"a report in an outlet", "Islamabad dismissed as false a report in IRNA claiming that the gunmen had been armed by Pakistan.", []string{"accusation IRN->PAK", "denial PAK->IRN"}},
		{"claims by a state", "Kabul dismissed claims by Islamabad that the TTP fighters had been trained by the Taliban administration.", []string{"accusation PAK->AFG", "denial AFG->PAK"}},
		{"no agent, no background accusation", "Pakistan rejected a report that the fighters had been trained abroad.", []string{"denial PAK->"}},
	})
}

func TestReportedSponsorship(t *testing.T) {
	runCases(t, []codeCase{
		{"reported that ... trained by", "Tasnim, an agency close to the Revolutionary Guards, said on Monday that the Jaish al-Adl gunmen had been trained by Pakistan's intelligence service.", []string{"accusation IRN->PAK"}},
		{"claimed that ... backed by", "Kabul claimed on Friday that the ISIS-K cells in Kunar were backed by Pakistan.", []string{"accusation AFG->PAK"}},
		{"did not report", "Tasnim did not report that the Jaish al-Adl gunmen had been trained by Pakistan.", nil},
		{"could have been", "Analysts said the ISIS-K cells could have been funded by Pakistan.", nil},
		{"may have been, said by a party", "Iran said the Jaish al-Adl gunmen may have been trained by Pakistan.", nil},
		{"negated passive", "Iran's Foreign Ministry said the Jaish al-Adl gunmen were not backed by Pakistan.", nil},
		{"no group trained", "Iran said the Afghan soldiers had been trained by the United States.", nil},
		{"by-agent is no actor", "The militants were backed by air support, Iran said.", nil},
	})
}

func TestMediaAnaphora(t *testing.T) {
	runCases(t, []codeCase{
		{"the site", "Russia's state agency TASS carried a long editorial on Friday. The agency accused Warsaw of shielding saboteurs.", []string{"accusation RUS->POL"}},
		{"the news agency", "Russia's TASS carried the defence ministry's statement. The news agency accused Kyiv of shelling a border village.", []string{"accusation RUS->UKR"}},
		{"the broadcaster", "North Korea's KCNA aired the speech in full. The broadcaster blamed Seoul for the tension.", []string{"accusation PRK->KOR"}},
		{"the site of an attack", "IRNA published photos of the blast. The site of the bombing was sealed off.", nil},
		{"no outlet before", "Pakistan's army said it struck militants near Chaman. The site was later sealed off.", nil},
	})
}

func TestJudgedActs(t *testing.T) {
	runCases(t, []codeCase{
		{"council condemns, shipping is no actor", "The Security Council condemned the Houthi attacks on shipping.", []string{"accusation un->houthis"}},
		{"organisation condemns, victim no actor", "The African Union condemned the al-Shabaab raids on aid convoys.", []string{"accusation african-union->al-shabaab"}},
		{"organisation condemns, victim named", "NATO denounced Russia's strikes on Ukraine.", []string{"accusation nato->RUS", "escalation RUS->UKR"}},
		{"organisation condemns a possessive act", "The European Union condemned Iran's drone attacks on tankers.", []string{"accusation eu->IRN"}},
		{"state condemns an act on itself", "Somalia condemned Ethiopia's incursion.", []string{"accusation SOM->ETH", "escalation ETH->SOM"}},
		{"approver is no victim", "Jordan welcomed the American strikes.", nil},
		{"approver, victim named", "Egypt praised the French strikes against ISIS.", []string{"escalation FRA->isis"}},
	})
}

func TestWarningsOfOutcomes(t *testing.T) {
	runCases(t, []codeCase{
		{"outcome of the condemned act", "Kuwait condemned the Iranian strikes on its oil terminal and warned they would drag the Gulf into war.", []string{"accusation KWT->IRN", "escalation IRN->KWT"}},
		{"outcome of another's act", "Qatar condemned the raids and warned the escalation would plunge the region into chaos.", nil},
		{"outcome of a named actor's act", "Egypt warned that Israel's plan would destabilise the whole region.", nil},
		{"own threat stays", "Turkey warned it would respond to any attack by the PKK.", []string{"escalation TUR->pkk"}},
		{"an outcome foreseen befalling is no one's act", "The UN warned Israel that there would be a catastrophe.", nil},
		{"threat to a named actor stays", "China warned Japan would pay a heavy price.", []string{"escalation CHN->JPN"}},
	})
}

func TestVictimParticiples(t *testing.T) {
	runCases(t, []codeCase{
		{"victims are no act of the speaker", "Syria said three soldiers were among those killed and blamed Turkey for the shelling.", []string{"accusation SYR->TUR"}},
		{"killed in the speaker's capital", "Lebanon said a Hamas official had been killed in Beirut.", nil},
		{"killed in the field, the speaker acted", "Pakistan's army said five TTP militants were killed in North Waziristan.", []string{"escalation PAK->ttp"}},
		{"killed in the speaker's capital by a named agent", "Lebanon said a Hamas official had been killed in Beirut by Israel.", []string{"escalation ISR->hamas"}},
		{"victims with an agent", "Kenya said two officers were among those killed by al-Shabaab.", []string{"escalation al-shabaab->KEN"}},
	})
}

func TestDisclaimedIntent(t *testing.T) {
	runCases(t, []codeCase{
		{"disclaims an attack", "Russia said it had no intention to attack NATO.", []string{"deescalation RUS->nato"}},
		{"disclaims an invasion", "Kenya's president said Nairobi had no intention of invading Somalia.", []string{"deescalation KEN->SOM"}},
		{"disclaims a conflict", "Armenia has no intention of entering a conflict with Azerbaijan.", []string{"deescalation ARM->AZE"}},
		{"disclaims aid to a side", "Ireland said it had no intention of selling arms to Israel.", nil},
		{"disclaims a visit", "Poland has no intention to host talks with Belarus.", nil},
	})
}

func TestDenialNamesTheFabricator(t *testing.T) {
	runCases(t, []codeCase{
		{"invented by", "Hamas rejected the report as lies invented by the occupation government in Israel.", []string{"denial hamas->ISR"}},
		{"subject fabricated", "The RSF denied the charges, saying the Sudanese army had fabricated the videos.", []string{"denial rsf->SDN"}},
		{"subject invented", "Kyiv rejected the claims, saying Russian officials invented the story.", []string{"denial UKR->RUS"}},
		{"fabricator is the denier", "Iran denied the report and said it had never fabricated evidence.", []string{"denial IRN->"}},
		{"no fabricator named", "Hezbollah denied the charges, calling them fabricated.", []string{"denial hezbollah->"}},
	})
}

func TestStruckSitesOfAnOwner(t *testing.T) {
	runCases(t, []codeCase{
		{"sites in two states linked to a group", "U.S. jets hit depots in Iraq and Syria linked to Kataib Hezbollah.", []string{"escalation USA->kataib-hezbollah"}},
		{"sites in two states linked to a state", "British jets hit sites in Iraq and Syria tied to Iran's Quds Force.", []string{"escalation GBR->IRN"}},
		{"owner of nearby sites, not the target", "Turkey shelled villages in Syria near bases used by the United States.", []string{"escalation TUR->SYR"}},
		{"owner of a named state", "Israel struck Syria, linked to Iran by many ties.", []string{"escalation ISR->SYR"}},
	})
}

func TestEscalationAndDeescalationConstructions(t *testing.T) {
	runCases(t, []codeCase{
		{"legitimate targets", "The Houthis said they considered all British ships legitimate targets.", []string{"escalation houthis->GBR"}},
		{"at war with", "The prime minister said Israel was at war with Hamas.", []string{"escalation ISR->hamas", "escalation hamas->ISR"}},
		{"at war with each other", "The Sudanese army and the RSF were at war with each other.", []string{"escalation SDN->rsf", "escalation rsf->SDN"}},
		{"at war without a side", "The country has been at war for a decade, Armenia said.", nil},
		{"vow to avenge", "Armenia vowed to avenge Azerbaijan's shelling.", []string{"escalation ARM->AZE", "escalation AZE->ARM"}},
		{"avenged strikes are a fact", "Armenia vowed to avenge the overnight Azerbaijani strikes on its villages.", []string{"escalation ARM->AZE", "escalation AZE->ARM"}},
		{"revenge for a named attack", "Somalia vowed revenge for the al-Shabaab bombing.", []string{"escalation SOM->al-shabaab", "escalation al-shabaab->SOM"}},
		{"revenge for attacks yet to come", "Armenia vowed revenge for any Azerbaijani attack.", []string{"escalation ARM->AZE"}},
		{"speculated avenging is no threat; the shelling it would avenge was done", "Analysts said Armenia could avenge the shelling by Azerbaijan.", []string{"escalation AZE->ARM"}},
		{"punishment after blame", "Hezbollah blamed Israel for the explosion of its radios and vowed a harsh punishment.", []string{"accusation hezbollah->ISR", "escalation hezbollah->ISR"}},
		{"promised response", "Armenia promised a crushing response to Azerbaijan.", []string{"escalation ARM->AZE"}},
		{"promised calm is no threat", "Armenia promised to restore ties with Azerbaijan.", []string{"deescalation ARM->AZE", "deescalation AZE->ARM"}},
		{"dismantled cell", "Pakistan's interior ministry said it had dismantled a network of the TTP.", []string{"escalation PAK->ttp"}},
		{"dismantled centrifuges", "Iran dismantled its centrifuges under the deal with the United States.", nil},
		{"ambassadors returned to embassies", "The ambassadors of Armenia and Azerbaijan returned to their embassies after the clashes.", []string{"deescalation ARM->AZE", "deescalation AZE->ARM"}},
		{"envoy back from holiday", "Iran's ambassador to Iraq returned to his post after a holiday.", nil},
		{"led coalition acts", "The Saudi-led coalition struck the Houthis.", []string{"escalation SAU->houthis"}},
		{"led strikes on a state", "The Saudi-led strikes on Yemen killed ten.", []string{"escalation SAU->YEM"}},
		{"group-linked fighters are not the group", "U.S. forces struck al-Qaeda-linked fighters in Syria.", []string{"escalation USA->SYR"}},
		{"state-linked militias are no state", "Israel struck Iran-linked militias in Syria.", []string{"escalation ISR->SYR"}},
		{"linked modifier of a named group", "The al Qaeda-linked al-Shabab attacked a base.", []string{"escalation al-shabaab->SOM"}},
		{"backed forces are no party", "Saudi-backed forces struck the Houthis.", nil},
		{"noun with a following agent", "Ten died in an airstrike by Israel on Hamas positions.", []string{"escalation ISR->hamas"}},
		{"agent with a possessive", "Ten died in an airstrike by Sudan's army on RSF positions.", []string{"escalation SDN->rsf"}},
		{"by is no agent of a non-event", "A photo taken by Israel on Monday was released.", nil},
		{"agent after the noun names no victim", "Israeli jets bombed Hamas positions in Gaza. The airstrike by Israel (the second this week) hit a tunnel near the border, where Hamas fighters were hiding.", []string{"escalation ISR->hamas"}},
		{"warned that X would pay", "Russia warned that Finland would pay a heavy price for joining NATO.", []string{"escalation RUS->FIN"}},
		{"warned that X would face", "Trump warned that Iran would face consequences.", []string{"escalation USA->IRN"}},
		{"warned that X would regret", "Russia warned that Finland would regret it.", []string{"escalation RUS->FIN"}},
		{"warned of a hardship", "The UN warned that Sudan would face famine.", nil},
		{"warned of another's attack", "Trump warned that Israel would strike Iran.", nil},
		{"working to defuse tensions", "Indian troops clashed with Chinese soldiers. India said it was working to defuse tensions between the two countries.", []string{"deescalation IND->CHN", "escalation CHN->IND", "escalation IND->CHN"}},
		{"facilitated exchange", "Egypt facilitated the prisoner exchange between Israel and Hamas.", []string{"deescalation EGY->ISR", "deescalation EGY->hamas", "deescalation ISR->hamas", "deescalation hamas->ISR"}},
		{"hosted swap", "Qatar hosted the prisoner swap between Russia and Ukraine.", []string{"deescalation QAT->RUS", "deescalation QAT->UKR", "deescalation RUS->UKR", "deescalation UKR->RUS"}},
		{"hosted final is no mediation", "Qatar hosted the World Cup final between France and Argentina.", nil},
		{"sought to ease tensions", "India sought to ease tensions with China.", []string{"deescalation IND->CHN"}},
		{"wants to restore ties", "Iran wants to restore ties with Saudi Arabia.", []string{"deescalation IRN->SAU"}},
		{"speculated wish to calm", "Analysts said Pakistan may seek to improve relations with India.", nil},
		{"tensions eased by a plan", "The UN said the plan would reduce tensions in the region.", nil},
	})
}

// A fault in the rules loses the sentence it struck, not the article: the
// sentences around it are still coded, and the process goes on.
func TestFaultySentenceLosesOnlyItself(t *testing.T) {
	c := New(Builtin())
	spec := *c.frames[frameAct]
	spec.target = append([]slot{{name: "fault", rule: func(s *sent, _ *analysis, _ []string) []string {
		if strings.Contains(s.text[s.sp.start:s.sp.end], "Kyiv") {
			panic("a fault in a rule")
		}
		return nil
	}}}, spec.target...)
	c.frames = maps.Clone(c.frames)
	c.frames[frameAct] = &spec
	text := "Russia struck Kyiv overnight. Iran accused Israel of the attack."
	var got []string
	for _, e := range c.Code(briefbot.Article{Text: text}) {
		got = append(got, fmt.Sprintf("%s %s->%s", e.Type, e.Source, e.Target))
	}
	if want := []string{"accusation IRN->ISR"}; !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// One plain sentence for each common construction: a rule fitted to
// harder text must not cost the plain case (a civilian organ read into "a
// hospital" once swallowed "Russia struck a hospital").
func TestPlainReports(t *testing.T) {
	runCases(t, []codeCase{
		{"a strike on a place in a territory", "Israel struck a school in Gaza.", []string{"escalation ISR->PSE"}},
		{"shelling a city's hospital", "Russia shelled a hospital in Kharkiv.", []string{"escalation RUS->UKR"}},
		{"a victim's report of drones", "Ukraine said Russian drones hit a power station.", []string{"escalation RUS->UKR"}},
		{"a victim's report of a strike on a hospital", "Ukraine said Russia struck a hospital.", []string{"escalation RUS->UKR"}},
		{"an accusation of shelling", "Pakistan accused India of shelling a mosque.", []string{"accusation PAK->IND"}},
		{"seizing a flagged ship", "Iran said it had seized a British tanker.", []string{"escalation IRN->GBR"}},
		{"a missile over a state", "North Korea fired a missile over Japan.", []string{"escalation PRK->JPN"}},
		{"a denial naming no accuser", "Armenia rejected the accusation.", []string{"denial ARM->"}},
		{"strikes on a group's targets in a state", "The US struck Houthi targets in Yemen.", []string{"escalation USA->houthis"}},
		{"a summons to protest", "Iraq summoned the Turkish ambassador to protest the strikes.", []string{"accusation IRQ->TUR"}},
		{"two mediators of a truce", "Qatar and Egypt brokered a ceasefire between Israel and Hamas.",
			[]string{"deescalation EGY->ISR", "deescalation EGY->hamas", "deescalation ISR->hamas", "deescalation QAT->ISR", "deescalation QAT->hamas", "deescalation hamas->ISR"}},
		{"a truce agreed by two", "Thailand and Cambodia agreed to a ceasefire.", []string{"deescalation KHM->THA", "deescalation THA->KHM"}},
		{"recalling an ambassador", "Venezuela recalled its ambassador from Guyana.", []string{"escalation VEN->GUY"}},
		{"expelling diplomats", "Russia expelled two Estonian diplomats.", []string{"escalation RUS->EST"}},
		{"rockets at a region of a state", "Hezbollah fired rockets at northern Israel.", []string{"escalation hezbollah->ISR"}},
		{"a denial spelling out the charge", "Pakistan rejected India's accusation that it sponsors terrorism.", []string{"accusation IND->PAK", "denial PAK->IND"}},
		{"a call for restraint to two sides", "The UN Secretary-General urged India and Pakistan to exercise maximum restraint.",
			[]string{"deescalation un->IND", "deescalation un->PAK"}},
		{"hosting talks between two sides", "Saudi Arabia hosted talks between the Sudanese army and the RSF.",
			[]string{"deescalation SAU->SDN", "deescalation SAU->rsf", "deescalation SDN->rsf", "deescalation rsf->SDN"}},
		{"a threat to strike", "North Korea threatened to strike the United States.", []string{"escalation PRK->USA"}},
		{"an exchange of fire", "Israel and Hamas exchanged fire overnight.", []string{"escalation ISR->hamas", "escalation hamas->ISR"}},
		{"an interception of drones aimed at another", "Jordan intercepted Iranian drones heading for Israel.", []string{"escalation IRN->ISR"}},
		{"a protest over an incursion", "Japan protested to China over the incursion.", []string{"accusation JPN->CHN"}},
	})
}
