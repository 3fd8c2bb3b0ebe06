package coder

import "testing"

// The deny family: one denial per named accuser, and the accusation a
// denial spells out when it charges someone.
func TestFramesDeny(t *testing.T) {
	runCases(t, []codeCase{
		{"denied the claim, accusing", "Chile denied the claim, accusing Peru of provoking the clash.",
			[]string{"accusation CHL->PER", "denial CHL->PER"}},
		{"a neutral claim charges no one", "Pakistan dismissed Indian claims that the strikes hit only militant camps.",
			[]string{"denial PAK->IND"}},
		{"a neutral claim noun denied after it", "Indian officials said the strikes hit only militant camps, a claim Pakistan rejected.",
			[]string{"denial PAK->IND"}},
		{"a charge of a noun charges the denier", "Pakistan rejected Indian charges of involvement in the bombing.",
			[]string{"accusation IND->PAK", "denial PAK->IND"}},
		{"a claim naming the denier's troops", "Kenya rejected Somali claims that Kenyan troops had shelled a village.",
			[]string{"accusation SOM->KEN", "denial KEN->SOM"}},
		{"a claim naming the denier by a pronoun", "Kenya rejected Somalia's claims that its troops had shelled a village.",
			[]string{"accusation SOM->KEN", "denial KEN->SOM"}},
		{"the other party of the sentence before answers", "Israeli jets struck Hamas positions in Gaza on Monday. Hamas denied that any of its commanders were killed.",
			[]string{"denial hamas->ISR", "escalation ISR->hamas"}},
		{"the place of the sentence before is no accuser", "Fighting went on in Sudan on Monday. The RSF denied that its fighters had looted the market.",
			[]string{"denial rsf->"}},
		{"the accuser named in the next sentence", "Kabul denied the allegations on Tuesday. It said Pakistan should stop blaming its neighbours.",
			[]string{"denial AFG->PAK"}},
		{"the registry of a ship is no accuser", "The Houthis denied targeting a Liberian-flagged tanker.",
			[]string{"denial houthis->"}},
		{"an earlier accusation names the accuser", "Kenya accused Somalia of backing the rebels. Somali troops later shelled a Kenyan post. Mogadishu denied the charge.",
			[]string{"accusation KEN->SOM", "denial SOM->KEN", "escalation SOM->KEN"}},
		{"which the accused denies", "Chad cut ties with Libya, accusing it of sending weapons to the rebels, which Tripoli denies.",
			[]string{"accusation TCD->LBY", "denial LBY->TCD", "escalation TCD->LBY"}},
		{"a party named in the denied act is no accuser", "The Houthis denied targeting the Greek-flagged carrier, saying reports of an attack were fabricated.",
			[]string{"denial houthis->"}},
		{"who found what is called untrue", "Reports claiming UN experts have found that Rwanda aids the M23 are untrue, according to Rwanda.",
			[]string{"denial RWA->un"}},
		{"a claim denounced by, after its speaker", "India says it struck militant camps in Pakistan, a claim denounced by the Pakistani army as an illusion.",
			[]string{"denial PAK->IND", "escalation IND->PAK"}},
		{"the author of a claim inside the phrase", "Azerbaijan dismissed Armenia's ceasefire breach allegations as fake.",
			[]string{"denial AZE->ARM"}},
		{"a claim of a plight charges no one", "Ukraine denied Russian claims that Ukrainian troops had been encircled in Kursk.",
			[]string{"denial UKR->RUS"}},
		{"a claim of a deed by the denier's government", "Mexico rejected the White House's claim that her government had an alliance with drug cartels.",
			[]string{"accusation USA->MEX", "denial MEX->USA"}},
		{"a charge the denier rejects, before another clause", "Tehran has long accused Islamabad of sheltering Jaish al-Adl, a charge Pakistan rejects, and the talks failed.",
			[]string{"accusation IRN->PAK", "denial PAK->IRN"}},
		{"a by-phrase of an active denial's object is the accuser", "Russia challenged assertions by the United States that the Islamic State orchestrated the attack.",
			[]string{"accusation USA->isis", "denial RUS->USA"}},
		{"a speaker's participle after a negated reported clause", "Iraq said Baghdad had not asked the coalition to speed up its withdrawal, dismissing a newspaper report that the government wanted troops out.",
			[]string{"denial IRQ->"}},
		{"a charge spelled out by what it is about", "Caracas rejected the accusations from Bogota regarding the Venezuelan army's ties with the ELN.",
			[]string{"accusation COL->VEN", "denial VEN->COL"}},
	})
}
