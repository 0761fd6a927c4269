package sentences

import (
	"bufio"
	"encoding/json"
	"github.com/bilatgraph/bilat/ingest/annotation"
	"os"
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/bilatgraph/bilat/ingest/article"
)

// checkInvariants verifies offsets, trimming and indices of a split.
func checkInvariants(t *testing.T, text string, got []article.Sentence) {
	t.Helper()
	prev := 0
	for i, s := range got {
		if s.Index != i {
			t.Errorf("sentence %d has Index %d", i, s.Index)
		}
		if s.Start < prev || s.End < s.Start || s.End > len(text) {
			t.Fatalf("sentence %d has bad offsets [%d:%d] (previous end %d, len %d)", i, s.Start, s.End, prev, len(text))
		}
		if text[s.Start:s.End] != s.Text {
			t.Errorf("sentence %d: text[%d:%d] = %q, Text = %q", i, s.Start, s.End, text[s.Start:s.End], s.Text)
		}
		if s.Text == "" || strings.TrimSpace(s.Text) != s.Text {
			t.Errorf("sentence %d is empty or not trimmed: %q", i, s.Text)
		}
		prev = s.End
	}
}

func texts(ss []article.Sentence) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = s.Text
	}
	return out
}

func TestSplit(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"simple", "China and Russia met. They talked.", []string{"China and Russia met.", "They talked."}},
		{"U.S. mid-sentence", "The U.S. imposed sanctions on Friday. Moscow responded.", []string{"The U.S. imposed sanctions on Friday.", "Moscow responded."}},
		{"Mr. and Dr.", "Mr. Li met Dr. Wang. They agreed.", []string{"Mr. Li met Dr. Wang.", "They agreed."}},
		{"Sept. 12", "They met on Sept. 12 in Paris. Talks went on.", []string{"They met on Sept. 12 in Paris.", "Talks went on."}},
		{"No. 10", "He spoke outside No. 10 on Friday.", []string{"He spoke outside No. 10 on Friday."}},
		{"initial", "Joseph R. Biden arrived. Then he left.", []string{"Joseph R. Biden arrived.", "Then he left."}},
		{"decimal", "Trade grew 3.5 percent. Exports fell.", []string{"Trade grew 3.5 percent.", "Exports fell."}},
		{"quote then attribution", "\"The talks were very good.\" he said.", []string{"\"The talks were very good.\" he said."}},
		{"quote comma attribution", "\"We will help,\" Modi said.", []string{"\"We will help,\" Modi said."}},
		{"quote then new sentence", "It will come \"very soon.\" Putin said more.", []string{"It will come \"very soon.\"", "Putin said more."}},
		{"paragraph", "A headline\n\nThe body.", []string{"A headline", "The body."}},
		{"dateline", "NEW DELHI – The rift deepened. Canada acted.", []string{"NEW DELHI – The rift deepened.", "Canada acted."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Split(tt.text)
			checkInvariants(t, tt.text, got)
			if g := texts(got); !reflect.DeepEqual(g, tt.want) {
				t.Errorf("Split(%q)\n got  %q\n want %q", tt.text, g, tt.want)
			}
		})
	}
}

// TestSplitHardCases runs the cases in testdata/cases.jsonl.
func TestSplitHardCases(t *testing.T) {
	f, err := os.Open("testdata/cases.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		var c struct {
			Name string
			Text string
			Want []string
		}
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatalf("line %d: %v", n+1, err)
		}
		n++
		t.Run(c.Name, func(t *testing.T) {
			got := Split(c.Text)
			checkInvariants(t, c.Text, got)
			g := texts(got)
			if len(g) == 0 && len(c.Want) == 0 {
				return
			}
			if !reflect.DeepEqual(g, c.Want) {
				t.Errorf("Split(%q)\n got  %q\n want %q", c.Text, g, c.Want)
			}
		})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if n < 40 {
		t.Errorf("only %d cases read", n)
	}
}

// readDev reads the shared gold corpus, or skips when it is not beside the repository.
func readDev(t testing.TB) []annotation.Document {
	docs, err := annotation.ReadFile("../../../shared/corpus/dev.jsonl")
	if err != nil {
		t.Skipf("dev corpus not available: %v", err)
	}
	return docs
}

// wholeSentenceAt reports whether the evidence found at p in text reads as
// one whole sentence: it starts a word with a capital letter or an opening
// quote, and ends with a terminator (and closing quotes) before white space.
func wholeSentenceAt(text, ev string, p int) bool {
	if p > 0 {
		r, _ := utf8.DecodeLastRuneInString(text[:p])
		if !unicode.IsSpace(r) {
			return false
		}
	}
	if e := p + len(ev); e < len(text) {
		r, _ := utf8.DecodeRuneInString(text[e:])
		if !unicode.IsSpace(r) {
			return false
		}
	}
	first, _ := utf8.DecodeRuneInString(ev)
	if !unicode.IsUpper(first) && !strings.ContainsRune("\"“«'‘", first) {
		return false
	}
	end := strings.TrimRight(ev, "\"”’'»)")
	return strings.HasSuffix(end, ".") || strings.HasSuffix(end, "!") || strings.HasSuffix(end, "?")
}

// TestSplitDevEvidence checks every gold evidence sentence of the dev corpus
// against the split: each must lie inside exactly one sentence.
func TestSplitDevEvidence(t *testing.T) {
	arts := readDev(t)
	checked, exact := 0, 0
	for _, a := range arts {
		got := Split(a.Text)
		checkInvariants(t, a.Text, got)
		seen := map[string]bool{}
		for _, r := range a.Relations {
			ev := r.Evidence
			if ev == "" || seen[ev] {
				continue
			}
			seen[ev] = true
			p := strings.Index(a.Text, ev)
			if p < 0 {
				t.Errorf("%s: evidence not in text: %q", a.ID, ev)
				continue
			}
			if !wholeSentenceAt(a.Text, ev, p) {
				continue
			}
			checked++
			var in []article.Sentence
			for _, s := range got {
				if s.Start <= p && p+len(ev) <= s.End {
					in = append(in, s)
				}
			}
			if len(in) != 1 {
				var across []string
				for _, s := range got {
					if s.Start < p+len(ev) && s.End > p {
						across = append(across, s.Text)
					}
				}
				t.Errorf("%s: evidence straddles %d sentences:\n  evidence %q\n  split    %q", a.ID, len(across), ev, across)
				continue
			}
			if in[0].Text == ev {
				exact++
			} else {
				t.Logf("%s: evidence is part of a longer sentence:\n  evidence %q\n  sentence %q", a.ID, ev, in[0].Text)
			}
		}
	}
	t.Logf("%d articles, %d whole-sentence evidence strings checked, %d equal to a split sentence", len(arts), checked, exact)
	if checked == 0 {
		t.Error("no evidence checked")
	}
}

func BenchmarkSplit(b *testing.B) {
	data, err := os.ReadFile("testdata/article.txt")
	if err != nil {
		b.Fatal(err)
	}
	text := string(data)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Split(text)
	}
}

// FuzzSplit checks that Split never panics and keeps its invariants: offsets
// in order and in bounds, trimmed non-empty texts equal to their slices.
func FuzzSplit(f *testing.F) {
	for _, s := range []string{
		"The U.S. and the U.K. agreed. Mr. Smith left.", "\"We will help,\" Modi said.",
		"A headline\n\nThe body.", "1. First.\n2. Second.", "« Weak. » Henrik", "…", "...",
		"\xff\xfe.", "U.S.)", " . . ", "a\u00a0b. C", "\r\n\r\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		got := Split(text)
		prev := 0
		for i, s := range got {
			if s.Index != i || s.Start < prev || s.End <= s.Start || s.End > len(text) {
				t.Fatalf("bad sentence %d %+v (previous end %d, len %d)", i, s, prev, len(text))
			}
			if text[s.Start:s.End] != s.Text {
				t.Fatalf("sentence %d: Text %q != text[%d:%d]", i, s.Text, s.Start, s.End)
			}
			prev = s.End
		}
	})
}
