package aliases

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/bilatgraph/bilat/ingest/gazetteer"
)

// TestTableUpToDate: table.tsv is what the gazetteer's data gives now.
func TestTableUpToDate(t *testing.T) {
	want := Format(FromGazetteer(gazetteer.Default()))
	if !bytes.Equal(want, table) {
		t.Fatal("queries/aliases/table.tsv is out of date with ingest/gazetteer/data: run go generate ./queries/aliases")
	}
}

// TestLookupMatchesList: looking every key up in the table gives the
// aliases of the gazetteer under that key, in the order they were listed.
func TestLookupMatchesList(t *testing.T) {
	byKey := map[string][]Alias{}
	var keys []string
	for _, a := range FromGazetteer(gazetteer.Default()) {
		if byKey[a.Key] == nil {
			keys = append(keys, a.Key)
		}
		byKey[a.Key] = append(byKey[a.Key], a)
	}
	for _, k := range keys {
		if !assert.Equal(t, byKey[k], Lookup(k), k) {
			break
		}
	}
	n := 0
	All(func(Alias) bool { n++; return true })
	assert.Equal(t, len(FromGazetteer(gazetteer.Default())), n)
}

func TestLookup(t *testing.T) {
	us := Lookup(Key("U.S."))
	require.NotEmpty(t, us)
	assert.Equal(t, Alias{Key: "us", Ref: "United States", Label: "Country"}, us[0])
	assert.Contains(t, Lookup("xi"), Alias{Key: "xi", Ref: "Xi Jinping", Label: "Person", Surname: true})
	assert.Empty(t, Lookup("no such place at all"))
	assert.Empty(t, Lookup(""))
	// A key that is the start of others finds only itself.
	for _, a := range Lookup("china") {
		assert.Equal(t, "china", a.Key)
	}
}

func TestKey(t *testing.T) {
	for in, want := range map[string]string{
		"the United States": "united states",
		"U.S.":              "us",
		"US":                "us",
		"  Xi   Jinping ":   "xi jinping",
		"Zelenskyy":         "zelenskyy",
		"Côte d’Ivoire":     "cote d'ivoire",
		"The":               "the",
	} {
		assert.Equal(t, want, Key(in), in)
	}
}

func TestBuilderAddsOnce(t *testing.T) {
	var b Builder
	b.Add("U.S.", "United States", "Country", false)
	b.Add("US", "United States", "Country", false)
	b.Add("US", "United States", "Country", true)
	b.Add(" . ", "Nothing", "Country", false)
	assert.Equal(t, []Alias{
		{Key: "us", Ref: "United States", Label: "Country"},
		{Key: "us", Ref: "United States", Label: "Country", Surname: true},
	}, b.Aliases())
}
