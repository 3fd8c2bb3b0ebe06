package coder

import "testing"

// The measure frames: hostile measures (recalls, closures, suspended aid,
// sanctions) against the party they name.
func TestFramesMeasure(t *testing.T) {
	runCases(t, []codeCase{
		{"designations that list the groups after including", "Canada designated five groups as terrorist organisations, including Tren de Aragua.",
			[]string{"escalation CAN->tren-de-aragua"}},
		{"a measure over a wrong the text names accuses", "Chad severed diplomatic relations with Sudan due to its \"hostile actions\".",
			[]string{"accusation TCD->SDN", "escalation TCD->SDN"}},
		{"a measure over a neutral cause accuses no one", "Chad severed ties with Sudan over the border dispute.",
			[]string{"escalation TCD->SDN"}},
		{"envoys pulled from two capitals", "Mali's junta pulled its ambassadors from Paris and Berlin.",
			[]string{"escalation MLI->DEU", "escalation MLI->FRA"}},
		{"they stands for the whole list", "Chad, Sudan and Libya announced that they had withdrawn their ambassadors from Egypt.",
			[]string{"escalation LBY->EGY", "escalation SDN->EGY", "escalation TCD->EGY"}},
		{"a pair cutting the ties they share", "Qatar and Bahrain downgraded their diplomatic relations on Monday.",
			[]string{"escalation BHR->QAT", "escalation QAT->BHR"}},
		{"one party downgrading its ties with another", "Qatar downgraded its relations with Bahrain on Monday.",
			[]string{"escalation QAT->BHR"}},
		{"suspended aid", "France suspended all development aid and budgetary support to Niger.",
			[]string{"escalation FRA->NER"}},
		{"the suspension of support", "The EU announced the suspension of budgetary support to Niger.",
			[]string{"escalation eu->NER"}},
		{"closing a consulate", "Poland will close Russia's last remaining consulate in the country.",
			[]string{"escalation POL->RUS"}},
		{"reducing a diplomatic presence", "Russia will reduce Poland's diplomatic and consular presence in Russia.",
			[]string{"escalation RUS->POL"}},
		{"the closure of borders", "ECOWAS announced the closure of all land borders with Niger.",
			[]string{"escalation ecowas->NER"}},
		{"recalled ambassadors", "Mali recalled its ambassador from Algeria.",
			[]string{"escalation MLI->DZA"}},
		{"a planned closure is none", "Poland plans to close Russia's consulate.", nil},
		{"a list of designated groups", "The U.S. State Department designated the Sinaloa Cartel, the Jalisco New Generation Cartel and six other groups as terrorist organizations.",
			[]string{"escalation USA->cjng", "escalation USA->sinaloa-cartel"}},
		{"a list of subjects after a clause", "Mali accused Algeria of downing a drone near the border, and Mali, Burkina Faso and Niger recalled their ambassadors from Algiers.",
			[]string{"accusation MLI->DZA", "escalation BFA->DZA", "escalation MLI->DZA", "escalation NER->DZA"}},
		{"a relative clause the parser joined as a clause", "The Iranian strikes drew a sharp rebuke from Pakistan, which recalled its ambassador from Tehran.",
			[]string{"accusation PAK->IRN", "escalation IRN->PAK", "escalation PAK->IRN"}},
		{"a ceasefire suspended", "Colombia suspended its ceasefire with the ELN on Monday.",
			[]string{"escalation COL->eln"}},
		{"an envoy sent home", "Chad sent the Sudanese ambassador home on Friday.",
			[]string{"escalation TCD->SDN"}},
		{"an envoy sent back to his post is none", "Chad sent its ambassador back to Sudan on Friday.", nil},
	})
}
