package ingest_test

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/bilatgraph/bilat/graph"
	"github.com/bilatgraph/bilat/ingest"
	"github.com/bilatgraph/bilat/ingest/annotation"
	"github.com/bilatgraph/bilat/ingest/article"
	"github.com/bilatgraph/bilat/ingest/eval"
	"github.com/bilatgraph/bilat/ingest/reader"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

func newPipeline(t testing.TB) *ingest.Pipeline {
	t.Helper()
	p, err := ingest.New()
	require.NoError(t, err)
	return p
}

// relationLines renders relations as "subject KIND object date".
func relationLines(d annotation.Document) []string {
	var out []string
	for _, r := range d.Relations {
		date := ""
		if r.Date != nil {
			date = *r.Date
		}
		out = append(out, r.Subject+" "+r.Relation+" "+r.Object+" "+date)
	}
	return out
}

// TestGolden runs the pipeline on the articles in testdata/ (written for
// these tests) and compares the relations with testdata/*.golden; run with
// -update to rewrite them after a deliberate change.
func TestGolden(t *testing.T) {
	p := newPipeline(t)
	files, err := filepath.Glob("testdata/*.txt")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			arts, err := reader.ReadFile(f)
			require.NoError(t, err)
			require.Len(t, arts, 1)
			got := strings.Join(relationLines(annotation.FromExtraction(p.Extract(arts[0]), false)), "\n") + "\n"
			golden := strings.TrimSuffix(f, ".txt") + ".golden"
			if *update {
				require.NoError(t, os.WriteFile(golden, []byte(got), 0o644))
			}
			want, err := os.ReadFile(golden)
			require.NoError(t, err)
			assert.Equal(t, string(want), got)
		})
	}
}

// TestNoRelationForNegationOrHypothetical checks that "did not meet" and
// "may visit" give no edge.
func TestNoRelationForNegationOrHypothetical(t *testing.T) {
	p := newPipeline(t)
	x := p.Extract(article.Article{ID: "neg", Published: "2024-05-02", Text: "French President Emmanuel Macron did not meet German Chancellor Olaf Scholz on Tuesday. Scholz may visit Paris next week."})
	for _, r := range x.Relations {
		assert.NotContains(t, []string{"MET_WITH", "VISITED"}, r.Kind, "unexpected %+v", r)
	}
}

// TestLeaderTiedToCountryByDate checks that a person represents the country
// whose office they held on the article's date.
func TestLeaderTiedToCountryByDate(t *testing.T) {
	p := newPipeline(t)
	for _, c := range []struct {
		date, title string
	}{{"2010-06-01", "Prime Minister"}, {"2020-06-01", "President"}} {
		x := p.Extract(article.Article{ID: "d", Published: c.date, Text: "Vladimir Putin met Angela Merkel in Moscow on Monday."})
		var found bool
		for _, e := range x.Entities {
			if e.Name == "Vladimir Putin" {
				found = true
				assert.Equal(t, "Russia", e.Country)
				assert.Equal(t, c.title, e.Title, "on %s", c.date)
			}
		}
		assert.True(t, found)
	}
}

// TestDeterministic checks that the same article gives the same extraction.
func TestDeterministic(t *testing.T) {
	p := newPipeline(t)
	arts, err := reader.ReadFile("testdata/visit-and-pledge.txt")
	require.NoError(t, err)
	a, _ := json.Marshal(p.Extract(arts[0]))
	b, _ := json.Marshal(p.Extract(arts[0]))
	assert.Equal(t, string(a), string(b))
}

// TestBatchIsIdempotentInput checks the store batch: every edge endpoint is
// a node of the batch, and edges carry their evidence.
func TestBatch(t *testing.T) {
	p := newPipeline(t)
	arts, err := reader.ReadFile("testdata/visit-and-pledge.txt")
	require.NoError(t, err)
	b := p.Batch(p.Extract(arts[0]))
	ids := map[string]bool{}
	for _, n := range b.Nodes {
		ids[n.ID] = true
	}
	events := 0
	for _, e := range b.Edges {
		assert.True(t, ids[e.From], "edge %s from missing node %s", e.Kind, e.From)
		assert.True(t, ids[e.To], "edge %s to missing node %s", e.Kind, e.To)
		if e.Props["cameo"] != nil {
			events++
			require.NotEmpty(t, e.Evidence)
			assert.NotEmpty(t, e.Evidence[0].Sentence)
			assert.Equal(t, arts[0].ID, e.Evidence[0].Article)
		}
	}
	assert.Greater(t, events, 2)
}

// qualityFloor is what the extractor holds on the development corpus
// (dev.jsonl and dev2.jsonl together, and each half of the split that
// dev/corpus/split.py makes): the figures it reached, less a margin, so that
// a change that loses ground fails. Each half has its own country-F1 floor:
// a rule written from half a's errors must not cost the held-out half b.
// Issue 7 sets the goal above them: country F1 0.85, exact F1 0.75, entity
// F1 0.90, date accuracy 0.85, both halves within 0.05 of each other (the
// test logs the gap). (Date accuracy is over exact matches: a relation newly
// matched with the story's wrong day lowers it, as "welcomed them" did when
// it found the two presidents: 0.930 -> 0.915.)
var qualityFloor = struct {
	country, exact, entities, dates float64
	halves                          [2]float64
}{0.77, 0.625, 0.905, 0.905, [2]float64{0.85, 0.69}}

// devCorpus reads the shared development corpus in the order split.py
// numbers it, or skips.
func devCorpus(t testing.TB) []annotation.Document {
	t.Helper()
	var all []annotation.Document
	for _, name := range []string{"dev.jsonl", "dev2.jsonl"} {
		docs, err := annotation.ReadFile("../../shared/corpus/" + name)
		if err != nil {
			t.Skip("no ../shared/corpus/" + name + " beside the repository")
		}
		all = append(all, docs...)
	}
	return all
}

// TestDevCorpusQualityBar scores the extractor on the shared gold corpus,
// whole and in its two halves (even articles: the half whose errors rules
// may be written from; odd: held out), and holds it to qualityFloor.
func TestDevCorpusQualityBar(t *testing.T) {
	gold := devCorpus(t)
	p := newPipeline(t)
	var pred []annotation.Document
	for _, g := range gold {
		pred = append(pred, annotation.FromExtraction(p.Extract(article.Article{ID: g.ID, Published: g.Published, Text: g.Text}), false))
	}
	r := eval.Score(gold, pred)
	t.Logf("all %d: country F1 %.3f, exact F1 %.3f, entity F1 %.3f, dates %.3f", len(gold), r.RelationsCountry.F1, r.RelationsExact.F1, r.Entities.F1, *r.DateAccuracy)
	assert.GreaterOrEqual(t, r.RelationsCountry.F1, qualityFloor.country)
	assert.GreaterOrEqual(t, r.RelationsExact.F1, qualityFloor.exact)
	assert.GreaterOrEqual(t, r.Entities.F1, qualityFloor.entities)
	require.NotNil(t, r.DateAccuracy)
	assert.GreaterOrEqual(t, *r.DateAccuracy, qualityFloor.dates)
	var halves [2]float64
	for h := range 2 {
		var g, pr []annotation.Document
		for i := h; i < len(gold); i += 2 {
			g, pr = append(g, gold[i]), append(pr, pred[i])
		}
		hr := eval.Score(g, pr)
		halves[h] = hr.RelationsCountry.F1
		t.Logf("half %c (%d): country F1 %.3f, exact F1 %.3f", 'a'+h, len(g), hr.RelationsCountry.F1, hr.RelationsExact.F1)
	}
	t.Logf("halves apart by %.3f (goal: within 0.05)", halves[0]-halves[1])
	assert.GreaterOrEqual(t, halves[0], qualityFloor.halves[0], "half a")
	assert.GreaterOrEqual(t, halves[1], qualityFloor.halves[1], "half b (held out)")
}

// BenchmarkExtract measures the pipeline on the corpus's seed-sized article,
// and reports articles/s; run it with -cpu 1 for the rate of one core (the
// issue 8 goal: 2,000 articles/s of 2 KB).
func BenchmarkExtract(b *testing.B) {
	p := newPipeline(b)
	arts, err := reader.ReadFile("testdata/visit-and-pledge.txt")
	require.NoError(b, err)
	text := strings.Repeat(arts[0].Text+"\n\n", 4) // about 2 KB
	a := article.Article{ID: "bench", Published: arts[0].Published, Text: text}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		p.Extract(a)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkExtractCorpus measures the pipeline on the articles of the
// shared development corpus in turn (varied text of about 1.6 KB, where the
// tagger's and the gazetteer's look-ups miss the caches that
// BenchmarkExtract's one article keeps warm), and reports articles/s.
func BenchmarkExtractCorpus(b *testing.B) {
	p := newPipeline(b)
	var arts []article.Article
	size := 0
	for _, g := range devCorpus(b) {
		arts = append(arts, article.Article{ID: g.ID, Published: g.Published, Text: g.Text})
		size += len(g.Text)
	}
	b.SetBytes(int64(size / len(arts)))
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		p.Extract(arts[i%len(arts)])
		i++
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

// FuzzExtract checks that no text makes the pipeline panic and that every
// relation points at entities of the extraction with a sentence of the text.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"Chinese Premier Li Qiang told Russian President Vladimir Putin on Tuesday that Beijing is willing to deepen cooperation.",
		"\"We will help,\" Modi said. The two countries signed a treaty of Aachen.",
		"U.S. imposes sanctions on Putin, Lavrov and Shoigu; Kyiv Mayor Vitali Klitschko said.",
		"", "...", "the the the", "Élysée Treaty, a landmark pact’s “quote",
	} {
		f.Add(s)
	}
	p := newPipeline(f)
	f.Fuzz(func(t *testing.T, text string) {
		x := p.Extract(article.Article{ID: "fuzz", Published: "2025-11-19", Text: text})
		ids := map[string]bool{}
		for _, e := range x.Entities {
			ids[e.ID] = true
		}
		for _, r := range x.Relations {
			if !ids[r.Subject] || !ids[r.Object] {
				t.Fatalf("relation %+v names an entity the extraction lacks", r)
			}
			if r.Start < 0 || r.End > len(text) || text[r.Start:r.End] != r.Evidence {
				t.Fatalf("relation %+v: evidence is not the text at its offsets", r)
			}
		}
	})
}

// edgeOf returns the batch's edge of a kind between two nodes.
func edgeOf(t *testing.T, b graph.Batch, kind, from, to string) graph.Edge {
	t.Helper()
	for _, e := range b.Edges {
		if e.Kind == kind && e.From == from && e.To == to {
			return e
		}
	}
	require.Failf(t, "no edge", "%s %s %s", from, kind, to)
	return graph.Edge{}
}

// TestEveryStatementIsEvidence reads the corpus's seed article, whose
// China -> Russia promise is stated in several sentences: the edge lists each
// of them (issue 9 item 5), and what was promised is whole clauses, not cut
// mid-phrase (item 4).
func TestEveryStatementIsEvidence(t *testing.T) {
	arts, err := reader.ReadFile("../../shared/corpus/seed-article.txt")
	if err != nil {
		t.Skip("no ../shared/corpus/seed-article.txt beside the repository")
	}
	p := newPipeline(t)
	b := p.Batch(p.Extract(arts[0]))
	e := edgeOf(t, b, "PLEDGED", "country:china", "country:russia")
	sentences := map[string]bool{}
	for _, ev := range e.Evidence {
		sentences[ev.Span] = true
		assert.Contains(t, arts[0].Text, ev.Sentence)
	}
	assert.GreaterOrEqual(t, len(sentences), 3, "the promise is stated in three sentences: %v", e.Evidence)
	what, _ := e.Props["what"].(string)
	assert.Contains(t, what, "further enhance the resilience of cooperation with Russia")
	assert.Contains(t, what, "enhance alignment of development strategies, deepen cooperation in various fields")
	assert.NotContains(t, what, "ensuring reliable", "a clause is not cut after its first words")
}

// TestPlainFactsInExamples reads facts the examples state plainly (issue 9
// item 7): a tariff cut promised with "will", and leaders who attended an
// event the article describes but does not name.
func TestPlainFactsInExamples(t *testing.T) {
	p := newPipeline(t)
	arts, err := reader.ReadFile("../examples/2025-10-30-trump-xi-busan.jsonl")
	require.NoError(t, err)
	got := relationLines(annotation.FromExtraction(p.Extract(arts[0]), false))
	assert.Contains(t, got, "United States PLEDGED China 2025-10-30")

	arts, err = reader.ReadFile("../examples/2025-09-03-beijing-parade.txt")
	require.NoError(t, err)
	x := p.Extract(arts[0])
	got = relationLines(annotation.FromExtraction(x, false))
	assert.Contains(t, got, "Vladimir Putin ATTENDED military parade in Beijing 2025-09-03")
	assert.Contains(t, got, "Kim Jong Un ATTENDED military parade in Beijing 2025-09-03")
	events := 0
	for _, e := range x.Entities {
		if e.Type == article.Event {
			events++
			assert.Equal(t, "Beijing", e.Place)
		}
	}
	assert.Equal(t, 1, events)
}

// TestLongTextIsCut checks that a text longer than the pipeline reads is cut
// at a sentence's end, said so, and still read up to there (issue 10 item 4).
func TestLongTextIsCut(t *testing.T) {
	p := newPipeline(t)
	p.MaxText = 4 << 10
	sentence := "Chinese President Xi Jinping met Russian President Vladimir Putin in Moscow on Tuesday. "
	text := strings.Repeat(sentence, 200) // about 17 KB
	x := p.Extract(article.Article{ID: "long", Published: "2025-05-08", Text: text})
	assert.Equal(t, len(text), x.Truncated)
	assert.LessOrEqual(t, len(x.Article.Text), 4<<10)
	assert.True(t, strings.HasSuffix(x.Article.Text, "."), "cut after a full stop: %q", x.Article.Text[len(x.Article.Text)-20:])
	got := relationLines(annotation.FromExtraction(x, false))
	assert.Contains(t, got, "Xi Jinping MET_WITH Vladimir Putin 2025-05-06")

	short := p.Extract(article.Article{ID: "short", Published: "2025-05-08", Text: sentence})
	assert.Zero(t, short.Truncated)
}

// BenchmarkExtractLongSentence extracts one sentence of names, without a full
// stop, of growing length: the time per byte stays flat when every stage is
// linear (issue 10 item 4: it grew with the square of the length before).
func BenchmarkExtractLongSentence(b *testing.B) {
	p := newPipeline(b)
	unit := "Chinese President Xi Jinping met Russian President Vladimir Putin and said China is willing to deepen ties with Russia, "
	for _, size := range []int{10 << 10, 100 << 10, 1 << 20} {
		text := strings.Repeat(unit, size/len(unit))
		b.Run(fmt.Sprintf("%dKB", size>>10), func(b *testing.B) {
			a := article.Article{ID: "long", Published: "2025-01-01", Text: text}
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				p.Extract(a)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(text)), "ns/byte")
		})
	}
}

// TestFoldedTextEnds runs the extractor on every development article in
// lower and upper case: text without its capitals once sent the argument
// finder into endless recursion (a subject search asking for a speaker
// whose subject search asked for a speaker ...), which no recover catches.
func TestFoldedTextEnds(t *testing.T) {
	p := newPipeline(t)
	for _, g := range devCorpus(t) {
		for _, text := range []string{strings.ToLower(g.Text), strings.ToUpper(g.Text)} {
			x := p.Extract(article.Article{ID: g.ID, Published: g.Published, Text: text})
			assert.Equal(t, g.ID, x.Article.ID)
		}
	}
}
