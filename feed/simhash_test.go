package feed

import (
	"bufio"
	"bytes"
	"strings"
	"testing"
)

// story is one outlet's copy of a test story.
type story struct{ id, outlet, title, text string }

// loadStories reads testdata/stories.txt.
func loadStories(t testing.TB) []story {
	t.Helper()
	var out []story
	sc := bufio.NewScanner(bytes.NewReader(fixture(t, "stories.txt")))
	sc.Buffer(nil, 1<<20)
	var cur *story
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		switch {
		case strings.HasPrefix(line, "#"):
		case line == "":
			cur = nil
		case cur == nil:
			f := strings.SplitN(line, "|", 3)
			if len(f) != 3 {
				t.Fatalf("bad story header %q", line)
			}
			out = append(out, story{id: f[0], outlet: f[1], title: f[2]})
			cur = &out[len(out)-1]
		default:
			cur.text = strings.TrimSpace(cur.text + " " + line)
		}
	}
	return out
}

// TestClusterDistance measures the Hamming distances the threshold must
// separate: two outlets' copies of one wire story (light rewording, another
// headline) against different stories about the same rivers, countries and
// people.
func TestClusterDistance(t *testing.T) {
	stories := loadStories(t)
	if len(stories) < 8 {
		t.Fatalf("only %d stories", len(stories))
	}
	sameMax, diffMin := 0, 64
	for i, a := range stories {
		for _, b := range stories[i+1:] {
			d := hamming(simHash(a.title, a.text), simHash(b.title, b.text))
			t.Logf("%s/%s vs %s/%s: %d", a.id, a.outlet, b.id, b.outlet, d)
			if a.id == b.id {
				sameMax = max(sameMax, d)
			} else {
				diffMin = min(diffMin, d)
			}
		}
	}
	t.Logf("same story: at most %d bits apart; different stories: at least %d", sameMax, diffMin)
	if sameMax > DefaultClusterDistance {
		t.Errorf("copies of one story are %d bits apart, above the threshold %d", sameMax, DefaultClusterDistance)
	}
	if diffMin <= DefaultClusterDistance {
		t.Errorf("different stories are only %d bits apart, within the threshold %d", diffMin, DefaultClusterDistance)
	}
}

// TestSimHashStable pins fingerprints computed before: articles stored with
// them are compared with new ones, so the hash must never change.
func TestSimHashStable(t *testing.T) {
	tests := []struct {
		title, text string
		want        uint64
	}{
		{"Iran recalls envoy", "Tehran said on Tuesday it had recalled its ambassador from Islamabad after the strikes.", 0x68032df24f3493f},
		{"Short", "two words", 0x21002328607e24},
		{"", "x", 0xaf63f54c86021707},
		{"", "", 0},
	}
	for _, tt := range tests {
		if got := simHash(tt.title, tt.text); got != tt.want {
			t.Errorf("simHash(%q, %q) = %#x, want %#x", tt.title, tt.text, got, tt.want)
		}
	}
}
