package frames_test

import (
	"encoding/json"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/bilatgraph/bilat/ingest/annotation"
	"github.com/bilatgraph/bilat/ingest/article"
	"github.com/bilatgraph/bilat/ingest/eval"
)

// challengeSets are sentences written for bilat in wire-service style, not
// taken from the development corpus, with what the extractor must at least
// do on each. challenge.json (many phrasings per kind, negatives and traps)
// was looked at while rules were written. The blind sets (60 short articles
// each) were written by someone who had not seen the extractor; their want
// lists are complete, so precision counts too. Rules were written from the
// misses of blind-a, then blind-b, then blind-c, then blind-d, then blind-g
// (50 long articles by a third hand), then blind-i (50 long articles by a
// sixth), then blind-k (50 long articles by a seventh), each after it had
// been scored at first sight. blind-e and blind-f (longer articles, by another hand),
// blind-h (50 long articles, by a fourth), blind-j (50 long articles, by a
// fifth) and blind-l (50 long articles, by an eighth) were scored once when they came; their misses are not read, only
// their figures, so they stay a measure of news bilat has not seen. The writers of blind-a to blind-d did not count
// presence abroad (attending a summit there, being received there) as a
// visit; those of blind-e to blind-h and the development corpus do, and so
// does bilat, which costs it precision on the first four.
var challengeSets = []struct {
	file      string
	complete  bool    // want lists every relation: a drawn relation it lacks is an error
	recall    float64 // the least share of wanted relations found
	precision float64 // for complete sets: the least share of drawn relations wanted
	forbidden int     // the most forbidden relations drawn
	dates     float64 // the least share of found dated relations drawn with the wanted date
}{
	{"challenge.json", false, 0.89, 0, 1, 0.95},
	{"blind-a.json", true, 0.83, 0.88, 3, 0.95},
	{"blind-b.json", true, 0.91, 0.81, 3, 0.95},
	{"blind-c.json", true, 0.78, 0.75, 3, 0.95},
	{"blind-d.json", true, 0.81, 0.74, 2, 0.95},
	{"blind-e.json", true, 0.66, 0.76, 3, 0.90},
	{"blind-f.json", true, 0.56, 0.72, 2, 0.85},
	{"blind-g.json", true, 0.79, 0.85, 3, 0.90},
	{"blind-h.json", true, 0.60, 0.75, 4, 0.90},
	{"blind-i.json", true, 0.75, 0.77, 3, 0.90},
	{"blind-j.json", true, 0.63, 0.64, 3, 0.88},
	{"blind-k.json", true, 0.66, 0.81, 2, 0.89},
	{"blind-l.json", true, 0.52, 0.75, 5, 0.85},
}

func TestChallengeSet(t *testing.T) {
	p := newPipeline(t)
	for _, set := range challengeSets {
		t.Run(set.file, func(t *testing.T) {
			data, err := os.ReadFile("testdata/" + set.file)
			require.NoError(t, err)
			var cases []relCase
			require.NoError(t, json.Unmarshal(data, &cases))
			var sc challengeScore
			for _, c := range cases {
				sc.add(t, c, lines(annotation.FromExtraction(p.Extract(article.Article{ID: "t", Published: c.Published, Text: c.Text}), false)))
			}
			recall, precision := float64(sc.found)/float64(sc.wanted), float64(sc.drawnWanted)/float64(max(sc.drawn, 1))
			t.Logf("%s: %d of %d wanted relations (recall %.2f), %d of %d drawn wanted (precision %.2f), %d forbidden drawn, %d of %d dates right",
				set.file, sc.found, sc.wanted, recall, sc.drawnWanted, sc.drawn, precision, sc.forbidden, sc.datedRight, sc.dated)
			assert.GreaterOrEqual(t, recall, set.recall)
			if set.complete {
				assert.GreaterOrEqual(t, precision, set.precision)
			}
			assert.LessOrEqual(t, sc.forbidden, set.forbidden)
			assert.GreaterOrEqual(t, float64(sc.datedRight)/float64(max(sc.dated, 1)), set.dates)
		})
	}
}

// challengeScore counts one set's matches, names compared as the reference
// scorer compares them.
type challengeScore struct {
	wanted, found, drawn, drawnWanted, forbidden int
	dated, datedRight                            int // found wanted relations with a date, and those drawn with it
}

func (sc *challengeScore) add(t *testing.T, c relCase, got []line) {
	same := func(a, b string) bool { return eval.Same(a, b, "") || eval.Same(a, b, "Event") }
	matches := func(want, drawn string) bool {
		s, k, o, ok := splitTriple(want)
		gs, gk, gobj, _ := splitTriple(drawn)
		return ok && gk == k && same(gs, s) && same(gobj, o)
	}
	for _, w := range c.Want {
		sc.wanted++
		triple := withoutDate(w)
		if i := slices.IndexFunc(got, func(l line) bool { return matches(triple, l.triple) }); i >= 0 {
			sc.found++
			if date := w[len(triple):]; triple != w && date != " null" {
				sc.dated++
				if slices.ContainsFunc(got, func(l line) bool { return matches(triple, l.triple) && " "+l.date == date }) {
					sc.datedRight++
				} else if testing.Verbose() {
					t.Logf("%s: dated %q %s", c.Name, w, got[i].date)
				}
			}
		} else if testing.Verbose() {
			t.Logf("%s: missed %q", c.Name, w)
		}
	}
	for _, l := range got {
		sc.drawn++
		if slices.ContainsFunc(c.Want, func(w string) bool { return matches(withoutDate(w), l.triple) }) {
			sc.drawnWanted++
		} else if testing.Verbose() {
			t.Logf("%s: drew unwanted %q", c.Name, l.triple)
		}
	}
	for _, f := range c.Forbid {
		if slices.ContainsFunc(got, func(l line) bool { return matches(f, l.triple) }) {
			sc.forbidden++
			t.Logf("%s: drew forbidden %q", c.Name, f)
		}
	}
}

// withoutDate returns a wanted relation without its date, if it has one
// ("A MET_WITH B 2023-05-01", or "null" for no date; an undated relation
// may also end with its object).
func withoutDate(want string) string {
	i := strings.LastIndexByte(want, ' ')
	if _, err := time.Parse(time.DateOnly, want[i+1:]); err == nil || want[i+1:] == "null" {
		return want[:i]
	}
	return want
}

// splitTriple splits "Subject KIND Object" at its kind.
func splitTriple(line string) (subject, kind, object string, ok bool) {
	for k := range kinds {
		if i := strings.Index(line, " "+k+" "); i >= 0 {
			return line[:i], k, line[i+len(k)+2:], true
		}
	}
	return "", "", "", false
}
