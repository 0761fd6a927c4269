package annotation_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/bilatgraph/bilat/ingest/annotation"
	"github.com/bilatgraph/bilat/ingest/article"
)

// extraction is what the pipeline might find in a short invented article.
func extraction() article.Extraction {
	text := "Chinese Premier Li Qiang met Mirela Vostrova on Tuesday. He pledged to expand trade with Switzerland."
	return article.Extraction{
		Article: article.Article{ID: "li-vostrova", Published: "2025-11-19", Text: text},
		Entities: []article.Entity{
			{ID: "person:li-qiang", Type: article.Person, Name: "Li Qiang", Country: "China", Title: "Premier", Start: "2023-03-11"},
			{ID: "person:mirela-vostrova", Type: article.Person, Name: "Mirela Vostrova"}, // country unknown
			{ID: "country:china", Type: article.Country, Name: "China"},
			{ID: "country:switzerland", Type: article.Country, Name: "Switzerland"},
			{ID: "org:shanghai-cooperation-organization", Type: article.Organization, Name: "Shanghai Cooperation Organization", Acronym: "SCO"},
			{ID: "event:sco-summit", Type: article.Event, Name: "SCO summit", Date: "2025-11-18", Place: "Moscow"},
		},
		Relations: []article.Relation{
			{Kind: "MET_WITH", Subject: "person:li-qiang", Object: "person:mirela-vostrova",
				Date: article.Date{Value: "2025-11-18", Precision: article.Day}, Evidence: "Chinese Premier Li Qiang met Mirela Vostrova on Tuesday.",
				Rule: "MET_WITH#19", Confidence: 0.8},
			{Kind: "PLEDGED", Subject: "person:li-qiang", Object: "country:switzerland", What: "expand trade with Switzerland",
				Evidence: "He pledged to expand trade with Switzerland.", Rule: "PLEDGED#37", Confidence: 0.7}, // no date
		},
	}
}

func TestFromExtraction(t *testing.T) {
	d := annotation.FromExtraction(extraction(), false)
	assert.Equal(t, "li-vostrova", d.ID)
	assert.Equal(t, "2025-11-19", d.Published)
	assert.Nil(t, d.Source)
	assert.Nil(t, d.URL)
	assert.Nil(t, d.Title)
	assert.Empty(t, d.Text, "text left out")
	require.Len(t, d.Entities, 6)

	li := d.Entities[0]
	assert.Equal(t, "Li Qiang", li.Name)
	require.NotNil(t, li.Country)
	assert.Equal(t, "China", *li.Country)
	assert.Equal(t, "Premier", li.Title)
	assert.Nil(t, d.Entities[1].Country, "a person of unknown country")
	assert.Nil(t, d.Entities[2].Country, "only persons have a country")
	assert.Equal(t, "SCO", d.Entities[4].Acronym)
	assert.Equal(t, "2025-11-18", d.Entities[5].Date)
	assert.Equal(t, "Moscow", d.Entities[5].Place)

	require.Len(t, d.Relations, 2)
	met := d.Relations[0]
	assert.Equal(t, "Li Qiang", met.Subject, "names, not ids")
	assert.Equal(t, "MET_WITH", met.Relation)
	assert.Equal(t, "Mirela Vostrova", met.Object)
	require.NotNil(t, met.Date)
	assert.Equal(t, "2025-11-18", *met.Date)
	assert.Nil(t, met.What)
	assert.Equal(t, "MET_WITH#19", met.Rule)
	assert.Equal(t, 0.8, met.Confidence)
	pl := d.Relations[1]
	assert.Equal(t, "Switzerland", pl.Object)
	assert.Nil(t, pl.Date)
	require.NotNil(t, pl.What)
	assert.Equal(t, "expand trade with Switzerland", *pl.What)

	withText := annotation.FromExtraction(extraction(), true)
	assert.Equal(t, extraction().Article.Text, withText.Text)

	x := extraction()
	x.Article.Source, x.Article.URL, x.Article.Title = "Example Wire", "https://example.org/li", "Li meets Vostrova"
	d = annotation.FromExtraction(x, false)
	require.NotNil(t, d.Source)
	assert.Equal(t, "Example Wire", *d.Source)
	require.NotNil(t, d.URL)
	assert.Equal(t, "https://example.org/li", *d.URL)
	require.NotNil(t, d.Title)
	assert.Equal(t, "Li meets Vostrova", *d.Title)
}

// TestFromExtractionEmpty checks that an article with nothing found gives
// empty lists, not nulls, in JSON.
func TestFromExtractionEmpty(t *testing.T) {
	d := annotation.FromExtraction(article.Extraction{Article: article.Article{ID: "e"}}, false)
	raw, err := json.Marshal(d)
	require.NoError(t, err)
	assert.Contains(t, string(raw), `"entities":[]`)
	assert.Contains(t, string(raw), `"relations":[]`)
	assert.Contains(t, string(raw), `"published":""`)
}

// TestJSONShape checks the guideline's field names and nulls.
func TestJSONShape(t *testing.T) {
	raw, err := json.Marshal(annotation.FromExtraction(extraction(), false))
	require.NoError(t, err)
	var m map[string]any
	require.NoError(t, json.Unmarshal(raw, &m))
	for _, k := range []string{"source", "url", "title"} {
		v, ok := m[k]
		assert.True(t, ok, "%s is present", k)
		assert.Nil(t, v, "%s is null when empty", k)
	}
	_, hasText := m["text"]
	assert.False(t, hasText, "text is left out")

	ents := m["entities"].([]any)
	li := ents[0].(map[string]any)
	assert.Equal(t, map[string]any{"name": "Li Qiang", "type": "Person", "country": "China", "title": "Premier"}, li)
	vostrova := ents[1].(map[string]any)
	assert.Nil(t, vostrova["country"], "a person's unknown country reads as null")
	assert.NotContains(t, string(raw), `"country":""`)
	china := ents[2].(map[string]any)
	assert.Equal(t, map[string]any{"name": "China", "type": "Country"}, china)

	rels := m["relations"].([]any)
	pl := rels[1].(map[string]any)
	assert.Equal(t, "Li Qiang", pl["subject"])
	assert.Equal(t, "PLEDGED", pl["relation"])
	assert.Equal(t, "Switzerland", pl["object"])
	d, hasDate := pl["date"]
	assert.True(t, hasDate, "date is present")
	assert.Nil(t, d, "date is null when unknown")
	w, hasWhat := rels[0].(map[string]any)["what"]
	assert.True(t, hasWhat, "what is present")
	assert.Nil(t, w, "what is null when there is none")
	assert.Equal(t, "He pledged to expand trade with Switzerland.", pl["evidence"])
}

// TestRoundTrip writes documents as JSON Lines and reads them back.
func TestRoundTrip(t *testing.T) {
	x := extraction()
	x.Article.Source = "Example Wire"
	docs := []annotation.Document{annotation.FromExtraction(x, true), annotation.FromExtraction(extraction(), false)}
	var b bytes.Buffer
	for _, d := range docs {
		line, err := json.Marshal(d)
		require.NoError(t, err)
		b.Write(line)
		b.WriteString("\n")
	}
	got, err := annotation.ReadJSONL("docs.jsonl", &b)
	require.NoError(t, err)
	assert.Equal(t, docs, got)
}

func TestReadJSONL(t *testing.T) {
	in := `{"id": "a", "published": "2025-11-19", "source": null, "entities": [{"name": "China", "type": "Country"}], "relations": []}

   	
{"id": "b", "published": "2025-11-20", "relations": [{"subject": "China", "relation": "MET_WITH", "object": "Russia", "date": null, "what": null, "evidence": "x"}]}` + "\r\n"
	docs, err := annotation.ReadJSONL("gold.jsonl", strings.NewReader(in))
	require.NoError(t, err)
	require.Len(t, docs, 2, "blank lines are skipped")
	assert.Equal(t, "a", docs[0].ID)
	assert.Nil(t, docs[0].Source)
	assert.Equal(t, []annotation.Entity{{Name: "China", Type: "Country"}}, docs[0].Entities)
	assert.Equal(t, "b", docs[1].ID)
	require.Len(t, docs[1].Relations, 1)
	assert.Nil(t, docs[1].Relations[0].Date)
	assert.Equal(t, "Russia", docs[1].Relations[0].Object)
}

func TestReadJSONLBrokenLine(t *testing.T) {
	in := "{\"id\": \"a\"}\n\n{\"id\": \"b\", \"entities\": [\n{\"id\": \"c\"}\n"
	docs, err := annotation.ReadJSONL("gold.jsonl", strings.NewReader(in))
	require.Error(t, err)
	assert.Nil(t, docs)
	assert.True(t, strings.HasPrefix(err.Error(), "gold.jsonl:3: "), "error names the file and line: %v", err)
	var syntax *json.SyntaxError
	assert.True(t, errors.As(err, &syntax), "the JSON error is wrapped: %v", err)

	_, err = annotation.ReadJSONL("types.jsonl", strings.NewReader(`{"id": 7}`))
	require.Error(t, err)
	assert.True(t, strings.HasPrefix(err.Error(), "types.jsonl:1: "), "%v", err)
}

func TestReadJSONLLongLineAndEmpty(t *testing.T) {
	long := strings.Repeat("Li Qiang met Vladimir Putin. ", 5000) // about 145 KB
	raw, err := json.Marshal(annotation.Document{ID: "long", Text: long, Entities: []annotation.Entity{}, Relations: []annotation.Relation{}})
	require.NoError(t, err)
	docs, err := annotation.ReadJSONL("long.jsonl", bytes.NewReader(raw))
	require.NoError(t, err)
	require.Len(t, docs, 1)
	assert.Equal(t, long, docs[0].Text)

	docs, err = annotation.ReadJSONL("empty.jsonl", strings.NewReader(""))
	require.NoError(t, err)
	assert.Empty(t, docs)
}
