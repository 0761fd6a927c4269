package reader

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/bilatgraph/bilat/ingest/article"
)

func TestReadFileFormats(t *testing.T) {
	tests := []struct {
		file string
		want []article.Article
	}{
		{"testdata/plain.txt", []article.Article{{
			Published: "2024-05-14",
			Text:      "Foreign Minister Ana Ribeiro of Portugal arrived in Nairobi on Monday for two days of talks with her Kenyan counterpart.\n\nThe two ministers signed a memorandum on maritime research, the Kenyan foreign ministry said.",
		}}},
		{"testdata/header.md", []article.Article{{
			Published: "2023-09-21",
			Title:     "Chilean envoy meets Vietnamese deputy minister",
			Source:    "Pacific Desk",
			URL:       "https://example.org/news/chile-vietnam",
			Text:      "Chile's ambassador to Hanoi met Vietnam's Deputy Foreign Minister on Wednesday to prepare a visit by the Chilean president.\n\nBoth sides pledged to expand trade in fruit and copper.",
		}}},
		{"testdata/frontmatter.md", []article.Article{{
			ID:        "nw-2022-117",
			Published: "2022-11-03", // date part as written, not moved to UTC
			Title:     "Norway and Indonesia agree on forest partnership",
			Source:    "Nordic Wire",
			URL:       "https://example.org/norway-indonesia",
			Text:      "Norway's development minister travelled to Jakarta on Thursday, where she signed a forest partnership with Indonesia's environment minister.",
		}}},
		{"testdata/single.json", []article.Article{{
			ID:        "gh-jp-7",
			Published: "2020-02-17",
			Title:     "Ghana and Japan review port project",
			Source:    "Gulf of Guinea Times",
			Text:      "Ghana's foreign minister received the Japanese ambassador in Accra on Monday to review progress on a port project.",
		}}},
		{"testdata/articles.json", []article.Article{
			{
				ID:        "mx-ca-01",
				Published: "2021-06-08",
				Title:     "Mexico hosts Canadian trade minister",
				Source:    "Atlantic Review",
				URL:       "https://example.org/mx-ca",
				Text:      "Mexico's economy secretary hosted Canada's trade minister in Mexico City on Tuesday.",
			},
			{
				Published: "2021-06-09", // from "date", an RFC 3339 timestamp
				Source:    "Atlantic Review",
				Text:      "The two ministers agreed to meet again before the end of the year.",
			},
		}},
		{"testdata/articles.jsonl", []article.Article{
			{
				ID:        "eg-it-1",
				Published: "2025-01-13",
				Title:     "Egypt and Italy discuss migration",
				Source:    "Med Bulletin",
				URL:       "https://example.org/1",
				Text:      "Egypt's foreign minister held talks with his Italian counterpart in Rome on Monday.",
				Origin:    article.Origin{Line: 1},
			},
			{
				ID:        "eg-it-2",
				Published: "2025-01-14",
				Source:    "Med Bulletin",
				Text:      "Italy urged Egypt to \"keep the corridor open\",\nthe ministry said.\nBoth sides will meet again.",
				Origin:    article.Origin{Line: 2},
			},
			{
				Published: "2025-01-15",
				Source:    "Med Bulletin",
				Text:      "Rome welcomed the decision.",
				Origin:    article.Origin{Line: 4}, // line 3 is blank
			},
		}},
		{"testdata/feed.rss", []article.Article{
			{
				ID:        "bdr-0042",
				Published: "2023-03-07",
				Title:     "Estonia and Finland hold ferry safety talks",
				Source:    "Baltic Diplomatic Review",
				URL:       "https://example.org/ee-fi",
				Text:      "Estonia's foreign minister met his Finnish counterpart in Tallinn on Tuesday.\n\nThey agreed on joint ferry inspections.",
			},
			{
				Published: "2023-03-08", // 23:30 -0500 keeps its own day
				Title:     "Latvia thanks Poland for air patrols",
				Source:    "Baltic Diplomatic Review",
				URL:       "https://example.org/lv-pl",
				Text:      "Latvia's defence minister thanked Poland for its air patrols.",
			},
		}},
		{"testdata/feed.atom", []article.Article{
			{
				ID:        "urn:example:andes:101",
				Published: "2024-08-01",
				Title:     "Colombia and Ecuador reopen border crossing",
				Source:    "Andes Monitor",
				URL:       "https://example.org/co-ec",
				Text:      "The foreign ministers of Colombia and Ecuador met in Ipiales on Thursday.\n\nThey announced that the main border crossing would reopen.",
			},
			{
				ID:        "urn:example:andes:102",
				Published: "2024-08-02", // no <published>: <updated>
				Title:     "Peru observes the talks",
				Source:    "Andes Monitor",
				URL:       "https://example.org/pe",
				Text:      "Peru sent an observer to the talks.",
			},
		}},
		{"testdata/page.html", []article.Article{{
			Published: "2022-07-19",
			Title:     "Senegal and Morocco sign fisheries accord",
			Source:    "Sahel Courier",
			URL:       "https://example.org/sn-ma-fisheries",
			Text:      "Senegal's foreign minister welcomed her Moroccan counterpart to Dakar on Tuesday for talks on fishing rights along the Atlantic coast.\n\nThe two ministers signed a fisheries accord that sets joint quotas for the next five years, the Senegalese foreign ministry said in a statement.\n\nMorocco pledged to train Senegalese inspectors, and both sides agreed to meet again in Rabat before the end of the year.",
		}}},
	}
	for _, tt := range tests {
		t.Run(filepath.Base(tt.file), func(t *testing.T) {
			got, err := ReadFile(tt.file)
			require.NoError(t, err)
			for i := range tt.want {
				tt.want[i].Origin.File = tt.file
				if tt.want[i].ID == "" {
					tt.want[i].ID = ContentID(tt.want[i])
				}
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestReadSniffedFormats(t *testing.T) {
	// The same content under a name without an extension, or as "-", is
	// recognised from its first bytes.
	for _, file := range []string{"plain.txt", "header.md", "frontmatter.md", "single.json", "articles.json", "articles.jsonl", "feed.rss", "feed.atom", "page.html"} {
		t.Run(file, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("testdata", file))
			require.NoError(t, err)
			want, err := Read(file, strings.NewReader(string(data)))
			require.NoError(t, err)
			got, err := Read("-", strings.NewReader(string(data)))
			require.NoError(t, err)
			require.Len(t, got, len(want))
			for i := range got {
				assert.Equal(t, "-", got[i].Origin.File)
				got[i].Origin.File = file
				if file == "single.json" || file == "articles.json" {
					// A one-line object on stdin is read as JSON Lines.
					want[i].Origin.Line = got[i].Origin.Line
				}
			}
			assert.Equal(t, want, got)
		})
	}
}

func TestReadStdin(t *testing.T) {
	got, err := Read("-", strings.NewReader("\n  date 2025-02-10 Japan's foreign minister visited Manila on Monday.\n"))
	require.NoError(t, err)
	assert.Equal(t, []article.Article{{
		ID:        ContentID(article.Article{Published: "2025-02-10", Text: "Japan's foreign minister visited Manila on Monday."}),
		Published: "2025-02-10",
		Text:      "Japan's foreign minister visited Manila on Monday.",
		Origin:    article.Origin{File: "-"},
	}}, got)

	jsonl := `{"id":"a","published":"2025-02-10","text":"Manila welcomed the visit."}` + "\n" +
		`{"id":"b","published":"2025-02-11","text":"Tokyo and Manila signed a coast guard pact."}` + "\n"
	got, err = Read("-", strings.NewReader(jsonl))
	require.NoError(t, err)
	require.Len(t, got, 2)
	assert.Equal(t, "b", got[1].ID)
	assert.Equal(t, article.Origin{File: "-", Line: 2}, got[1].Origin)

	// Text without any date on stdin is read as the plain form and so
	// needs a default date.
	_, err = Read("-", strings.NewReader("Seoul hosted the talks."))
	assert.ErrorIs(t, err, ErrNoDate)
	got, err = Reader{DefaultDate: "2025-03-01"}.Read("-", strings.NewReader("Seoul hosted the talks."))
	require.NoError(t, err)
	assert.Equal(t, "2025-03-01", got[0].Published)
}

func TestReadJSONLBrokenLine(t *testing.T) {
	got, err := ReadFile("testdata/broken.jsonl")
	require.Len(t, got, 2, "the good lines are returned")
	assert.Equal(t, "pe-1", got[0].ID)
	assert.Equal(t, "pe-3", got[1].ID)
	assert.Equal(t, 3, got[1].Origin.Line)

	errs := Errors(err)
	require.Len(t, errs, 2)
	var pe *ParseError
	require.ErrorAs(t, errs[0], &pe)
	assert.Equal(t, "testdata/broken.jsonl", pe.File)
	assert.Equal(t, 2, pe.Line)
	assert.ErrorIs(t, errs[0], ErrInvalidJSON)
	assert.Equal(t, "reader: testdata/broken.jsonl:2: invalid JSON: unexpected end of input", errs[0].Error())

	require.ErrorAs(t, errs[1], &pe)
	assert.Equal(t, 4, pe.Line)
	assert.ErrorIs(t, errs[1], ErrNoDate)

	// The joined error matches both sentinels.
	assert.ErrorIs(t, err, ErrInvalidJSON)
	assert.ErrorIs(t, err, ErrNoDate)
}

func TestReadErrors(t *testing.T) {
	tests := []struct {
		name     string
		data     string
		want     error // sentinel, or nil for an error without one
		wantLine int
		wantMsg  string // substring of the message, when set
	}{
		{"empty.txt", "", ErrEmpty, 0, "reader: empty.txt: empty input"},
		{"blank.jsonl", " \n\t\n", ErrEmpty, 0, ""},
		{"nul.txt", "date 2025-01-01 Oslo\x00 hosted talks.", ErrBinary, 0, "binary content"},
		{"control.txt", strings.Repeat("\x01\x02\x03abc", 50), ErrBinary, 0, ""},
		{"latin1.txt", "date 2025-01-01 Talks\nin Bogot\xe1\nended.", ErrNotUTF8, 2, "reader: latin1.txt:2: not valid UTF-8 text"},
		{"nodate.txt", "Peru and Chile held talks on Monday.", ErrNoDate, 0, "reader: nodate.txt: no publication date: add `date YYYY-MM-DD` or a Date: header"},
		{"nodate.md", "Title: Talks\nSource: Wire\n\nPeru and Chile held talks.", ErrNoDate, 0, ""},
		{"baddate.txt", "date 2025-13-45 Peru and Chile held talks.", ErrBadDate, 0, `"2025-13-45"`},
		{"baddate.md", "Date: next Tuesday\n\nPeru and Chile held talks.", ErrBadDate, 0, ""},
		{"notext.txt", "  date 2025-01-01   \n", ErrNoText, 0, ""},
		{"notext.json", `{"published": "2025-01-01", "text": "  "}`, ErrNoText, 1, ""}, // one-line objects are read as JSON Lines
		{"nodate.json", "{\n\"text\": \"Peru and Chile held talks.\"\n}", ErrNoDate, 1, ""},
		{"bad.json", "{\n  \"text\": \"Peru\",\n  \"published\": 2025\n}", ErrInvalidJSON, 1, ""},
		{"trunc.json", "[\n{\"text\": \"a\", \"date\": \"2025-01-01\"},\n{\"text\": \"b\",\n\"date\": ", ErrInvalidJSON, 4, "trunc.json:4: element 2: invalid JSON: unexpected end of input"},
		{"notobject.jsonl", "[1, 2]\n", ErrInvalidJSON, 1, "want an object"},
		{"nodate-element.json", "[\n  {\"text\": \"Peru and Chile held talks.\"}\n]", ErrNoDate, 2, "nodate-element.json:2: element 1: no publication date"},
		{"main.go", "package main\n\nfunc main() {}\n", ErrFormat, 0, "reader: main.go: unrecognised format"},
		{"notafeed.xml", "<?xml version=\"1.0\"?>\n<sitemap><url>x</url></sitemap>", nil, 0, "reader: notafeed.xml: feed:"},
		{"empty.rss", `<rss version="2.0"><channel><title>Empty</title></channel></rss>`, ErrNoText, 0, "no items"},
		{"empty.html", `<html><body><nav><a href="/">Home</a></nav></body></html>`, ErrNoText, 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Read(tt.name, strings.NewReader(tt.data))
			if tt.name == "trunc.json" {
				assert.Len(t, got, 1, "the element before the break is kept")
			} else {
				assert.Empty(t, got)
			}
			require.Error(t, err)
			var pe *ParseError
			require.ErrorAs(t, err, &pe)
			assert.Equal(t, tt.name, pe.File)
			assert.Equal(t, tt.wantLine, pe.Line)
			if tt.want != nil {
				assert.ErrorIs(t, err, tt.want)
			}
			if tt.wantMsg != "" {
				assert.Contains(t, err.Error(), tt.wantMsg)
			}
		})
	}
}

func TestReadFileErrors(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		require.NoError(t, os.WriteFile(p, data, 0o644))
		return p
	}
	binary := write("photo.txt", []byte{0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0x0d})
	nonUTF8 := write("cp1252.txt", []byte("date 2025-01-01 Line one.\nLine two.\nThe minister\x92s visit.\n"))
	empty := write("empty.jsonl", nil)
	large := filepath.Join(dir, "huge.txt") // refused from its size: no JSON Lines stream
	f, err := os.Create(large)
	require.NoError(t, err)
	require.NoError(t, f.Close())
	require.NoError(t, os.Truncate(large, MaxSize+1)) // sparse: fast

	tests := []struct {
		path     string
		want     error
		wantLine int
	}{
		{binary, ErrBinary, 0},
		{nonUTF8, ErrNotUTF8, 3},
		{empty, ErrEmpty, 0},
		{large, ErrTooLarge, 0},
		{filepath.Join(dir, "missing.txt"), fs.ErrNotExist, 0},
	}
	for _, tt := range tests {
		t.Run(filepath.Base(tt.path), func(t *testing.T) {
			got, err := ReadFile(tt.path)
			assert.Empty(t, got)
			assert.ErrorIs(t, err, tt.want)
			var pe *ParseError
			require.ErrorAs(t, err, &pe)
			assert.Equal(t, tt.path, pe.File)
			assert.Equal(t, tt.wantLine, pe.Line)
			assert.Contains(t, err.Error(), tt.path)
		})
	}

	t.Run("directory", func(t *testing.T) {
		_, err := ReadFile(dir)
		assert.ErrorContains(t, err, "is a directory")
	})
}

// zeros is an endless reader of 'a' bytes.
type zeros struct{}

func (zeros) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = 'a'
	}
	return len(p), nil
}

func TestReadTooLargeStream(t *testing.T) {
	got, err := Read("-", zeros{})
	assert.Empty(t, got)
	assert.ErrorIs(t, err, ErrTooLarge)
	assert.EqualError(t, err, "reader: -: file over 50 MB")

	// Exactly MaxSize is allowed.
	_, err = Read("-", io.MultiReader(strings.NewReader("date 2025-01-01 "), io.LimitReader(zeros{}, MaxSize-16)))
	assert.NoError(t, err)
}

func TestDefaultDate(t *testing.T) {
	rd := Reader{DefaultDate: "2024-12-31"}
	got, err := rd.ReadFile("testdata/tiny.html")
	require.NoError(t, err)
	assert.Equal(t, []article.Article{{
		ID:        ContentID(article.Article{Published: "2024-12-31", Title: "Short note", Text: "Brazil's president called the Argentine president on Friday."}),
		Published: "2024-12-31",
		Title:     "Short note",
		Text:      "Brazil's president called the Argentine president on Friday.",
		Origin:    article.Origin{File: "testdata/tiny.html"},
	}}, got)

	// Without it the page is refused with a clear message.
	_, err = ReadFile("testdata/tiny.html")
	assert.ErrorIs(t, err, ErrNoDate)

	// A stated date wins over the default.
	got, err = rd.ReadFile("testdata/plain.txt")
	require.NoError(t, err)
	assert.Equal(t, "2024-05-14", got[0].Published)

	// A malformed default is an error for every input.
	_, err = Reader{DefaultDate: "31/12/2024"}.ReadFile("testdata/plain.txt")
	assert.ErrorIs(t, err, ErrBadDate)
}

func TestParseText(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want record
	}{
		{"seed form", " date 2025-11-19 Beijing hosted talks.", record{date: "2025-11-19", text: " Beijing hosted talks."}},
		{"date on its own line", "date 2025-11-19\n\nBeijing hosted talks.", record{date: "2025-11-19", text: "\n\nBeijing hosted talks."}},
		{"capital Date", "Date 2025-11-19 Talks.", record{date: "2025-11-19", text: " Talks."}},
		{"date as a word", "date palms were a gift from Oman.", record{text: "date palms were a gift from Oman."}},
		{"date without space", "date 2025-11-19Talks.", record{text: "date 2025-11-19Talks."}},
		{"header CRLF", "Title: T\r\nDate: 2025-01-02\r\nURL: https://x.test/a\r\n\r\nBody.\r\n", record{title: "T", date: "2025-01-02", url: "https://x.test/a", text: "Body.\n"}},
		{"header published wins", "Published: 2025-01-03\nDate: 2025-01-02\nid: k-1\n\nBody.", record{id: "k-1", date: "2025-01-03", text: "Body."}},
		{"header then plain date", "Title: T\n\ndate 2025-01-02 Body.", record{title: "T", date: "2025-01-02", text: " Body."}},
		{"header must end with blank line", "Title: T\nBody without a blank line.", record{text: "Title: T\nBody without a blank line."}},
		{"first line must be a known key", "Note: the talks ran late.\n\nBody.", record{text: "Note: the talks ran late.\n\nBody."}},
		{"front matter", "---\ntitle: \"A \\\"quoted\\\" title\"\ndate: 2025-01-02 # comment\nsource: 'O''Neill Wire'\n---\nBody.", record{title: `A "quoted" title`, date: "2025-01-02", source: "O'Neill Wire", text: "Body."}},
		{"unclosed front matter", "---\ntitle: T\nBody.", record{text: "---\ntitle: T\nBody."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, parseText(tt.in))
		})
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"2025-11-19", "2025-11-19", true},
		{" 2025-11-19 ", "2025-11-19", true},
		{"2025-11-19T23:30:00-05:00", "2025-11-19", true},
		{"2025-11-19T01:00:00Z", "2025-11-19", true},
		{"2025-11-19 08:00", "2025-11-19", true},
		{"Tue, 07 Mar 2023 10:15:00 +0200", "2023-03-07", true},
		{"Tue, 07 Mar 2023 10:15:00 GMT", "2023-03-07", true},
		{"19 November 2025", "2025-11-19", true},
		{"November 19, 2025", "2025-11-19", true},
		{"2025/11/19", "2025-11-19", true},
		{"2025-02-30", "", false},
		{"2025-11-19x", "", false},
		{"yesterday", "", false},
		{"", "", false},
	}
	for _, tt := range tests {
		got, ok := parseDate(tt.in)
		assert.Equal(t, tt.ok, ok, "parseDate(%q)", tt.in)
		assert.Equal(t, tt.want, got, "parseDate(%q)", tt.in)
	}
}

func TestDetect(t *testing.T) {
	tests := []struct {
		name, data string
		want       format
	}{
		{"a.txt", `{"text": "x"}`, formatText}, // the extension decides
		{"a.MD", "# x", formatText},
		{"a.json", `{"text": "x"}`, formatJSONL},
		{"a.json", "{\n \"text\": \"x\"\n}", formatJSON},
		{"a.json", `[{"text": "x"}]`, formatJSON},
		{"a.ndjson", "{\n}", formatJSONL},
		{"a.htm", "x", formatHTML},
		{"a.atom", "x", formatFeed},
		{"-", "  [1]", formatJSON},
		{"-", "\n{\"a\":1}\n{\"a\":2}", formatJSONL},
		{"-", `<?xml version="1.0"?><rss>`, formatFeed},
		{"-", `<?xml version="1.0"?><!DOCTYPE html><html>`, formatHTML},
		{"-", "<feed xmlns=\"http://www.w3.org/2005/Atom\">", formatFeed},
		{"-", "<!DOCTYPE html>\n<html>", formatHTML},
		{"-", "<HTML><body>", formatHTML},
		{"-", " date 2025-01-01 x", formatText},
		{"-", "anything else", formatText},
		{"noext", "anything else", formatText},
		{"a.go", "package main", formatUnknown},
		{"a.go", "date 2025-01-01 x", formatText},
		{"a.dat", "<rss version=\"2.0\">", formatFeed},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, detect(tt.name, []byte(tt.data)), "detect(%q, %q)", tt.name, tt.data)
	}
}

func TestJSONTextRoundTrip(t *testing.T) {
	// Text from a gold JSON Lines file comes back byte for byte.
	text := "Li said: \"We stand ready.\"\n\nThe visa-free regime — announced in Moscow — starts «soon». Tabs\tstay, \\ too, and \u2028 too."
	line, err := json.Marshal(map[string]any{"id": "x", "published": "2025-11-19", "text": text,
		"entities": []any{map[string]any{"name": "China", "type": "Country"}}})
	require.NoError(t, err)
	got, err := Read("gold.jsonl", strings.NewReader(string(line)+"\n"))
	require.NoError(t, err)
	require.Len(t, got, 1)
	assert.Equal(t, text, got[0].Text)
}

func TestWalk(t *testing.T) {
	dir := t.TempDir()
	write := func(name, data string) {
		p := filepath.Join(dir, filepath.FromSlash(name))
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, []byte(data), 0o644))
	}
	copyIn := func(src, name string) {
		data, err := os.ReadFile(filepath.Join("testdata", src))
		require.NoError(t, err)
		write(name, string(data))
	}
	copyIn("plain.txt", "a-plain.txt")
	write("b-bad.txt", "Kenya and Uganda held talks, but no date was given.")
	copyIn("broken.jsonl", "c/broken.jsonl")
	copyIn("header.md", "c/d/header.md")
	copyIn("feed.rss", "e.rss")
	copyIn("plain.txt", ".hidden.txt")
	copyIn("plain.txt", ".git/x.txt")
	write("main.go", "package main\n")
	write("README", "not read")
	require.NoError(t, os.WriteFile(filepath.Join(dir, "logo.png"), []byte{0x89, 'P', 'N', 'G', 0, 0}, 0o644))

	var got []string
	errs := Walk([]string{dir, filepath.Join(dir, "missing.json"), filepath.Join(dir, "a-plain.txt")}, func(a article.Article) error {
		rel, err := filepath.Rel(dir, a.Origin.File)
		require.NoError(t, err)
		got = append(got, fmt.Sprintf("%s:%d %s", filepath.ToSlash(rel), a.Origin.Line, a.Published))
		return nil
	})
	assert.Equal(t, []string{
		"a-plain.txt:0 2024-05-14",
		"c/broken.jsonl:1 2019-04-02",
		"c/broken.jsonl:3 2019-04-04",
		"c/d/header.md:0 2023-09-21",
		"e.rss:0 2023-03-07",
		"e.rss:0 2023-03-08",
	}, got, "good articles in lexical order; hidden, unknown and repeated files skipped")

	var msgs []string
	for _, err := range errs {
		var pe *ParseError
		require.ErrorAs(t, err, &pe)
		rel, _ := filepath.Rel(dir, pe.File)
		msgs = append(msgs, fmt.Sprintf("%s:%d", filepath.ToSlash(rel), pe.Line))
	}
	assert.Equal(t, []string{"b-bad.txt:0", "c/broken.jsonl:2", "c/broken.jsonl:4", "missing.json:0"}, msgs)
	assert.ErrorIs(t, errs[0], ErrNoDate)
	assert.Contains(t, errs[0].Error(), "b-bad.txt")
	assert.ErrorIs(t, errs[3], fs.ErrNotExist)
}

func TestWalkStdinAndCallbackErrors(t *testing.T) {
	rd := Reader{Stdin: strings.NewReader(
		`{"id":"s1","published":"2025-05-05","text":"Rwanda hosted Burundi."}` + "\n" +
			`{"id":"s2","published":"2025-05-06","text":"Burundi thanked Rwanda."}` + "\n" +
			`{"id":"s3","published":"2025-05-07","text":"Both pledged calm."}` + "\n")}
	plain, err := ReadFile("testdata/plain.txt")
	require.NoError(t, err)
	plainID := plain[0].ID
	boom := errors.New("store is full")
	var ids []string
	errs := rd.Walk([]string{"-", "testdata/plain.txt"}, func(a article.Article) error {
		ids = append(ids, a.ID)
		if a.ID == "s2" {
			return boom
		}
		return nil
	})
	assert.Equal(t, []string{"s1", "s2", "s3", plainID}, ids)
	assert.Equal(t, []error{boom}, errs, "fn's error is collected and Walk goes on")

	ids = nil
	errs = Walk([]string{"testdata/articles.jsonl", "testdata/plain.txt"}, func(a article.Article) error {
		ids = append(ids, a.ID)
		return fs.SkipAll
	})
	assert.Equal(t, []string{"eg-it-1"}, ids, "fs.SkipAll stops the walk")
	assert.Empty(t, errs)
}

func TestParseErrorFormat(t *testing.T) {
	inner := fmt.Errorf("%w: unexpected end of input", ErrInvalidJSON)
	tests := []struct {
		err  *ParseError
		want string
	}{
		{&ParseError{File: "path/to/file.jsonl", Line: 7, Err: inner}, "reader: path/to/file.jsonl:7: invalid JSON: unexpected end of input"},
		{&ParseError{File: "a.txt", Err: ErrEmpty}, "reader: a.txt: empty input"},
		{&ParseError{Line: 3, Err: ErrEmpty}, "reader: line 3: empty input"},
		{&ParseError{}, "reader: unknown error"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, tt.err.Error())
	}
	assert.ErrorIs(t, tests[0].err, ErrInvalidJSON)
	assert.Nil(t, Errors(nil))
}

// FuzzRead: any bytes under any name, with the default size limit or a
// small one: no panic, every error a *ParseError naming the input on one
// line, every article with a valid id, date and text.
func FuzzRead(f *testing.F) {
	names := []string{"-", "f.txt", "f.md", "f.json", "f.jsonl", "f.html", "f.rss", "f.atom", "f.bin"}
	files, err := filepath.Glob("testdata/*")
	require.NoError(f, err)
	for i, file := range files {
		if fi, err := os.Stat(file); err != nil || fi.IsDir() {
			continue // testdata/fuzz: the fuzzer's own corpus
		}
		data, err := os.ReadFile(file)
		require.NoError(f, err)
		f.Add(uint8(i), data)
	}
	f.Add(uint8(0), []byte("date 2025-01-01 x"))
	f.Add(uint8(3), []byte(`[{"text":"a","date":"2025-01-01"},`))
	f.Add(uint8(1), []byte("---\ntitle: x\n---\n"))
	f.Add(uint8(4+9), []byte(`{"id":"a\u0000","date":"0000-01-01","text":"x"}`+"\n"+`{"date":"2025-01-01","text":"`+strings.Repeat("y", 300)+`"}`))
	f.Add(uint8(1), []byte("\xff\xfed\x00a\x00t\x00e\x00 \x002\x000\x002\x005\x00-\x000\x001\x00-\x000\x001\x00 \x00x\x00"))
	f.Add(uint8(5), []byte("<html><body>"+strings.Repeat("<div>", 600)))
	f.Fuzz(func(t *testing.T, n uint8, data []byte) {
		name := names[int(n)%len(names)]
		rd := Reader{DefaultDate: "2000-01-01"}
		if n >= 128 {
			rd.Limit = 256 // exercise lines and files over the limit
		}
		arts, err := rd.Read(name, strings.NewReader(string(data)))
		for _, a := range arts {
			if a.ID == "" || checkID(a.ID) != nil || a.Text == "" || a.Text != strings.TrimSpace(a.Text) {
				t.Fatalf("bad article %#v", a)
			}
			if d, err := checkDate(a.Published); err != nil || d != a.Published {
				t.Fatalf("bad date %q in %#v", a.Published, a)
			}
			if a.Origin.File != name {
				t.Fatalf("origin %q, want %q", a.Origin.File, name)
			}
		}
		for _, e := range Errors(err) {
			var pe *ParseError
			if !errors.As(e, &pe) {
				t.Fatalf("error %v is not a *ParseError", e)
			}
			if pe.File != name || !strings.HasPrefix(e.Error(), "reader: "+name) {
				t.Fatalf("error %q does not name %q", e, name)
			}
		}
		// Read a byte at a time, as from a slow pipe, the same articles and
		// errors come out.
		arts2, err2 := rd.Read(name, iotest.OneByteReader(strings.NewReader(string(data))))
		if !reflect.DeepEqual(arts, arts2) || fmt.Sprint(err) != fmt.Sprint(err2) {
			t.Fatalf("byte by byte:\n%v %v\nwhole:\n%v %v", arts2, err2, arts, err)
		}
	})
}

func BenchmarkReadJSONL(b *testing.B) {
	var sb strings.Builder
	for i := range 1000 {
		line, _ := json.Marshal(map[string]any{
			"id":        fmt.Sprintf("bench-%04d", i),
			"published": "2025-11-19",
			"source":    "Bench Wire",
			"title":     fmt.Sprintf("Minister visit %d", i),
			"text":      strings.Repeat(fmt.Sprintf("The foreign minister of country %d met her counterpart in the capital on Tuesday. ", i), 8),
			"entities":  []any{map[string]any{"name": "Country", "type": "Country"}},
		})
		sb.Write(line)
		sb.WriteByte('\n')
	}
	data := sb.String()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		arts, err := Read("bench.jsonl", strings.NewReader(data))
		if err != nil || len(arts) != 1000 {
			b.Fatal(len(arts), err)
		}
	}
}
