package reader

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/bilatgraph/bilat/ingest/article"
)

func TestContentID(t *testing.T) {
	read := func(name, s string) article.Article {
		t.Helper()
		got, err := Read(name, strings.NewReader(s))
		require.NoError(t, err)
		require.Len(t, got, 1)
		return got[0]
	}
	a := read("x.txt", "date 2025-01-01 Talks in Hanoi.\nMore talks.")
	assert.Len(t, a.ID, 16)
	assert.Equal(t, a.ID, read("y.txt", "\r\ndate 2025-01-01   Talks in Hanoi.\r\nMore talks.\r\n\r\n").ID,
		"same date and text, another file and line ends: same article")
	assert.NotEqual(t, a.ID, read("x.txt", "date 2025-01-01 Talks in Hue.").ID)
	assert.NotEqual(t, a.ID, read("x.txt", "date 2025-01-02 Talks in Hanoi.\nMore talks.").ID, "another date")
	assert.NotEqual(t, a.ID, read("x.md", "Source: Wire\nDate: 2025-01-01\n\nTalks in Hanoi.\nMore talks.").ID, "another source")
	assert.NotEqual(t, a.ID, read("x.md", "Title: Talks\nDate: 2025-01-01\n\nTalks in Hanoi.\nMore talks.").ID, "a title")
	assert.NotEqual(t, a.ID, read("x.md", "URL: https://example.org/a\nDate: 2025-01-01\n\nTalks in Hanoi.\nMore talks.").ID, "a URL")

	// Fields are length-prefixed: moving bytes from one field to the next
	// changes the id.
	assert.NotEqual(t,
		ContentID(article.Article{Published: "2025-01-01", Source: "AB", Title: "C", Text: "x"}),
		ContentID(article.Article{Published: "2025-01-01", Source: "A", Title: "BC", Text: "x"}))

	// Pinned, so a change of the scheme is a decision: every stored
	// article without an id of its own would get a new one.
	assert.Equal(t, "1381dad98a6d834c", ContentID(article.Article{Published: "2025-01-01", Text: "Talks in Hanoi."}))
}

// TestSameBodyDifferentDates: plain-text articles with the same body and
// different dates are different articles (they used to get one id and be
// merged in the store, dated by the last one written).
func TestSameBodyDifferentDates(t *testing.T) {
	dir := t.TempDir()
	body := "The foreign ministers of Chile and Peru met in Lima and agreed to meet again next month.\n"
	for i, d := range []string{"2025-03-01", "2025-04-01", "2025-05-01", "2025-06-01"} {
		require.NoError(t, os.WriteFile(filepath.Join(dir, fmt.Sprintf("%d.txt", i)), []byte("date "+d+"\n"+body), 0o644))
	}
	ids := map[string]string{}
	errs := Walk([]string{dir}, func(a article.Article) error {
		ids[a.ID] = a.Published
		return nil
	})
	assert.Empty(t, errs)
	assert.Len(t, ids, 4, "4 articles, 4 ids: %v", ids)
}

// TestIDControlCharacters: an id given by the input with a NUL (or any
// control character) is reported with its file and line, not cut or cleaned
// into another article's id.
func TestIDControlCharacters(t *testing.T) {
	jsonl := `{"id":"gh-1\u0000x","published":"2025-02-01","text":"Ghana hosted Togo."}` + "\n" +
		`{"id":"gh-1","published":"2025-02-02","text":"Togo thanked Ghana."}` + "\n" +
		`{"id":"gh-\u001b[2J","published":"2025-02-03","text":"Both spoke."}` + "\n" +
		`{"id":"gh-2\u0085","published":"2025-02-04","text":"A C1 control."}` + "\n" +
		`{"id":"  gh-3  ","published":"2025-02-05","text":"Spaces around are trimmed."}` + "\n" +
		`{"id":"` + strings.Repeat("x", MaxIDSize+1) + `","published":"2025-02-05","text":"Too long."}` + "\n"
	got, err := Read("ids.jsonl", strings.NewReader(jsonl))
	require.Len(t, got, 2)
	assert.Equal(t, "gh-1", got[0].ID)
	assert.Equal(t, "2025-02-02", got[0].Published)
	assert.Equal(t, "gh-3", got[1].ID)
	errs := Errors(err)
	require.Len(t, errs, 4)
	assert.EqualError(t, errs[0], `reader: ids.jsonl:1: invalid id "gh-1\x00x": control character U+0000`)
	assert.EqualError(t, errs[1], `reader: ids.jsonl:3: invalid id "gh-\x1b[2J": control character U+001B`)
	assert.EqualError(t, errs[2], `reader: ids.jsonl:4: invalid id "gh-2\u0085": control character U+0085`)
	assert.EqualError(t, errs[3], `reader: ids.jsonl:6: invalid id: over 4 KB`)
	for _, e := range errs {
		assert.ErrorIs(t, e, ErrBadID)
		assert.NotContains(t, e.Error(), "\x00")
		assert.NotContains(t, e.Error(), "\n")
	}

	// The same in a JSON array and in a header block.
	_, err = Read("ids.json", strings.NewReader("[\n{\"id\":\"a\\u0000\",\"date\":\"2025-01-01\",\"text\":\"x\"}\n]"))
	assert.EqualError(t, err, `reader: ids.json:2: element 1: invalid id "a\x00": control character U+0000`)
	_, err = Read("id.md", strings.NewReader("ID: a\tb\nDate: 2025-01-01\n\nText."))
	assert.ErrorIs(t, err, ErrBadID)
}
