package coder

import "testing"

// The strike family: acts of force and hostile measures. An act only
// planned, prevented, possible or named as a purpose or an ability is none.
func TestFramesStrike(t *testing.T) {
	runCases(t, []codeCase{
		{"a site of a party, beside a group's", "Turkish jets struck a base of the Syrian army, as well as PKK hideouts in Iraq.",
			[]string{"escalation TUR->SYR", "escalation TUR->pkk"}},
		{"an act", "Israeli jets struck Hezbollah targets in Lebanon.",
			[]string{"escalation ISR->hezbollah"}},
		{"a purpose after the act", "Israeli jets struck Hezbollah targets in Lebanon to degrade its ability to fire rockets at Israel.",
			[]string{"escalation ISR->hezbollah"}},
		{"declared war on", "The Polisario Front declared war on Morocco on Friday.",
			[]string{"escalation polisario-front->MAR"}},
		{"waged an insurgency in a state", "The PKK has waged a three-decade insurgency in Turkey's southeast.",
			[]string{"escalation pkk->TUR"}},
		{"a plain past after a backshifted clause is the main clause's", "Britain said that members of the Wagner Group had killed civilians in Mali and imposed sanctions on the group's leaders.",
			[]string{"escalation GBR->wagner-group", "escalation wagner-group->MLI"}},
		{"sites of two groups", "Pakistani jets struck camps used by the TTP and the BLA in Afghanistan.",
			[]string{"escalation PAK->baloch-liberation-army", "escalation PAK->ttp"}},
		{"a speaker of a passive act with no agent is no author", "Kurdish-led forces said 12 people were killed on Wednesday in airstrikes they blamed on Turkey.",
			[]string{"accusation sdf->TUR"}},
		{"an agent that is no party", "The Iranian police said the guards were killed by long-range guns.", nil},
		{"the suspension of hostile acts named by an adjective", "The rebels announced the suspension of offensive actions against the army.", nil},
		{"the owner of a word of the phrase is its victim", "Pakistan condemned the violation of its airspace by Iran.",
			[]string{"accusation PAK->IRN", "escalation IRN->PAK"}},
		{"a relative clause of a group in apposition", "Tehran said its strikes targeted Jaish al-Adl, a group which has carried out deadly attacks in Iran.",
			[]string{"escalation IRN->jaish-al-adl", "escalation jaish-al-adl->IRN"}},
		{"a clause after \"after\" read as a phrase", "The airports closed after Russian drones violated Polish airspace.",
			[]string{"escalation RUS->POL"}},
		{"an infinitive passive's agent", "Pakistan is the third country, after Iraq and Syria, to be hit by an Iranian attack.",
			[]string{"escalation IRN->PAK"}},
		{"a name that claims to have attacked", "Kataib Hezbollah claims to have attacked the US-operated Ain al-Assad base in western Iraq.",
			[]string{"escalation kataib-hezbollah->USA"}},
		{"a participle of the act before its speaker", "Russia launched one of its largest air attacks overnight, firing missiles at energy facilities across Ukraine, Ukrainian officials said.",
			[]string{"escalation RUS->UKR"}},
		{"a group's leaders in a state are the group's", "Israel struck Hamas leaders in Doha on Tuesday.",
			[]string{"escalation ISR->hamas"}},
		{"an act named by what a party called it", "Pakistan condemned what it called an unprovoked violation of its airspace by Iran.",
			[]string{"accusation PAK->IRN", "escalation IRN->PAK"}},
		{"an ability", "Washington wants to limit North Korea's capacity to strike South Korea.", nil},
		{"a plan", "Iran plans to strike Israel.", nil},
		{"deterred from", "The drills were meant to deter China from attacking Taiwan.", nil},
		{"refrain from", "The UN urged Israel to refrain from striking Lebanon.",
			[]string{"deescalation un->ISR"}},
		{"a prospect", "Analysts discussed the prospect of Indian strikes on Pakistan.", nil},
		{"a possibility", "Asked about the possibility of Indian strikes against militant camps in Pakistan, the president said he would not agree.", nil},
	})
}
