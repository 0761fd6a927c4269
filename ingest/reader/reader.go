// Package reader turns input files into article.Article values.
//
// It reads, offline and deterministically:
//
//   - the plain form: optional white space, then "date YYYY-MM-DD ", then the
//     text (.txt, .md);
//   - text with a header block of "Key: value" lines followed by a blank
//     line, or with front matter between "---" lines (.txt, .md); the keys
//     are Title, Date or Published, Source, URL and ID, in any case;
//   - JSON, one object or an array of objects (.json), and JSON Lines
//     (.jsonl, .ndjson), with the fields id, url, title, source, published
//     or date, and text; other fields are ignored. A .json file whose first
//     line is a whole object is read as JSON Lines;
//   - HTML pages (.html, .htm), through go-trafilatura;
//   - RSS and Atom feeds (.xml, .rss, .atom), through gofeed, one article
//     per item.
//
// The format comes from the name's extension. A name without one, such as
// "-" for standard input, is sniffed from the first bytes and read as plain
// text when nothing else matches.
//
// Every article comes out with a Published date (YYYY-MM-DD), a trimmed Text
// whose newlines are "\n", and an ID: the input's own, or else the first 16
// hex digits of the SHA-1 of the Text, so the same text is the same article.
//
// Errors are *ParseError values wrapping the sentinels in errors.go. A bad
// article (no date, no text, a broken JSON line) is skipped and reported
// while the rest of the input is still returned; see Reader.Read.
package reader

import (
	"bytes"
	"crypto/sha1"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/bilatgraph/bilat/ingest/article"
)

// MaxSize is the largest input read, in bytes (50 MB). Larger inputs fail
// with ErrTooLarge.
const MaxSize = 50 << 20

// Reader reads articles with options. The zero Reader is ready to use and is
// what the package-level Read, ReadFile and Walk use. A Reader is not
// changed by reading, so one value can be shared by goroutines (though
// concurrent Walks of "-" would share Stdin).
type Reader struct {
	// DefaultDate, when not empty, is the publication date (YYYY-MM-DD)
	// given to articles that state none. When empty, such articles are
	// skipped and reported with ErrNoDate.
	DefaultDate string

	// Stdin is what Walk reads for the path "-". Nil means os.Stdin.
	Stdin io.Reader
}

// Read reads the articles in r with the zero Reader; see Reader.Read.
func Read(name string, r io.Reader) ([]article.Article, error) {
	return Reader{}.Read(name, r)
}

// ReadFile reads the articles in the file at path with the zero Reader; see
// Reader.ReadFile.
func ReadFile(path string) ([]article.Article, error) {
	return Reader{}.ReadFile(path)
}

// Read reads every article in r. Name is used to choose the format (by its
// extension; see the package doc) and in errors and Article.Origin; use "-"
// for standard input.
//
// Read returns the articles it could read, in input order, and an error
// that is nil, a single *ParseError, or an errors.Join of *ParseError values,
// one per skipped article or broken JSON line; Errors splits it. An error
// about the whole input (ErrEmpty, ErrBinary, ErrNotUTF8, ErrTooLarge,
// ErrFormat, a feed that does not parse) comes with no articles. At most
// MaxSize+1 bytes are read from r.
func (rd Reader) Read(name string, r io.Reader) ([]article.Article, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxSize+1))
	if err != nil {
		return nil, &ParseError{File: name, Err: err}
	}
	if len(data) > MaxSize {
		return nil, &ParseError{File: name, Err: ErrTooLarge}
	}
	return rd.parse(name, data)
}

// ReadFile reads every article in the file at path, like Read. A file over
// MaxSize bytes is refused from its size, without reading it.
func (rd Reader) ReadFile(path string) ([]article.Article, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, &ParseError{File: path, Err: unwrapPath(err)}
	}
	if fi.IsDir() {
		return nil, &ParseError{File: path, Err: errors.New("is a directory")}
	}
	if fi.Size() > MaxSize {
		return nil, &ParseError{File: path, Err: ErrTooLarge}
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, &ParseError{File: path, Err: unwrapPath(err)}
	}
	defer f.Close()
	return rd.Read(path, f)
}

// unwrapPath drops the *fs.PathError layer, whose path the ParseError
// already names.
func unwrapPath(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// format is an input format.
type format int

const (
	formatUnknown format = iota
	formatText           // plain form, header block or front matter
	formatJSON           // one object, an array, or a stream of objects
	formatJSONL          // one object per line
	formatHTML
	formatFeed
)

// extFormats maps known extensions to formats. Walk skips other files found
// in directories.
var extFormats = map[string]format{
	".txt":      formatText,
	".text":     formatText,
	".md":       formatText,
	".markdown": formatText,
	".json":     formatJSON,
	".jsonl":    formatJSONL,
	".ndjson":   formatJSONL,
	".html":     formatHTML,
	".htm":      formatHTML,
	".xhtml":    formatHTML,
	".xml":      formatFeed,
	".rss":      formatFeed,
	".atom":     formatFeed,
}

// knownExt reports whether name has an extension Walk reads.
func knownExt(name string) bool {
	_, ok := extFormats[strings.ToLower(filepath.Ext(name))]
	return ok
}

// detect chooses the format of data named name.
func detect(name string, data []byte) format {
	ext := strings.ToLower(filepath.Ext(name))
	if name == "-" {
		ext = ""
	}
	if f, ok := extFormats[ext]; ok {
		if f == formatJSON {
			return jsonKind(data)
		}
		return f
	}
	f := sniff(data)
	if f == formatUnknown && ext == "" {
		return formatText
	}
	return f
}

// sniff guesses a format from the first non-space bytes.
func sniff(data []byte) format {
	b := bytes.TrimLeft(data, " \t\r\n\f\v")
	head := strings.ToLower(string(b[:min(len(b), 1024)]))
	switch {
	case strings.HasPrefix(head, "{"), strings.HasPrefix(head, "["):
		return jsonKind(b)
	case strings.HasPrefix(head, "<?xml"):
		if strings.Contains(head, "<html") {
			return formatHTML
		}
		return formatFeed
	case strings.HasPrefix(head, "<rss"), strings.HasPrefix(head, "<feed"),
		strings.HasPrefix(head, "<rdf:rdf"):
		return formatFeed
	case strings.HasPrefix(head, "<!doctype html"), strings.HasPrefix(head, "<html"),
		strings.HasPrefix(head, "<head"), strings.HasPrefix(head, "<body"):
		return formatHTML
	case plainDate(string(b)) != "", strings.HasPrefix(head, "---\n"),
		strings.HasPrefix(head, "---\r\n"), headerKeyLine(firstLine(string(b))):
		return formatText
	}
	return formatUnknown
}

// parse checks data and hands it to the reader for its format.
func (rd Reader) parse(name string, data []byte) ([]article.Article, error) {
	if rd.DefaultDate != "" {
		if _, ok := parseDate(rd.DefaultDate); !ok {
			return nil, &ParseError{File: name, Err: fmt.Errorf("%w: DefaultDate %q", ErrBadDate, rd.DefaultDate)}
		}
	}
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, &ParseError{File: name, Err: ErrEmpty}
	}
	if isBinary(data) {
		return nil, &ParseError{File: name, Err: ErrBinary}
	}
	if !utf8.Valid(data) {
		return nil, &ParseError{File: name, Line: invalidUTF8Line(data), Err: ErrNotUTF8}
	}
	var (
		recs []record
		errs errList
	)
	switch detect(name, data) {
	case formatText:
		recs = []record{parseText(string(data))}
	case formatJSON:
		recs = parseJSON(data)
	case formatJSONL:
		recs = parseJSONL(data)
	case formatHTML:
		r, err := parseHTML(data)
		if err != nil {
			return nil, &ParseError{File: name, Err: err}
		}
		recs = []record{r}
	case formatFeed:
		var err error
		if recs, err = parseFeed(data); err != nil {
			return nil, &ParseError{File: name, Err: err}
		}
	default:
		return nil, &ParseError{File: name, Err: ErrFormat}
	}
	arts := rd.finish(name, recs, &errs)
	return arts, errs.err()
}

// record is an article as a format reader found it, before checks.
type record struct {
	id, url, title, source string
	date                   string // as written; checked by finish
	text                   string // before normalisation
	line                   int    // Origin.Line: 1-based line for JSON Lines, else 0
	at                     int    // line for errors when line is 0, e.g. where a JSON array element starts
	where                  string // names the record in errors, e.g. `item 2 "Title"`; "" for a whole file
	err                    error  // set when the record could not be decoded
}

// finish checks records and turns the good ones into articles.
func (rd Reader) finish(name string, recs []record, errs *errList) []article.Article {
	var arts []article.Article
	for _, r := range recs {
		fail := func(err error) {
			if r.where != "" {
				err = fmt.Errorf("%s: %w", r.where, err)
			}
			line := r.line
			if line == 0 {
				line = r.at
			}
			errs.add(name, line, err)
		}
		if r.err != nil {
			fail(r.err)
			continue
		}
		text := normalize(r.text)
		if text == "" {
			fail(ErrNoText)
			continue
		}
		date := strings.TrimSpace(r.date)
		switch {
		case date == "" && rd.DefaultDate == "":
			fail(ErrNoDate)
			continue
		case date == "":
			date, _ = parseDate(rd.DefaultDate)
		default:
			d, ok := parseDate(date)
			if !ok {
				fail(fmt.Errorf("%w: %q", ErrBadDate, date))
				continue
			}
			date = d
		}
		id := strings.TrimSpace(r.id)
		if id == "" {
			id = TextID(text)
		}
		arts = append(arts, article.Article{
			ID:        id,
			Published: date,
			Title:     strings.TrimSpace(r.title),
			Source:    strings.TrimSpace(r.source),
			URL:       strings.TrimSpace(r.url),
			Text:      text,
			Origin:    article.Origin{File: name, Line: r.line},
		})
	}
	return arts
}

// normalize turns "\r\n" into "\n" and trims surrounding white space; every
// other byte is kept.
func normalize(s string) string {
	return strings.TrimSpace(strings.ReplaceAll(s, "\r\n", "\n"))
}

// TextID is the ID of an article that has none: the first 16 hex digits of
// the SHA-1 of its normalised (trimmed, "\n"-only) text.
func TextID(text string) string {
	sum := sha1.Sum([]byte(text))
	return hex.EncodeToString(sum[:])[:16]
}

// dateLayouts are the full-date forms accepted besides YYYY-MM-DD and
// RFC 3339 timestamps.
var dateLayouts = []string{
	time.RFC1123Z, time.RFC1123, time.RFC850, time.RFC822Z, time.RFC822,
	"Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST",
	"2006/01/02", "2 January 2006", "January 2, 2006", "2 Jan 2006", "Jan 2, 2006",
}

// parseDate returns s as YYYY-MM-DD. A YYYY-MM-DD prefix followed by "T" or
// a space (an RFC 3339 or SQL timestamp) gives its date part as written,
// without moving it to another time zone.
func parseDate(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if len(s) >= 10 {
		if _, err := time.Parse(time.DateOnly, s[:10]); err == nil {
			if len(s) == 10 || strings.ContainsRune("Tt ", rune(s[10])) {
				return s[:10], true
			}
		}
	}
	for _, layout := range dateLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t.Format(time.DateOnly), true
		}
	}
	return "", false
}

// isBinary reports a NUL byte, or more than 10% control characters other
// than white space, in the first 8 KB.
func isBinary(data []byte) bool {
	head := data[:min(len(data), 8<<10)]
	if bytes.IndexByte(head, 0) >= 0 {
		return true
	}
	ctl := 0
	for _, c := range head {
		if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v') || c == 0x7f {
			ctl++
		}
	}
	return ctl*10 > len(head)
}

// invalidUTF8Line is the 1-based line of the first invalid UTF-8 byte.
func invalidUTF8Line(data []byte) int {
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n <= 1 {
			return lineAt(data, i)
		}
		i += n
	}
	return 0
}

// lineAt is the 1-based line of byte offset off in data.
func lineAt(data []byte, off int) int {
	off = max(0, min(off, len(data)))
	return bytes.Count(data[:off], []byte("\n")) + 1
}
