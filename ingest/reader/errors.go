package reader

import (
	"errors"
	"fmt"
	"strconv"
)

// Sentinel errors. The errors this package returns are *ParseError values
// that wrap one of these, or a file-system error such as fs.ErrNotExist;
// test for them with errors.Is.
var (
	// ErrEmpty: the input holds nothing but white space.
	ErrEmpty = errors.New("empty input")
	// ErrBinary: the input has a NUL byte or many control characters in its
	// first 8 KB.
	ErrBinary = errors.New("binary content, not text")
	// ErrNotUTF8: the input is not valid UTF-8; the ParseError's Line is the
	// line of the first invalid byte.
	ErrNotUTF8 = errors.New("not valid UTF-8 text")
	// ErrTooLarge: a file read whole, one line of JSON Lines or one article
	// of a JSON document is over the size limit (Reader.Limit, by default
	// MaxSize). A file is refused from its size, before it is read; a line
	// or an article is skipped and the ones after it are read.
	ErrTooLarge = errors.New("over the size limit")
	// ErrNoDate: an article has no publication date and Reader.DefaultDate
	// is empty. The article is skipped.
	ErrNoDate = errors.New("no publication date: add `date YYYY-MM-DD` or a Date: header")
	// ErrBadDate: a publication date is given but cannot be read as a
	// calendar date. The article is skipped.
	ErrBadDate = errors.New("invalid publication date")
	// ErrBadID: an id given by the input has a control character (such as
	// NUL or a newline) or is over MaxIDSize bytes. The article is skipped:
	// cutting the id short could merge it with another.
	ErrBadID = errors.New("invalid id")
	// ErrNotRegular: a FIFO, socket or device found in a directory. It is
	// skipped without being opened, so a walk never blocks on it.
	ErrNotRegular = errors.New("not a regular file, skipped")
	// ErrNoText: an article has no text. The article is skipped.
	ErrNoText = errors.New("no article text")
	// ErrInvalidJSON: a JSON document, JSON Lines line or array element
	// cannot be decoded. The error also wraps encoding/json's error, except
	// for input that ends too soon ("unexpected end of input").
	ErrInvalidJSON = errors.New("invalid JSON")
	// ErrFormat: a file with an unknown extension whose content does not
	// look like any supported format.
	ErrFormat = errors.New("unrecognised format")
)

// tooLarge is an ErrTooLarge naming what was too large and the limit.
type tooLarge struct {
	what  string // "file", "line" or "article"
	limit int64
}

func (e *tooLarge) Error() string { return e.what + " over " + sizeText(e.limit) }

func (e *tooLarge) Is(target error) bool { return target == ErrTooLarge }

// sizeText writes a byte count in MB or KB when it is a whole number of
// them.
func sizeText(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

// ParseError records a problem with one input, or with one article in it.
type ParseError struct {
	File string // path as given, or "-" for standard input
	Line int    // 1-based line, or 0 when the error is not tied to a line
	Err  error  // the underlying error, usually wrapping a sentinel above
}

// Error formats the error as "reader: FILE:LINE: ERR", leaving out ":LINE"
// when Line is 0.
func (e *ParseError) Error() string {
	s := "reader: "
	if e.File != "" {
		s += e.File
		if e.Line > 0 {
			s += ":" + strconv.Itoa(e.Line)
		}
		s += ": "
	} else if e.Line > 0 {
		s += "line " + strconv.Itoa(e.Line) + ": "
	}
	if e.Err == nil {
		return s + "unknown error"
	}
	return s + e.Err.Error()
}

// Unwrap returns the underlying error.
func (e *ParseError) Unwrap() error { return e.Err }

// errList is the errors met while reading one input.
type errList []error

// err returns nil, the only error, or all of them joined.
func (l errList) err() error {
	switch len(l) {
	case 0:
		return nil
	case 1:
		return l[0]
	}
	return errors.Join(l...)
}

// Errors splits an error returned by Read or ReadFile into its parts: nil
// gives nil, an error made by errors.Join gives the joined errors, and any
// other error gives a one-element slice.
func Errors(err error) []error {
	if err == nil {
		return nil
	}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	return []error{err}
}
