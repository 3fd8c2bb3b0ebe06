package coder

import (
	"fmt"
	"testing"

	"github.com/briefbot/briefbot"
)

// The threaten family: threats, warnings, vows and promised responses by
// a party; speculation by others and conditions on others are none.
func TestFramesThreat(t *testing.T) {
	runCases(t, []codeCase{
		{"a punishment a party prepared for itself is the speaker's threat to it", "Khamenei said the Zionist regime had prepared a harsh punishment for itself.",
			[]string{"escalation IRN->ISR"}},
		{"the attack a response only weighed answers is told", "The Israeli cabinet is weighing how to respond to Iran's weekend missile attack.",
			[]string{"escalation IRN->ISR"}},
		{"the attack a possible response answers is told", "India may respond to Pakistan's shelling of its posts.",
			[]string{"escalation PAK->IND"}},
		{"the attack answered by a response still being decided is told", "Israel is still deciding whether to respond to Iran's weekend attack.",
			[]string{"escalation IRN->ISR"}},
		{"an attack a response would answer, if any, is none", "Israel could respond to any Iranian attack.", nil},
		{"a condition before the threat names whom it threatens", "If Baku attacks again, Yerevan will respond with force.",
			[]string{"escalation ARM->AZE"}},
		{"warning a party not to act", "Beijing warned Manila not to test China's resolve in the South China Sea.",
			[]string{"escalation CHN->PHL"}},
		{"warning one's own citizens not to travel threatens no one", "Britain warned its citizens not to travel to Lebanon.", nil},
		{"a party saying it may resort to force threatens", "Baku has said it may resort to force to retake the region from Armenia.",
			[]string{"escalation AZE->ARM"}},
		{"analysts saying a party may resort to force is speculation", "Analysts said Baku may resort to force against Armenia.", nil},
		{"a response to fire by a party, 'unprovoked' read as an adjective, not an infinitive", "The Indian Army said its troops responded to unprovoked firing by the Pakistan Army.",
			[]string{"escalation IND->PAK"}},
		{"a response to a party's rocket fire named by its by-phrase", "Israel responded to the rocket fire by Hezbollah with artillery strikes.",
			[]string{"escalation ISR->hezbollah"}},
		{"a party ready to strike another threatens it", "Tehran said it was ready to strike Israel.",
			[]string{"escalation IRN->ISR"}},
		{"a party ready to talk threatens no one", "Tehran said it was ready to talk to Washington.",
			[]string{"deescalation IRN->USA"}},
		{"not ruling out strikes on another", "Washington did not rule out strikes on Iran.",
			[]string{"escalation USA->IRN"}},
		{"all options on the table against another", "Israel said all options were on the table against Hezbollah.",
			[]string{"escalation ISR->hezbollah"}},
		{"a party said another would face a response: a threat", "Pakistan said India would face a befitting response to any misadventure.",
			[]string{"escalation PAK->IND"}},
		{"a party said another would bear the consequences", "Beijing said Manila would bear all consequences of its provocations.",
			[]string{"escalation CHN->PHL"}},
		{"consequences people would face are no threat", "The ministry said civilians would face the consequences of the blockade.", nil},
		{"analysts saying a party would face a response is no threat", "Analysts said Iran would face a tough response from Israel.", nil},
		{"a warning that closes the sentence speaks for it", "Washington will pay a heavy price, the Iranian commander warned.",
			[]string{"escalation IRN->USA"}},
		{"a warning whose clause names its own target", "Hezbollah said it fired rockets at Israel, warning that it would keep striking the US as well.",
			[]string{"escalation hezbollah->ISR", "escalation hezbollah->USA"}},
		{"warning a party of a response", "Pyongyang warned Tokyo of a \"merciless response\".",
			[]string{"escalation PRK->JPN"}},
		{"warning a party of retaliatory steps", "Ankara warned Athens of retaliatory steps over the island dispute.",
			[]string{"escalation TUR->GRC"}},
		{"any strike by a party will be answered", "Kabul warned that any Pakistani strike on Afghan soil would be answered.", []string{"escalation AFG->PAK"}},
		{"an act that was an act of war is judged, not threatened", "Netanyahu said the raid was an act of war by Iran.", []string{"accusation ISR->IRN"}},
		{"a response made in words is no act of force", "Mali recalled its ambassador from Algeria, and Algeria responded by summoning Mali's ambassador to protest.",
			[]string{"accusation DZA->MLI", "escalation MLI->DZA"}},
		{"a response pledged to a party's attack threatens it", "Israel pledged a painful response to Hezbollah's attack.",
			[]string{"escalation ISR->hezbollah", "escalation hezbollah->ISR"}},
		{"a pledge that neither side will strike is no threat", "Qatar said it had brokered a truce between Israel and Hezbollah under which neither side will target the other, including Israeli towns.",
			[]string{"deescalation ISR->hezbollah", "deescalation QAT->ISR", "deescalation QAT->hezbollah", "deescalation hezbollah->ISR"}},
		{"an inverted condition opening the sentence", "Should the Houthis resume attacks on Saudi territory, the coalition will respond.", nil},
		{"an inverted past condition", "Had Iran attacked Israel directly, the war would have widened.", nil},
		{"a response vowed to a party's provocations accuses it", "Seoul vowed a stern response to Pyongyang's provocations.",
			[]string{"accusation KOR->PRK", "escalation KOR->PRK"}},
		{"a party told to expect punishment", "Khamenei said Israel should expect severe punishment.",
			[]string{"escalation IRN->ISR"}},
		{"exacting a price from a party", "Gantz said Israel would exact the price from Iran at a time of its choosing.",
			[]string{"escalation ISR->IRN"}},
		{"a threat joined to an accusation, against the party accused", "Ankara accuses the SDF of links to the PKK and has threatened to launch an operation against the group.",
			[]string{"accusation TUR->sdf", "escalation TUR->sdf"}},
		{"not before alternatives denies each", "Maduro and Irfaan Ali agreed not to threaten or use force against each other at talks mediated by Brazil.",
			[]string{"deescalation BRA->GUY", "deescalation BRA->VEN", "deescalation GUY->VEN", "deescalation VEN->GUY"}},
		{"vowing to teach a party a lesson", "Khartoum vowed to teach Juba a lesson.",
			[]string{"escalation SDN->SSD"}},
		{"a conflict threatening towns is no party's threat", "The Sudan war is spilling across the border, threatening Chadian towns.", nil},
		{"a threat answers the parties of its after-clause", "Pyongyang threatened to take strong countermeasures after Japan and the United States began joint drills.",
			[]string{"escalation PRK->JPN", "escalation PRK->USA"}},
		{"a response vowed to an attack whose possessor the words hide", "Israel vowed to respond to Iran's missile and drone attack on Israeli cities.",
			[]string{"escalation IRN->ISR", "escalation ISR->IRN"}},
		{"a possessor shared by joined act nouns", "Israel vowed to respond to Iran's weekend missile and drone attack on its territory, but gave no date.",
			[]string{"escalation IRN->ISR", "escalation ISR->IRN"}},
		{"will defend itself if the other acts", "Eritrea said it would defend itself if Ethiopia sent troops to the coast.",
			[]string{"escalation ERI->ETH"}},
		{"the right to defend itself names no one", "Eritrea has the right to defend itself, its president said.", nil},
		{"warned against", "Beijing warned Manila against playing with fire.",
			[]string{"escalation CHN->PHL"}},
		{"a warning of a third party's attack informs", "Paris warned Mali that its embassy would be attacked by gunmen.", nil},
		{"a warning of a third party's attack, without that", "Paris had warned Mali in May its embassy would be attacked by gunmen.", nil},
		{"a passive with no agent is the warner's threat", "Paris warned Mali that any attack on French troops would be punished.",
			[]string{"escalation FRA->MLI"}},
		{"a warning participle after a clause of remarks", "Beijing urged Manila to retract remarks that a Chinese blockade could trigger a response, warning Manila against playing with fire.",
			[]string{"escalation CHN->PHL"}},
		{"a speaker's warning participle", "Pakistani jets struck hideouts in Afghanistan, the Taliban government said, warning that such acts would have consequences.",
			[]string{"escalation AFG->PAK", "escalation PAK->AFG"}},
		{"will respond if", "Iran said it would respond if Israel attacked its nuclear sites.",
			[]string{"escalation IRN->ISR"}},
		{"analysts' speculation", "Analysts said Iran could respond by targeting shipping in the Gulf.", nil},
		{"a party's own means of response", "Iran would respond by striking Israeli bases, Tehran said.",
			[]string{"escalation IRN->ISR"}},
		{"a possible means of response", "Caracas could respond by targeting U.S. oil interests in the region.", nil},
		{"things that threaten", "North Korean missile launches threaten peace in Japan, Tokyo said.", nil},
		{"a party that threatens", "North Korea threatened Japan with a strong response.",
			[]string{"escalation PRK->JPN"}},
		{"a party's own reported will", "Iran said it would strike Israel.",
			[]string{"escalation IRN->ISR"}},
		{"another party's reported will is speculation", "Pakistan said India would strike Afghanistan.", nil},
		{"analysts' would", "Analysts said Iran would strike Israel.", nil},
		{"a vow to defend, after an attack", "Washington vowed to defend its troops after the drone attack, saying it does not seek war with Iran.",
			[]string{"deescalation USA->IRN"}},
		{"an act of another that will be met with force", "Baku warned that any provocation by Armenia would be met with a decisive response.",
			[]string{"escalation AZE->ARM"}},
		{"an act named by its author's adjective, the speaker after", "Any Venezuelan incursion will be met with force, Guyana's president said.",
			[]string{"escalation GUY->VEN"}},
		{"an act that was met with a response is no warning: the act alone", "The raid by Hezbollah was met with a response, Israel said.",
			[]string{"escalation hezbollah->ISR"}},
		{"hitting back with force is a threat, not a retort", "Kabul said it would hit back with full force if Pakistan launched any strike on Afghan soil.",
			[]string{"escalation AFG->PAK"}},
		{"a vow to retaliate", "Israel vowed to retaliate against Iran.",
			[]string{"escalation ISR->IRN"}},
		{"a warning whose clause names the target", "Al-Shabaab warned that it would continue attacking the US and its allies.",
			[]string{"escalation al-shabaab->USA"}},
		{"a retaliation with a measure is the measure, no retort", "Colombia retaliated on Thursday with a matching tariff on Ecuadorean goods.",
			[]string{"escalation COL->ECU"}},
		{"a retaliation with words is a retort", "India hit back at Pakistan with accusations of lying.",
			[]string{"accusation IND->PAK"}},
		{"an ability to threaten is no threat", "Washington, which designated the Houthis a terrorist group in January, said the strikes were intended to degrade the movement's ability to threaten shipping.",
			[]string{"escalation USA->houthis"}},
	})
}

// A party's own act still to come is a threat of it, whatever the act's
// word: briefings rank and name it as a threat, not as the act.
func TestFutureActIsThreat(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Pyongyang warned that it would annihilate Seoul if attacked.", "escalation PRK->KOR threat"},
		{"Iran said it will strike Israel.", "escalation IRN->ISR threat"},
		{"Israel struck Iran on Friday.", "escalation ISR->IRN strike"},
	} {
		var got []string
		for _, e := range testCoder().Code(briefbot.Article{Text: tc.text}) {
			got = append(got, fmt.Sprintf("%s %s->%s %s", e.Type, e.Source, e.Target, e.Code))
		}
		if len(got) != 1 || got[0] != tc.want {
			t.Errorf("%s\n got %q\nwant %q", tc.text, got, tc.want)
		}
	}
}
