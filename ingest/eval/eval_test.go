package eval_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/bilatgraph/bilat/ingest/annotation"
	"github.com/bilatgraph/bilat/ingest/eval"
)

// normCases mirror norm() in the corpus's score.py; parity_test.go checks
// them against it when Python is at hand.
var normCases = []struct {
	in, want string
	knownGap bool
	why      string
}{
	{"China", "china", false, ""},
	{"  The United States ", "united states", false, ""},
	{"U.S.", "united states", false, ""},
	{"USA", "united states", false, ""},
	{"Britain", "united kingdom", false, ""},
	{"UK", "united kingdom", false, ""},
	{"Russian Federation", "russia", false, ""},
	{"Türkiye", "turkey", false, ""}, // accents fold before the alias table
	{"Inácio Lula da Silva", "inacio lula da silva", false, ""},
	{"Ælfred Ŀ Straße", "lfred l stra e", false, ""}, // letters that do not decompose stay separators
	{"Turkiye", "turkey", false, ""},
	{"Xi's", "xi", false, ""},
	{"Xi’s", "xi", false, ""},
	{"President Xi Jinping", "xi jinping", false, ""},
	{"Prime Minister Narendra Modi", "narendra modi", false, ""},
	{"Mr. Modi", "modi", false, ""},
	{"Sir Keir Starmer", "keir starmer", false, ""},
	{"Foreign Minister Wang Yi", "wang yi", false, ""},
	{"The President Donald Trump", "donald trump", false, ""},
	{"Shanghai Cooperation Organisation", "shanghai cooperation organization", false, ""},
	{"SCO", "shanghai cooperation organization", false, ""},
	{"NATO", "north atlantic treaty organization", false, ""},
	{"Holland", "netherlands", false, ""},
	{"the", "the", false, ""},
	{"", "", false, ""},
	{"G-20 summit", "g 20 summit", false, ""},
	// The reference drops "'s" before it looks up aliases, so the alias
	// "peoples republic of china" never matches the usual spelling.
	{"People's Republic of China", "people republic of china", false, ""},
	{"İlham Aliyev", "ilham aliyev", false, ""},
	{"EU Council", "council of the european union", false, ""},
	{"Ｓｅｏｕｌ", "seoul", false, ""}, // compatibility forms fold too
}

func TestNorm(t *testing.T) {
	for _, c := range normCases {
		t.Run(c.in, func(t *testing.T) {
			skipGap(t, c.knownGap, c.why)
			assert.Equal(t, c.want, eval.Norm(c.in), "Norm(%q)", c.in)
		})
	}
}

// sameCases mirror same() in score.py.
var sameCases = []struct {
	a, b, kind string
	want       bool
}{
	{"United States", "U.S.", "Country", true},
	{"United States", "America", "", true},
	{"China", "Chinese", "Country", false},
	{"Li Qiang", "Premier Li Qiang", "Person", true},
	{"Vladimir Putin", "Putin", "Person", true},           // surname, one side a single word
	{"Vladimir Putin", "V. Putin", "Person", true},        // surname and first initial
	{"Vladimir Putin", "Dmitry Putin", "Person", false},   // another initial
	{"Vladimir Putin", "Putin", "", true},                 // unknown kind: the person rule applies
	{"Vladimir Putin", "Putin", "Country", false},         // not for other kinds
	{"Kim Jong Un", "Kim Jong-un", "Person", true},        // the hyphen is a separator
	{"Treaty of Aachen", "Aachen Treaty", "Policy", true}, // tokens {treaty, aachen}
	{"SCO Council of Heads of Government meeting", "SCO summit", "Event", false},
	{"SCO Council of Heads of Government meeting", "SCO Heads of Government meeting", "Event", true}, // 4 of 5
	{"visa-free regime for Brazilian tourists", "visa-free regime", "Policy", true},                  // 3 of {visa, free, regime, brazilian, tourists}
	{"Belt and Road Initiative", "Belt and Road", "Policy", true},                                    // 2 of 3
	{"Belt and Road Initiative", "Belt and Road", "Country", false},
	{"Shanghai Cooperation Organization", "SCO", "Organization", true}, // alias
	{"", "", "", false},
	{"China", "", "", false},
	{"the", "the", "", true},
}

func TestSame(t *testing.T) {
	for _, c := range sameCases {
		assert.Equal(t, c.want, eval.Same(c.a, c.b, c.kind), "Same(%q, %q, %q)", c.a, c.b, c.kind)
		assert.Equal(t, c.want, eval.Same(c.b, c.a, c.kind), "Same(%q, %q, %q)", c.b, c.a, c.kind)
	}
}

func str(s string) *string { return &s }

// seedGold and seedPred are a gold annotation and a prediction of one
// invented article about a premier's visit (see TestScore for the sums).
func seedGold() annotation.Document {
	return annotation.Document{ID: "a1", Published: "2025-11-19",
		Entities: []annotation.Entity{
			{Name: "Li Qiang", Type: "Person", Country: str("China"), Title: "Premier"},
			{Name: "Vladimir Putin", Type: "Person", Country: str("Russia"), Title: "President"},
			{Name: "China", Type: "Country"},
			{Name: "Russia", Type: "Country"},
			{Name: "SCO Council of Heads of Government meeting", Type: "Event"},
		},
		Relations: []annotation.Relation{
			{Subject: "Li Qiang", Relation: "MET_WITH", Object: "Vladimir Putin", Date: str("2025-11-18")},
			{Subject: "China", Relation: "PLEDGED", Object: "Russia", Date: str("2025-11-18")},
			{Subject: "Li Qiang", Relation: "ATTENDED", Object: "SCO Council of Heads of Government meeting", Date: str("2025-11-18")},
			{Subject: "Li Qiang", Relation: "VISITED", Object: "Russia"}, // no date
		},
	}
}

func seedPred() annotation.Document {
	return annotation.Document{ID: "a1", Published: "2025-11-19",
		Entities: []annotation.Entity{
			{Name: "Li Qiang", Type: "Person", Country: str("China")},
			{Name: "Putin", Type: "Person", Country: str("Russia")},
			{Name: "China", Type: "Country"},
			{Name: "Russia", Type: "Country"},
			{Name: "SCO meeting", Type: "Event"},
			{Name: "Xinhua", Type: "Organization"},
		},
		Relations: []annotation.Relation{
			{Subject: "Premier Li Qiang", Relation: "MET_WITH", Object: "Putin", Date: str("2025-11-18")}, // exact, date right
			{Subject: "China", Relation: "PLEDGED", Object: "Russia", Date: str("2025-11-19")},            // exact, date wrong
			{Subject: "Li Qiang", Relation: "ATTENDED", Object: "SCO meeting", Date: str("2025-11-18")},   // country level only
			{Subject: "Li Qiang", Relation: "VISITED", Object: "Russia", Date: str("2025-11-17")},         // exact, gold date unknown
			{Subject: "Russia", Relation: "PRAISED", Object: "China", Date: str("2025-11-18")},            // false positive
		},
	}
}

func prf(p, r, f float64, tp, pred, gold int) eval.PRF {
	return eval.PRF{Precision: p, Recall: r, F1: f, TP: tp, Pred: pred, Gold: gold}
}

func TestScore(t *testing.T) {
	r := eval.Score([]annotation.Document{seedGold()}, []annotation.Document{seedPred()})
	assert.Equal(t, 1, r.Articles)
	assert.Empty(t, r.MissingArticles)
	assert.NotNil(t, r.MissingArticles, "an empty list, not null, in JSON")
	// Exact: MET_WITH (title and surname), PLEDGED, VISITED; not ATTENDED
	// ("SCO meeting" shares 2 of 5 words with the gold event).
	assert.Equal(t, prf(0.6, 0.75, 0.667, 3, 5, 4), r.RelationsExact)
	// Country level: persons become their countries, events "*": all four
	// gold triples, and the extra PRAISED.
	assert.Equal(t, prf(0.8, 1, 0.889, 4, 5, 4), r.RelationsCountry)
	// Entities: all but the event; Putin by surname; Xinhua extra.
	assert.Equal(t, prf(0.667, 0.8, 0.727, 4, 6, 5), r.Entities)
	// Dates: MET_WITH right, PLEDGED wrong; VISITED has no gold date,
	// ATTENDED is not an exact match.
	require.NotNil(t, r.DateAccuracy)
	assert.Equal(t, 0.5, *r.DateAccuracy)
	assert.Equal(t, map[string]eval.PRF{
		"ATTENDED": prf(0, 0, 0, 0, 1, 1),
		"MET_WITH": prf(1, 1, 1, 1, 1, 1),
		"PLEDGED":  prf(1, 1, 1, 1, 1, 1),
		"PRAISED":  prf(0, 1, 0, 0, 1, 0),
		"VISITED":  prf(1, 1, 1, 1, 1, 1),
	}, r.PerKind)
}

func TestScoreMissingArticle(t *testing.T) {
	gold := []annotation.Document{seedGold(), {ID: "a2",
		Entities:  []annotation.Entity{{Name: "United States", Type: "Country"}, {Name: "Iran", Type: "Country"}},
		Relations: []annotation.Relation{{Subject: "United States", Relation: "SANCTIONED", Object: "Iran", Date: str("2025-11-10")}},
	}}
	r := eval.Score(gold, []annotation.Document{seedPred()})
	assert.Equal(t, 2, r.Articles)
	assert.Equal(t, []string{"a2"}, r.MissingArticles)
	assert.Equal(t, prf(0.6, 0.6, 0.6, 3, 5, 5), r.RelationsExact)
	assert.Equal(t, prf(0.8, 0.8, 0.8, 4, 5, 5), r.RelationsCountry)
	assert.Equal(t, prf(0.667, 0.571, 0.615, 4, 6, 7), r.Entities)
	assert.Equal(t, prf(0, 0, 0, 0, 0, 1), r.PerKind["SANCTIONED"])
	require.NotNil(t, r.DateAccuracy)
	assert.Equal(t, 0.5, *r.DateAccuracy, "a missing article's dates are not counted")
}

// TestScoreOneToOne checks that one prediction matches one gold relation,
// and that a predicted article not in the gold set is ignored.
func TestScoreOneToOne(t *testing.T) {
	rel := annotation.Relation{Subject: "China", Relation: "MET_WITH", Object: "Russia"}
	gold := []annotation.Document{{ID: "g", Relations: []annotation.Relation{rel, rel}}}
	pred := []annotation.Document{{ID: "g", Relations: []annotation.Relation{rel}}, {ID: "extra", Relations: []annotation.Relation{rel}}}
	r := eval.Score(gold, pred)
	assert.Equal(t, prf(1, 0.5, 0.667, 1, 1, 2), r.RelationsExact)
	// As sets, the two gold triples are one.
	assert.Equal(t, prf(1, 1, 1, 1, 1, 1), r.RelationsCountry)
	assert.Nil(t, r.DateAccuracy, "no gold dates")
}

// TestScoreCountryLevel checks the roll-up: a relation between two people
// of one country vanishes, a person without a country stays a person, and
// names the entity list lacks are compared as names.
func TestScoreCountryLevel(t *testing.T) {
	gold := []annotation.Document{{ID: "c",
		Entities: []annotation.Entity{
			{Name: "Li Qiang", Type: "Person", Country: str("China")},
			{Name: "Wang Yi", Type: "Person", Country: str("China")},
			{Name: "Mirela Vostrova", Type: "Person"},
		},
		Relations: []annotation.Relation{
			{Subject: "Li Qiang", Relation: "MET_WITH", Object: "Wang Yi"},           // china-china: dropped
			{Subject: "Mirela Vostrova", Relation: "PRAISED", Object: "Li Qiang"},    // person -> china
			{Subject: "Atlantis", Relation: "CRITICIZED", Object: "Mirela Vostrova"}, // name -> person
		},
	}}
	pred := []annotation.Document{{ID: "c",
		Entities: []annotation.Entity{{Name: "Mirela Vostrova", Type: "Person"}, {Name: "China", Type: "Country"}},
		Relations: []annotation.Relation{
			{Subject: "Mirela Vostrova", Relation: "PRAISED", Object: "China"},
			{Subject: "Atlantis", Relation: "CRITICIZED", Object: "Mirela Vostrova"},
		},
	}}
	r := eval.Score(gold, pred)
	assert.Equal(t, prf(1, 1, 1, 2, 2, 2), r.RelationsCountry)
	assert.Equal(t, prf(0.5, 0.333, 0.4, 1, 2, 3), r.RelationsExact)
}

func TestScoreEmpty(t *testing.T) {
	r := eval.Score(nil, nil)
	assert.Equal(t, 0, r.Articles)
	assert.Equal(t, prf(1, 1, 1, 0, 0, 0), r.RelationsExact, "nothing to find and nothing found is perfect, as in the reference")
	assert.Nil(t, r.DateAccuracy)
	assert.Empty(t, r.PerKind)
}
