package storeutil

import (
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
)

func TestWriteClause(t *testing.T) {
	tests := []struct{ in, want string }{
		{"MATCH (n) RETURN n", ""},
		{"CREATE (n:Country {id: 'x'})", "CREATE"},
		{"match (n) set n.name = 'x'", "SET"},
		{"MATCH (n) DETACH DELETE n", "DETACH"},
		{"MATCH (n) REMOVE n.name", "REMOVE"},
		{"MERGE (n:A {id: 1})", "MERGE"},
		{"DROP TABLE Country", "DROP"},
		{"ALTER TABLE Person ADD x STRING", "ALTER"},
		{"MATCH (n)\nWITH n\nCREATE (m)", "CREATE"},
		{"MATCH (n) WHERE n.name = 'CREATE (x)' RETURN n", ""},
		{`MATCH (n) WHERE n.name = "it's SET" RETURN n`, ""},
		{`MATCH (n) WHERE n.name = 'don\'t DELETE' RETURN n`, ""},
		{"MATCH (n) WHERE n.set = $create RETURN n.delete", ""},
		{"MATCH (n:Delete) RETURN {merge: 1} AS m", ""},
		{"MATCH (n) RETURN n.`x` AS `CREATE`", ""},
		{"MATCH (n) // CREATE later\nRETURN n", ""},
		{"MATCH (n) /* MERGE */ RETURN n", ""},
		{"MATCH (n) RETURN n.created, n.settled, n.dropped", ""},
		{"CALL create_fts_index('a', 'b', ['c'])", ""},
		// Unicode spaces end a word: the no-break space hid DETACH and DELETE.
		{"COMMIT;\u00a0MATCH (n)\u00a0DETACH\u00a0DELETE\u00a0n", "DETACH"},
		{"MATCH (n)\u2003DELETE\u3000n", "DELETE"},
		{"MATCH (n)\u00a0SET n.x = 1", "SET"},
		{"MATCH (n) WHERE n.name = 'Côte d’Ivoire' RETURN n", ""},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, WriteClause(tc.in), "WriteClause(%q)", tc.in)
	}
}

func TestParams(t *testing.T) {
	assert.Equal(t, []string{"from", "until", "id"},
		Params("MATCH (a)-[r]->(b) WHERE r.date >= $from AND r.date <= $until AND (a.id = $id OR b.id = $id) AND a.x = '$nope'"))
	assert.Empty(t, Params("RETURN 1"))
}

func TestFileClause(t *testing.T) {
	tests := []struct{ in, want string }{
		{"MATCH (n) RETURN n", ""},
		{"LOAD FROM '/etc/shadow' RETURN *", "LOAD"},
		{"load\u00a0from '/etc/passwd' return *", "LOAD"},
		{"COPY (MATCH (n) RETURN n.id) TO '/tmp/x.csv'", "COPY"},
		{"COPY Country FROM 'x.csv'", "COPY"},
		{"EXPORT DATABASE '/tmp/x'", "EXPORT"},
		{"IMPORT DATABASE '/tmp/x'", "IMPORT"},
		{"ATTACH 'x.kuzu' AS y (dbtype kuzu)", "ATTACH"},
		{"INSTALL httpfs", "INSTALL"},
		{"LOAD EXTENSION json", "LOAD"},
		{"LOAD CSV FROM 'file:///etc/shadow' AS row RETURN row", "LOAD"},
		{"CALL apoc.load.json('file:///etc/x')", "LOAD"},
		{"CALL apoc.export.csv.all('x.csv', {})", "EXPORT"},
		{"CALL apoc.import.graphml('x', {})", "IMPORT"},
		{"CALL `apoc.load.csv`('x')", "LOAD"},
		{"CALL `apoc`.`export`.`csv`.`all`('x', {})", "EXPORT"},
		{"CALL apoc.cypher.runFile('x.cypher')", "RUNFILE"},
		{"CALL apoc.cypher.run('LOAD CSV FROM \\'file:///etc/x\\' AS r RETURN r', {})", "LOAD"},
		{"CALL apoc . periodic . iterate('RETURN 1', \"load csv from 'x' as r return r\", {})", "LOAD"},
		{"CALL `apoc.cypher.run`('COPY x TO \\'y\\'', {})", "COPY"},
		{"MATCH (n) /* LOAD */ RETURN n // COPY", ""},
		{"MATCH (n) WHERE n.title CONTAINS 'import' RETURN n", ""},
		{"MATCH (n) WHERE n.x = $load RETURN n", ""},
		{"MATCH (n) RETURN n.loaded, n.exported", ""},
		{"MATCH (n) RETURN n.load", "LOAD"}, // errs on the safe side
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, FileClause(tc.in), "FileClause(%q)", tc.in)
	}
}

func TestOneStatement(t *testing.T) {
	ok := []string{
		"MATCH (n) RETURN n",
		"MATCH (n) RETURN n;",
		"MATCH (n) RETURN n ;\u00a0 // done\n",
		"MATCH (n) WHERE n.name = 'a;b' RETURN n",
		"MATCH (n) WHERE n.name = 'it\\'s; here' RETURN n",
		"MATCH (n) RETURN n.`a;b`",
		"MATCH (n) /* ; */ RETURN n",
		"MATCH (n) RETURN n // ; MATCH (m) DELETE m",
	}
	for _, q := range ok {
		assert.NoError(t, OneStatement(q), q)
	}
	bad := []string{
		"COMMIT;\u00a0MATCH (n)\u00a0DETACH\u00a0DELETE\u00a0n",
		"MATCH (n) RETURN n; MATCH (m) RETURN m",
		"RETURN 1;;RETURN 2",
		"RETURN 'a\\\\'; MATCH (n) DELETE n",
		"RETURN 1 /* x */ ; /* y */ RETURN 2",
		"COMMIT",
		"begin transaction",
		"ROLLBACK;",
	}
	for _, q := range bad {
		assert.Error(t, OneStatement(q), q)
	}
}

func TestLineCommentEndsAtAnyLineBreak(t *testing.T) {
	for _, br := range []string{"\n", "\r", "\u2028", "\u2029", "\u0085", "\f", "\v"} {
		assert.Equal(t, "LOAD", FileClause("// x"+br+"LOAD FROM '/etc/passwd' RETURN *"), "%q", br)
	}
}

// FuzzGuards: the guards never panic, and a Unicode space decides nothing:
// replacing every one with an ASCII space gives the same answers.
func FuzzGuards(f *testing.F) {
	for _, s := range []string{
		"COMMIT;\u00a0MATCH (n)\u00a0DETACH\u00a0DELETE\u00a0n",
		"load\u2003from '/etc/passwd' return *",
		"MATCH (n) /* ; */ RETURN n // ; x\u2028COPY x TO 'y'",
		"CALL apoc.cypher.run('LOAD CSV FROM \\'x\\' AS r RETURN r', {})",
		"MATCH (n) WHERE n.name = 'a;\u00a0b' RETURN `x;y`;",
		"RETURN 'unterminated",
		"CALL `apoc.export.csv.all`('x', {})",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		w, fc, one := WriteClause(s), FileClause(s), OneStatement(s) == nil
		_ = Params(s)
		ascii := strings.Map(func(r rune) rune {
			if r > unicode.MaxASCII && unicode.IsSpace(r) && r != 0x85 && r != 0x2028 && r != 0x2029 { // line breaks end comments
				return ' '
			}
			return r
		}, s)
		if WriteClause(ascii) != w || FileClause(ascii) != fc || (OneStatement(ascii) == nil) != one {
			t.Fatalf("Unicode spaces changed the answer for %q", s)
		}
	})
}
