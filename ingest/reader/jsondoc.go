package reader

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sort"
	"unicode/utf8"

	"github.com/bilatgraph/bilat/ingest/article"
)

// scanJSON reads a JSON document as a stream: one object, an array of
// objects (array is true when it starts with "["), or objects one after
// another. Each article is yielded as soon as its value is decoded, so the
// size limit applies to one article, not to the document. An element or
// object that does not decode, or is over the limit, is reported with the
// line where it starts and the others are read; a syntax error, text that
// is not UTF-8 or a value far over the limit ends the document, keeping
// what was read before it.
func (rd Reader) scanJSON(name string, src io.Reader, array bool, yield func(article.Article, error) bool) bool {
	st := &jsonStream{r: src, limit: rd.limit(), lastText: -1}
	dec := json.NewDecoder(st)
	fail := func(line int, where string, err error) bool {
		if where != "" {
			err = fmt.Errorf("%s: %w", where, err)
		}
		return yield(article.Article{}, &ParseError{File: name, Line: line, Err: err})
	}
	// decodeErr gives the line and the error to report for an error of
	// the decoder.
	decodeErr := func(err error) (int, error) {
		var (
			se *json.SyntaxError
			nu *notUTF8
		)
		switch {
		case errors.As(err, &nu):
			return st.lineOf(nu.off), ErrNotUTF8
		case errors.Is(err, ErrTooLarge):
			return st.lineOf(valueStart(dec)), err
		case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
			return st.lineOf(st.lastText), invalidJSON(errEOF)
		case errors.As(err, &se):
			return st.lineOf(se.Offset), invalidJSON(err)
		}
		return st.lineOf(valueStart(dec)), err
	}
	// one decodes the next value as an article. more is false when the
	// document cannot be read further; ok is false when yield asked to
	// stop.
	one := func(where string) (more, ok bool) {
		off := dec.InputOffset()
		st.mark = off
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			if errors.Is(err, io.EOF) && st.lastText < 0 {
				return false, fail(0, "", ErrEmpty)
			}
			line, err := decodeErr(err)
			return false, fail(line, where, err)
		}
		line := st.lineOf(dec.InputOffset() - int64(len(raw)))
		if int64(len(raw)) > st.limit {
			return true, fail(line, where, &tooLarge{what: "article", limit: st.limit})
		}
		var j jsonArticle
		if err := decodeObject(raw, &j); err != nil {
			return true, fail(line, where, err)
		}
		r := j.record(0, where)
		r.at = line
		return true, yield(rd.article(name, r))
	}
	if array {
		if _, err := dec.Token(); err != nil {
			line, err := decodeErr(err)
			return fail(line, "", err)
		}
		for i := 1; dec.More(); i++ {
			if more, ok := one(fmt.Sprintf("element %d", i)); !ok {
				return false
			} else if !more {
				return true
			}
		}
		if _, err := dec.Token(); err != nil {
			line, err := decodeErr(err)
			return fail(line, "", err)
		}
	} else {
		for i := 1; ; i++ {
			where := ""
			if i > 1 {
				where = fmt.Sprintf("object %d", i)
			}
			if more, ok := one(where); !ok {
				return false
			} else if !more {
				return true
			}
			if !dec.More() {
				break
			}
		}
	}
	// Anything but white space after the document is an error.
	off := dec.InputOffset()
	st.mark = off
	rest := io.MultiReader(dec.Buffered(), st)
	buf := make([]byte, 4<<10)
	for {
		n, err := rest.Read(buf)
		if i := bytes.IndexFunc(buf[:n], notSpace); i >= 0 {
			return fail(st.lineOf(off+int64(i)), "", fmt.Errorf("%w: data after the top-level value", ErrInvalidJSON))
		}
		off += int64(n)
		if err == io.EOF {
			return true
		}
		if err != nil {
			line, err := decodeErr(err)
			return fail(line, "", err)
		}
	}
}

// notSpace reports a byte that is not JSON white space.
func notSpace(r rune) bool {
	return r != ' ' && r != '\t' && r != '\r' && r != '\n'
}

// valueStart is the offset of the first byte of the value the decoder
// failed to decode, found in its buffer after white space and a comma (or
// the decoder's offset when the buffer holds nothing more).
func valueStart(dec *json.Decoder) int64 {
	off := dec.InputOffset()
	var buf [512]byte
	b := dec.Buffered()
	for pos := off; ; {
		n, err := b.Read(buf[:])
		if i := bytes.IndexFunc(buf[:n], func(r rune) bool { return notSpace(r) && r != ',' }); i >= 0 {
			return pos + int64(i)
		}
		pos += int64(n)
		if err != nil {
			return off
		}
	}
}

// jsonStream is the reader under a JSON document's decoder. It checks that
// the text is UTF-8, keeps the offsets of newlines to give lines, and fails
// when the decoder reads far past the start of the value it decodes (the
// decoder holds a whole value in memory).
type jsonStream struct {
	r        io.Reader
	limit    int64
	mark     int64   // offset of the value being decoded
	read     int64   // bytes read
	nl       []int64 // offsets of newlines not yet passed by lineOf
	base     int     // newlines before nl[0]
	lastText int64   // offset of the last byte that is not white space; -1 before one
	pending  []byte  // an incomplete UTF-8 sequence ending the last read
	err      error   // sticky: the decoder may drop an error that came with data
}

// notUTF8 is text that is not UTF-8 at a stream offset.
type notUTF8 struct{ off int64 }

func (e *notUTF8) Error() string { return ErrNotUTF8.Error() }

func (s *jsonStream) Read(p []byte) (int, error) {
	if s.err != nil {
		return 0, s.err
	}
	if s.read-s.mark > 2*s.limit+1<<20 {
		// The decoder reads ahead at most about as much as its largest
		// value, which is over the limit by now.
		s.err = &tooLarge{what: "article", limit: s.limit}
		return 0, s.err
	}
	n, err := s.r.Read(p)
	p = p[:n]
	if bad := s.checkUTF8(p, err == io.EOF); bad >= 0 {
		p = p[:max(0, bad-s.read)]
		s.err = &notUTF8{off: bad}
		err = s.err
	} else if err != nil && err != io.EOF {
		s.err = err
	}
	for i, off := 0, 0; ; {
		j := bytes.IndexByte(p[off:], '\n')
		if j < 0 {
			break
		}
		i = off + j
		s.nl = append(s.nl, s.read+int64(i))
		off = i + 1
	}
	if i := bytes.LastIndexFunc(p, notSpace); i >= 0 {
		s.lastText = s.read + int64(i)
	}
	s.read += int64(len(p))
	return len(p), err
}

// checkUTF8 returns the offset of the first byte that is not UTF-8 in the
// last read's leftover and p, or -1. An incomplete sequence at the end is
// kept for the next read, unless the input ends there.
func (s *jsonStream) checkUTF8(p []byte, eof bool) int64 {
	start := s.read - int64(len(s.pending))
	b := p
	if len(s.pending) > 0 {
		b = append(append([]byte(nil), s.pending...), p...)
	}
	cut := len(b)
	if !eof {
		for i := len(b) - 1; i >= 0 && i >= len(b)-3; i-- {
			if utf8.RuneStart(b[i]) {
				if !utf8.FullRune(b[i:]) {
					cut = i
				}
				break
			}
		}
	}
	if !utf8.Valid(b[:cut]) {
		for i := 0; i < cut; {
			r, size := utf8.DecodeRune(b[i:cut])
			if r == utf8.RuneError && size <= 1 {
				return start + int64(i)
			}
			i += size
		}
	}
	s.pending = append(s.pending[:0], b[cut:]...)
	return -1
}

// lineOf is the 1-based line of offset off. Offsets must not decrease from
// one call to the next: the newlines before off are let go.
func (s *jsonStream) lineOf(off int64) int {
	i := sort.Search(len(s.nl), func(i int) bool { return s.nl[i] >= off })
	s.base += i
	s.nl = s.nl[i:]
	return s.base + 1
}
