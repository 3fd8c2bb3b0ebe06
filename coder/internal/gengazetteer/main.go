// Command gengazetteer writes the coder's state tables, data/actors-states.tsv
// and data/aliases-states-gen.tsv, from the countries.json of the npm package
// world-countries (ODbL, https://github.com/mledoze/countries):
//
//	npm install --prefix /tmp/wc world-countries
//	WORLD_COUNTRIES_JSON=/tmp/wc/node_modules/world-countries/countries.json go generate -run gengazetteer ./coder
//
// The source gives names, spellings, demonyms, capitals and UN subregions;
// the fixes below adjust what news text needs: plural demonyms, adjectives,
// ASCII spellings, ambiguous names given to one state, regions by conflict
// theatre rather than by geography alone.
package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode"
)

type country struct {
	CCA2 string `json:"cca2"`
	CCA3 string `json:"cca3"`
	Name struct {
		Common   string `json:"common"`
		Official string `json:"official"`
	} `json:"name"`
	AltSpellings []string `json:"altSpellings"`
	Capital      []string `json:"capital"`
	Demonyms     map[string]struct {
		F string `json:"f"`
		M string `json:"m"`
	} `json:"demonyms"`
	Subregion string `json:"subregion"`
	UNMember  bool   `json:"unMember"`
}

// nonMembers are the states outside the UN that the coder still codes.
var nonMembers = map[string]bool{"PSE": true, "TWN": true, "XKX": true}

// idFix maps the source's codes to the IDs the coder uses.
var idFix = map[string]string{"UNK": "XKX"} // Kosovo has no ISO code; XKX is the common user-assigned one

var nameFix = map[string]string{"TUR": "Turkey", "CPV": "Cape Verde", "COD": "Democratic Republic of the Congo"}

// subregions maps the source's UN subregions to region slugs.
var subregions = map[string][]string{
	"Southern Asia": {"south-asia"}, "Central Asia": {"central-asia"}, "Western Asia": {"middle-east"},
	"Eastern Asia": {"east-asia"}, "South-Eastern Asia": {"southeast-asia"},
	"Northern Europe": {"europe"}, "Southern Europe": {"europe"}, "Western Europe": {"europe"},
	"Eastern Europe": {"europe"}, "Central Europe": {"europe"}, "Southeast Europe": {"europe"},
	"Northern Africa": {"north-africa"}, "Western Africa": {"west-africa"}, "Eastern Africa": {"east-africa"},
	"Middle Africa": {"central-africa"}, "Southern Africa": {"southern-africa"},
	"North America": {"north-america"}, "Central America": {"latin-america"}, "Caribbean": {"latin-america"},
	"South America": {"latin-america"}, "Polynesia": {"oceania"}, "Micronesia": {"oceania"},
	"Melanesia": {"oceania"}, "Australia and New Zealand": {"oceania"},
}

// regionFix replaces the subregion's slugs for states whose conflicts belong
// to another theatre too.
var regionFix = map[string][]string{
	"AFG": {"south-asia", "central-asia"},
	"IRN": {"middle-east", "south-asia", "central-asia"},
	"ARM": {"caucasus"}, "AZE": {"caucasus"}, "GEO": {"caucasus"},
	"RUS": {"europe", "central-asia", "caucasus"},
	"TUR": {"middle-east", "europe"},
	"CYP": {"europe", "middle-east"},
	"EGY": {"north-africa", "middle-east"},
	"SDN": {"north-africa", "east-africa", "horn-of-africa"},
	"SSD": {"east-africa", "central-africa"},
	"SOM": {"horn-of-africa", "east-africa"}, "ETH": {"horn-of-africa", "east-africa"},
	"ERI": {"horn-of-africa", "east-africa"}, "DJI": {"horn-of-africa", "east-africa"},
	"MLI": {"west-africa", "sahel"}, "BFA": {"west-africa", "sahel"}, "NER": {"west-africa", "sahel"},
	"MRT": {"west-africa", "sahel", "north-africa"}, "TCD": {"central-africa", "sahel"},
	"NGA": {"west-africa", "sahel"}, "DZA": {"north-africa", "sahel"}, "SEN": {"west-africa", "sahel"},
	"CMR": {"central-africa", "west-africa"},
	"COD": {"central-africa", "east-africa"}, "RWA": {"east-africa", "central-africa"},
	"BDI": {"east-africa", "central-africa"}, "UGA": {"east-africa", "central-africa"},
	"AGO": {"southern-africa", "central-africa"}, "MOZ": {"southern-africa", "east-africa"},
	"ZMB": {"southern-africa"}, "ZWE": {"southern-africa"}, "MWI": {"southern-africa"},
	"MDG": {"southern-africa", "east-africa"},
	"MEX": {"latin-america", "north-america"},
	"CHN": {"east-asia", "central-asia"},
	"LBY": {"north-africa", "sahel"}, "MMR": {"southeast-asia", "south-asia"},
}

// englishWords mark an alternative spelling as an English long form worth
// keeping; the source's other spellings are mostly native-language forms.
var englishWords = map[string]bool{
	"Republic": true, "Kingdom": true, "State": true, "States": true, "Federation": true,
	"Commonwealth": true, "Union": true, "Principality": true, "Duchy": true, "Sultanate": true,
	"Confederation": true, "Emirates": true, "Islands": true,
}

// keepSpellings are short alternative spellings common in English news.
var keepSpellings = map[string]bool{
	"UAE": true, "Burma": true, "Swaziland": true, "Holland": true, "Macedonia": true, "DPRK": true,
	"DRC": true, "DR Congo": true, "Congo-Kinshasa": true, "Congo-Brazzaville": true, "Ivory Coast": true,
	"Côte d'Ivoire": true, "Cote d'Ivoire": true, "Great Britain": true, "UK": true, "USA": true,
	"East Timor": true, "Viet Nam": true, "Turkiye": true, "Vatican": true, "Bosnia-Herzegovina": true,
	"Saudi": true, "Chinese Taipei": true, "Congo": true, "Brunei Darussalam": true,
}

// extraNames are English names the source lacks.
var extraNames = map[string][]string{
	"USA": {"U.S.", "US", "U.S.A.", "America", "United States"},
	"GBR": {"Britain", "U.K."}, "TUR": {"Türkiye"}, "CZE": {"Czech Republic"},
	"IRN": {"Persia"}, "RUS": {"Russian Federation"}, "CHN": {"PRC", "Mainland China"},
	"TWN": {"ROC"}, "COD": {"Congo"}, "KOR": {"ROK", "Republic of Korea"}, "PSE": {"Palestinian Authority", "Palestine", "Gaza", "Gaza Strip"},
	"AFG": {"Islamic Emirate of Afghanistan", "Islamic Emirate"}, "ARE": {"U.A.E."},
	"XKX": {"Republic of Kosovo"}, "COG": {"Congo Republic", "Republic of Congo"},
	"CIV": {"Côte d’Ivoire"}, "VAT": {"Holy See"}, "LAO": {"Lao PDR"}, "NLD": {"The Netherlands"},
	"GMB": {"The Gambia"}, "BHS": {"The Bahamas"}, "SYR": {"Syrian Arab Republic"}, "BIH": {"Bosnia"},
	"PAK": {"Pak"}, // South Asian papers' short form: "Pak troops", "Pak-Afghan talks"
}

// extraDemonyms are adjectives and plurals the source lacks.
var extraDemonyms = map[string][]string{
	"GBR": {"Briton", "Britons", "Brit", "Brits"}, "PHL": {"Philippine", "Filipinos"},
	"TJK": {"Tajik", "Tajiks"}, "KGZ": {"Kyrgyz"}, "KAZ": {"Kazakh", "Kazakhs"},
	"UZB": {"Uzbek", "Uzbeks"}, "CPV": {"Cape Verdean", "Cabo Verdean"}, "ECU": {"Ecuadorian"},
	"MDV": {"Maldivian"}, "COM": {"Comorian"}, "DJI": {"Djiboutian"}, "GNB": {"Bissau-Guinean"},
	"SVN": {"Slovenian"}, "SRB": {"Serb", "Serbs"}, "HRV": {"Croat", "Croats"},
	"AZE": {"Azeri", "Azeris"}, "XKX": {"Kosovan"}, "TUR": {"Turk", "Turks"},
	"POL": {"Pole", "Poles"}, "DNK": {"Dane", "Danes"}, "FIN": {"Finn", "Finns"},
	"SWE": {"Swede", "Swedes"}, "ESP": {"Spaniard", "Spaniards"}, "ISL": {"Icelandic"},
	"SAU": {"Saudis"}, "LAO": {"Lao"}, "BWA": {"Batswana"}, "LSO": {"Basotho"},
	"ARG": {"Argentinian"}, "BIH": {"Bosniak"},
}

// extraCapitals are spellings and seats of government the source lacks.
var extraCapitals = map[string][]string{
	"USA": {"Washington", "Washington, D.C.", "Washington DC"}, "IND": {"Delhi"},
	"MMR": {"Naypyitaw", "Nay Pyi Taw"}, "MNG": {"Ulaanbaatar"}, "UKR": {"Kiev"},
	"KAZ": {"Nur-Sultan"}, "CHE": {"Berne"}, "ISR": {"Tel Aviv"}, "YEM": {"Aden"},
	"SDN": {"Port Sudan"}, "CIV": {"Abidjan"}, "TZA": {"Dar es Salaam"},
	"BEN": {"Cotonou"}, "BDI": {"Bujumbura"}, "BOL": {"La Paz"},
}

// dropSurfaces are source entries that are mostly something else in news
// text: a place or a common word rather than the state.
var dropSurfaces = map[string]bool{
	"Victoria": true, "Malé": true, "Georgetown": true, "San José": true, "Jerusalem": true,
	"Sana'a": true, "Island": true, "Timor": true, "Prathet": true, "Kingston": true,
	"Kingstown": true, "Saint John's": true, "Lobamba": true, "Washington D.C.": true,
	"Mexicanos": true, "Portuguesa": true, "Yaren": true,
	"Brussels":  true, // mostly the EU (data/aliases-groups.tsv)
	"The Hague": true, // the ICC and ICJ sit there; it is not a metonym for the Netherlands
}

// owners settle surface forms several states share.
var owners = map[string]string{
	"Congolese": "COD", "Congo": "COD", "Dominican": "DOM", "Dominicans": "DOM",
	"Republic of China": "TWN", "Guinean": "GIN", "Guineans": "GIN",
}

type alias struct{ id, form, surface string }

func main() {
	src := flag.String("countries", "", "path to world-countries' countries.json")
	out := flag.String("out", "data", "directory to write actors-states.tsv and aliases-states-gen.tsv into")
	flag.Parse()
	if err := run(*src, *out); err != nil {
		slog.Error("gengazetteer failed", "err", err)
		os.Exit(1)
	}
}

func run(src, out string) error {
	if src == "" {
		return errors.New("-countries is required: npm install world-countries and pass its countries.json")
	}
	b, err := os.ReadFile(src)
	if err != nil {
		return fmt.Errorf("reading countries: %w", err)
	}
	var all []country
	if err := json.Unmarshal(b, &all); err != nil {
		return fmt.Errorf("parsing %s: %w", src, err)
	}
	var states []country
	for _, c := range all {
		if id, ok := idFix[c.CCA3]; ok {
			c.CCA3 = id
		}
		if c.UNMember || nonMembers[c.CCA3] {
			states = append(states, c)
		}
	}
	slices.SortFunc(states, func(a, b country) int { return strings.Compare(a.CCA3, b.CCA3) })

	var actorLines []string
	var aliases []alias
	for _, c := range states {
		name := c.Name.Common
		if n, ok := nameFix[c.CCA3]; ok {
			name = n
		}
		regs, ok := regionFix[c.CCA3]
		if !ok {
			regs, ok = subregions[c.Subregion]
		}
		if !ok {
			return fmt.Errorf("%s: no region for subregion %q", c.CCA3, c.Subregion)
		}
		actorLines = append(actorLines, strings.Join([]string{c.CCA3, "state", name, strings.Join(regs, ";")}, "\t"))
		aliases = append(aliases, stateAliases(c, name)...)
	}
	aliases = settle(aliases)
	if err := writeLines(filepath.Join(out, "actors-states.tsv"), "id\tkind\tname\tregions", actorLines); err != nil {
		return err
	}
	lines := make([]string, len(aliases))
	for i, a := range aliases {
		lines[i] = a.id + "\t" + a.form + "\t" + a.surface
	}
	return writeLines(filepath.Join(out, "aliases-states-gen.tsv"), "id\tform\tsurface", lines)
}

// stateAliases lists a state's names, demonyms and capitals, with ASCII
// spellings of accented ones.
func stateAliases(c country, name string) []alias {
	var out []alias
	add := func(form, s string) {
		s = strings.TrimSpace(s)
		if s == "" || s == name || dropSurfaces[s] || !latin(s) {
			return
		}
		out = append(out, alias{c.CCA3, form, s})
		if f := fold(s); f != s && !dropSurfaces[f] {
			out = append(out, alias{c.CCA3, form, f})
		}
	}
	if name != c.Name.Common {
		add("name", c.Name.Common)
	}
	if !strings.Contains(c.Name.Official, ",") {
		add("name", c.Name.Official)
	}
	for _, s := range c.AltSpellings {
		if s != c.CCA2 && !strings.Contains(s, ",") && (keepSpellings[s] || englishLongForm(s)) {
			add("name", s)
		}
	}
	for _, s := range extraNames[c.CCA3] {
		add("name", s)
	}
	if d, ok := c.Demonyms["eng"]; ok {
		for _, g := range []string{d.M, d.F} {
			for _, s := range splitDemonym(g) {
				add("demonym", s)
				if p := plural(s); p != "" && s != name {
					add("demonym", p)
				}
			}
		}
	}
	for _, s := range extraDemonyms[c.CCA3] {
		add("demonym", s)
	}
	for _, s := range c.Capital {
		add("capital", s)
	}
	for _, s := range extraCapitals[c.CCA3] {
		add("capital", s)
	}
	return out
}

func englishLongForm(s string) bool {
	for _, w := range strings.Fields(s) {
		if englishWords[w] {
			return true
		}
	}
	return false
}

func splitDemonym(s string) []string {
	s = strings.ReplaceAll(s, " or ", ", ")
	return strings.Split(s, ", ")
}

// plural makes a demonym's plural noun, "Pakistani" -> "Pakistanis"; those
// ending like "Chinese", "British" or "Swiss" have none.
func plural(s string) string {
	for _, suf := range []string{"ese", "ish", "ch", "ss", "y", "z", "s"} {
		if strings.HasSuffix(s, suf) {
			return ""
		}
	}
	return s + "s"
}

// settle drops duplicate entries and gives a surface several states claim to
// the owner named in owners, or to none.
func settle(in []alias) []alias {
	claims := make(map[string]map[string]bool)
	for _, a := range in {
		k := strings.ToLower(a.surface)
		if claims[k] == nil {
			claims[k] = make(map[string]bool)
		}
		claims[k][a.id] = true
	}
	seen := make(map[string]bool)
	var out []alias
	for _, a := range in {
		k := strings.ToLower(a.surface)
		if owner, ok := owners[a.surface]; ok && owner != a.id {
			continue
		}
		if _, ok := owners[a.surface]; !ok && len(claims[k]) > 1 {
			slog.Warn("dropping a surface form several states share", "surface", a.surface)
			continue
		}
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, a)
	}
	return out
}

// latin reports whether s is written in the Latin script, so native-script
// spellings stay out.
func latin(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r) {
			return false
		}
	}
	return true
}

var foldings = strings.NewReplacer(
	"á", "a", "à", "a", "â", "a", "ă", "a", "ä", "a", "ã", "a", "å", "a", "ā", "a",
	"ç", "c", "č", "c", "ć", "c", "é", "e", "è", "e", "ê", "e", "ë", "e", "ē", "e",
	"í", "i", "ì", "i", "î", "i", "ï", "i", "ī", "i", "ı", "i", "ñ", "n",
	"ó", "o", "ò", "o", "ô", "o", "ö", "o", "õ", "o", "ø", "o", "ō", "o",
	"ú", "u", "ù", "u", "û", "u", "ü", "u", "ū", "u", "ý", "y", "ÿ", "y",
	"ș", "s", "ş", "s", "š", "s", "ț", "t", "ţ", "t", "ğ", "g", "ł", "l", "ž", "z", "đ", "d",
	"É", "E", "Í", "I", "Ó", "O", "Ö", "O", "Ü", "U", "Š", "S", "Ž", "Z", "Ç", "C", "Å", "A",
)

// fold spells s without accents: news wires often drop them.
func fold(s string) string { return foldings.Replace(s) }

func writeLines(path, header string, lines []string) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("creating %s: %w", path, err)
	}
	w := bufio.NewWriter(f)
	fmt.Fprintf(w, "# Generated by coder/internal/gengazetteer from world-countries (ODbL, see README.md). Do not edit.\n# %s\n", header)
	for _, l := range lines {
		fmt.Fprintln(w, l)
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("closing %s: %w", path, err)
	}
	return nil
}
