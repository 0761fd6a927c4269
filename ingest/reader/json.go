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

// parseJSON reads a JSON document: one object, an array of objects, or
// objects one after another. An array element or object that does not
// decode gives a record carrying its error, with the line where it starts;
// a syntax error ends the document, keeping what was read before it.
func parseJSON(data []byte) []record {
	dec := json.NewDecoder(bytes.NewReader(data))
	// startLine is the line of the first non-space byte at or after off.
	startLine := func(off int64) int {
		o := int(off)
		for o < len(data) && bytes.IndexByte([]byte(" \t\r\n,"), data[o]) >= 0 {
			o++
		}
		return lineAt(data, o)
	}
	var recs []record
	fail := func(line int, where string, err error) {
		recs = append(recs, record{line: line, where: where, err: invalidJSON(err)})
	}
	// one decodes the next value as an article; it reports false when the
	// document cannot be read further.
	one := func(where string) bool {
		off := dec.InputOffset()
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
				err = errEOF
			}
			fail(syntaxLine(err, data, off, startLine), where, err)
			return false
		}
		line := startLine(off)
		var j jsonArticle
		if err := decodeObject(raw, &j); err != nil {
			recs = append(recs, record{line: line, where: where, err: err})
			return true
		}
		r := j.record(0, where)
		r.at = line
		recs = append(recs, r)
		return true
	}
	b := bytes.TrimLeft(data, " \t\r\n")
	if len(b) > 0 && b[0] == '[' {
		if _, err := dec.Token(); err != nil {
			fail(1, "", err)
			return recs
		}
		for i := 1; dec.More(); i++ {
			if !one(fmt.Sprintf("element %d", i)) {
				return recs
			}
		}
		if _, err := dec.Token(); err != nil {
			if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
				err = errEOF
			}
			fail(syntaxLine(err, data, dec.InputOffset(), startLine), "", err)
			return recs
		}
	} else {
		for i := 1; ; i++ {
			where := ""
			if i > 1 {
				where = fmt.Sprintf("object %d", i)
			}
			if !one(where) {
				return recs
			}
			if !dec.More() {
				break
			}
		}
	}
	if off := dec.InputOffset(); len(bytes.TrimSpace(data[off:])) > 0 {
		recs = append(recs, record{line: startLine(off), err: fmt.Errorf("%w: data after the top-level value", ErrInvalidJSON)})
	}
	return recs
}

// errEOF reports input that ends inside a JSON value.
var errEOF = errors.New("unexpected end of input")

// syntaxLine is the line of a decoding error: where a *json.SyntaxError
// points, the last line for input that ends too soon, else where the value
// started.
func syntaxLine(err error, data []byte, off int64, startLine func(int64) int) int {
	var se *json.SyntaxError
	switch {
	case errors.As(err, &se):
		return lineAt(data, int(se.Offset))
	case errors.Is(err, errEOF):
		return lineAt(data, len(bytes.TrimRight(data, " \t\r\n")))
	}
	return startLine(off)
}
