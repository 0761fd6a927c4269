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
	"github.com/bilatgraph/bilat/ingest/doc"
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

// weekdays marks the tokens of a date for PoliciesAt in the tests below:
// the pipeline passes the dates it found.
func weekdays(s *doc.Sentence) func(int) bool {
	return func(k int) bool {
		switch s.Tokens[k].Lower {
		case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday":
			return true
		}
		return false
	}
}

func TestPoliciesAt(t *testing.T) {
	model, err := doc.New()
	require.NoError(t, err)
	for _, c := range []struct {
		text     string // a sentence; the phrases are read after its first verb, or after "granted"
		want     []string
		knownGap bool
		why      string
	}{
		{text: "They announced a visa-free regime for Brazilian tourists, starting on Monday.", want: []string{"visa-free regime for Brazilian tourists"}},
		{text: "They signed an agreement on visa-free travel for tourists.", want: []string{"agreement on visa-free travel for tourists"}},
		{text: "They signed a free trade agreement.", want: []string{"free trade agreement"}},
		{text: "The president signed an executive order on walnut tariffs.", want: []string{"executive order on walnut tariffs"}},
		{text: "The president signed a decree on grain exports.", want: []string{"decree on grain exports"}},
		{text: "They imposed new sanctions against Iran.", want: []string{"sanctions against Iran"}},
		{text: "They adopted a 10-year plan to expand trade.", want: []string{"10-year plan"}},
		{text: "They signed a memorandum of understanding on energy cooperation.", want: []string{"memorandum of understanding on energy cooperation"}},
		{text: "They signed a 25-year energy, transport and strategic partnership agreement with Kazakhstan.",
			want: []string{"25-year energy, transport and strategic partnership agreement"}},
		// a date between the head and its topic is no part of the name
		{text: "The ministers signed a joint statement on Friday on the tenth year of their fishing talks.",
			want: []string{"joint statement on the tenth year of their fishing talks"}},
		// the tail ends at a date, a verb, a relative clause and a party
		{text: "Norland announced a ban on pepper exports on Tuesday.", want: []string{"ban on pepper exports"}},
		{text: "Norland announced a ban on pepper exports will start soon.", want: []string{"ban on pepper exports"}},
		{text: "Norland announced a quota for walnut imports which farmers had sought.", want: []string{"quota for walnut imports"}},
		{text: "Norland signed a grain deal with the Republic of Estavia.", want: []string{"grain deal"}},
		// a phrase of parties in the middle of a tail is left out
		{text: "They signed a memorandum between the two port authorities on dredging.", want: []string{"memorandum on dredging"}},
		{text: "They signed a memorandum of understanding between the postal agencies of the two states on parcel delivery.",
			want: []string{"memorandum of understanding on parcel delivery"}},
		{text: "They signed a legally binding treaty on whaling.", want: []string{"legally binding treaty on whaling"}},
		// an "of" between modifiers before the head
		{text: "They signed a cessation of hostilities agreement in Lusaka.", want: []string{"cessation of hostilities agreement"}},
		{text: "They announced the signing of the agreement.", want: nil},
		{text: "They signed a $4 billion ferry deal.", want: []string{"$4 billion ferry deal"}},
		// a participle after the head starts a clause; a gerund after a
		// preposition is part of the tail
		{text: "They signed a 50-year ferry agreement covering cargo, cars and pets.", want: []string{"50-year ferry agreement"}},
		// but a new bare head is named by what it does; one named before is not
		{text: "They signed an agreement letting each other's ferries dock for free, officials said.",
			want: []string{"agreement letting each other's ferries dock for free"}},
		{text: "They signed agreements covering ferries and ports.", want: []string{"agreements covering ferries and ports"}},
		{text: "They signed the agreement letting ferries dock for free.", want: nil},
		{text: "The three rulers signed the treaty establishing the Sahel Development Bank in Bamako.", want: []string{"treaty establishing the Sahel Development Bank"}},
		{text: "Chad and Sudan signed an accord creating a joint investment fund on Saturday.", want: []string{"accord creating a joint investment fund"}},
		{text: "They signed a joint statement on further widening the shared ferry network.",
			want: []string{"joint statement on further widening the shared ferry network"}},
		// a phrase of manner or occasion ends the tail
		{text: "Norland will extend its visa-free policy to more islands on a trial basis.", want: []string{"visa-free policy to more islands"}},
		{text: "They signed a pact on salmon quotas on the sidelines of the fair.", want: []string{"pact on salmon quotas"}},
		{text: "They signed a pact on salmon quotas in Tromsdal.", want: []string{"pact on salmon quotas"}},
		{text: "Norland unveiled its plan for open sea lanes in a speech at the naval college.", want: []string{"plan for open sea lanes"}},
		{text: "They signed a pact on salmon quotas in the Northern Sea.", want: []string{"pact on salmon quotas in the Northern Sea"}},
		// where its beneficiaries come from is no part of the name
		{text: "Norland will introduce a visa-free policy for tourists from Austria, Peru and Chad.", want: []string{"visa-free policy for tourists"}},
		{text: "Norland approved a visa exemption scheme for students, its premier said.", want: []string{"visa exemption scheme for students"}},
		// an apposition names the same policy again
		{text: "Norland signed a walnut trade pact, the first such agreement in a decade.", want: []string{"walnut trade pact"}},
		// a passive verb of granting names whom the policy is for
		{text: "Officials said that visitors from Norland and Estavia will be granted 45-day visa-free entry into the islands.",
			want: []string{"45-day visa-free entry for visitors from Norland and Estavia"}},
		{text: "Officials said that Estavian students will be allowed a work permit scheme.", want: []string{"work permit scheme for Estavian students"}},
		// the parties are kept when the head says nothing else
		{text: "They signed an agreement between the two railways.", want: []string{"agreement between the two railways"}},
		// a clause's subject after "and" is no further policy of the list
		{text: "Norland signed a fishing treaty, and a new grain levy takes effect soon.", want: []string{"fishing treaty"}},
		// lists of policies
		{text: "The ministers signed agreements on rail freight, a memorandum on tourism and a treaty on river fishing.",
			want: []string{"agreements on rail freight", "memorandum on tourism", "treaty on river fishing"}},
		{text: "The parties signed agreements on cooperation in dentistry and forestry, a memorandum on beekeeping.",
			want: []string{"agreements on cooperation in dentistry and forestry", "memorandum on beekeeping"}},
		{text: "Norland imposed levies of 30 percent on imported pears and 5 percent on plums to shield its orchards.",
			want: []string{"levies of 30 percent on imported pears and 5 percent on plums"}},
		// named ones in capitals
		{text: "They signed the Lakeside Accord on river fishing.", want: []string{"Lakeside Accord on river fishing"}},
		{text: "They joined the Silk and Salt Initiative.", want: []string{"Silk and Salt Initiative"}},
		// "under" ends the tail, but for the named policy a policy is made under
		{text: "They signed a plan for ferry links under the Coastal Shipping Framework.", want: []string{"plan for ferry links under the Coastal Shipping Framework"}},
		{text: "They signed a deal on ferry links under the auspices of the regional bloc.", want: []string{"deal on ferry links"}},
		// Not policies.
		{text: "They said in a statement on Monday.", want: nil},
		{text: "They signed an agreement.", want: nil},
		{text: "They signed the agreement, officials said.", want: nil},
		{text: "They signed several agreements", want: nil},
		{text: "They said that it would cooperate.", want: nil},
		{text: "They signed an agreement signing ceremony.", want: nil},
	} {
		t.Run(c.text, func(t *testing.T) {
			skipGap(t, c.knownGap, c.why)
			d := model.Parse(c.text, sentences.Split(c.text))
			require.Len(t, d.Sentences, 1)
			s := &d.Sentences[0]
			at := -1
			for k, tok := range s.Tokens {
				if tok.Lemma == "grant" || tok.Lemma == "allow" || at < 0 && strings.HasPrefix(tok.Tag, "VB") && k > 0 {
					at = k + 1
				}
			}
			require.GreaterOrEqual(t, at, 0, "no verb in %q", c.text)
			var got []string
			for _, p := range phrases.PoliciesAt(s, at, weekdays(s)) {
				got = append(got, p.Name)
				require.Less(t, p.From, p.To)
				assert.Contains(t, c.text[s.Tokens[p.From].Start:s.Tokens[p.To-1].End], strings.Fields(p.Name)[0], "the name lies within the tokens taken")
			}
			assert.Equal(t, c.want, got)
		})
	}
}
