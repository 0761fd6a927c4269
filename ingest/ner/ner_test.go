package ner_test

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/bilatgraph/bilat/ingest/article"
	"github.com/bilatgraph/bilat/ingest/gazetteer"
	"github.com/bilatgraph/bilat/ingest/ner"
	"github.com/bilatgraph/bilat/ingest/sentences"
)

// nerCase is one hard case in testdata/cases.json. Fields of an expected
// entity that are absent from the JSON are not checked; an empty string is.
type nerCase struct {
	Name      string `json:"name"`
	Published string `json:"published"`
	Text      string `json:"text"`
	Entities  []struct {
		Name    string  `json:"name"`
		Type    string  `json:"type"`
		Country *string `json:"country"`
		Title   *string `json:"title"`
		Acronym *string `json:"acronym"`
		Start   *string `json:"start"`
		End     *string `json:"end"`
	} `json:"entities"`
	Mentions []struct {
		Text     string `json:"text"`
		Entity   string `json:"entity"`
		Via      string `json:"via"` // "" for any
		Sentence *int   `json:"sentence"`
	} `json:"mentions"`
	Places []struct {
		Name    string `json:"name"`
		Country string `json:"country"`
	} `json:"places"`
	Absent   []string `json:"absent"` // entity ids that must not be found
	KnownGap bool     `json:"knownGap"`
	Why      string   `json:"why"`
}

func loadCases(t *testing.T) []nerCase {
	t.Helper()
	data, err := os.ReadFile("testdata/cases.json")
	require.NoError(t, err)
	var cases []nerCase
	require.NoError(t, json.Unmarshal(data, &cases))
	require.NotEmpty(t, cases)
	return cases
}

// skipGap skips a case the recogniser is known to get wrong, unless
// BILAT_GAPS=1 asks to see whether it still fails.
func skipGap(t *testing.T, knownGap bool, why string) {
	t.Helper()
	if knownGap && os.Getenv("BILAT_GAPS") == "" {
		t.Skip("known gap: " + why)
	}
}

func recognize(published, text string) ner.Result {
	a := article.Article{ID: "t", Published: published, Text: text}
	return ner.New(gazetteer.Default()).Recognize(a, sentences.Split(text))
}

func dump(r ner.Result) string {
	var b strings.Builder
	for _, e := range r.Entities {
		fmt.Fprintf(&b, "  entity %s %q country=%q title=%q start=%q end=%q\n", e.ID, e.Name, e.Country, e.Title, e.Start, e.End)
	}
	for _, m := range r.Mentions {
		fmt.Fprintf(&b, "  mention s%d %q -> %s via %s\n", m.Sentence, m.Text, m.EntityID, m.Via)
	}
	for _, p := range r.Places {
		fmt.Fprintf(&b, "  place %q in %s\n", p.Name, p.Country)
	}
	return b.String()
}

func TestRecognize(t *testing.T) {
	for _, c := range loadCases(t) {
		t.Run(c.Name, func(t *testing.T) {
			skipGap(t, c.KnownGap, c.Why)
			r := recognize(c.Published, c.Text)
			got := dump(r)
			byID := map[string]article.Entity{}
			for _, e := range r.Entities {
				byID[e.ID] = e
			}
			for _, want := range c.Entities {
				id := article.EntityID(want.Type, want.Name)
				e, ok := byID[id]
				if !assert.True(t, ok, "no entity %s in\n%s", id, got) {
					continue
				}
				assert.Equal(t, want.Name, e.Name, "%s name", id)
				assert.Equal(t, want.Type, e.Type, "%s type", id)
				for _, f := range []struct {
					field string
					want  *string
					got   string
				}{
					{"country", want.Country, e.Country},
					{"title", want.Title, e.Title},
					{"acronym", want.Acronym, e.Acronym},
					{"start", want.Start, e.Start},
					{"end", want.End, e.End},
				} {
					if f.want != nil {
						assert.Equal(t, *f.want, f.got, "%s %s in\n%s", id, f.field, got)
					}
				}
			}
			for _, want := range c.Mentions {
				found := false
				for _, m := range r.Mentions {
					if m.Text == want.Text && m.EntityID == want.Entity && (want.Via == "" || m.Via == want.Via) &&
						(want.Sentence == nil || *want.Sentence == m.Sentence) {
						found = true
						break
					}
				}
				assert.True(t, found, "no mention %q -> %s via %q in\n%s", want.Text, want.Entity, want.Via, got)
			}
			for _, want := range c.Places {
				found := false
				for _, p := range r.Places {
					if p.Name == want.Name && p.Country == want.Country {
						found = true
					}
				}
				assert.True(t, found, "no place %q in %s in\n%s", want.Name, want.Country, got)
			}
			for _, id := range c.Absent {
				_, ok := byID[id]
				assert.False(t, ok, "unexpected entity %s in\n%s", id, got)
				for _, m := range r.Mentions {
					assert.NotEqual(t, id, m.EntityID, "unexpected mention %q of %s", m.Text, id)
				}
			}
		})
	}
}

// TestRecognizeInvariants checks every case's output: mentions point at
// entities of the result, carry the text at their offsets, lie in their
// sentence, come in text order and never share a span; entity ids are
// unique; places are not entities.
func TestRecognizeInvariants(t *testing.T) {
	for _, c := range loadCases(t) {
		t.Run(c.Name, func(t *testing.T) {
			sents := sentences.Split(c.Text)
			r := ner.New(gazetteer.Default()).Recognize(article.Article{Published: c.Published, Text: c.Text}, sents)
			ids := map[string]bool{}
			for _, e := range r.Entities {
				assert.False(t, ids[e.ID], "duplicate entity id %s", e.ID)
				ids[e.ID] = true
				assert.Equal(t, article.EntityID(e.Type, e.Name), e.ID)
			}
			spans := map[[2]int]bool{}
			for i, m := range r.Mentions {
				assert.True(t, ids[m.EntityID], "mention %q of unknown entity %s", m.Text, m.EntityID)
				assert.Equal(t, c.Text[m.Start:m.End], m.Text)
				s := sents[m.Sentence]
				assert.True(t, s.Start <= m.Start && m.End <= s.End, "mention %q outside sentence %d", m.Text, m.Sentence)
				if i > 0 {
					assert.LessOrEqual(t, r.Mentions[i-1].Start, m.Start, "mentions out of order")
				}
				span := [2]int{m.Start, m.End}
				assert.False(t, spans[span], "two mentions on %q", m.Text)
				spans[span] = true
			}
			for _, p := range r.Places {
				assert.Equal(t, c.Text[p.Start:p.End], p.Name)
				for _, e := range r.Entities {
					assert.NotEqual(t, p.Name, e.Name, "place %q is also an entity", p.Name)
				}
			}
		})
	}
}

func TestIsActor(t *testing.T) {
	for _, c := range []struct {
		via  string
		want bool
	}{
		{ner.ViaName, true}, {ner.ViaAcronym, true}, {ner.ViaActor, true}, {ner.ViaCapital, true},
		{ner.ViaMetonym, true}, {ner.ViaTitle, true}, {ner.ViaSurname, true},
		{ner.ViaDemonym, false}, {ner.ViaModifier, false},
	} {
		assert.Equal(t, c.want, ner.IsActor(c.via), "IsActor(%q)", c.via)
	}
}

// TestSameTextDifferentDates checks that the recogniser holds no state
// between articles: the same text read for two dates gives each date's office.
func TestSameTextDifferentDates(t *testing.T) {
	r := ner.New(gazetteer.Default())
	text := "Vladimir Putin received the delegation."
	for date, title := range map[string]string{"2010-06-01": "Prime Minister", "2020-06-01": "President"} {
		res := r.Recognize(article.Article{Published: date, Text: text}, sentences.Split(text))
		require.Len(t, res.Entities, 1)
		assert.Equal(t, title, res.Entities[0].Title, "on %s", date)
	}
}

func TestEmptyArticle(t *testing.T) {
	r := recognize("2024-01-01", "")
	assert.Empty(t, r.Entities)
	assert.Empty(t, r.Mentions)
	assert.Empty(t, r.Places)
}
