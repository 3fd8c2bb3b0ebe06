package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func runWithInput(t *testing.T, in string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := runMain(context.Background(), args, stdio{in: strings.NewReader(in), out: &out, err: &errOut})
	return code, out.String(), errOut.String()
}

const codeInput = `{"id": "a-1", "date": "2025-02-03", "text": "Egypt accused Ethiopia of endangering its water supply. Ethiopia denied the accusation."}

{"id": 7, "date": "2025-02-04", "text": "The central bank left rates unchanged."}
{"id": "a-3", "text": "Armenia denied any involvement.", "title": "Yerevan responds"}
`

func TestCodeStreamsOnePredictionPerItem(t *testing.T) {
	code, out, errOut := runWithInput(t, codeInput, "code")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 3 {
		t.Fatalf("got %d lines, want 3:\n%s", len(lines), out)
	}
	type ev struct {
		Type   string  `json:"type"`
		Source string  `json:"source"`
		Target *string `json:"target"`
		Code   string  `json:"code"`
	}
	var preds []struct {
		ID     json.RawMessage `json:"id"`
		Events []ev            `json:"events"`
	}
	for _, l := range lines {
		var p struct {
			ID     json.RawMessage `json:"id"`
			Events []ev            `json:"events"`
		}
		if err := json.Unmarshal([]byte(l), &p); err != nil {
			t.Fatalf("line %q: %v", l, err)
		}
		preds = append(preds, p)
	}
	if string(preds[0].ID) != `"a-1"` || string(preds[1].ID) != "7" {
		t.Errorf("ids %s %s, want the input ids as given", preds[0].ID, preds[1].ID)
	}
	var got []string
	for _, e := range preds[0].Events {
		tgt := "null"
		if e.Target != nil {
			tgt = *e.Target
		}
		got = append(got, e.Type+" "+e.Source+"->"+tgt)
	}
	if strings.Join(got, ", ") != "accusation EGY->ETH, denial ETH->EGY" {
		t.Errorf("events %q", got)
	}
	if !strings.Contains(lines[1], `"events":[]`) {
		t.Errorf("an item with no event must print an empty list: %s", lines[1])
	}
	if !strings.Contains(lines[2], `"target":null`) {
		t.Errorf("a denial with no accuser must print a null target: %s", lines[2])
	}
}

func TestCodeReadsAFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "in.jsonl")
	if err := os.WriteFile(path, []byte(codeInput), 0o600); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runWithInput(t, "", "code", path)
	if code != 0 || strings.Count(out, "\n") != 3 {
		t.Fatalf("exit %d, stderr %q, out %q", code, errOut, out)
	}
}

func TestCodeErrors(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		args     []string
		exit     int
		stderr   string
	}{
		{"bad json", "{\"id\": 1}\nnot json\n", []string{"code"}, 1, "stdin:2:"},
		{"bad date", `{"id": 1, "date": "03/02/2025", "text": "x"}`, []string{"code"}, 1, "want YYYY-MM-DD"},
		{"missing file", "", []string{"code", filepath.Join(t.TempDir(), "none.jsonl")}, 1, "open input"},
		{"two files", "", []string{"code", "a", "b"}, 2, "at most one FILE"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, _, errOut := runWithInput(t, tc.in, tc.args...)
			if code != tc.exit || !strings.Contains(errOut, tc.stderr) {
				t.Errorf("exit %d, stderr %q; want %d and %q", code, errOut, tc.exit, tc.stderr)
			}
		})
	}
}

// TestCodeInputKinds checks that code tells JSONL from a plain-text
// article, and goes on past bad JSONL lines, naming each.
func TestCodeInputKinds(t *testing.T) {
	tests := []struct {
		name, in  string
		exit      int
		wantOut   []string // prediction lines, in order, as prefixes
		wantErr   []string
		wantNoErr bool
	}{
		{name: "plain text article", in: "Egypt accuses Ethiopia\n\nEgypt accused Ethiopia of endangering its water supply.\n",
			wantOut: []string{`{"id":"stdin","events":[{"type":"accusation","source":"EGY","target":"ETH"`}, wantNoErr: true},
		{name: "jsonl after blank lines", in: "\n  \n" + `{"id": 1, "text": "The central bank left rates unchanged."}` + "\n",
			wantOut: []string{`{"id":1,"events":[]}`}, wantNoErr: true},
		{name: "bad lines are skipped and named", exit: 1,
			in:      `{"id": 1, "text": "x"}` + "\nnot json\n" + `{"id": 3, "date": "3 Feb", "text": "x"}` + "\n" + `{"id": 4, "text": "x"}` + "\n",
			wantOut: []string{`{"id":1,`, `{"id":4,`},
			wantErr: []string{"stdin:2: invalid character", `stdin:3: date "3 Feb": want YYYY-MM-DD`, "2 of 4 items could not be coded"}},
		{name: "empty input", in: "", wantNoErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := runWithInput(t, tt.in, "code")
			if code != tt.exit {
				t.Errorf("exit %d, want %d; stderr %q", code, tt.exit, errOut)
			}
			lines := strings.Split(strings.TrimSpace(out), "\n")
			if out == "" {
				lines = nil
			}
			if len(lines) != len(tt.wantOut) {
				t.Fatalf("%d predictions, want %d:\n%s", len(lines), len(tt.wantOut), out)
			}
			for i, w := range tt.wantOut {
				if !strings.HasPrefix(lines[i], w) {
					t.Errorf("prediction %d = %s, want prefix %s", i, lines[i], w)
				}
			}
			for _, w := range tt.wantErr {
				if !strings.Contains(errOut, w) {
					t.Errorf("stderr lacks %q:\n%s", w, errOut)
				}
			}
			if tt.wantNoErr && errOut != "" {
				t.Errorf("stderr %q, want none", errOut)
			}
		})
	}
}

// benchItems are dated news items of three sentences each, of every kind
// the coder meets: events, reported speech, background and no event, as
// feed text mostly is.
var benchItems = []string{
	"Azerbaijani troops shelled Armenian border posts on Tuesday, Yerevan said. Armenia called the attack a provocation. Baku denied the charge.",
	"The central bank kept rates unchanged. Shares rose 2% in early trade. Analysts expect inflation to ease next year.",
	"Pakistan has long accused Afghanistan of sheltering the TTP. Kabul rejected the allegation as baseless. China urged both countries to show restraint.",
	"In 2014, Russia annexed Crimea from Ukraine. Last week Kyiv said Russian drones struck its power grid. The European Union imposed new sanctions on Russia.",
}

// denseItems are items of three long sentences each, every one naming
// parties and a trigger, as the labelled real news does: each sentence is
// parsed, so this is the slow end of the coder's range.
var denseItems = []string{
	"Ukraine's foreign ministry on Monday accused Russia of launching a barrage of missiles and drones at energy facilities in the Kharkiv and Odesa regions overnight, calling the strikes a deliberate attempt to freeze civilians before winter. " +
		"The Kremlin denied targeting civilian infrastructure and said its forces had struck only military sites used by the Ukrainian army and foreign mercenaries. " +
		"Poland scrambled fighter jets as a precaution after the attack, and NATO said it was closely monitoring the situation along the alliance's eastern flank.",
	"Israeli aircraft struck what the military described as Hezbollah weapons depots in southern Lebanon on Wednesday, hours after rockets fired from Lebanese territory hit an open area near the northern town of Kiryat Shmona. " +
		"Lebanon's caretaker prime minister condemned the raids as a violation of the country's sovereignty and urged the United Nations Security Council to act. " +
		"France and the United States called on both sides to exercise maximum restraint and return to the arrangements agreed under the ceasefire brokered last year.",
	"China's defence ministry warned on Thursday that it would take resolute countermeasures if the Philippines continued what it called provocations near Second Thomas Shoal, a day after its coast guard fired water cannon at a Philippine supply boat. " +
		"Manila summoned the Chinese ambassador to protest the incident and rejected Beijing's claim that the vessel had intruded into Chinese waters. " +
		"Japan and Australia said they stood with the Philippines and accused China of dangerous and coercive behaviour at sea.",
	"Ethiopia and Somalia agreed in talks hosted by Turkey to resume dialogue over Ethiopia's access to the sea, easing a dispute that had threatened to destabilise the Horn of Africa for a year. " +
		"Eritrea's information minister dismissed reports that Asmara had moved troops to the border as baseless fabrications spread by its adversaries. " +
		"Sudan's army accused the Rapid Support Forces of shelling a displacement camp near El Fasher, a charge the paramilitary group denied in a statement on Friday.",
}

// BenchmarkCodeCommand measures "briefbot code" end to end, JSON in and
// out, in sentences per second, on feed-like text and on event-dense
// text; run with -cpu 1 for the one-core figures and -cpu 2 for the
// machine's: "briefbot code" runs one worker per core. (The testing package
// runs the first round of -cpu 1 with the process's own GOMAXPROCS; run
// -count 2 or more and read the later rounds.)
func BenchmarkCodeCommand(b *testing.B) {
	for _, mix := range []struct {
		name  string
		items []string
	}{{"mixed", benchItems}, {"dense", denseItems}} {
		b.Run(mix.name, func(b *testing.B) {
			var in strings.Builder
			const repeat = 250
			for i := range repeat {
				for j, text := range mix.items {
					line, err := json.Marshal(map[string]any{"id": i*len(mix.items) + j, "date": "2024-05-15", "text": text})
					if err != nil {
						b.Fatal(err)
					}
					in.Write(line)
					in.WriteByte('\n')
				}
			}
			input := in.String()
			sentences := 3 * repeat * len(mix.items)
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				var out bytes.Buffer
				if code := runMain(context.Background(), []string{"code"}, stdio{in: strings.NewReader(input), out: &out, err: io.Discard}); code != 0 {
					b.Fatalf("exit %d", code)
				}
			}
			b.ReportMetric(float64(sentences*b.N)/b.Elapsed().Seconds(), "sentences/s")
		})
	}
}
