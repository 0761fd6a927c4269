package storeutil

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/bilatgraph/bilat/graph"
)

// writeWords are the Cypher clauses that change a graph. They only give a
// read-only query a clear message early: the stores enforce read-only
// themselves (Kuzu opened read-only or in a READ ONLY transaction, Neo4j in
// a read session).
var writeWords = map[string]bool{
	"CREATE": true, "MERGE": true, "SET": true, "DELETE": true, "DETACH": true,
	"REMOVE": true, "DROP": true, "ALTER": true, "FOREACH": true,
}

// fileWords are the clauses and procedure name parts that reach the file
// system or load code: Kuzu's LOAD FROM, COPY ... FROM/TO, EXPORT and IMPORT
// DATABASE, ATTACH, INSTALL and LOAD EXTENSION; Neo4j's LOAD CSV and APOC's
// apoc.load.*, apoc.import.*, apoc.export.* and apoc.cypher.run*File*.
var fileWords = map[string]bool{
	"LOAD": true, "COPY": true, "EXPORT": true, "IMPORT": true, "ATTACH": true, "INSTALL": true,
	"RUNFILE": true, "RUNFILES": true, "RUNSCHEMAFILE": true, "RUNSCHEMAFILES": true,
}

// cypherRunners are the APOC procedure families that run Cypher given as a
// string; a file clause inside such a string counts.
var cypherRunners = map[string]bool{"CYPHER": true, "PERIODIC": true, "DO": true, "WHEN": true, "CASE": true, "TRIGGER": true}

// txWords are transaction control statements; each query runs in a
// transaction of the store's making, which these would end or nest.
var txWords = map[string]bool{"BEGIN": true, "COMMIT": true, "ROLLBACK": true}

// tokKind says what a token is.
type tokKind int

const (
	tokWord tokKind = iota // an unquoted word of ASCII letters, digits and _
	tokStr                 // a string literal; text is its body
	tokName                // a `quoted` name; text is its body
	tokSemi                // ;
	tokSym                 // any other character that is not space
)

// token is one lexeme of a Cypher statement outside comments.
type token struct {
	kind tokKind
	text string
	prev rune // the character just before the token ('.', '$', ':' ...), or 0
	next rune // the first non-space character after it, or 0
}

// lex splits cypher into tokens, skipping spaces (Unicode ones included) and
// comments. Only ASCII letters, digits and _ make words: any other
// character ends a word, so a keyword next to a no-break space or any other
// Unicode character is still seen. That errs towards finding too many
// words, which is the safe side for the guards below.
func lex(cypher string) []token {
	var out []token
	n := len(cypher)
	prevAt := func(i int) rune {
		if i == 0 {
			return 0
		}
		r, _ := utf8.DecodeLastRuneInString(cypher[:i])
		return r
	}
	for i := 0; i < n; {
		c := cypher[i]
		start := i
		switch {
		case c == '\'' || c == '"':
			i++
			for i < n && cypher[i] != c {
				if cypher[i] == '\\' {
					i++
				}
				i++
			}
			body := cypher[start+1 : min(i, n)]
			i = min(i+1, n)
			out = append(out, token{kind: tokStr, text: body, prev: prevAt(start)})
		case c == '`':
			i++
			for i < n && cypher[i] != '`' {
				i++
			}
			body := cypher[start+1 : min(i, n)]
			i = min(i+1, n)
			out = append(out, token{kind: tokName, text: body, prev: prevAt(start)})
		case c == '/' && i+1 < n && cypher[i+1] == '/':
			// A line comment ends at any line break an engine might take
			// for one: ending it too early only scans more.
			for i < n {
				r, size := utf8.DecodeRuneInString(cypher[i:])
				if r == '\n' || r == '\r' || r == '\v' || r == '\f' || r == 0x85 || r == 0x2028 || r == 0x2029 {
					break
				}
				i += size
			}
		case c == '/' && i+1 < n && cypher[i+1] == '*':
			end := strings.Index(cypher[i+2:], "*/")
			if end < 0 {
				i = n
			} else {
				i += end + 4
			}
		case isWordByte(c):
			for i < n && isWordByte(cypher[i]) {
				i++
			}
			out = append(out, token{kind: tokWord, text: cypher[start:i], prev: prevAt(start)})
		case c == ';':
			i++
			out = append(out, token{kind: tokSemi, text: ";", prev: prevAt(start)})
		default:
			r, size := utf8.DecodeRuneInString(cypher[i:])
			i += size
			if !unicode.IsSpace(r) {
				out = append(out, token{kind: tokSym, text: cypher[start:i], prev: prevAt(start)})
			}
		}
	}
	for k := range out {
		if k+1 < len(out) {
			r, _ := utf8.DecodeRuneInString(out[k+1].textStart(cypher))
			out[k].next = r
		}
	}
	return out
}

// textStart returns the first character of the token as written: the
// quote of a literal or name, else the text itself.
func (t token) textStart(string) string {
	switch t.kind {
	case tokStr:
		return "'"
	case tokName:
		return "`"
	}
	return t.text
}

func isWordByte(c byte) bool {
	return c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// WriteClause returns the first write clause in cypher (upper-cased), or ""
// if it has none. Words inside string literals, quoted names and comments
// do not count, nor do property names (n.set), parameters ($create), labels
// (:Delete) and map keys ({drop: 1}).
func WriteClause(cypher string) string {
	for _, t := range lex(cypher) {
		if t.kind != tokWord || t.prev == '.' || t.prev == '$' || t.prev == ':' || t.next == ':' {
			continue
		}
		if w := strings.ToUpper(t.text); writeWords[w] {
			return w
		}
	}
	return ""
}

// FileClause returns the first clause or procedure name part in cypher that
// reaches the file system (LOAD, COPY, EXPORT, IMPORT, ATTACH, INSTALL,
// apoc.cypher.runFile ...), upper-cased, or "" if it has none. It errs on
// the side of finding one: such a word counts anywhere outside string
// literals and comments, in `quoted` names as well, except as a $parameter;
// in a query that calls an APOC procedure running Cypher from a string
// (apoc.cypher.*, apoc.periodic.* ...), string literals count too.
func FileClause(cypher string) string {
	toks := lex(cypher)
	runsStrings := false
	for k, t := range toks {
		if t.kind == tokWord && strings.EqualFold(t.text, "apoc") && k+2 < len(toks) &&
			toks[k+1].text == "." && cypherRunners[strings.ToUpper(toks[k+2].text)] {
			runsStrings = true
		}
		if t.kind == tokName && nameCallsRunner(t.text) {
			runsStrings = true
		}
	}
	for _, t := range toks {
		switch {
		case t.kind == tokWord && t.prev != '$':
			if w := strings.ToUpper(t.text); fileWords[w] {
				return w
			}
		case t.kind == tokName || t.kind == tokStr && runsStrings:
			if t.kind == tokStr {
				if w := FileClause(unescape(t.text)); w != "" {
					return w
				}
			}
			for _, part := range strings.FieldsFunc(t.text, func(r rune) bool { return r > unicode.MaxASCII || !isWordByte(byte(r)) }) {
				if w := strings.ToUpper(part); fileWords[w] {
					return w
				}
			}
		}
	}
	return ""
}

// nameCallsRunner reports whether a quoted name such as `apoc.cypher.run`
// names an APOC procedure that runs Cypher from a string.
func nameCallsRunner(name string) bool {
	parts := strings.Split(strings.ToUpper(name), ".")
	for i := 0; i+1 < len(parts); i++ {
		if strings.TrimSpace(parts[i]) == "APOC" && cypherRunners[strings.TrimSpace(parts[i+1])] {
			return true
		}
	}
	return false
}

// unescape undoes the backslash escapes of a string literal's body well
// enough to read the statement inside: \' \" \\ and \n.
func unescape(s string) string {
	return strings.NewReplacer(`\'`, `'`, `\"`, `"`, `\\`, `\`, `\n`, "\n").Replace(s)
}

// ErrManyStatements is returned for a query of more than one statement.
var ErrManyStatements = errors.New("give one statement only (this query has more, separated by ';')")

// OneStatement checks that cypher is a single statement: no ';' outside
// literals and comments except a trailing one, and no transaction control
// (BEGIN, COMMIT, ROLLBACK), since each query runs in a transaction of the
// store's own.
func OneStatement(cypher string) error {
	statements := 0
	inStatement := false
	for _, t := range lex(cypher) {
		if t.kind == tokSemi {
			inStatement = false
			continue
		}
		if !inStatement {
			inStatement = true
			statements++
			if statements > 1 {
				return ErrManyStatements
			}
			if w := strings.ToUpper(t.text); t.kind == tokWord && txWords[w] {
				return fmt.Errorf("%s is not allowed in a query: each query runs in a transaction of its own", w)
			}
		}
	}
	return nil
}

// Params returns the names of the $parameters cypher uses, each once, in
// order of first use.
func Params(cypher string) []string {
	var out []string
	seen := map[string]bool{}
	for _, t := range lex(cypher) {
		if t.kind == tokWord && t.prev == '$' && !seen[t.text] {
			seen[t.text] = true
			out = append(out, t.text)
		}
	}
	return out
}

// CheckQuery is what both stores check before running a Query: one
// statement, and no file access unless allowFiles (graph.ErrFileAccess).
func CheckQuery(cypher string, allowFiles bool) error {
	if err := OneStatement(cypher); err != nil {
		return err
	}
	if !allowFiles {
		if w := FileClause(cypher); w != "" {
			return fmt.Errorf("%w (the query uses %s)", graph.ErrFileAccess, w)
		}
	}
	return nil
}
