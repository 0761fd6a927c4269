package storeutil

import (
	"strings"
	"unicode"
)

// writeWords are the Cypher clauses that change a graph or reach outside it.
// LOAD (Kuzu's LOAD FROM and extension loading), INSTALL, ATTACH, COPY,
// IMPORT and EXPORT touch files or extensions, so they count as writes too.
var writeWords = map[string]bool{
	"CREATE": true, "MERGE": true, "SET": true, "DELETE": true, "DETACH": true,
	"REMOVE": true, "DROP": true, "ALTER": true, "COPY": true, "LOAD": true,
	"INSTALL": true, "ATTACH": true, "FOREACH": true, "IMPORT": true, "EXPORT": true,
}

// token is one word of a Cypher statement outside literals and comments.
type token struct {
	word string
	prev byte // the character just before the word ('.', '$', ':' ...), or 0
	next byte // the first non-space character after the word, or 0
}

// words splits cypher into identifier-like words, skipping string literals
// ('...' and "..." with backslash escapes), `quoted` names and comments.
func words(cypher string) []token {
	var out []token
	n := len(cypher)
	for i := 0; i < n; {
		c := cypher[i]
		switch {
		case c == '\'' || c == '"':
			i++
			for i < n && cypher[i] != c {
				if cypher[i] == '\\' {
					i++
				}
				i++
			}
			i++
		case c == '`':
			i++
			for i < n && cypher[i] != '`' {
				i++
			}
			i++
		case c == '/' && i+1 < n && cypher[i+1] == '/':
			for i < n && cypher[i] != '\n' {
				i++
			}
		case c == '/' && i+1 < n && cypher[i+1] == '*':
			end := strings.Index(cypher[i+2:], "*/")
			if end < 0 {
				i = n
			} else {
				i += end + 4
			}
		case isWordByte(c):
			start := i
			for i < n && isWordByte(cypher[i]) {
				i++
			}
			t := token{word: cypher[start:i]}
			if start > 0 {
				t.prev = cypher[start-1]
			}
			for j := i; j < n; j++ {
				if !unicode.IsSpace(rune(cypher[j])) {
					t.next = cypher[j]
					break
				}
			}
			out = append(out, t)
		default:
			i++
		}
	}
	return out
}

func isWordByte(c byte) bool {
	return c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80
}

// WriteClause returns the first write clause in cypher (upper-cased), or ""
// if it has none. Words inside string literals, quoted names and comments
// do not count, nor do property names (n.set), parameters ($create), labels
// (:Delete) and map keys ({drop: 1}).
func WriteClause(cypher string) string {
	for _, t := range words(cypher) {
		if t.prev == '.' || t.prev == '$' || t.prev == ':' || t.next == ':' {
			continue
		}
		if w := strings.ToUpper(t.word); writeWords[w] {
			return w
		}
	}
	return ""
}

// Params returns the names of the $parameters cypher uses, each once, in
// order of first use.
func Params(cypher string) []string {
	var out []string
	seen := map[string]bool{}
	for _, t := range words(cypher) {
		if t.prev == '$' && !seen[t.word] {
			seen[t.word] = true
			out = append(out, t.word)
		}
	}
	return out
}
