package phrases_test

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/bilatgraph/bilat/ingest/article"
	"github.com/bilatgraph/bilat/ingest/phrases"
	"github.com/bilatgraph/bilat/ingest/sentences"
)

// phraseCase is one hard case in testdata/cases.json.
type phraseCase struct {
	Name string `json:"name"`
	Text string `json:"text"`
	Want []struct {
		Type     string  `json:"type"`
		Name     string  `json:"name"`
		Place    *string `json:"place"`
		Mentions int     `json:"mentions"` // 0: not checked
	} `json:"want"`
	None       []string       `json:"none"`       // entity types that must not be found
	Count      map[string]int `json:"count"`      // entities per type
	CleanSpans bool           `json:"cleanSpans"` // mentions neither start nor end with punctuation or space
	KnownGap   bool           `json:"knownGap"`
	Why        string         `json:"why"`
}

// skipGap skips a case the stage is known to get wrong, unless
// BILAT_GAPS=1 asks to see whether it still fails.
func skipGap(t *testing.T, knownGap bool, why string) {
	t.Helper()
	if knownGap && os.Getenv("BILAT_GAPS") == "" {
		t.Skip("known gap: " + why)
	}
}

func find(text string) ([]article.Entity, []article.Mention) {
	return phrases.Find(article.Article{ID: "t", Text: text}, sentences.Split(text))
}

func dump(ents []article.Entity, ments []article.Mention) string {
	var b strings.Builder
	for _, e := range ents {
		fmt.Fprintf(&b, "  %s %s %q place=%q\n", e.ID, e.Type, e.Name, e.Place)
	}
	for _, m := range ments {
		fmt.Fprintf(&b, "  mention %q -> %s\n", m.Text, m.EntityID)
	}
	return b.String()
}

func TestFind(t *testing.T) {
	data, err := os.ReadFile("testdata/cases.json")
	require.NoError(t, err)
	var cases []phraseCase
	require.NoError(t, json.Unmarshal(data, &cases))
	require.NotEmpty(t, cases)
	for _, c := range cases {
		t.Run(c.Name, func(t *testing.T) {
			skipGap(t, c.KnownGap, c.Why)
			ents, ments := find(c.Text)
			got := dump(ents, ments)
			for _, w := range c.Want {
				var e *article.Entity
				for i := range ents {
					if ents[i].Type == w.Type && ents[i].Name == w.Name {
						e = &ents[i]
					}
				}
				if !assert.NotNil(t, e, "no %s %q in\n%s", w.Type, w.Name, got) {
					continue
				}
				if w.Place != nil {
					assert.Equal(t, *w.Place, e.Place, "place of %q", w.Name)
				}
				if w.Mentions > 0 {
					n := 0
					for _, m := range ments {
						if m.EntityID == e.ID {
							n++
						}
					}
					assert.Equal(t, w.Mentions, n, "mentions of %q in\n%s", w.Name, got)
				}
			}
			for _, typ := range c.None {
				for _, e := range ents {
					assert.NotEqual(t, typ, e.Type, "unexpected %s %q", e.Type, e.Name)
				}
			}
			for typ, n := range c.Count {
				have := 0
				for _, e := range ents {
					if e.Type == typ {
						have++
					}
				}
				assert.Equal(t, n, have, "%s entities in\n%s", typ, got)
			}
			ids := map[string]bool{}
			for _, e := range ents {
				assert.False(t, ids[e.ID], "two entities with id %s in\n%s", e.ID, got)
				ids[e.ID] = true
			}
			for _, m := range ments {
				assert.True(t, ids[m.EntityID], "mention %q of unknown entity", m.Text)
				assert.Equal(t, c.Text[m.Start:m.End], m.Text)
				if c.CleanSpans {
					assert.Equal(t, strings.Trim(m.Text, " .,;:"), m.Text, "mention span has punctuation at its edge")
				}
			}
		})
	}
}

func TestKey(t *testing.T) {
	for _, c := range []struct {
		a, b     string
		same     bool
		knownGap bool
		why      string
	}{
		{"Treaty of Aachen", "Aachen treaty", true, false, ""},
		{"Treaty of Aachen", "the Aachen Treaty", true, false, ""},
		{"Treaty of Aachen", "Treaty of Aachen.", true, false, ""},
		{"SCO summit", "summit of the SCO", true, false, ""},
		{"Belt and Road Initiative", "the Belt and Road initiative", true, false, ""},
		{"visa-free regime for Brazilian tourists", "a visa-free regime for Brazilian tourists", true, false, ""},
		{"G20 summit", "G7 summit", false, false, ""},
		{"Treaty of Aachen", "Treaty of Versailles", false, false, ""},
		{"Élysée Treaty", "Elysee Treaty", true, true, "Key lower-cases but does not fold diacritics (the entity slug does)"},
	} {
		t.Run(c.a+"|"+c.b, func(t *testing.T) {
			skipGap(t, c.knownGap, c.why)
			assert.Equal(t, c.same, phrases.Key(c.a) == phrases.Key(c.b), "Key(%q) = %q, Key(%q) = %q", c.a, phrases.Key(c.a), c.b, phrases.Key(c.b))
		})
	}
	assert.Equal(t, "aachen treaty", phrases.Key("Treaty of Aachen"))
	assert.Equal(t, "", phrases.Key("the of and"))
}

func TestPolicyAt(t *testing.T) {
	for _, c := range []struct {
		text     string
		ok       bool
		want     string // the phrase; with prefix, what it starts with
		prefix   bool
		knownGap bool
		why      string
	}{
		{text: " a visa-free regime for Brazilian tourists, starting on Monday.", ok: true, want: "visa-free regime for Brazilian tourists"},
		{text: " an agreement on visa-free travel for tourists.", ok: true, want: "agreement on visa-free travel for tourists"},
		{text: " a free trade agreement.", ok: true, want: "free trade agreement"},
		{text: " new sanctions against Iran.", ok: true, want: "sanctions against Iran"},
		{text: " a 10-year plan to expand trade.", ok: true, want: "10-year plan to expand trade"},
		{text: " a memorandum of understanding on energy cooperation.", ok: true, want: "memorandum of understanding on energy cooperation"},
		{text: " a 25-year energy, transport and strategic partnership agreement with Kazakhstan.", ok: true,
			want: "25-year energy, transport and strategic partnership agreement", prefix: true,
		},
		// Not policies.
		{text: " in a statement on Monday.", ok: false},
		{text: " an agreement.", ok: false},
		{text: " the agreement, officials said.", ok: false},
		{text: " several agreements", ok: false},
		{text: " that it would cooperate.", ok: false},
		{text: "", ok: false},
	} {
		t.Run(strings.TrimSpace(c.text), func(t *testing.T) {
			skipGap(t, c.knownGap, c.why)
			phrase, n, ok := phrases.PolicyAt(c.text)
			require.Equal(t, c.ok, ok, "PolicyAt(%q) = %q, %d, %v", c.text, phrase, n, ok)
			if !ok {
				assert.Empty(t, phrase)
				assert.Zero(t, n)
				return
			}
			if c.prefix {
				assert.True(t, strings.HasPrefix(phrase, c.want), "PolicyAt(%q) = %q, want it to start with %q", c.text, phrase, c.want)
			} else {
				assert.Equal(t, c.want, phrase, "PolicyAt(%q)", c.text)
			}
			require.LessOrEqual(t, n, len(c.text))
			assert.Contains(t, c.text[:n], phrase, "the phrase lies within the bytes taken")
		})
	}
}
