package coder

import (
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/briefbot/briefbot"
	"github.com/briefbot/briefbot/internal/heaptest"
)

// groupAndIGOIDs are the non-state IDs the labelling scheme defines; the
// gazetteer must carry each one exactly as spelled.
var groupAndIGOIDs = map[briefbot.Kind][]string{
	briefbot.Group: {
		"jaish-al-adl", "jundallah", "ansar-al-furqan", "isis-k", "isis", "isis-west-africa",
		"isis-sahel", "isis-somalia", "isis-mozambique", "ttp", "jamaat-ul-ahrar",
		"hafiz-gul-bahadur-group", "baloch-liberation-army", "baloch-liberation-front", "al-qaeda",
		"aqap", "aqis", "aqim", "jnim", "al-shabaab", "boko-haram", "hezbollah", "hamas",
		"palestinian-islamic-jihad", "al-aqsa-martyrs-brigades", "houthis", "kataib-hezbollah",
		"islamic-resistance-in-iraq", "asaib-ahl-al-haq", "popular-mobilization-forces", "hts", "sdf",
		"pkk", "pjak", "mek", "lashkar-e-taiba", "jaish-e-mohammed", "the-resistance-front",
		"hizbul-mujahideen", "lashkar-e-jhangvi", "fatemiyoun-brigade", "zainabiyoun-brigade",
		"wagner-group", "rsf", "m23", "adf", "arakan-army", "kachin-independence-army", "tplf", "fano",
		"oromo-liberation-army", "polisario-front", "abu-sayyaf", "eln", "farc-dissidents",
		"tren-de-aragua", "sinaloa-cartel", "cjng", "cpi-maoist", "ulfa-i", "ansar-al-sharia",
	},
	briefbot.IGO: {
		"un", "nato", "eu", "african-union", "arab-league", "oic", "sco", "asean", "gcc", "iaea",
		"icc", "icj", "ecowas", "csto", "brics",
	},
}

func TestBuiltinHasEveryState(t *testing.T) {
	g := Builtin()
	states := 0
	for _, a := range g.Actors() {
		if a.Kind == briefbot.State {
			states++
			if len(a.ID) != 3 || strings.ToUpper(a.ID) != a.ID {
				t.Errorf("state ID %q is not an ISO alpha-3 code", a.ID)
			}
		}
	}
	if states < 193+3 {
		t.Errorf("%d states, want the 193 UN members plus PSE, TWN and XKX", states)
	}
	for _, id := range []string{"PSE", "TWN", "XKX", "IRN", "PAK", "AFG", "USA", "PRK", "KOR", "COD", "COG", "SSD"} {
		if a, ok := g.Actor(id); !ok || a.Kind != briefbot.State {
			t.Errorf("Actor(%q) = %+v, %v; want a state", id, a, ok)
		}
	}
}

func TestBuiltinHasEveryGroupAndIGO(t *testing.T) {
	g := Builtin()
	for kind, ids := range groupAndIGOIDs {
		for _, id := range ids {
			a, ok := g.Actor(id)
			switch {
			case !ok:
				t.Errorf("no actor %q", id)
			case a.ID != id || a.Kind != kind:
				t.Errorf("Actor(%q) = %s (%s), want %s (%s)", id, a.ID, a.Kind, id, kind)
			case len(a.Regions) == 0:
				t.Errorf("actor %q has no region", id)
			}
		}
	}
}

func TestBuiltinRegions(t *testing.T) {
	g := Builtin()
	regions := g.Regions()
	if !slices.IsSorted(regions) || len(regions) != 18 {
		t.Fatalf("Regions() = %v, want the 18 slugs sorted", regions)
	}
	for _, a := range g.Actors() {
		if len(a.Regions) == 0 {
			t.Errorf("%s has no region", a.ID)
		}
		for _, r := range a.Regions {
			if !slices.Contains(regions, r) {
				t.Errorf("%s has region %q, not in Regions()", a.ID, r)
			}
		}
	}
	tests := []struct {
		id     string
		region string
	}{
		{"AFG", "south-asia"}, {"AFG", "central-asia"}, {"IRN", "middle-east"}, {"PAK", "south-asia"},
		{"ARM", "caucasus"}, {"MLI", "sahel"}, {"SOM", "horn-of-africa"}, {"MEX", "latin-america"},
		{"USA", "north-america"}, {"FJI", "oceania"}, {"un", "global"}, {"jaish-al-adl", "middle-east"},
	}
	for _, tt := range tests {
		a, _ := g.Actor(tt.id)
		if !slices.Contains(a.Regions, tt.region) {
			t.Errorf("%s regions %v lack %q", tt.id, a.Regions, tt.region)
		}
	}
}

func TestIsRegion(t *testing.T) {
	tests := []struct {
		slug string
		want bool
	}{
		{"south-asia", true}, {"global", true}, {"horn-of-africa", true},
		{"South-Asia", false}, {"asia", false}, {"", false},
	}
	for _, tt := range tests {
		if got := briefbot.IsRegion(tt.slug); got != tt.want {
			t.Errorf("IsRegion(%q) = %v, want %v", tt.slug, got, tt.want)
		}
	}
}

func TestActorsSortedByID(t *testing.T) {
	actors := Builtin().Actors()
	if !slices.IsSortedFunc(actors, func(a, b briefbot.Actor) int { return strings.Compare(a.ID, b.ID) }) {
		t.Error("Actors() is not sorted by ID")
	}
	actors[0].Aliases = append(actors[0].Aliases[:0], "mutated")
	if again := Builtin().Actors(); slices.Contains(again[0].Aliases, "mutated") {
		t.Error("Actors() shares its alias slices with the gazetteer")
	}
}

// queryCase is a query and the ID it should find, "" for none.
type queryCase struct{ q, want string }

func checkFinds(t *testing.T, name string, find func(string) (briefbot.Actor, bool), tests []queryCase) {
	t.Helper()
	for _, tt := range tests {
		a, ok := find(tt.q)
		if ok != (tt.want != "") || a.ID != tt.want {
			t.Errorf("%s(%q) = %q, %v; want %q", name, tt.q, a.ID, ok, tt.want)
		}
	}
}

func TestActorByID(t *testing.T) {
	checkFinds(t, "Actor", Builtin().Actor, []queryCase{
		{"IRN", "IRN"}, {"irn", "IRN"}, {" PAK ", "PAK"}, {"TTP", "ttp"}, {"Jaish-Al-Adl", "jaish-al-adl"},
		{"Iran", ""}, {"", ""},
	})
}

func TestLookup(t *testing.T) {
	checkFinds(t, "Lookup", Builtin().Lookup, []queryCase{
		{"irn", "IRN"},
		{"Iran", "IRN"},
		{"IRANIAN", "IRN"},
		{"tehran", "IRN"},
		{"the Kremlin", "RUS"},
		{"the  white   house", "USA"},
		{"u.s.", "USA"},
		{"Kosovo", "XKX"},
		{"State of Palestine", "PSE"},
		{"Gaza Strip", "PSE"}, // strikes on Gaza with no group named code against PSE
		{"Taiwan", "TWN"},
		{"jaish ul-adl", "jaish-al-adl"},
		{"Army of Justice", "jaish-al-adl"},
		{"ISIS-K", "isis-k"},
		{"tehreek-e-taliban pakistan", "ttp"},
		{"Pakistani Taliban", "ttp"},
		{"Taliban", "AFG"},
		{"Taliban administration", "AFG"},
		{"Hamas-run health ministry", "hamas"},
		{"Gaza health ministry", "hamas"},
		{"Houthi-run", "houthis"},
		{"Ansar Allah", "houthis"},
		{"Africa Corps", "wagner-group"},
		{"Nournews", "IRN"},
		{"People’s Liberation Army", "CHN"},
		{"Quai d'Orsay", "FRA"},
		{"Burkina", "BFA"},
		{"Burkinabe", "BFA"},
		{"State Administration Council", "MMR"},
		{"UPDF", "UGA"},
		{"Villa Somalia", "SOM"},
		{"AA", "arakan-army"},
		{"KH", "kataib-hezbollah"},
		{"Atlantis", ""},
		{"", ""},
	})
}

func TestSuggest(t *testing.T) {
	g := Builtin()
	tests := []struct {
		q     string
		n     int
		first string // "" when nothing should be suggested
	}{
		{"jaish-al-adal", 3, "jaish-al-adl"},
		{"pakistn", 3, "PAK"},
		{"hezbolah", 3, "hezbollah"},
		{"Afganistan", 3, "AFG"},
		{"houthi rebel", 3, "houthis"},
		{"qqqqzzzzxxxx", 3, ""},
		{"pakistn", 0, ""},
		{"", 3, ""},
	}
	for _, tt := range tests {
		got := g.Suggest(tt.q, tt.n)
		if len(got) > max(tt.n, 0) {
			t.Errorf("Suggest(%q, %d) returned %d actors", tt.q, tt.n, len(got))
		}
		switch {
		case tt.first == "" && len(got) > 0:
			t.Errorf("Suggest(%q, %d) = %s..., want nothing", tt.q, tt.n, got[0].ID)
		case tt.first != "" && (len(got) == 0 || got[0].ID != tt.first):
			t.Errorf("Suggest(%q, %d) = %v, want %s first", tt.q, tt.n, actorIDs(got), tt.first)
		}
	}
}

func actorIDs(actors []briefbot.Actor) []string {
	out := make([]string, len(actors))
	for i, a := range actors {
		out[i] = a.ID
	}
	return out
}

func TestWith(t *testing.T) {
	base := Builtin()
	g, err := base.With([]briefbot.Actor{
		{ID: "tlp", Kind: briefbot.Group, Name: "Tehreek-e-Labbaik Pakistan", Aliases: []string{"TLP", "Labbaik"}, Regions: []string{"south-asia"}},
		{ID: "irn", Aliases: []string{"Islamic Republic"}},
		{ID: "BEL", Aliases: []string{"Brussels"}},
		{ID: "houthis", Name: "Ansar Allah", Regions: []string{"middle-east", "horn-of-africa"}},
	})
	if err != nil {
		t.Fatalf("With: %v", err)
	}
	checkFinds(t, "Lookup after With", g.Lookup, []queryCase{
		{"Labbaik", "tlp"},
		{"TLP", "tlp"},
		{"Tehreek-e-Labbaik Pakistan", "tlp"},
		{"Islamic Republic", "IRN"},
		{"Iran", "IRN"},     // built-in forms stay
		{"Tehran", "IRN"},   // built-in forms stay
		{"Brussels", "BEL"}, // moved from the EU
		{"European Union", "eu"},
		{"Houthis", "houthis"}, // the old name stays a surface form
	})
	h, _ := g.Actor("houthis")
	if h.Name != "Ansar Allah" || !slices.Equal(h.Regions, []string{"middle-east", "horn-of-africa"}) || !slices.Contains(h.Aliases, "Houthis") {
		t.Errorf("overridden houthis = %+v", h)
	}
	if got := mentionIDs(g.Mentions("TLP supporters marched on Brussels while the Islamic Republic watched.")); !slices.Equal(got, []string{"tlp", "BEL", "IRN"}) {
		t.Errorf("Mentions after With = %v", got)
	}
	if a, _ := base.Lookup("Brussels"); a.ID != "eu" {
		t.Errorf("With changed the receiver: Brussels is %q", a.ID)
	}
	if _, ok := base.Actor("tlp"); ok {
		t.Error("With added an actor to the receiver")
	}
}

func TestWithRejects(t *testing.T) {
	tests := []struct {
		name  string
		extra briefbot.Actor
		want  string
	}{
		{"empty ID", briefbot.Actor{Kind: briefbot.Group, Name: "X", Regions: []string{"europe"}}, "actor ID"},
		{"new actor without kind", briefbot.Actor{ID: "x", Name: "X"}, "kind"},
		{"new actor without name", briefbot.Actor{ID: "x", Kind: briefbot.Group}, "no name"},
		{"unknown region", briefbot.Actor{ID: "x", Kind: briefbot.Group, Name: "X", Regions: []string{"narnia"}}, "narnia"},
		{"bad kind on a known actor", briefbot.Actor{ID: "IRN", Kind: "empire"}, "kind"},
		{"empty alias", briefbot.Actor{ID: "IRN", Aliases: []string{" "}}, "empty alias"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Builtin().With([]briefbot.Actor{tt.extra})
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("With(%+v) error = %v, want one mentioning %q", tt.extra, err, tt.want)
			}
		})
	}
}

func TestLoadRejectsBadData(t *testing.T) {
	const two = "# id\tkind\tname\tregions\nAAA\tstate\tAland\teurope\nBBB\tstate\tBland\teurope\n"
	tests := []struct {
		name                   string
		actors, aliases, stops string
		want                   string
	}{
		{"wrong field count", "AAA\tstate\tAland\n", "", "", "data/actors-x.tsv:1: 3 tab-separated fields"},
		{"unknown region", "AAA\tstate\tAland\tnarnia\n", "", "", "unknown region"},
		{"unknown form", two, "AAA\tnickname\tAly\n", "", "data/aliases-x.tsv:1: unknown form"},
		{"surface of two actors", two, "AAA\tcapital\tMidtown\nBBB\tcapital\tmidtown\n", "", `"midtown" of BBB is also a surface form of AAA`},
		{"alias of an unknown actor", two, "CCC\tname\tCland\n", "", "unknown actor"},
		{"stop phrase that is a surface form", two, "", "Aland\n", "stop phrase"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := loadBuiltin(fstest.MapFS{
				"data/actors-x.tsv":  {Data: []byte(tt.actors)},
				"data/aliases-x.tsv": {Data: []byte(tt.aliases)},
				"data/stoplist.txt":  {Data: []byte(tt.stops)},
			})
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("loadBuiltin error = %v, want one containing %q", err, tt.want)
			}
		})
	}
}

// TestOfficialsAreFullNames keeps surnames out of aliases-officials.tsv:
// a surname alone is a leader's only where aliases-leaders.tsv says it is
// unambiguous.
func TestOfficialsAreFullNames(t *testing.T) {
	n := 0
	err := eachDataLine(data, "data/aliases-officials.tsv", 3, func(f []string) error {
		n++
		if f[1] != string(FormLeader) || !strings.Contains(strings.TrimSpace(f[2]), " ") {
			t.Errorf("aliases-officials.tsv: %q is no full name of a leader", strings.Join(f, "\t"))
		}
		return nil
	})
	if err != nil || n < 1000 {
		t.Fatalf("aliases-officials.tsv: %d lines, %v", n, err)
	}
}

// loadRetained loads the built-in data and returns the heap it keeps.
func loadRetained(tb testing.TB) int64 {
	return heaptest.Retained(tb, func() (*Gazetteer, error) { return loadBuiltin(data) })
}

// TestBuiltinLoadMemory guards the 6.7 MB the loaded gazetteer keeps:
// twice that fails.
func TestBuiltinLoadMemory(t *testing.T) {
	heaptest.AtMost(t, "gazetteer", loadRetained(t), 13<<20)
}

// BenchmarkBuiltinLoad measures parsing the data and building the automaton;
// heap-MB is what one loaded gazetteer keeps.
func BenchmarkBuiltinLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := loadBuiltin(data); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(loadRetained(b))/(1<<20), "heap-MB")
}

func TestSuggestRegions(t *testing.T) {
	tests := []struct {
		q    string
		want string
	}{
		{"south-asai", "south-asia"},
		{"asia", "central-asia east-asia south-asia"},
		{"Midle East", "middle-east"},
		{"sahell", "sahel"},
		{"antarctica", ""},
	}
	for _, tt := range tests {
		if got := strings.Join(SuggestRegions(tt.q, 3), " "); got != tt.want {
			t.Errorf("SuggestRegions(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}

// The built-in knowledge names only built-in actors of the right kinds.
func TestKnowledgeNamesBuiltinActors(t *testing.T) {
	g := Builtin()
	k := builtinKnowledge()
	if len(k.homes) < 20 || len(k.branches) < 5 {
		t.Fatalf("builtinKnowledge() has %d homes and %d branches", len(k.homes), len(k.branches))
	}
	want := func(file, id string, kind briefbot.Kind) {
		t.Helper()
		if a, ok := g.Actor(id); !ok || a.Kind != kind || a.ID != id {
			t.Errorf("%s: %q is no built-in %s", file, id, kind)
		}
	}
	for group, state := range k.homes {
		want("homes.tsv", group, briefbot.Group)
		want("homes.tsv", state, briefbot.State)
	}
	for group, state := range k.grounds {
		want("grounds.tsv", group, briefbot.Group)
		want("grounds.tsv", state, briefbot.State)
		if k.home(group) == "" {
			t.Errorf("grounds.tsv: %s fights no state in homes.tsv", group)
		}
	}
	for key, branch := range k.branches {
		want("branches.tsv", key[0], briefbot.Group)
		want("branches.tsv", key[1], briefbot.State)
		want("branches.tsv", branch, briefbot.Group)
	}
	for core, regions := range k.branchRegions {
		want("branches.tsv", core, briefbot.Group)
		for _, r := range regions {
			want("branches.tsv", r.branch, briefbot.Group)
		}
	}
}

func TestLoadKnowledgeRejectsBadLines(t *testing.T) {
	fsys := fstest.MapFS{
		"data/homes.tsv":    {Data: []byte("# comment\nttp\tPAK\n")},
		"data/branches.tsv": {Data: []byte("isis\tSOM\n")},
	}
	if _, err := loadKnowledge(fsys); err == nil || !strings.Contains(err.Error(), "branches.tsv:1") {
		t.Errorf("loadKnowledge(two-field branch line) error = %v, want one naming branches.tsv:1", err)
	}
	fsys["data/branches.tsv"] = &fstest.MapFile{Data: []byte("isis\tSOM\tisis-somalia\n")}
	k, err := loadKnowledge(fsys)
	if err != nil || k.home("ttp") != "PAK" || !k.cores["isis"] {
		t.Errorf("loadKnowledge(good lines) = %+v, %v", k, err)
	}
}

func TestAliasesListKnownFormsFirst(t *testing.T) {
	a, ok := Builtin().Actor("IRN")
	if !ok {
		t.Fatal("IRN missing")
	}
	first, leader := slices.Index(a.Aliases, "Iranian"), slices.Index(a.Aliases, "Khamenei")
	if first < 0 || leader < 0 || first > leader {
		t.Errorf("IRN aliases %v: want the demonym before the leaders", a.Aliases)
	}
}
