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
//   - HTML pages (.html, .htm): the article's text through go-readability
//     (Mozilla's Readability), its date and URL from the page's metadata;
//   - RSS and Atom feeds (.xml, .rss, .atom), through gofeed, one article
//     per item.
//
// The format comes from the name's extension. A name without one, such as
// "-" for standard input, is sniffed from the first bytes and read as plain
// text when nothing else matches. Text is UTF-8, or UTF-16 with a
// byte-order mark.
//
// JSON Lines and JSON documents are read as streams, one article at a time,
// so a file of any length is read and articles come out as they are read;
// text, HTML and feeds are read whole. The size limit (Reader.Limit, 50 MB
// by default) applies to one JSON Lines line or one article of a JSON
// document, and to a whole file of the other formats.
//
// Every article comes out with a Published date (YYYY-MM-DD, year 1000 or
// later), a trimmed Text whose newlines are "\n", and an ID: the input's
// own, which must have no control character, or else ContentID, a hash of
// the date, source, title, URL and text.
//
// Errors are *ParseError values wrapping the sentinels in errors.go. A bad
// article (no date, no text, a broken JSON line) is skipped and reported
// while the rest of the input is still returned; see Reader.Read.
package reader

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"time"
	"unicode/utf8"

	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"

	"github.com/bilatgraph/bilat/ingest/article"
)

// MaxSize is the default size limit, in bytes (50 MB): the largest file read
// whole, the longest JSON Lines line and the largest article of a JSON
// document. Larger ones fail with ErrTooLarge.
const MaxSize = 50 << 20

// Reader reads articles with options. The zero Reader is ready to use and is
// what the package-level Read, ReadFile, Walk and Articles use. A Reader is
// not changed by reading, so one value can be shared by goroutines (though
// concurrent Walks of "-" would share Stdin).
type Reader struct {
	// DefaultDate, when not empty, is the publication date (YYYY-MM-DD)
	// given to articles that state none. When empty, such articles are
	// skipped and reported with ErrNoDate.
	DefaultDate string

	// Stdin is what Walk reads for the path "-". Nil means os.Stdin.
	Stdin io.Reader

	// Limit is the size limit in bytes: the largest input read whole (plain
	// text, an HTML page, a feed), the longest line of JSON Lines and the
	// largest article of a JSON document; those two are read as streams of
	// any length. Zero means MaxSize.
	Limit int64
}

// limit is the size limit in effect.
func (rd Reader) limit() int64 {
	if rd.Limit > 0 {
		return rd.Limit
	}
	return MaxSize
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
// about the whole input (ErrEmpty, ErrBinary, ErrTooLarge, ErrFormat, text
// that is not UTF-8, a feed that does not parse) comes with no articles.
// JSON and JSON Lines are read an article at a time, so such an input may
// be of any length; other formats are read whole, at most Limit+1 bytes of
// them.
func (rd Reader) Read(name string, r io.Reader) ([]article.Article, error) {
	return collect(func(fn func(article.Article, error) bool) { rd.scan(name, r, fn) })
}

// ReadFile reads every article in the file at path, like Read. A file over
// the size limit in a format read whole (by its extension) is refused from
// its size, without reading it.
func (rd Reader) ReadFile(path string) ([]article.Article, error) {
	return collect(func(fn func(article.Article, error) bool) { rd.scanFile(path, false, fn) })
}

// collect runs a scan to its end and gathers its articles and errors.
func collect(scan func(func(article.Article, error) bool)) ([]article.Article, error) {
	var (
		arts []article.Article
		errs []error
	)
	scan(func(a article.Article, err error) bool {
		if err != nil {
			errs = append(errs, err)
		} else {
			arts = append(arts, a)
		}
		return true
	})
	return arts, errList(errs).err()
}

// scanFile reads the file at path like scan. In a directory walk (inDir), a
// FIFO, socket or device is reported with ErrNotRegular and not read: it is
// opened without blocking and checked before any read. Named explicitly, it
// is read as a stream.
func (rd Reader) scanFile(path string, inDir bool, yield func(article.Article, error) bool) bool {
	fail := func(err error) bool {
		return yield(article.Article{}, &ParseError{File: path, Err: err})
	}
	fi, err := os.Stat(path)
	if err != nil {
		return fail(unwrapPath(err))
	}
	if fi.IsDir() {
		return fail(errors.New("is a directory"))
	}
	if inDir && !fi.Mode().IsRegular() {
		return fail(notRegular(fi.Mode()))
	}
	if fi.Mode().IsRegular() && fi.Size() > rd.limit() {
		if f, ok := extFormats[strings.ToLower(filepath.Ext(path))]; ok && f != formatJSON && f != formatJSONL {
			return fail(rd.tooLarge())
		}
	}
	flag := os.O_RDONLY
	if inDir {
		flag |= syscall.O_NONBLOCK // a FIFO put there since Stat must not block the walk
	}
	f, err := os.OpenFile(path, flag, 0)
	if err != nil {
		return fail(unwrapPath(err))
	}
	defer f.Close()
	if inDir {
		if fi, err := f.Stat(); err != nil {
			return fail(unwrapPath(err))
		} else if !fi.Mode().IsRegular() {
			return fail(notRegular(fi.Mode()))
		}
	}
	return rd.scan(path, f, yield)
}

// notRegular describes a file that is not read.
func notRegular(m os.FileMode) error {
	kind := "special file"
	switch {
	case m&os.ModeNamedPipe != 0:
		kind = "FIFO"
	case m&os.ModeSocket != 0:
		kind = "socket"
	case m&os.ModeCharDevice != 0:
		kind = "character device"
	case m&os.ModeDevice != 0:
		kind = "device"
	}
	return fmt.Errorf("%w (a %s)", ErrNotRegular, kind)
}

// tooLarge is the error for a file read whole that is over the size limit.
func (rd Reader) tooLarge() error {
	return &tooLarge{what: "file", limit: rd.limit()}
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

// detect chooses the format of an input named name from data, its start.
// It says formatJSON for objects whose first line is not all in data;
// lineReader.jsonKind settles those.
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

// sniffSize is how much of an input is looked at to tell its format and
// whether it is binary.
const sniffSize = 8 << 10

// scan reads the articles of one input and yields each article, or each
// error, in input order, as soon as it is read. It returns false when yield
// asks it to stop.
func (rd Reader) scan(name string, r io.Reader, yield func(article.Article, error) bool) bool {
	fail := func(line int, err error) bool {
		return yield(article.Article{}, &ParseError{File: name, Line: line, Err: err})
	}
	if rd.DefaultDate != "" {
		if _, err := checkDate(rd.DefaultDate); err != nil {
			return fail(0, fmt.Errorf("%w: DefaultDate %q: %v", ErrBadDate, rd.DefaultDate, err))
		}
	}
	br := decodeBOM(r)
	f, known := extFormats[strings.ToLower(filepath.Ext(name))]
	head, err := peekHead(br, name == "-" || !known || f == formatJSON || f == formatJSONL)
	if err != nil {
		return fail(0, err)
	}
	if len(head) < sniffSize && len(bytes.TrimSpace(head)) == 0 {
		return fail(0, ErrEmpty)
	}
	if isBinary(head) {
		if looksUTF16(head) {
			return fail(0, fmt.Errorf("%w: looks like UTF-16 without a byte-order mark; save it as UTF-8 or with a BOM", ErrBinary))
		}
		return fail(0, ErrBinary)
	}
	f = detect(name, head)
	var src io.Reader = br
	lines := &lineReader{br: br, limit: rd.limit()}
	if f == formatJSON && bytes.HasPrefix(bytes.TrimLeft(head, " \t\r\n"), []byte("{")) {
		// Objects one a line are JSON Lines, whatever the name says: the
		// first line decides.
		var kind format
		if kind, src, err = lines.jsonKind(); err != nil {
			return fail(0, err)
		}
		if kind == formatJSONL {
			f = formatJSONL
		}
	}
	switch f {
	case formatJSONL:
		return rd.scanJSONL(name, lines, yield)
	case formatJSON:
		array := bytes.HasPrefix(bytes.TrimLeft(head, " \t\r\n"), []byte("["))
		return rd.scanJSON(name, src, array, yield)
	}

	data, err := io.ReadAll(io.LimitReader(src, rd.limit()+1))
	if err != nil {
		return fail(0, err)
	}
	if int64(len(data)) > rd.limit() {
		return fail(0, rd.tooLarge())
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return fail(0, ErrEmpty)
	}
	if !utf8.Valid(data) {
		return fail(invalidUTF8Line(data), ErrNotUTF8)
	}
	var recs []record
	switch f {
	case formatText:
		recs = []record{parseText(string(data))}
	case formatHTML:
		r, err := parseHTML(data)
		if err != nil {
			return fail(0, err)
		}
		recs = []record{r}
	case formatFeed:
		if recs, err = parseFeed(data); err != nil {
			return fail(0, err)
		}
	default:
		return fail(0, ErrFormat)
	}
	for _, r := range recs {
		if !yield(rd.article(name, r)) {
			return false
		}
	}
	return true
}

// decodeBOM buffers r, dropping a UTF-8 byte-order mark and turning UTF-16
// with a byte-order mark (little or big endian) into UTF-8.
func decodeBOM(r io.Reader) *bufio.Reader {
	br := bufio.NewReaderSize(r, 64<<10)
	bom, _ := br.Peek(3)
	var enc transform.Transformer
	switch {
	case bytes.HasPrefix(bom, []byte("\xEF\xBB\xBF")):
		br.Discard(3)
	case bytes.HasPrefix(bom, []byte("\xFF\xFE")):
		enc = unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder()
	case bytes.HasPrefix(bom, []byte("\xFE\xFF")):
		enc = unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM).NewDecoder()
	}
	if enc != nil {
		br = bufio.NewReaderSize(transform.NewReader(br, enc), 64<<10)
	}
	return br
}

// peekHead returns the start of br without consuming it: sniffSize bytes,
// or less when the input ends. When json is set (the name allows JSON) and
// the input starts with "[", or with "{" and a complete first line, the
// head ends there, and peekHead waits for no more: JSON from a pipe is read
// an article at a time as it comes. The head depends on the bytes only,
// never on how a stream hands them over.
func peekHead(br *bufio.Reader, json bool) ([]byte, error) {
	for {
		b, _ := br.Peek(br.Buffered())
		if h, ok := jsonHead(b); json && ok {
			return h, nil
		}
		if len(b) >= sniffSize {
			return b[:sniffSize], nil
		}
		if _, err := br.Peek(len(b) + 1); err != nil {
			if err == io.EOF {
				return b, nil
			}
			return nil, err
		}
	}
}

// jsonHead is the start of b up to its first "[", or up to the end of its
// first line when it starts with "{", after white space.
func jsonHead(b []byte) ([]byte, bool) {
	i := len(b) - len(bytes.TrimLeft(b, " \t\r\n"))
	switch {
	case i == len(b):
		return nil, false
	case b[i] == '[':
		return b[:i+1], true
	case b[i] == '{':
		if j := bytes.IndexByte(b[i:], '\n'); j >= 0 {
			return b[:i+j+1], true
		}
	}
	return nil, false
}

// record is an article as a format reader found it, before checks.
type record struct {
	id, url, title, source string
	date                   string // as written; checked by article
	text                   string // before normalisation
	line                   int    // Origin.Line: 1-based line for JSON Lines, else 0
	at                     int    // line for errors when line is 0, e.g. where a JSON array element starts
	where                  string // names the record in errors, e.g. `item 2 "Title"`; "" for a whole file
	err                    error  // set when the record could not be decoded
}

// article checks a record and turns it into an article, or into a
// *ParseError naming the file, the line and the record.
func (rd Reader) article(name string, r record) (article.Article, error) {
	fail := func(err error) (article.Article, error) {
		if r.where != "" {
			err = fmt.Errorf("%s: %w", r.where, err)
		}
		line := r.line
		if line == 0 {
			line = r.at
		}
		return article.Article{}, &ParseError{File: name, Line: line, Err: err}
	}
	if r.err != nil {
		return fail(r.err)
	}
	// Only ASCII white space is trimmed: TrimSpace would also drop a
	// control character such as U+0085 that checkID must see.
	id := strings.Trim(r.id, " \t\r\n")
	if err := checkID(id); err != nil {
		return fail(err)
	}
	text := normalize(r.text)
	if text == "" {
		return fail(ErrNoText)
	}
	date := strings.TrimSpace(r.date)
	switch {
	case date == "" && rd.DefaultDate == "":
		return fail(ErrNoDate)
	case date == "":
		date, _ = checkDate(rd.DefaultDate)
	default:
		d, err := checkDate(date)
		if err != nil {
			return fail(fmt.Errorf("%w: %q: %v", ErrBadDate, date, err))
		}
		date = d
	}
	a := article.Article{
		ID:        id,
		Published: date,
		Title:     strings.TrimSpace(r.title),
		Source:    strings.TrimSpace(r.source),
		URL:       strings.TrimSpace(r.url),
		Text:      text,
		Origin:    article.Origin{File: name, Line: r.line},
	}
	if a.ID == "" {
		a.ID = ContentID(a)
	}
	return a, nil
}

// normalize turns "\r\n" into "\n" and trims surrounding white space; every
// other byte is kept.
func normalize(s string) string {
	return strings.TrimSpace(strings.ReplaceAll(s, "\r\n", "\n"))
}

// MinYear is the earliest year of a publication date; earlier dates (such
// as 0000-01-01, a common placeholder) are refused.
const MinYear = 1000

// checkDate returns s as YYYY-MM-DD, or an error saying why it is not a
// publication date.
func checkDate(s string) (string, error) {
	d, ok := parseDate(s)
	if !ok {
		return "", errors.New("not a calendar date")
	}
	if d < fmt.Sprintf("%04d", MinYear) {
		return "", fmt.Errorf("year before %d", MinYear)
	}
	return d, nil
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

// looksUTF16 reports text in UTF-16 without a byte-order mark: mostly
// ASCII, so one byte of most pairs is NUL and always the same one.
func looksUTF16(head []byte) bool {
	var zero [2]int
	pairs := len(head) / 2
	for i := 0; i+1 < len(head); i += 2 {
		if head[i] == 0 && head[i+1] != 0 {
			zero[0]++
		} else if head[i+1] == 0 && head[i] != 0 {
			zero[1]++
		}
	}
	return pairs >= 4 && (zero[0]*10 >= pairs*9 || zero[1]*10 >= pairs*9)
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
