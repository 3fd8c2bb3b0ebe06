package coder

import "testing"

// The mutual family: clashes, talks and deals between named sides, coded
// in each direction.
func TestFramesMutual(t *testing.T) {
	runCases(t, []codeCase{
		{"the two countries after a meeting in a city that names a body", "Bolivia and Chile met in Brussels. The two countries traded blame for the violence.",
			[]string{"accusation BOL->CHL", "accusation CHL->BOL"}},
		{"a group named after its state's possessive is the side", "Israel exchanged fire with Lebanon's armed group Hezbollah.",
			[]string{"escalation ISR->hezbollah", "escalation hezbollah->ISR"}},
		{"two sides joined by a hyphen", "The Armenia-Azerbaijan ceasefire held through the night.",
			[]string{"deescalation ARM->AZE", "deescalation AZE->ARM"}},
		{"backers joined by a hyphen are no sides", "Moscow rejected a US-EU-backed ceasefire plan.", nil},
		{"sides agreeing to free detainees", "The Sudanese army and the RSF agreed to free 200 detainees.",
			[]string{"deescalation SDN->rsf", "deescalation rsf->SDN"}},
		{"the venue of a summit is not one of the two countries", "Armenia and Azerbaijan agreed a truce, and their leaders met at a summit in Georgia. But the two countries traded blame for violations hours later.",
			[]string{"accusation ARM->AZE", "accusation AZE->ARM", "deescalation ARM->AZE", "deescalation AZE->ARM"}},
		{"a group's talks with a state it does not fight", "A Hamas delegation held talks with Qatari officials in Doha on the truce.", nil},
		{"a group's talks with the state it fights", "The ELN held talks with Colombia in Havana.",
			[]string{"deescalation COL->eln", "deescalation eln->COL"}},
		{"where borders meet is a place", "The flashpoint, where Thailand, Cambodia and Laos meet, has seen tensions rise.", nil},
		{"the two sides are the pair that is the subject", "Kyrgyzstan and Tajikistan said the two sides agreed to de-escalate.",
			[]string{"deescalation KGZ->TJK", "deescalation TJK->KGZ"}},
		{"both sides are not the single subject", "Turkey said both sides must de-escalate.", nil},
		{"a passive clash pairs the subject with the agent", "Indian troops were confronted by Chinese soldiers near the border.",
			[]string{"escalation CHN->IND", "escalation IND->CHN"}},
		{"fought with both A and B", "Boko Haram fighters clashed with both Nigeria and Chad.",
			[]string{"escalation NGA->boko-haram", "escalation TCD->boko-haram", "escalation boko-haram->NGA", "escalation boko-haram->TCD"}},
		{"accepting a ceasefire is between its sides, not toward its broker", "Armenia and Azerbaijan accepted a ceasefire brokered by Russia.",
			[]string{"deescalation ARM->AZE", "deescalation AZE->ARM", "deescalation RUS->ARM", "deescalation RUS->AZE"}},
		{"clashed", "Indian and Chinese troops clashed in Ladakh.",
			[]string{"escalation CHN->IND", "escalation IND->CHN"}},
		{"gunfights between", "Heavy gunfights between the Myanmar army and the Arakan Army intensified.",
			[]string{"escalation MMR->arakan-army", "escalation arakan-army->MMR"}},
		{"an exchange of strikes between", "The exchange of strikes between Iran and Pakistan strained ties.",
			[]string{"escalation IRN->PAK", "escalation PAK->IRN"}},
		{"a conflict named as a noun is none", "The war in Gaza dominated the summit.", nil},
		{"mediated talks are between parties in conflict", "Ethiopia and Somalia held talks mediated by Turkey.",
			[]string{"deescalation ETH->SOM", "deescalation SOM->ETH", "deescalation TUR->ETH", "deescalation TUR->SOM"}},
		{"allies agreeing calm nothing", "France and Germany agreed on a budget.", nil},
		{"rivals meeting calm their standing dispute", "Armenia and Azerbaijan met in Geneva on Monday.",
			[]string{"deescalation ARM->AZE", "deescalation AZE->ARM"}},
		{"rivals meeting with a third party, who hosts them", "The Armenian and Azerbaijani ministers met with France's foreign minister in Paris.",
			[]string{"deescalation ARM->AZE", "deescalation AZE->ARM", "deescalation FRA->ARM", "deescalation FRA->AZE"}},
		{"a hotline restored", "China and India reopened their military hotline.",
			[]string{"deescalation CHN->IND", "deescalation IND->CHN"}},
		{"a hotline repaired is no move", "Engineers restored the hotline after the storm.", nil},
		{"two halves sharing one name", "South and North Korea traded artillery fire near the island.",
			[]string{"escalation KOR->PRK", "escalation PRK->KOR"}},
		{"friends meeting calm nothing", "Spain and Portugal met in Geneva on Monday.", nil},
	})
}
