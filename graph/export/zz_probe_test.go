package export

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/bilatgraph/bilat/graph"
	"github.com/bilatgraph/bilat/graph/kuzu"
	"github.com/bilatgraph/bilat/schema"
)

func TestProbe(t *testing.T) {
	ctx := context.Background()
	st, err := kuzu.Open(ctx, filepath.Join(t.TempDir(), "p.kuzu"), graph.Options{})
	if err != nil { t.Fatal(err) }
	defer st.Close()
	if err := st.ApplySchema(ctx, schema.Current()); err != nil { t.Fatal(err) }
	stmts := []string{
		`RETURN 'a\nb' AS x`,
		"RETURN 'a\nb' AS x",
		`RETURN "a\nb" AS x`,
		`RETURN 'a\x0ab' AS x`,
		`RETURN chr(10) AS x`,
		`RETURN decode(BLOB('\\x0A')) AS x`,
		`RETURN 'a' + decode(BLOB('\\x0A')) + 'b' AS x`,
		`RETURN 'a\\b' AS x`,
		`RETURN 'a\'b' AS x`,
		`RETURN 'a\"b' AS x`,
		`RETURN 'a\u00e9b' AS x`,
		`RETURN 'a\U0001F600b' AS x`,
		"RETURN 'a\tb\rc' AS x",
		`RETURN ['a', 'b'] AS x`,
		`RETURN 'é中😀' AS x`,
		`RETURN 'a' + chr(10) + 'b' AS x`,
		`RETURN string_split('a', 'b') AS x`,
	}
	for _, s := range stmts {
		res, err := st.Query(ctx, s, nil, false)
		if err != nil { fmt.Printf("%q => ERR %v\n", s, err); continue }
		fmt.Printf("%q => %q\n", s, res.Rows)
	}
}
