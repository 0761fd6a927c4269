// Package sentences splits an article's text into sentences with byte
// offsets into the text.
//
// The splitter is a small set of rules, tuned on news prose, rather than a
// trained model: a sentence ends at ".", "!", "?" or "…" (with any closing
// quotes or brackets after it) followed by white space, unless the period
// belongs to an abbreviation, an initial or a dotted acronym, or the next
// word starts in lower case. A blank line always ends a sentence, and so
// does a single line break unless the text looks hard-wrapped or the next
// line starts in lower case, because extracted news text puts headlines,
// captions and paragraphs on lines of their own.
//
// Trained splitters (Punkt, as in github.com/neurosnap/sentences) miss the
// paragraph and headline breaks and keep "on Sept. 12. Then" together; these
// rules handle them, run in one pass, and allocate only the result.
package sentences

import (
	"unicode"
	"unicode/utf8"

	"github.com/bilatgraph/bilat/ingest/article"
)

// Split splits text into sentences. Each sentence is trimmed of surrounding
// white space, text[s.Start:s.End] == s.Text, and Index runs from 0. Empty
// or all-space text gives no sentences.
func Split(text string) []article.Sentence {
	out := make([]article.Sentence, 0, len(text)/80+1)
	wrapped := hardWrapped(text)
	start := 0
	emit := func(end int) {
		a, b := trim(text, start, end)
		if a < b {
			out = append(out, article.Sentence{Index: len(out), Start: a, End: b, Text: text[a:b]})
		}
		start = end
	}
	for i := 0; i < len(text); {
		c := text[i]
		switch {
		case c == '\n':
			j := skipLineSpace(text, i+1)
			if j < len(text) && text[j] == '\n' {
				emit(i) // blank line: a paragraph ends
			} else if !wrapped && !startsLower(text, j) {
				emit(i) // a line of its own: headline, caption, paragraph
			}
			i = j
		case c == '.' || c == '!' || c == '?' || isEllipsis(text, i):
			end := endOfTerminator(text, i)
			if end == len(text) || isSpaceAt(text, end) {
				end = spacedCloser(text, end)
				if isBoundary(text, start, i, end) {
					emit(end)
				}
			}
			i = end
		default:
			i++
		}
	}
	emit(len(text))
	return out
}

// isBoundary decides whether the terminator run text[i:end], which is
// followed by white space or the end of the text, ends the sentence that
// began at start.
func isBoundary(text string, start, i, end int) bool {
	j := skipSpace(text, end)
	if j >= len(text) {
		return true
	}
	next, _ := utf8.DecodeRuneInString(text[j:])
	if unicode.IsLower(next) {
		return false // `..." he said`, "a.m. on Friday", "Inc. and"
	}
	switch next {
	case ',', ';', ':', ')', ']', '—', '–':
		return false // "drogas… — Claudia Sheinbaum"
	}
	// Only a lone period can belong to an abbreviation; "?", "!", "…",
	// "..." and a period inside closing quotes end the sentence.
	if text[i] != '.' || !onlyBrackets(text, i+1, end) {
		return true
	}
	ws := i
	for ws > start {
		r, size := utf8.DecodeLastRuneInString(text[:ws])
		if unicode.IsSpace(r) || isOpener(r) {
			break
		}
		ws -= size
	}
	w := text[ws:i]
	if w == "" {
		return true
	}
	nw := nextWord(text, j)
	digitNext := next >= '0' && next <= '9'

	// A list number opening its line: "1. The first point".
	if allDigits(w) {
		return !(len(w) <= 2 && ws == firstNonSpace(text, start))
	}
	var buf [12]byte
	lw, ok := asciiLower(w, buf[:])
	if !ok {
		return true
	}
	switch {
	case titles[lw] && isUpperASCII(w[0]):
		return false // Mr. Smith, Gen. Milley, St. Petersburg
	case never[lw]:
		return false // vs. cf.
	case numberAbbrevs[lw] && digitNext:
		return false // No. 10, Jan. 5, Sept. 12, p. 4
	case len(w) == 1 && isUpperASCII(w[0]):
		return starters[nw] // initials: Joseph R. Biden; but "Plan B. The"
	case nameSuffixes[lw]:
		return unicode.IsUpper(next) || !isLetter(next)
	case ambiguous[lw] || dotted(w):
		return starters[nw] || !isLetter(next) // U.S. President; the U.S. The
	}
	return true
}

// endOfTerminator returns the end of the run of terminators and closing
// quotes and brackets that starts at i.
func endOfTerminator(text string, i int) int {
	j := i
	for j < len(text) {
		switch c := text[j]; {
		case c == '.' || c == '!' || c == '?' || c == '"' || c == '\'' || c == ')' || c == ']':
			j++
		case isEllipsis(text, j):
			j += 3
		default:
			r, size := utf8.DecodeRuneInString(text[j:])
			if !isCloser(r) {
				return j
			}
			j += size
		}
	}
	return j
}

// spacedCloser extends end over a closing quote set off by one space, as in
// French typography: "substance. » Henrik".
func spacedCloser(text string, end int) int {
	if end+1 >= len(text) || text[end] != ' ' {
		return end
	}
	r, size := utf8.DecodeRuneInString(text[end+1:])
	if r != '»' && r != '”' {
		return end
	}
	k := end + 1 + size
	if k == len(text) || isSpaceAt(text, k) {
		return k
	}
	return end
}

// onlyBrackets reports whether text[a:b] holds closing brackets only, so
// that "(in the U.S.) and" is judged like "U.S." alone.
func onlyBrackets(text string, a, b int) bool {
	for k := a; k < b; k++ {
		switch text[k] {
		case '.', '!', '?', '"', '\'':
			return false
		}
		if text[k] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func isEllipsis(text string, i int) bool {
	return i+2 < len(text) && text[i] == 0xE2 && text[i+1] == 0x80 && text[i+2] == 0xA6
}

func isCloser(r rune) bool {
	switch r {
	case '”', '’', '»', '›', '"', '\'', ')', ']':
		return true
	}
	return false
}

func isOpener(r rune) bool {
	switch r {
	case '(', '[', '"', '\'', '“', '‘', '«', '‹':
		return true
	}
	return false
}

func isSpaceAt(text string, i int) bool {
	if text[i] < utf8.RuneSelf {
		switch text[i] {
		case ' ', '\t', '\n', '\r', '\v', '\f':
			return true
		}
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return isSpace(r)
}

func isSpace(r rune) bool {
	return unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff'
}

func skipSpace(text string, i int) int {
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !isSpace(r) {
			break
		}
		i += size
	}
	return i
}

// skipLineSpace skips white space other than line feeds.
func skipLineSpace(text string, i int) int {
	for i < len(text) && text[i] != '\n' {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !isSpace(r) {
			break
		}
		i += size
	}
	return i
}

func startsLower(text string, i int) bool {
	if i >= len(text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsLower(r)
}

func firstNonSpace(text string, i int) int { return skipSpace(text, i) }

func trim(text string, a, b int) (int, int) {
	a = skipSpace(text[:b], a)
	for b > a {
		r, size := utf8.DecodeLastRuneInString(text[a:b])
		if !isSpace(r) {
			break
		}
		b -= size
	}
	return a, b
}

// nextWord returns the run of ASCII letters starting at i ("It" of "It's").
func nextWord(text string, i int) string {
	j := i
	for j < len(text) && isLetter(rune(text[j])) && text[j] < utf8.RuneSelf {
		j++
	}
	return text[i:j]
}

func isLetter(r rune) bool { return unicode.IsLetter(r) }

func isUpperASCII(c byte) bool { return c >= 'A' && c <= 'Z' }

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// dotted reports whether w is a dotted abbreviation such as "U.S", "a.m" or
// "e.g" (the final period excluded): single letters joined by periods.
func dotted(w string) bool {
	if len(w) < 3 {
		return false
	}
	for k := 0; k < len(w); k++ {
		isL := w[k] < utf8.RuneSelf && unicode.IsLetter(rune(w[k]))
		if k%2 == 0 && !isL || k%2 == 1 && w[k] != '.' {
			return false
		}
	}
	return len(w)%2 == 1
}

// asciiLower lower-cases an ASCII word into buf; ok is false for words that
// are too long or not ASCII, which are never abbreviations.
func asciiLower(w string, buf []byte) (string, bool) {
	if len(w) > len(buf) {
		return "", false
	}
	for k := 0; k < len(w); k++ {
		c := w[k]
		if c >= utf8.RuneSelf {
			return "", false
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[k] = c
	}
	return string(buf[:len(w)]), true
}

// hardWrapped reports whether the text's line breaks look like a fixed line
// width rather than paragraph ends: at least three lines, none longer than
// 100 characters, most of them near the longest, and most of them ending
// without a terminator. In such text a single line break is a space.
func hardWrapped(text string) bool {
	lines, open, maxLen := 0, 0, 0
	var lens [64]int
	for rest := text; rest != ""; {
		line := rest
		if k := indexByte(rest, '\n'); k >= 0 {
			line, rest = rest[:k], rest[k+1:]
		} else {
			rest = ""
		}
		a, b := trim(line, 0, len(line))
		line = line[a:b]
		if line == "" {
			continue
		}
		n := utf8.RuneCountInString(line)
		if n > 100 {
			return false
		}
		if lines < len(lens) {
			lens[lines] = n
		}
		lines++
		maxLen = max(maxLen, n)
		r, _ := utf8.DecodeLastRuneInString(line)
		if r != '.' && r != '!' && r != '?' && !isCloser(r) && r != '…' {
			open++
		}
	}
	if lines < 3 || 2*open <= lines {
		return false
	}
	long, counted := 0, min(lines, len(lens))
	for _, n := range lens[:counted] {
		if 10*n >= 6*maxLen {
			long++
		}
	}
	return 2*long > counted
}

func indexByte(s string, c byte) int {
	for k := 0; k < len(s); k++ {
		if s[k] == c {
			return k
		}
	}
	return -1
}

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// titles are abbreviations that precede a name and never end a sentence.
var titles = set(
	"mr", "mrs", "ms", "messrs", "mmes", "mme", "mlle", "dr", "drs", "prof",
	"st", "ste", "mt", "ft", "gen", "sen", "sens", "rep", "reps", "gov",
	"lt", "col", "capt", "cmdr", "cdr", "adm", "sgt", "maj", "brig", "cpl",
	"pvt", "amb", "rev", "hon", "pres", "supt", "insp", "det", "atty", "fr",
	"gens", "govs", "h.e", // H.E., His or Her Excellency
)

// numberAbbrevs precede a number: "No. 10", "Sept. 12", "p. 4".
var numberAbbrevs = set(
	"no", "nos", "nr", "art", "arts", "vol", "vols", "ch", "chap", "p", "pp",
	"fig", "figs", "para", "op", "jan", "feb", "mar", "apr", "jun", "jul",
	"aug", "sep", "sept", "oct", "nov", "dec",
)

// never lists abbreviations that are never sentence-final.
var never = set("vs", "cf", "viz", "eg", "ie", "approx", "ca")

// ambiguous lists abbreviations that often end a sentence too: they end one
// only before a word that typically starts a sentence.
var ambiguous = set(
	"inc", "ltd", "corp", "co", "bros", "plc", "llc", "etc",
	"al", "dept", "govt", "univ", "est", "assn", "intl", "cie",
)

// nameSuffixes end a person's name: a capitalised word after one starts a
// sentence ("... Ferdinand Marcos Jr. China's foreign ministry said"), since
// within one a name is followed by a verb, a comma or a lower-case word.
var nameSuffixes = set("jr", "sr")

// starters are words that begin sentences far more often than they follow
// an abbreviation inside one.
var starters = set(
	"A", "An", "The", "This", "That", "These", "Those", "There", "Here",
	"It", "Its", "He", "She", "His", "Her", "They", "Their", "We", "Our",
	"I", "My", "You", "Your", "In", "On", "At", "As", "By", "For", "From",
	"With", "Without", "Within", "After", "Before", "During", "Since",
	"Until", "Under", "Over", "Through", "Despite", "Although", "Though",
	"But", "And", "Or", "Nor", "So", "Yet", "Then", "Thus", "Still", "Also",
	"However", "Meanwhile", "Moreover", "Furthermore", "Nevertheless",
	"Instead", "Indeed", "Now", "Today", "Yesterday", "Earlier", "Later",
	"Last", "Next", "When", "While", "Where", "What", "Who", "Which", "Why",
	"How", "If", "Unless", "Whether", "Both", "Each", "Every", "Some",
	"Many", "Most", "Much", "More", "Several", "Such", "Other", "Others",
	"Another", "All", "Any", "No", "None", "Neither", "Either", "Few",
	"One", "Two", "Three", "According", "Asked", "Among", "Following",
	"Mr", "Mrs", "Ms", "Dr",
)
