package coder

import "testing"

// The accuse family: what the accused is accused of, with the clauses that
// describe it, is no event of its own; the clauses that join it or date
// it are.
func TestFramesAccuse(t *testing.T) {
	runCases(t, []codeCase{
		{"a complaint taken to an international body protests the act's author", "Israeli jets struck Damascus. Syria said it would file a complaint with the UN Security Council.",
			[]string{"accusation SYR->ISR", "escalation ISR->SYR"}},
		{"a protest lodged with a state protests that state", "Iraq lodged a protest with Iran over the shelling.",
			[]string{"accusation IRQ->IRN"}},
		{"an attack in the content", "Pakistan accused India of attacking civilians in Kashmir.",
			[]string{"accusation PAK->IND"}},
		{"a relative clause in the content", "Chad accused Sudan of arming men who attacked a border post, killing two soldiers.",
			[]string{"accusation TCD->SDN"}},
		{"a clause joined after the content", "Niger accused Benin of training rebels near the border, and Niger closed its border with Benin.",
			[]string{"accusation NER->BEN", "escalation NER->BEN"}},
		{"an act that dates the charge", "Lebanon accused Israel of violating the truce after an Israeli drone strike killed two people in Tyre.",
			[]string{"accusation LBN->ISR", "escalation ISR->LBN"}},
		{"a denial after the content", "India accused Pakistan of sheltering militants, a charge Pakistan denies.",
			[]string{"accusation IND->PAK", "denial PAK->IND"}},
		{"a finite verb after the content is the accuser's", "Seoul accused Pyongyang of flying balloons carrying leaflets over the border and threatened a tough response if it happened again.",
			[]string{"accusation KOR->PRK", "escalation KOR->PRK"}},
		{"an accusation after a backshifted clause is the speaker's", "Niger's army said the gunmen had been in contact with handlers abroad and accused Benin of sheltering them.",
			[]string{"accusation NER->BEN"}},
		{"a group described by its country", "Israel accused the Lebanese group Hezbollah of firing the rocket.",
			[]string{"accusation ISR->hezbollah"}},
		{"responsibility lies with", "\"The responsibility for this lies entirely with the Vietnamese side,\" the Chinese coast guard said.",
			[]string{"accusation CHN->VNM"}},
		{"responsibility rests with, reported", "Beijing said responsibility for the collision rests with Manila.",
			[]string{"accusation CHN->PHL"}},
		{"attributed to", "Kabul attributed the bombing to the TTP.",
			[]string{"accusation AFG->ttp"}},
		{"which a party attributes to", "A rocket attack on the base, which the Pentagon attributes to Kataib Hezbollah, wounded two soldiers.",
			[]string{"accusation USA->kataib-hezbollah"}},
		{"a movement a party says another orchestrated", "Tension is rising over a rebellion in the east that Kinshasa says is orchestrated by Rwanda.",
			[]string{"accusation COD->RWA"}},
		{"exercises conducted by a party are nothing", "Exercises conducted by Japan ended on Friday.", nil},
		{"what a summons protests is stated as done", "Moldova summoned the Russian ambassador to protest violations of its airspace by Russian drones targeting Ukraine.",
			[]string{"accusation MDA->RUS", "escalation RUS->MDA", "escalation RUS->UKR"}},
		{"was the responsibility of", "The bombing was the responsibility of Hamas, Israel said.",
			[]string{"accusation ISR->hamas"}},
		{"a party named in a clause joined after the object", "Iraq's government has condemned the attacks and is backed by parties close to Iran.", nil},
		{"a summons joined to the protest it lodges", "Ghana summoned the Togolese ambassador and lodged a formal protest.",
			[]string{"accusation GHA->TGO"}},
		{"a graded judgement noun said of an act", "Tokyo said the incursion was a deliberate provocation by Russia.",
			[]string{"accusation JPN->RUS"}},
		{"who fired first is blamed", "Eritrea said Ethiopian soldiers fired first.",
			[]string{"accusation ERI->ETH"}},
		{"a denial of firing first accuses no one", "Eritrea denied that its soldiers opened fire first.",
			[]string{"denial ERI->"}},
		{"arming armed groups named in general", "Niger said Benin supplied weapons to terrorist groups.",
			[]string{"accusation NER->BEN"}},
		{"arming a state against armed groups", "Benin said it supplied weapons to Niger to fight terrorist groups.", nil},
		{"a summons joined to a clause with no protest", "Ghana summoned the Togolese ambassador and discussed the fishing season.", nil},
	})
}
