package coder

import (
	"strings"
	"testing"
	"testing/fstest"
)

// TestLoadFrames checks that the table of frames reads its columns, and
// that a line naming what the code does not know is refused with the
// line's place, not silently ignored.
func TestLoadFrames(t *testing.T) {
	frames, err := loadFrames(fstest.MapFS{"data/frames.tsv": {Data: []byte(
		"# comment\nprotest\taccuse\tnegated,hypothetical\tsubj,h:subj\tobl:against,obj.nmod:by,lastact\t0.7\tforum\n")}})
	if err != nil {
		t.Fatal(err)
	}
	sp := frames[frameProtest]
	if sp == nil || sp.conf != 0.7 || sp.guards != guardForum || len(sp.source) != 2 || len(sp.target) != 3 ||
		sp.drop&flagNegated == 0 || sp.drop&flagIntent == 0 || sp.drop&flagHedged != 0 {
		t.Fatalf("protest frame read as %+v", sp)
	}
	if st := sp.target[1].steps; len(st) != 2 || st[0] != (step{"obj", ""}) || st[1] != (step{"nmod", "by"}) {
		t.Errorf("obj.nmod:by read as %+v", st)
	}
	if sp.target[2].rule == nil {
		t.Error("lastact is a rule slot")
	}

	for _, tc := range []struct{ line, want string }{
		{"nosuch\taccuse\t-\tsubj\tobj\t0.8\t-", `unknown frame "nosuch"`},
		{"accuse\taccuse\tsleepy\tsubj\tobj\t0.8\t-", `unknown flag "sleepy"`},
		{"accuse\taccuse\t-\tsubj.elsewhere\tobj\t0.8\t-", `unknown slot "subj.elsewhere"`},
		{"accuse\taccuse\t-\tsubj\tobj:on\t0.8\t-", `unknown slot "obj:on"`},
		{"accuse\taccuse\t-\tsubj\tobj\t1.5\t-", "want a number in (0, 1]"},
		{"accuse\taccuse\t-\tsubj\tobj\t0.8\tcautious", `unknown guard "cautious"`},
		{"accuse\taccuse\t-\tsubj\tobj\t0.8", "6 tab-separated fields, want 7"},
		{"accuse\taccuse\t-\tsubj\tobj\t0.8\t-\naccuse\taccuse\t-\tsubj\tobj\t0.8\t-", `data/frames.tsv:2: frame "accuse" twice`},
	} {
		_, err := loadFrames(fstest.MapFS{"data/frames.tsv": {Data: []byte(tc.line + "\n")}})
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%q: error %v, want one saying %s", tc.line, err, tc.want)
		}
	}
}
