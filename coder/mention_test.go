package coder

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
)

func mentionIDs(ms []Mention) []string {
	out := make([]string, len(ms))
	for i, m := range ms {
		out[i] = m.ActorID
	}
	return out
}

func mentionSurfaces(ms []Mention) []string {
	out := make([]string, len(ms))
	for i, m := range ms {
		out[i] = m.Surface
	}
	return out
}

type mentionCase struct {
	text string
	want []string // "Surface=ActorID" in order
}

func checkMentions(t *testing.T, tests []mentionCase) {
	t.Helper()
	g := Builtin()
	for _, tt := range tests {
		ms := g.Mentions(tt.text)
		got := make([]string, len(ms))
		for i, m := range ms {
			got[i] = m.Surface + "=" + m.ActorID
			if tt.text[m.Start:m.End] != m.Surface {
				t.Errorf("%q: mention %d spans %q, surface %q", tt.text, i, tt.text[m.Start:m.End], m.Surface)
			}
		}
		if !slices.Equal(got, tt.want) && !(len(got) == 0 && len(tt.want) == 0) {
			t.Errorf("Mentions(%q)\n got  %v\n want %v", tt.text, got, tt.want)
		}
	}
}

func TestMentionsWholeWords(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"A woman in Muscat spoke to an Omani diplomat.", []string{"Muscat=OMN", "Omani=OMN"}},
		{"Officials in Iranshahr said Iranians protested.", []string{"Iranians=IRN"}},
		{"Somaliland held talks; Somali troops stayed.", []string{"Somali=SOM"}},
		{"Nigeria and Niger closed the border.", []string{"Nigeria=NGA", "Niger=NER"}},
		{"Nigerian and Nigerien officers met.", []string{"Nigerian=NGA", "Nigerien=NER"}},
		{"The Hamasniks and Talibanesque slogans.", nil},
		{"—Iran said", []string{"Iran=IRN"}},
		{"éIran said", nil},
		{"Iran2 and 3Iran", nil},
	})
}

func TestMentionsLongestMatch(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"The Pakistani Taliban attacked Pakistani forces.", []string{"Pakistani Taliban=ttp", "Pakistani=PAK"}},
		{"Islamic State Khorasan claimed it, not Islamic State.", []string{"Islamic State Khorasan=isis-k", "Islamic State=isis"}},
		{"al-Qaeda in the Arabian Peninsula split from al-Qaeda.", []string{"al-Qaeda in the Arabian Peninsula=aqap", "al-Qaeda=al-qaeda"}},
		{"Kataib Hezbollah is not Hezbollah.", []string{"Kataib Hezbollah=kataib-hezbollah", "Hezbollah=hezbollah"}},
		{"The Democratic Republic of the Congo and the Republic of the Congo", []string{"Democratic Republic of the Congo=COD", "Republic of the Congo=COG"}},
		{"South Sudan and Sudan; Guinea-Bissau and Guinea; Papua New Guinea.", []string{"South Sudan=SSD", "Sudan=SDN", "Guinea-Bissau=GNB", "Guinea=GIN", "Papua New Guinea=PNG"}},
		{"South Korean and North Korean envoys met.", []string{"South Korean=KOR", "North Korean=PRK"}},
		// "Fano militia" runs into "militias"; the shorter "Fano" still fits.
		{"Fano militias clashed with the army.", []string{"Fano=fano"}},
	})
}

func TestMentionsCase(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"The US and UN told us to un-friend it.", []string{"US=USA", "UN=un"}},
		{"IS claimed what is left.", []string{"IS=isis"}},
		{"The AU and the EU sent an au pair.", []string{"AU=african-union", "EU=eu"}},
		{"LeT denied it. Let us go.", []string{"LeT=lashkar-e-taiba"}},
		{"Us and Un and Is", nil},
		{"Chad and chad, Turkey and turkey, China and china.", []string{"Chad=TCD", "Turkey=TUR", "China=CHN"}},
		{"IRAN and Iran", []string{"IRAN=IRN", "Iran=IRN"}},
		{"NATO and Nato; ISIS and Isis", []string{"NATO=nato", "Nato=nato", "ISIS=isis", "Isis=isis"}},
		{"al-Shabaab and Al-Shabaab and AL-SHABAAB", []string{"al-Shabaab=al-shabaab", "Al-Shabaab=al-shabaab", "AL-SHABAAB=al-shabaab"}},
	})
}

func TestMentionsDottedAbbreviations(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"The U.S. and the U.N. and the U.K. agreed.", []string{"U.S.=USA", "U.N.=un", "U.K.=GBR"}},
		{"A U.S.-led coalition; U.N.-backed talks.", []string{"U.S.=USA", "U.N.=un"}},
		{"It came from the U.S.", []string{"U.S.=USA"}},
	})
}

func TestMentionsPossessives(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"Iran's foreign ministry", []string{"Iran=IRN"}},
		{"Pakistan’s army chief", []string{"Pakistan=PAK"}},
		{"the Houthis' drones", []string{"Houthis=houthis"}},
		{"Lebanon’s Hezbollah fired rockets.", []string{"Lebanon’s Hezbollah=hezbollah"}},
		{"the People’s Liberation Army", []string{"People’s Liberation Army=CHN"}},
	})
}

func TestMentionsHyphens(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"the Iran-Pakistan border", []string{"Iran=IRN", "Pakistan=PAK"}},
		{"Houthi-run media and the Hamas-led government", []string{"Houthi-run=houthis", "Hamas-led=hamas"}},
		{"a Pakistan-based group", []string{"Pakistan=PAK"}},
		{"anti-Israel protests", []string{"Israel=ISR"}},
		{"Jaish-ul-Adl, Jaish ul-Adl and Jaish al-Adl", []string{"Jaish-ul-Adl=jaish-al-adl", "Jaish ul-Adl=jaish-al-adl", "Jaish al-Adl=jaish-al-adl"}},
		{"a leader's hyphened name joined: AmirAbdollahian", []string{"AmirAbdollahian=IRN"}},
	})
}

func TestMentionsStoplist(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"Ships in the South China Sea", nil},
		{"The Organization of American States urged restraint.", nil},
		{"China protested patrols in the South China Sea.", []string{"China=CHN"}},
		{"The Washington Post said Washington would act.", []string{"Washington=USA"}},
		{"Piracy in the Gulf of Aden and the Indian Ocean", nil},
		{"Across Latin America and in Central American states", nil},
		{"Americans in New Mexico", []string{"Americans=USA"}},
	})
}

// People's names of several words are looked up word by word: the longest
// name wins over a shorter form inside it, punctuation and a possessive
// close it, and a stop phrase over it hides it.
func TestMentionsPeopleNames(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"Nawaz Sharif's government said so.", []string{"Nawaz Sharif=PAK"}},
		{"(Nawaz Sharif) and \u201cVladimir Putin\u201d met.", []string{"Nawaz Sharif=PAK", "Vladimir Putin=RUS"}},
		{"Said Vladimir Putin, who spoke.", []string{"Vladimir Putin=RUS"}},
		{"Prime Minister Nawaz Sharif\nVladimir Putin", []string{"Nawaz Sharif=PAK", "Vladimir Putin=RUS"}},
		{"VLADIMIR PUTIN said so.", []string{"VLADIMIR PUTIN=RUS"}},
		{"Vladimir Putinov spoke; Putin did not.", []string{"Putin=RUS"}},
		{"Vladimir  Putin spoke.", []string{"Putin=RUS"}},
		{"Crowds gathered at Hamid Karzai International Airport in Kabul.", []string{"Kabul=AFG"}},
	})
}

// A capital or city at the end of a longer name ("Mocimboa da Praia", a
// tanker named Marlin Luanda) is not the place; after a sentence's first
// word, a compass word, a day or "in" it is.
func TestMentionsCityInsideLongerName(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"Troops retook Mocimboa da Praia on Sunday.", nil},
		{"Missiles hit the Marlin Luanda, a tanker.", nil},
		{"Officials in Kabul said so.", []string{"Kabul=AFG"}},
		{"On Monday Kabul said so.", []string{"Kabul=AFG"}},
		{"The talks ended. Kabul blamed Islamabad.", []string{"Kabul=AFG", "Islamabad=PAK"}},
		{"Protests spread across Greater Cairo.", []string{"Cairo=EGY"}},
		{"Kabul blamed Islamabad.", []string{"Kabul=AFG", "Islamabad=PAK"}},
		{"Riyadh urged Washington, London and Paris to act.", []string{"Riyadh=SAU", "Washington=USA", "London=GBR", "Paris=FRA"}},
		{"Drone Strike Hits Kyiv As Russia Presses Offensive", []string{"Kyiv=UKR", "Russia=RUS"}},
		{"Drone Strike Hits Kyiv\nthe strike came as troops retook Mocimboa da Praia in the north.", []string{"Kyiv=UKR"}},
		{"Ports Reopen\nTroops retook Mocimboa da Praia in the north on Sunday after a week of fighting.", nil},
		{"It was claimed by Tehreek-e-Jihad Pakistan, a little-known group.", nil},
		{"The Iran-backed Houthis and the al Qaeda-linked al-Shabaab", []string{"Iran=IRN", "Houthis=houthis", "al Qaeda=al-qaeda", "al-Shabaab=al-shabaab"}},
		{"The Tehrik-i-Taliban Pakistan claimed it.", []string{"Tehrik-i-Taliban Pakistan=ttp"}},
		{"Fighters of the Karen National Liberation Army seized a military post near the border on Sunday.", nil},
		{"Bogota resumed talks with the National Liberation Army.", []string{"Bogota=COL", "National Liberation Army=eln"}},
		{"Bogota said The National Liberation Army had agreed.", []string{"Bogota=COL", "National Liberation Army=eln"}},
	})
}

func TestMentionsCodingRules(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"The Taliban administration in Kabul rejected it.", []string{"Taliban administration=AFG", "Kabul=AFG"}},
		{"Afghan Taliban and Pakistani Taliban fighters", []string{"Afghan Taliban=AFG", "Pakistani Taliban=ttp"}},
		{"the Tehrik-i-Taliban Pakistan (TTP)", []string{"Tehrik-i-Taliban Pakistan=ttp", "TTP=ttp"}},
		{"Gaza's health ministry and the Hamas-run health ministry", []string{"Gaza's health ministry=hamas", "Hamas-run health ministry=hamas"}},
		{"The IRGC and Quds Force", []string{"IRGC=IRN", "Quds Force=IRN"}},
		{"Russia's Africa Corps", []string{"Russia's Africa Corps=wagner-group"}},
		{"Syrian government forces entered Damascus.", []string{"Syrian=SYR", "Damascus=SYR"}},
		{"The Kremlin, the White House and Downing Street", []string{"Kremlin=RUS", "White House=USA", "Downing Street=GBR"}},
		{"Tasnim, Nournews and KCNA reported; Yonhap too.", []string{"Tasnim=IRN", "Nournews=IRN", "KCNA=PRK", "Yonhap=KOR"}},
		{"the militant commander Burhan Wani; Burhan Monday said; Burhan said", []string{"Burhan=SDN", "Burhan=SDN"}},
		{"the Sinaloa and Jalisco cartels", []string{"Sinaloa=sinaloa-cartel", "Jalisco cartels=cjng"}},
	})
}

func TestMentionForms(t *testing.T) {
	g := Builtin()
	tests := []struct {
		text string
		want Form
	}{
		{"Iran", FormName}, {"Iranian", FormDemonym}, {"Tehran", FormCapital}, {"Kremlin", FormOrgan},
		{"IRGC", FormAgency}, {"IRNA", FormMedia}, {"Khamenei", FormLeader}, {"TTP", FormAcronym},
		{"U.S.", FormAcronym},
	}
	for _, tt := range tests {
		ms := g.Mentions(tt.text)
		if len(ms) != 1 || ms[0].Form != tt.want {
			t.Errorf("Mentions(%q) = %+v, want one of form %q", tt.text, ms, tt.want)
		}
	}
}

func TestMentionsOrderedAndDisjoint(t *testing.T) {
	text := strings.Repeat(benchSentences[0]+" "+benchSentences[3]+" ", 20)
	ms := Builtin().Mentions(text)
	if len(ms) < 40 {
		t.Fatalf("%d mentions in a long text, want at least 40", len(ms))
	}
	for i := 1; i < len(ms); i++ {
		if ms[i].Start < ms[i-1].End {
			t.Fatalf("mention %d %+v overlaps or precedes %+v", i, ms[i], ms[i-1])
		}
	}
	if got := Builtin().Mentions(""); got != nil {
		t.Errorf("Mentions(\"\") = %v", got)
	}
}

func TestMentionsConcurrent(t *testing.T) {
	g := Builtin()
	want := fmt.Sprint(mentionSurfaces(g.Mentions(benchSentences[1])))
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for range 200 {
				if got := fmt.Sprint(mentionSurfaces(g.Mentions(benchSentences[1]))); got != want {
					t.Errorf("concurrent Mentions = %s, want %s", got, want)
					return
				}
			}
		})
	}
	wg.Wait()
}

// benchSentences are news-style sentences of about 25 words.
var benchSentences = []string{
	"Pakistan's foreign ministry on Tuesday accused the Afghan Taliban of sheltering TTP militants who attacked a checkpoint in North Waziristan, killing 12 soldiers.",
	"Iran’s Revolutionary Guards said they had struck Jaish al-Adl hideouts across the border, and Islamabad summoned Tehran's envoy to lodge a strong protest on Wednesday.",
	"The United Nations secretary-general urged both sides to exercise maximum restraint and return to talks mediated by Qatar and Egypt in Doha next week.",
	"Villagers said the bombardment went on until dawn, damaging a clinic and two houses, and no armed group has yet said it carried out the raid.",
	"Russia and Ukraine exchanged drone strikes overnight, while the Kremlin said Putin had no plans to meet Zelensky before the summit in Istanbul later this month.",
	"Houthi rebels fired missiles at a commercial vessel in the Red Sea, the U.S. Central Command said, adding that American destroyers intercepted two drones.",
	"Officials in Khartoum accused the Rapid Support Forces of shelling a market in Nyala, an allegation the paramilitary rejected on Sunday.",
	"Analysts expect the central bank to keep interest rates unchanged as inflation eases and the currency stabilises after months of volatility in the local markets.",
}

func BenchmarkMentions(b *testing.B) {
	g := Builtin()
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		g.Mentions(benchSentences[n%len(benchSentences)])
		n++
	}
}

func TestMentionsDescriptionsAndVariants(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"Yemeni rebels fired at a tanker; Yemeni officials met.", []string{"Yemeni rebels=houthis", "Yemeni=YEM"}},
		{"the Kurdish-led forces east of the river", []string{"Kurdish-led forces=sdf"}},
		{"Turkish Cypriot police held two Greek Cypriots; Syrian Kurdish fighters and Iraqi Kurds met Turkish envoys.", []string{"Turkish=TUR"}},
		{"the Government of National Accord in Tripoli", []string{"Government of National Accord=LBY", "Tripoli=LBY"}},
		{"Islamic State- Khurasan Province and Islamic State Khorasan Province", []string{"Islamic State- Khurasan Province=isis-k", "Islamic State Khorasan Province=isis-k"}},
		{"the Islamic State of Iraq and the Levant Khorasan Province (ISKP)", []string{"Islamic State of Iraq and the Levant Khorasan Province=isis-k", "ISKP=isis-k"}},
		{"rival Jalisco New Generation and Sinaloa cartels fought", []string{"Jalisco New Generation=cjng", "Sinaloa cartels=sinaloa-cartel"}},
		{"Georgetown protested; Georgetown University did not.", []string{"Georgetown=GUY"}},
		{"Foreign Minister Badr Albusaidi hosted the talks.", []string{"Badr Albusaidi=OMN"}},
		{"Irfaan Ali met Salva Kiir and Yoweri Museveni.", []string{"Irfaan Ali=GUY", "Salva Kiir=SSD", "Yoweri Museveni=UGA"}},
		{"the Islamic Revolutionary Guards Corps and the Balochistan Levies", []string{"Islamic Revolutionary Guards Corps=IRN", "Balochistan Levies=PAK"}},
	})
}
