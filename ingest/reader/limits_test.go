package reader

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/bilatgraph/bilat/ingest/article"
)

// jsonLine is one JSON Lines article of about size bytes.
func jsonLine(i, size int) string {
	text := fmt.Sprintf("Article %d: the foreign minister met her counterpart on Tuesday. ", i)
	text += strings.Repeat("More talks were held. ", max(0, (size-len(text)-80)/22))
	line, _ := json.Marshal(map[string]string{"id": fmt.Sprintf("a-%d", i), "published": "2025-06-01", "text": text})
	return string(line) + "\n"
}

// TestJSONLOverLimitIsStreamed: the size limit applies to one line, not to a
// JSON Lines file, and a line over it is reported while the others are read.
func TestJSONLOverLimitIsStreamed(t *testing.T) {
	rd := Reader{Limit: 4 << 10}
	var sb strings.Builder
	for i := range 500 {
		if i == 250 {
			sb.WriteString(jsonLine(i, 5<<10)) // over the limit
			continue
		}
		sb.WriteString(jsonLine(i, 300))
	}
	for _, name := range []string{"many.jsonl", "many.json", "-"} {
		t.Run(name, func(t *testing.T) {
			got, err := rd.Read(name, strings.NewReader(sb.String()))
			assert.Len(t, got, 499)
			assert.Equal(t, "a-251", got[250].ID)
			assert.Equal(t, 252, got[250].Origin.Line)
			assert.ErrorIs(t, err, ErrTooLarge)
			assert.EqualError(t, err, "reader: "+name+":251: line over 4 KB")
		})
	}

	// Other formats are read whole.
	_, err := rd.Read("doc.txt", strings.NewReader("date 2025-01-01 "+strings.Repeat("Talks. ", 1000)))
	assert.EqualError(t, err, "reader: doc.txt: file over 4 KB")
}

// TestJSONDocumentOverLimitIsStreamed: a JSON array is read element by
// element too; the limit applies to one article.
func TestJSONDocumentOverLimitIsStreamed(t *testing.T) {
	rd := Reader{Limit: 4 << 10}
	elem := func(i, size int) string { return strings.TrimSuffix(jsonLine(i, size), "\n") }
	var sb strings.Builder
	sb.WriteString("[\n")
	for i := range 300 {
		if i > 0 {
			sb.WriteString(",\n")
		}
		if i == 100 {
			sb.WriteString(elem(i, 5<<10)) // over the limit
			continue
		}
		sb.WriteString(elem(i, 300))
	}
	sb.WriteString("\n]\n")
	got, err := rd.Read("many.json", strings.NewReader(sb.String()))
	assert.Len(t, got, 299)
	assert.Equal(t, "a-101", got[100].ID)
	assert.EqualError(t, err, "reader: many.json:102: element 101: article over 4 KB")

	// An element far over the limit ends the document: the decoder would
	// hold all of it.
	doc := "[" + elem(1, 100) + ",\n" + elem(2, 3<<20) + ",\n" + elem(3, 100) + "]"
	got, err = rd.Read("huge.json", strings.NewReader(doc))
	assert.Len(t, got, 1)
	assert.EqualError(t, err, "reader: huge.json:2: element 2: article over 4 KB")

	// Text that is not UTF-8 ends it too, keeping the elements before.
	doc = "[" + elem(1, 100) + ",\n" + `{"date":"2025-01-01","text":"Bogot` + "\xe1" + `"},` + "\n" + elem(3, 100) + "]"
	got, err = Read("latin1.json", strings.NewReader(doc))
	assert.Len(t, got, 1)
	assert.EqualError(t, err, "reader: latin1.json:2: element 2: not valid UTF-8 text")
	assert.ErrorIs(t, err, ErrNotUTF8)
}

// TestJSONLLongFirstLine: a .json file whose first line, longer than what
// is sniffed, is a whole object is still JSON Lines.
func TestJSONLLongFirstLine(t *testing.T) {
	data := jsonLine(1, 3*sniffSize) + jsonLine(2, 100)
	got, err := Read("long.json", strings.NewReader(data))
	require.NoError(t, err)
	require.Len(t, got, 2)
	assert.Equal(t, 2, got[1].Origin.Line)

	// A document whose first line is not a whole object is read whole.
	data = "{\"date\": \"2025-01-01\",\n \"text\": \"" + strings.Repeat("x", 3*sniffSize) + "\"\n}\n"
	got, err = Read("doc.json", strings.NewReader(data))
	require.NoError(t, err)
	require.Len(t, got, 1)
	assert.Equal(t, 0, got[0].Origin.Line)
}

// TestRealSize: 55 MB of small valid articles in one .jsonl file, or in
// one JSON array, are all read (a 50 MB limit on the whole file used to
// refuse them).
func TestRealSize(t *testing.T) {
	if testing.Short() {
		t.Skip("writes a 55 MB file")
	}
	for _, name := range []string{"big.jsonl", "big.json"} {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), name)
			f, err := os.Create(path)
			require.NoError(t, err)
			w := bufio.NewWriter(f)
			array := name == "big.json"
			if array {
				w.WriteString("[\n")
			}
			n := 0
			for size := 0; size <= 55<<20; n++ {
				line := jsonLine(n, 4600)
				if array && n > 0 {
					w.WriteString(",\n")
				}
				if array {
					line = strings.TrimSuffix(line, "\n")
				}
				w.WriteString(line)
				size += len(line)
			}
			if array {
				w.WriteString("\n]\n")
			}
			require.NoError(t, w.Flush())
			require.NoError(t, f.Close())
			fi, err := os.Stat(path)
			require.NoError(t, err)
			require.Greater(t, fi.Size(), int64(MaxSize))

			start := time.Now()
			count := 0
			errs := Walk([]string{path}, func(a article.Article) error {
				count++
				return nil
			})
			assert.Empty(t, errs)
			assert.Equal(t, n, count)
			t.Logf("%d articles, %d MB in %v", count, fi.Size()>>20, time.Since(start))
		})
	}
}

// TestWalkStreams: Walk hands an article to fn as soon as it is read,
// before the input ends, from JSON Lines and from a JSON array.
func TestWalkStreams(t *testing.T) {
	for _, tt := range []struct{ name, first, rest string }{
		{"jsonl", jsonLine(1, 100), jsonLine(2, 100)},
		{"array", "[" + strings.TrimSuffix(jsonLine(1, 100), "\n") + ",\n", strings.TrimSuffix(jsonLine(2, 100), "\n") + "]\n"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			pr, pw := io.Pipe()
			first := make(chan struct{})
			failed := make(chan string, 1)
			go func() {
				defer pw.Close()
				io.WriteString(pw, tt.first)
				select {
				case <-first:
					io.WriteString(pw, tt.rest)
				case <-time.After(10 * time.Second):
					failed <- "fn was not called for the first article before the input ended"
				}
			}()
			var ids []string
			errs := Reader{Stdin: pr}.Walk([]string{"-"}, func(a article.Article) error {
				if ids = append(ids, a.ID); len(ids) == 1 {
					close(first)
				}
				return nil
			})
			select {
			case msg := <-failed:
				t.Fatal(msg)
			default:
			}
			assert.Empty(t, errs)
			assert.Equal(t, []string{"a-1", "a-2"}, ids)
		})
	}
}

// TestArticlesIterator: Articles yields articles and errors in order, and
// stopping the loop stops the reading.
func TestArticlesIterator(t *testing.T) {
	var got []string
	for a, err := range Articles([]string{"testdata/broken.jsonl", "testdata/plain.txt"}) {
		if err != nil {
			var pe *ParseError
			require.ErrorAs(t, err, &pe)
			got = append(got, fmt.Sprintf("error %d", pe.Line))
			continue
		}
		got = append(got, a.ID)
	}
	plain, err := ReadFile("testdata/plain.txt")
	require.NoError(t, err)
	assert.Equal(t, []string{"pe-1", "error 2", "pe-3", "error 4", plain[0].ID}, got, "in input order")

	n := 0
	for range Articles([]string{"testdata/articles.jsonl", "testdata/plain.txt"}) {
		n++
		break
	}
	assert.Equal(t, 1, n)
}

// TestUTF16 reads UTF-16 with a byte-order mark, little and big endian, as
// the same articles as UTF-8 (it used to be called binary content).
func TestUTF16(t *testing.T) {
	encode := func(s string, big bool) []byte {
		var b []byte
		if big {
			b = append(b, 0xFE, 0xFF)
		} else {
			b = append(b, 0xFF, 0xFE)
		}
		for _, r := range s {
			u := []uint16{uint16(r)}
			if r > 0xFFFF {
				r -= 0x10000
				u = []uint16{uint16(0xD800 + r>>10), uint16(0xDC00 + r&0x3FF)}
			}
			for _, c := range u {
				if big {
					b = append(b, byte(c>>8), byte(c))
				} else {
					b = append(b, byte(c), byte(c>>8))
				}
			}
		}
		return b
	}
	for _, tt := range []struct{ name, text string }{
		{"note.txt", "date 2025-07-01\r\nSão Tomé and Gabon signed a fisheries accord — «a first» 🤝.\r\n"},
		{"notes.jsonl", jsonLine(1, 200) + jsonLine(2, 200)},
		{"-", "Title: Zürich talks\nDate: 2025-07-02\n\nSwitzerland hosted the talks.\n"},
	} {
		want, err := Read(tt.name, strings.NewReader(tt.text))
		require.NoError(t, err)
		for _, big := range []bool{false, true} {
			got, err := Read(tt.name, strings.NewReader(string(encode(tt.text, big))))
			require.NoError(t, err, "%s big-endian=%v", tt.name, big)
			assert.Equal(t, want, got, "%s big-endian=%v", tt.name, big)
		}
	}
}

// TestUTF16WithoutBOM: without a byte-order mark UTF-16 is still refused,
// but the message says what it is.
func TestUTF16WithoutBOM(t *testing.T) {
	var le, be []byte
	for _, c := range []byte("date 2025-07-01 Gabon hosted the talks.") {
		le = append(le, c, 0)
		be = append(be, 0, c)
	}
	for _, data := range [][]byte{le, be} {
		_, err := Read("u.txt", strings.NewReader(string(data)))
		assert.ErrorIs(t, err, ErrBinary)
		assert.EqualError(t, err, "reader: u.txt: binary content, not text: looks like UTF-16 without a byte-order mark; save it as UTF-8 or with a BOM")
	}
	_, err := Read("b.txt", strings.NewReader("\x7fELF\x00\x00\x01\x02\x00\x00\x00\x00"))
	assert.EqualError(t, err, "reader: b.txt: binary content, not text")
}

// TestDatesBeforeYear1000: year 0000 and other early or impossible dates
// are refused with the date and the reason.
func TestDatesBeforeYear1000(t *testing.T) {
	for _, tt := range []struct{ name, data, msg string }{
		{"zero.txt", "date 0000-01-01 Talks.", `reader: zero.txt: invalid publication date: "0000-01-01": year before 1000`},
		{"early.md", "Date: 0999-12-31\n\nTalks.", `reader: early.md: invalid publication date: "0999-12-31": year before 1000`},
		{"zero.jsonl", `{"published":"0000-00-00","text":"Talks."}`, `reader: zero.jsonl:1: invalid publication date: "0000-00-00": not a calendar date`},
		{"feb.jsonl", `{"published":"2025-02-29T10:00:00Z","text":"Talks."}`, `reader: feb.jsonl:1: invalid publication date: "2025-02-29T10:00:00Z": not a calendar date`},
		{"words.jsonl", `{"published":"1 January 0001","text":"Talks."}`, `reader: words.jsonl:1: invalid publication date: "1 January 0001": year before 1000`},
	} {
		got, err := Read(tt.name, strings.NewReader(tt.data))
		assert.Empty(t, got)
		assert.ErrorIs(t, err, ErrBadDate)
		assert.EqualError(t, err, tt.msg)
	}
	got, err := Read("first.txt", strings.NewReader("date 1000-01-01 Talks."))
	require.NoError(t, err)
	assert.Equal(t, "1000-01-01", got[0].Published)

	_, err = Reader{DefaultDate: "0000-01-01"}.Read("x.txt", strings.NewReader("Talks."))
	assert.EqualError(t, err, `reader: x.txt: invalid publication date: DefaultDate "0000-01-01": year before 1000`)
}

// TestHTMLErrorPrefix: an HTML parser error is named once ("html: html:"
// before).
func TestHTMLErrorPrefix(t *testing.T) {
	_, err := Read("deep.html", strings.NewReader("<html><body>"+strings.Repeat("<div>", 600)+"Talks."))
	require.Error(t, err)
	assert.EqualError(t, err, "reader: deep.html: html: open stack of elements exceeds 512 nodes")
	var pe *ParseError
	assert.True(t, errors.As(err, &pe))
}

// TestJSONLBadLineEncoding: a JSON Lines line that is not UTF-8 is reported
// with its line; the lines after it are read.
func TestJSONLBadLineEncoding(t *testing.T) {
	data := jsonLine(1, 100) + `{"published":"2025-01-01","text":"Bogot` + "\xe1" + `"}` + "\n" + jsonLine(3, 100)
	got, err := Read("mixed.jsonl", strings.NewReader(data))
	require.Len(t, got, 2)
	assert.Equal(t, "a-3", got[1].ID)
	assert.EqualError(t, err, "reader: mixed.jsonl:2: not valid UTF-8 text")
}
