package reader

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
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

// parseJSONL reads one object per line. Blank lines are skipped; a line
// that does not decode gives a record carrying its error, so the other
// lines are still read.
func parseJSONL(data []byte) []record {
	var recs []record
	for n := 1; len(data) > 0; n++ {
		var line []byte
		line, data, _ = bytes.Cut(data, []byte("\n"))
		line = bytes.TrimSpace(line)
		if len(line) == 0 {
			continue
		}
		var j jsonArticle
		if err := decodeObject(line, &j); err != nil {
			recs = append(recs, record{line: n, err: err})
			continue
		}
		recs = append(recs, j.record(n, ""))
	}
	return recs
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
