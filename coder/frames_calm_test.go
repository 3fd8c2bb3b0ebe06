package coder

import "testing"

// The calm family: calls for restraint toward the sides called on, named
// or referred to; an addressee named by other words is no party.
func TestFramesCalm(t *testing.T) {
	runCases(t, []codeCase{
		{"offered a joint commission", "Islamabad offered a joint commission to New Delhi to investigate the attack.",
			[]string{"deescalation PAK->IND"}},
		{"a truce brokered between two sides, in a place", "A truce in Gaza brokered by Qatar between Israel and Hamas took effect on Sunday.",
			[]string{"deescalation QAT->ISR", "deescalation QAT->hamas", "deescalation ISR->hamas", "deescalation hamas->ISR"}},
		{"both sides at odds call for restraint", "Armenia and Azerbaijan traded fire overnight. Both sides later called for restraint.",
			[]string{"deescalation ARM->AZE", "deescalation AZE->ARM", "escalation ARM->AZE", "escalation AZE->ARM"}},
		{"two allies calling for restraint calm nothing between them", "France and Germany called for restraint.", nil},
		{"a third party working for peace between two sides", "Norway is working for peace between Colombia and the ELN.",
			[]string{"deescalation NOR->COL", "deescalation NOR->eln"}},
		{"peace between two sides with no third party", "Peace between Israel and Egypt has held since 1979.", nil},
		{"an official's I speaks for the state", "Armenia and Azerbaijan agreed to a ceasefire. \"I urge both sides to respect it,\" the Turkish foreign minister said.",
			[]string{"deescalation ARM->AZE", "deescalation AZE->ARM", "deescalation TUR->ARM", "deescalation TUR->AZE"}},
		{"working to settle a dispute between two sides mediates", "Kuwait is working to settle the dispute between Qatar and Bahrain.",
			[]string{"deescalation KWT->BHR", "deescalation KWT->QAT"}},
		{"the sides resolving their own dispute is no mediation", "Qatar and Bahrain agreed to resolve the dispute between them.",
			[]string{"deescalation BHR->QAT", "deescalation QAT->BHR"}},
		{"a demand to stop a wrong accuses", "Armenia called on Azerbaijan to stop its provocations at the border.",
			[]string{"accusation ARM->AZE"}},
		{"a demand to end violations accuses", "Seoul urged Pyongyang to immediately end its violations of the military accord.",
			[]string{"accusation KOR->PRK"}},
		{"a call to stop fighting is a call for calm", "Turkey urged Armenia to stop the fighting.",
			[]string{"deescalation TUR->ARM"}},
		{"both named", "Turkey called for calm between Serbia and Kosovo.",
			[]string{"deescalation TUR->SRB", "deescalation TUR->XKX"}},
		{"one side named", "The UN urged Israel to show restraint.",
			[]string{"deescalation un->ISR"}},
		{"the sides referred to", "Iran and Saudi Arabia traded accusations. Washington urged them again to show restraint.",
			[]string{"accusation IRN->SAU", "accusation SAU->IRN", "deescalation USA->IRN", "deescalation USA->SAU"}},
		{"an addressee that is no party", "Iran and Saudi Arabia traded accusations. Washington urged regional leaders to soothe tensions.",
			[]string{"accusation IRN->SAU", "accusation SAU->IRN"}},
		{"the North and the South in a text on Korea", "Seoul proposed a meeting on Monday. The North accepted the South's proposal.",
			[]string{"deescalation PRK->KOR"}},
		{"the South elsewhere is no Korea", "Russia shelled Ukraine on Monday. The South accepted the proposal.",
			[]string{"escalation RUS->UKR"}},
		{"a mediator between two sides", "Norway stepped in as a mediator between Colombia and the ELN.",
			[]string{"deescalation NOR->COL", "deescalation NOR->eln"}},
		{"a mediator named only as a role", "Norway, a mediator in the conflict, praised the talks.", nil},
		{"an offer to cooperate with a rival", "Armenia offered to cooperate with Azerbaijan on clearing mines.",
			[]string{"deescalation ARM->AZE"}},
		{"an offer to cooperate between allies", "Japan offered to work with the US on chips.", nil},
		{"an offer of a joint investigation", "Peru offered a joint investigation to Chile after the border clash.",
			[]string{"deescalation PER->CHL"}},
	})
}
