// Package tokens splits text into word and punctuation tokens with byte
// offsets, and normalises them into lookup keys. The gazetteer and the
// entity recogniser share it so that a name is tokenised the same way in the
// data and in the news.
package tokens

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// Token is one word or punctuation mark.
type Token struct {
	Text       string
	Start, End int // byte offsets in the text
}

// IsWord reports whether the token starts with a letter or digit.
func (t Token) IsWord() bool {
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// IsCapitalized reports whether the token starts with an upper-case letter.
func (t Token) IsCapitalized() bool {
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsUpper(r)
}

// IsAcronym reports a word of two or more capital letters A to Z ("UN",
// "NATO", "TPLF").
func IsAcronym(w string) bool {
	if len(w) < 2 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// Split tokenises text. Words are runs of letters and digits joined by inner
// hyphens or apostrophes ("people-to-people", "d'Ivoire"); a possessive "'s"
// is its own token; dotted abbreviations such as "U.S." and "U.K." stay one
// token; every other non-space character is a token of its own.
func Split(text string) []Token {
	// News has a token every five or six bytes: room for one every four
	// spares growing the slice.
	out := AppendSplit(make([]Token, 0, len(text)/4+4), text)
	if len(out) == 0 {
		return nil // as before the room was made
	}
	return out
}

// AppendSplit appends the tokens of text (see Split) to dst, so that a
// caller can keep the tokens of many texts in one slice.
func AppendSplit(dst []Token, text string) []Token {
	out := dst
	i := 0
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r):
			i += size
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if end := abbreviation(text, i); end > i {
				out = append(out, Token{text[i:end], i, end})
				i = end
				continue
			}
			end := wordEnd(text, i)
			// "Modi-led", "Kremlin-backed": the name is a token of its own.
			if h := strings.LastIndexByte(text[i:end], '-'); h > 0 && participles[strings.ToLower(text[i+h+1:end])] {
				out = append(out, Token{text[i : i+h], i, i + h}, Token{"-", i + h, i + h + 1}, Token{text[i+h+1 : end], i + h + 1, end})
				i = end
				continue
			}
			// Split a trailing possessive 's / ’s into its own token.
			w := text[i:end]
			if n := possessiveLen(w); n > 0 && len(w) > n {
				out = append(out, Token{w[:len(w)-n], i, end - n}, Token{w[len(w)-n:], end - n, end})
			} else {
				out = append(out, Token{w, i, end})
			}
			i = end
		default:
			out = append(out, Token{text[i : i+size], i, i + size})
			i += size
		}
	}
	return out
}

// participles that follow a name with a hyphen: "Modi-led government".
var participles = map[string]bool{"led": true, "backed": true, "based": true, "brokered": true, "sponsored": true, "funded": true, "controlled": true, "run": true, "owned": true, "allied": true, "aligned": true}

func possessiveLen(w string) int {
	for _, p := range []string{"'s", "’s", "'S", "’S"} {
		if strings.HasSuffix(w, p) {
			return len(p)
		}
	}
	return 0
}

// abbreviation matches single letters separated by dots: U.S., U.K., U.N.
func abbreviation(text string, i int) int {
	j := i
	n := 0
	for {
		r, size := utf8.DecodeRuneInString(text[j:])
		if !unicode.IsLetter(r) {
			break
		}
		r2, size2 := utf8.DecodeRuneInString(text[j+size:])
		if r2 != '.' || size2 == 0 {
			break
		}
		j += size + size2
		n++
		if j >= len(text) {
			break
		}
		r3, _ := utf8.DecodeRuneInString(text[j:])
		if !unicode.IsLetter(r3) {
			break
		}
		// The next letter must itself be followed by a dot, else it starts a word.
		_, s3 := utf8.DecodeRuneInString(text[j:])
		r4, _ := utf8.DecodeRuneInString(text[j+s3:])
		if r4 != '.' {
			break
		}
	}
	if n >= 2 {
		return j
	}
	return i
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

func wordEnd(text string, i int) int {
	j := i
	for j < len(text) {
		r, size := utf8.DecodeRuneInString(text[j:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
			j += size
			continue
		}
		// "50,000", "1.5": a comma or a point between digits is part of the number
		if (r == ',' || r == '.') && j > i && j+1 < len(text) && isDigit(text[j-1]) && isDigit(text[j+1]) {
			j++
			continue
		}
		if r == '-' || r == '\'' || r == '’' {
			r2, _ := utf8.DecodeRuneInString(text[j+size:])
			if j+size < len(text) && (unicode.IsLetter(r2) || unicode.IsDigit(r2)) {
				j += size
				continue
			}
		}
		break
	}
	return j
}

// folds holds diacritic-removing transformers: a transform.Chain keeps
// state between calls, so each goroutine takes its own.
var folds = sync.Pool{New: func() any {
	return transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
}}

// Fold removes diacritics and unifies apostrophes and dashes, keeping case:
// "Élysée" becomes "Elysee", "Xi’s" becomes "Xi's".
func Fold(s string) string {
	if isASCII(s) {
		return s
	}
	fold := folds.Get().(transform.Transformer)
	out, _, err := transform.String(fold, s)
	folds.Put(fold)
	if err != nil {
		out = s
	}
	return unifyMarks.Replace(out)
}

// unifyMarks unifies apostrophes and dashes, for Fold; a Replacer is safe
// for concurrent use, and building one costs more than replacing.
var unifyMarks = strings.NewReplacer("’", "'", "‘", "'", "–", "-", "—", "-")

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// Key is the lookup key of a token sequence: folded texts joined by spaces.
func Key(toks []Token) string {
	if len(toks) == 1 {
		return Fold(toks[0].Text)
	}
	var b strings.Builder
	n := len(toks)
	for _, t := range toks {
		n += len(t.Text)
	}
	b.Grow(n)
	for i, t := range toks {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(Fold(t.Text))
	}
	return b.String()
}

// AppendKey appends Key(toks) to dst, for look-ups that need not keep the
// key: a map indexed with string(AppendKey(buf[:0], toks)) copies nothing.
func AppendKey(dst []byte, toks []Token) []byte {
	for i, t := range toks {
		if i > 0 {
			dst = append(dst, ' ')
		}
		dst = append(dst, Fold(t.Text)...)
	}
	return dst
}

// AppendLowerFold appends strings.ToLower(Fold(s)) to dst.
func AppendLowerFold(dst []byte, s string) []byte {
	if !isASCII(s) {
		return append(dst, strings.ToLower(Fold(s))...)
	}
	return appendLowerASCII(dst, s)
}

// AppendLower appends strings.ToLower(s) to dst.
func AppendLower(dst []byte, s string) []byte {
	if !isASCII(s) {
		return append(dst, strings.ToLower(s)...)
	}
	return appendLowerASCII(dst, s)
}

// appendLowerASCII appends ASCII s lowered: strings.ToLower of ASCII lowers
// A-Z only.
func appendLowerASCII(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

// KeyOf is Key(Split(s)).
func KeyOf(s string) string { return Key(Split(s)) }

// LowerASCII lower-cases the ASCII letters of s and leaves every other byte
// as it is, so that byte offsets found in the result hold in s. (strings.ToLower
// may change a string's length: invalid UTF-8 and some letters such as "İ".)
func LowerASCII(s string) string {
	i := 0
	for i < len(s) && (s[i] < 'A' || s[i] > 'Z') {
		i++
	}
	if i == len(s) {
		return s // nothing to lower: no copy
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	for ; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b.WriteByte(c)
	}
	return b.String()
}
