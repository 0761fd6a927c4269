package reader

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/bilatgraph/bilat/ingest/article"
)

// jsonArticle is the JSON form of an article (the gold annotation schema);
// other fields, such as entities and relations, are ignored. A null is
// read as "".
type jsonArticle struct {
	ID        string `json:"id"`
	URL       string `json:"url"`
	Title     string `json:"title"`
	Source    string `json:"source"`
	Published string `json:"published"`
	Date      string `json:"date"`
	Text      string `json:"text"`
}

func (j jsonArticle) record(line int, where string) record {
	date := j.Published
	if date == "" {
		date = j.Date
	}
	return record{id: j.ID, url: j.URL, title: j.Title, source: j.Source,
		date: date, text: j.Text, line: line, where: where}
}

// jsonKind tells a JSON document from JSON Lines: data starting with "{"
// whose first line is a complete JSON value is JSON Lines.
func jsonKind(data []byte) format {
	b := bytes.TrimLeft(data, " \t\r\n")
	if len(b) > 0 && b[0] == '{' {
		line, _, _ := bytes.Cut(b, []byte("\n"))
		if json.Valid(line) {
			return formatJSONL
		}
	}
	return formatJSON
}

// lineReader reads lines of any length from a stream, holding at most
// limit bytes of one line.
type lineReader struct {
	br    *bufio.Reader
	limit int64
	n     int    // lines read so far
	buf   []byte // the current line
	back  bool   // next returns the current line again
	long  bool   // the current line was over limit
}

// next returns the next line without its "\n" and its 1-based number. A line
// over the limit comes back as nil with long set, its bytes skipped. At the
// end of the input err is io.EOF.
func (lr *lineReader) next() (line []byte, n int, long bool, err error) {
	if lr.back {
		lr.back = false
		return lr.buf, lr.n, lr.long, nil
	}
	lr.buf, lr.long = lr.buf[:0], false
	started := false
	for {
		frag, err := lr.br.ReadSlice('\n')
		started = started || len(frag) > 0
		if !lr.long {
			if int64(len(lr.buf)+len(frag)) > lr.limit+1 { // +1: the "\n"
				lr.long, lr.buf = true, lr.buf[:0]
			} else {
				lr.buf = append(lr.buf, frag...)
			}
		}
		switch {
		case err == bufio.ErrBufferFull:
			continue
		case err == io.EOF && !started:
			return nil, lr.n, false, io.EOF
		case err != nil && err != io.EOF:
			return nil, lr.n, false, err
		}
		lr.n++
		if lr.long {
			return nil, lr.n, true, nil
		}
		lr.buf = bytes.TrimSuffix(lr.buf, []byte("\n"))
		if int64(len(lr.buf)) > lr.limit {
			lr.long, lr.buf = true, lr.buf[:0]
			return nil, lr.n, true, nil
		}
		return lr.buf, lr.n, false, nil
	}
}

// jsonKind reads the first non-blank line to tell JSON Lines from a JSON
// document, as the package-level jsonKind does. For JSON Lines the line is
// given back to next; for a document, src is the whole input again.
func (lr *lineReader) jsonKind() (kind format, src io.Reader, err error) {
	var seen bytes.Buffer
	for {
		line, _, long, err := lr.next()
		if err == io.EOF {
			return formatJSON, &seen, nil
		}
		if err != nil {
			return formatUnknown, nil, err
		}
		if long {
			// A document that starts with a line over the limit is over it.
			return formatUnknown, nil, &tooLarge{what: "line", limit: lr.limit}
		}
		t := bytes.TrimSpace(line)
		if len(t) > 0 && json.Valid(t) {
			lr.back = true
			return formatJSONL, nil, nil
		}
		seen.Write(line)
		seen.WriteByte('\n')
		if len(t) > 0 {
			return formatJSON, io.MultiReader(&seen, lr.br), nil
		}
	}
}

// scanJSONL reads one object per line, yielding each article or error as
// its line is read. Blank lines are skipped; a line that does not decode,
// is not UTF-8 or is over the size limit is reported and the lines after it
// are still read.
func (rd Reader) scanJSONL(name string, lr *lineReader, yield func(article.Article, error) bool) bool {
	fail := func(line int, err error) bool {
		return yield(article.Article{}, &ParseError{File: name, Line: line, Err: err})
	}
	read := false
	for {
		line, n, long, err := lr.next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return fail(n+1, err)
		}
		if long {
			read = true
			if !fail(n, &tooLarge{what: "line", limit: lr.limit}) {
				return false
			}
			continue
		}
		line = bytes.TrimSpace(line)
		if len(line) == 0 {
			continue
		}
		read = true
		if !utf8.Valid(line) {
			if !fail(n, ErrNotUTF8) {
				return false
			}
			continue
		}
		var j jsonArticle
		r := record{line: n}
		if err := decodeObject(line, &j); err != nil {
			r.err = err
		} else {
			r = j.record(n, "")
		}
		if !yield(rd.article(name, r)) {
			return false
		}
	}
	if !read {
		return fail(0, ErrEmpty)
	}
	return true
}

// decodeObject decodes one JSON object, which must be all of b.
func decodeObject(b []byte, j *jsonArticle) error {
	if b[0] != '{' {
		if !json.Valid(b) {
			var v any
			return invalidJSON(json.Unmarshal(b, &v))
		}
		return fmt.Errorf("%w: want an object", ErrInvalidJSON)
	}
	return invalidJSON(json.Unmarshal(b, j))
}

// invalidJSON wraps a decoding error in ErrInvalidJSON, with one wording
// for input that ends too soon.
func invalidJSON(err error) error {
	if err == nil {
		return nil
	}
	var se *json.SyntaxError
	if errors.As(err, &se) && strings.HasPrefix(se.Error(), "unexpected end of JSON input") {
		err = errEOF
	}
	return fmt.Errorf("%w: %w", ErrInvalidJSON, err)
}

// errEOF reports input that ends inside a JSON value.
var errEOF = errors.New("unexpected end of input")
