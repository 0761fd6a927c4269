package main

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/bilatgraph/bilat/graph"
	"github.com/bilatgraph/bilat/graph/neo4j/neo4jtest"
	"github.com/bilatgraph/bilat/schema"
)

// safeStores returns the stores the safety tests run on, each holding what
// bilat ingest makes of examples/: a Kuzu store in a temporary directory,
// and the test Neo4j when NEO4J_URI is set.
func safeStores(t *testing.T) map[string]string {
	t.Helper()
	stores := map[string]string{"kuzu": filepath.Join(t.TempDir(), "safe.kuzu")}
	if os.Getenv("NEO4J_URI") != "" || os.Getenv("BILAT_REQUIRE_NEO4J") == "1" {
		neo4jtest.Open(t) // takes the server's lock and empties it
		stores["neo4j"] = neo4jtest.URI(t)
	} else {
		t.Log(neo4jtest.SkipMessage + ": Kuzu only")
	}
	for _, loc := range stores {
		_, errOut, code := bilat(t, "--store", loc, "ingest", "../../examples")
		require.Equal(t, 0, code, errOut)
	}
	return stores
}

// isOneLine asserts that s is one line holding want.
func isOneLine(t *testing.T, s, want string) {
	t.Helper()
	assert.Equal(t, 1, strings.Count(strings.TrimRight(s, "\n"), "\n")+1, "one line: %q", s)
	assert.Contains(t, s, want)
}

// TestQueryCannotWrite: the statement that wiped a Kuzu store (a COMMIT
// ending the read-only transaction, then a delete behind no-break spaces)
// and its kin change nothing without --write.
func TestQueryCannotWrite(t *testing.T) {
	for name, store := range safeStores(t) {
		t.Run(name, func(t *testing.T) {
			n0, e0 := counts(t, store)
			require.NotEqual(t, "n\n0\n", n0)
			for _, q := range []string{
				"COMMIT;\u00a0MATCH (n)\u00a0DETACH\u00a0DELETE\u00a0n",
				"MATCH (n)\u00a0DETACH\u00a0DELETE\u00a0n",
				"MATCH (n)\u2003SET n.name = 'x'",
				"match (n) /* x */ detach\u3000delete n",
				"DROP TABLE Country",
				"CALL db.createLabel('Scratch')",
			} {
				out, errOut, code := bilat(t, "--store", store, "query", q)
				assert.Equal(t, 1, code, "%q: %s%s", q, out, errOut)
				isOneLine(t, errOut, "query")
				n, e := counts(t, store)
				assert.Equal(t, n0, n, q)
				assert.Equal(t, e0, e, q)
			}
		})
	}
}

// TestQueryFiles: file access from query needs --allow-files, on both stores.
func TestQueryFiles(t *testing.T) {
	dir := t.TempDir()
	csv := filepath.Join(dir, "data.csv")
	require.NoError(t, os.WriteFile(csv, []byte("a,b\nsecret-cell,2\n"), 0o644))
	for name, store := range safeStores(t) {
		t.Run(name, func(t *testing.T) {
			out := filepath.Join(dir, name+"-out.csv")
			require.NoError(t, os.WriteFile(out, []byte("keep me\n"), 0o644))
			queries := []string{
				"LOAD FROM '" + csv + "' RETURN *",
				"COPY (MATCH (n) RETURN n.id) TO '" + out + "'",
				"EXPORT DATABASE '" + filepath.Join(dir, name+"-export") + "'",
				"ATTACH '" + filepath.Join(dir, "x.kuzu") + "' AS x (dbtype kuzu)",
				"INSTALL httpfs",
				"LOAD CSV FROM 'file://" + csv + "' AS row RETURN row",
				"LOAD\u00a0CSV FROM 'file:///etc/passwd' AS row RETURN row",
				"CALL apoc.load.csv('file://" + csv + "')",
				"CALL apoc.export.csv.all('" + out + "', {})",
			}
			for _, q := range queries {
				for _, w := range [][]string{nil, {"--write"}} {
					args := append([]string{"--store", store, "query"}, w...)
					stdout, errOut, code := bilat(t, append(args, q)...)
					assert.Equal(t, 1, code, q)
					assert.Empty(t, stdout)
					isOneLine(t, errOut, "--allow-files")
				}
			}
			data, err := os.ReadFile(out)
			require.NoError(t, err)
			assert.Equal(t, "keep me\n", string(data), "COPY TO did not overwrite the file")
			assert.NoDirExists(t, filepath.Join(dir, name+"-export"))

			// With the flag, the file is read where the engine allows it.
			if name == "kuzu" {
				stdout, errOut, code := bilat(t, "--store", store, "query", "--allow-files", queries[0])
				require.Equal(t, 0, code, errOut)
				assert.Contains(t, stdout, "secret-cell")
				stdout, errOut, code = bilat(t, "--store", store, "query", queries[0], "--allow-files", "--format", "csv")
				require.Equal(t, 0, code, errOut)
				assert.Contains(t, stdout, "secret-cell", "--allow-files after the statement")
				// Still read-only: COPY FROM fills a table, which is a write.
				_, errOut, code = bilat(t, "--store", store, "query", "--allow-files", "COPY Country FROM '"+csv+"'")
				assert.Equal(t, 1, code)
				assert.Contains(t, errOut, "read-only")
			} else {
				// The server confines LOAD CSV to its import directory.
				stdout, errOut, code := bilat(t, "--store", store, "query", "--allow-files",
					"LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row")
				assert.Equal(t, 1, code, stdout)
				assert.NotContains(t, stdout, "root")
				t.Log(errOut)
				// APOC's file import and export are off.
				for _, q := range []string{
					"CALL apoc.load.json('file:///etc/passwd') YIELD value RETURN value",
					"CALL apoc.export.csv.all('" + out + "', {}) YIELD file RETURN file",
				} {
					stdout, errOut, code := bilat(t, "--store", store, "query", "--allow-files", "--write", q)
					assert.Equal(t, 1, code, stdout)
					assert.NotContains(t, stdout, "root")
					t.Log(errOut)
				}
				data, err := os.ReadFile(out)
				require.NoError(t, err)
				assert.Equal(t, "keep me\n", string(data))
			}
		})
	}
}

// TestReadCommandsNeverCreateAStore: ask, query and export on a missing
// store say so and create nothing; on a store without bilat's schema they
// say the same instead of an engine error.
func TestReadCommandsNeverCreateAStore(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "missing.kuzu")
	empty := filepath.Join(dir, "empty.kuzu")
	st, err := graph.Open(context.Background(), empty, graph.Options{})
	require.NoError(t, err)
	require.NoError(t, st.Close())
	for _, store := range []string{missing, empty} {
		for _, cmd := range [][]string{
			{"ask", "pledges", "--from", "China", "--to", "Russia"},
			{"query", "MATCH (c:Country) RETURN c.name"},
			{"export", "--between", "China", "--and", "Russia"},
		} {
			out, errOut, code := bilat(t, append([]string{"--store", store}, cmd...)...)
			assert.Equal(t, 1, code, cmd)
			assert.Empty(t, out)
			assert.Equal(t, "bilat: no store at "+store+": run bilat ingest first\n", errOut, cmd)
		}
	}
	assert.NoFileExists(t, missing)
	ents, err := os.ReadDir(dir)
	require.NoError(t, err)
	var names []string
	for _, e := range ents {
		names = append(names, e.Name())
	}
	for _, n := range names {
		assert.False(t, strings.HasPrefix(n, "missing"), "created %s", n)
	}
}

// holdStoreEnv names a store a helper process opens and holds: "rw:PATH"
// or "ro:PATH".
const holdStoreEnv = "BILAT_TEST_HOLD_STORE"

// TestHoldStoreHelper is not a test: with holdStoreEnv set it opens the
// store, prints "ready" and holds it until its stdin closes.
func TestHoldStoreHelper(t *testing.T) {
	v := os.Getenv(holdStoreEnv)
	if v == "" {
		t.Skip("helper process")
	}
	mode, path, _ := strings.Cut(v, ":")
	st, err := graph.Open(context.Background(), path, graph.Options{ReadOnly: mode == "ro"})
	if err != nil {
		os.Stdout.WriteString("error: " + err.Error() + "\n")
		os.Exit(1)
	}
	os.Stdout.WriteString("ready\n")
	_, _ = bufio.NewReader(os.Stdin).ReadString('\n')
	st.Close()
}

// holdStore makes another process hold path (read-write or read-only)
// until t ends.
func holdStore(t *testing.T, path string, readOnly bool) {
	mode := "rw"
	if readOnly {
		mode = "ro"
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestHoldStoreHelper$")
	cmd.Env = append(os.Environ(), holdStoreEnv+"="+mode+":"+path)
	stdin, err := cmd.StdinPipe()
	require.NoError(t, err)
	stdout, err := cmd.StdoutPipe()
	require.NoError(t, err)
	require.NoError(t, cmd.Start())
	t.Cleanup(func() {
		stdin.Close()
		_ = cmd.Wait()
	})
	line, err := bufio.NewReader(stdout).ReadString('\n')
	require.NoError(t, err)
	require.Equal(t, "ready\n", line)
}

// TestReadWhileStoreHeld: a store another reader holds can be asked; one a
// writer (an ingest) holds gives one line saying so.
func TestReadWhileStoreHeld(t *testing.T) {
	store := filepath.Join(t.TempDir(), "held.kuzu")
	_, errOut, code := bilat(t, "--store", store, "ingest", "../../examples")
	require.Equal(t, 0, code, errOut)
	ask := []string{"--store", store, "ask", "pledges", "--from", "China", "--to", "Russia", "--year", "2025"}

	t.Run("reader", func(t *testing.T) {
		holdStore(t, store, true)
		out, errOut, code := bilat(t, ask...)
		require.Equal(t, 0, code, errOut)
		assert.Contains(t, out, "2025-11-18")
		// In this process too, alongside another read-only opening.
		st, err := graph.Open(context.Background(), store, graph.Options{ReadOnly: true})
		require.NoError(t, err)
		defer st.Close()
		_, errOut, code = bilat(t, ask...)
		require.Equal(t, 0, code, errOut)
	})
	t.Run("writer", func(t *testing.T) {
		holdStore(t, store, false)
		out, errOut, code := bilat(t, ask...)
		assert.Equal(t, 1, code)
		assert.Empty(t, out)
		assert.Equal(t, "bilat: the store "+store+" is in use by another bilat process (an ingest?); try again when it ends\n", errOut)
	})
}

// TestSchemaRepair: a store left dirty is refused with a hint, and bilat
// schema --repair makes it usable again, on both stores.
func TestSchemaRepair(t *testing.T) {
	for name, store := range safeStores(t) {
		t.Run(name, func(t *testing.T) {
			n0, e0 := counts(t, store)
			_, errOut, code := bilat(t, "--store", store, "query", "--write",
				"MATCH (v:SchemaVersion) WHERE v.id = 'schema' SET v.dirty = true")
			require.Equal(t, 0, code, errOut)
			_, errOut, code = bilat(t, "--store", store, "schema")
			assert.Equal(t, 1, code)
			isOneLine(t, errOut, "bilat schema --repair")
			_, errOut, code = bilat(t, "--store", store, "ingest", "../../examples")
			assert.Equal(t, 1, code)
			assert.Contains(t, errOut, "dirty")
			out, errOut, code := bilat(t, "--store", store, "schema", "--repair")
			require.Equal(t, 0, code, errOut)
			assert.Contains(t, out, "applied")
			_, errOut, code = bilat(t, "--store", store, "ingest", "../../examples")
			require.Equal(t, 0, code, errOut)
			n, e := counts(t, store)
			assert.Equal(t, n0, n)
			assert.Equal(t, e0, e)
		})
	}
}

// TestSchemaVersionMismatch: a store one version older is refused by ask
// in one line (its questions may need what the new version added) until
// bilat schema upgrades it; one version newer is refused by the commands
// that apply the schema, in one line, and changed by none.
func TestSchemaVersionMismatch(t *testing.T) {
	want := schema.Current().Version
	setVersion := func(t *testing.T, store string, v int) {
		t.Helper()
		_, errOut, code := bilat(t, "--store", store, "query", "--write",
			fmt.Sprintf("MATCH (v:SchemaVersion) WHERE v.id = 'schema' SET v.version = %d", v))
		require.Equal(t, 0, code, errOut)
	}
	for name, store := range safeStores(t) {
		t.Run(name, func(t *testing.T) {
			setVersion(t, store, want-1)
			out, errOut, code := bilat(t, "--store", store, "ask", "article", "--id", "example-trump-xi-busan-2025")
			assert.Equal(t, 1, code)
			assert.Empty(t, out)
			isOneLine(t, errOut, fmt.Sprintf("store has schema version %d, older than this bilat's version %d: run bilat schema", want-1, want))
			out, errOut, code = bilat(t, "--store", store, "schema")
			require.Equal(t, 0, code, errOut)
			assert.Contains(t, out, fmt.Sprintf("schema version %d applied", want))
			out, errOut, code = bilat(t, "--store", store, "ask", "article", "--id", "example-trump-xi-busan-2025")
			require.Equal(t, 0, code, errOut)
			assert.NotEmpty(t, out)

			setVersion(t, store, want+1)
			for _, args := range [][]string{{"schema"}, {"ingest", "../../examples"}} {
				_, errOut, code = bilat(t, append([]string{"--store", store}, args...)...)
				assert.Equal(t, 1, code, args)
				isOneLine(t, errOut, fmt.Sprintf("store has schema version %d, this bilat knows version %d: upgrade bilat", want+1, want))
			}
			setVersion(t, store, want)
		})
	}
}
