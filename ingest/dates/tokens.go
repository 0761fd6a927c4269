package dates

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token kinds.
const (
	kWord  = iota // a run of letters
	kNum          // a plain run of digits that may be a day or a year
	kOrd          // a day-like ordinal: 1st, 2nd, 24th
	kCplx         // a number that is no day or year: 10,000 3.5 25% 5bn 1980s G7
	kDate         // a numeric date: 2025-11-18, 26-02-2022, 16.06.2021
	kPunct        // any other single character
)

// token is one word, number or punctuation mark of a sentence.
type token struct {
	s, e int  // byte offsets
	k    int  // kind
	n    int  // value of kNum and kOrd; digits of kNum in nd
	nd   int  // number of digits of kNum
	up   bool // kWord starting with an upper-case letter
	gl   bool // glued to the previous token: no white space between
	date ymd  // kDate
}

// tokenize splits s into tokens, appending to buf.
func tokenize(s string, buf []token) []token {
	toks := buf[:0]
	glued := false
	for i := 0; i < len(s); {
		c := s[i]
		var r rune
		size := 1
		if c < utf8.RuneSelf {
			r = rune(c)
		} else {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c >= utf8.RuneSelf && unicode.IsSpace(r):
			glued = false
			i += size
			continue
		case c >= '0' && c <= '9':
			t := number(s, i)
			t.gl = glued
			if glued && len(toks) > 0 {
				if p := toks[len(toks)-1]; p.k == kWord || p.k == kPunct && isCurrency(s[p.s:p.e]) {
					t.k = kCplx // G7, $5
				}
			}
			toks = append(toks, t)
			i = t.e
		case unicode.IsLetter(r):
			j := i + size
			for j < len(s) {
				r2, n := utf8.DecodeRuneInString(s[j:])
				if !unicode.IsLetter(r2) && !unicode.Is(unicode.Mn, r2) {
					break
				}
				j += n
			}
			toks = append(toks, token{s: i, e: j, k: kWord, up: unicode.IsUpper(r), gl: glued})
			i = j
		default:
			toks = append(toks, token{s: i, e: i + size, k: kPunct, gl: glued})
			i += size
		}
		glued = true
	}
	return toks
}

func isCurrency(p string) bool {
	switch p {
	case "$", "£", "€", "¥", "#", "№":
		return true
	}
	return false
}

// number reads the number that starts at i.
func number(s string, i int) token {
	if d, e, ok := numericDate(s, i); ok {
		return token{s: i, e: e, k: kDate, date: d}
	}
	j := i
	n := 0
	for j < len(s) && s[j] >= '0' && s[j] <= '9' {
		if n < 1e6 {
			n = n*10 + int(s[j]-'0')
		}
		j++
	}
	t := token{s: i, e: j, k: kNum, n: n, nd: j - i}
	// Thousands separators, decimals, times and ratios: 10,000 3.5 05:02 2/3.
	for j+1 < len(s) && (s[j] == ',' || s[j] == '.' || s[j] == ':' || s[j] == '/') && isDigit(s[j+1]) {
		j += 2
		for j < len(s) && isDigit(s[j]) {
			j++
		}
		t.k = kCplx
	}
	// Ordinal suffixes and units: 24th, 5bn, 1980s.
	if j < len(s) && isASCIILetter(s[j]) {
		k := j
		for k < len(s) && isASCIILetter(s[k]) {
			k++
		}
		suf := s[j:k]
		if t.k == kNum && (equalFoldASCII(suf, "st") || equalFoldASCII(suf, "nd") || equalFoldASCII(suf, "rd") || equalFoldASCII(suf, "th")) {
			t.k = kOrd
		} else {
			t.k = kCplx
		}
		j = k
	}
	if j < len(s) && (s[j] == '%' || strings.HasPrefix(s[j:], "‰") || strings.HasPrefix(s[j:], "°")) {
		t.k = kCplx
	}
	t.e = j
	return t
}

// numericDate reads an all-numeric date at i: year-month-day with "-" or
// "/", or day.month.year with ".", or day-month-year with "-" or "/" when
// the day is over 12 (month-day-year when the second field is over 12).
// Ambiguous forms such as 03/04/2025 are not dates.
func numericDate(s string, i int) (ymd, int, bool) {
	if i > 0 && (isDigit(s[i-1]) || isASCIILetter(s[i-1])) {
		return ymd{}, 0, false
	}
	var f [3]int
	var nd [3]int
	j := i
	var sep byte
	for k := 0; k < 3; k++ {
		if k > 0 {
			if j >= len(s) || (s[j] != '-' && s[j] != '/' && s[j] != '.') || (k == 2 && s[j] != sep) {
				return ymd{}, 0, false
			}
			sep = s[j]
			j++
		}
		st := j
		for j < len(s) && isDigit(s[j]) && j-st < 4 {
			f[k] = f[k]*10 + int(s[j]-'0')
			j++
		}
		nd[k] = j - st
		if nd[k] == 0 {
			return ymd{}, 0, false
		}
	}
	if j < len(s) && (isDigit(s[j]) || isASCIILetter(s[j]) || (s[j] == '-' || s[j] == '/' || s[j] == '.') && j+1 < len(s) && isDigit(s[j+1])) {
		return ymd{}, 0, false
	}
	var d ymd
	switch {
	case nd[0] == 4 && nd[1] <= 2 && nd[2] <= 2 && sep != '.':
		d = ymd{f[0], f[1], f[2]}
	case nd[0] <= 2 && nd[1] <= 2 && nd[2] == 4:
		switch {
		case sep == '.' || f[0] > 12:
			d = ymd{f[2], f[1], f[0]}
		case f[1] > 12:
			d = ymd{f[2], f[0], f[1]}
		default:
			return ymd{}, 0, false
		}
	default:
		return ymd{}, 0, false
	}
	if !d.valid() || d.y < 1000 {
		return ymd{}, 0, false
	}
	return d, j, true
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
