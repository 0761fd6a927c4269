package storeutil

import (
	"testing"

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
		{"COPY Country FROM 'x.csv'", "COPY"},
		{"LOAD FROM 'x.csv' RETURN *", "LOAD"},
		{"INSTALL json", "INSTALL"},
		{"ATTACH 'x' AS y", "ATTACH"},
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
