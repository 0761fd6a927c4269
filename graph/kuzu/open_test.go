package kuzu_test

import (
	"bufio"
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/bilatgraph/bilat/graph"
	"github.com/bilatgraph/bilat/graph/kuzu"
)

// holdEnv names the database a helper process opens and holds.
const holdEnv = "BILAT_KUZU_HOLD"

// TestHoldHelper is not a test: run with holdEnv set, it opens the database
// named there, prints "ready" and holds it until its stdin closes.
func TestHoldHelper(t *testing.T) {
	path := os.Getenv(holdEnv)
	if path == "" {
		t.Skip("helper process for TestOpenLocked")
	}
	st, err := kuzu.Open(context.Background(), path, graph.Options{})
	if err != nil {
		os.Stdout.WriteString("error: " + err.Error() + "\n")
		os.Exit(1)
	}
	os.Stdout.WriteString("ready\n")
	_, _ = bufio.NewReader(os.Stdin).ReadString('\n')
	st.Close()
}

// requireOneLine checks that err is an UnavailableError of one line naming path.
func requireOneLine(t *testing.T, err error, path string, want string) {
	t.Helper()
	require.Error(t, err)
	msg := err.Error()
	assert.NotContains(t, msg, "\n", "one line")
	assert.Contains(t, msg, path, "names the path")
	assert.Contains(t, msg, want)
	assert.True(t, errors.Is(err, graph.ErrUnavailable), "wraps graph.ErrUnavailable: %v", err)
	var ue *graph.UnavailableError
	require.True(t, errors.As(err, &ue))
	assert.NotEmpty(t, ue.Hint)
	t.Log(msg)
}

func TestOpenLocked(t *testing.T) {
	path := filepath.Join(t.TempDir(), "locked.kuzu")
	cmd := exec.Command(os.Args[0], "-test.run=^TestHoldHelper$")
	cmd.Env = append(os.Environ(), holdEnv+"="+path)
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

	_, err = kuzu.Open(context.Background(), path, graph.Options{})
	requireOneLine(t, err, path, "locked by another process")

	stdin.Close()
	require.NoError(t, cmd.Wait())
	st, err := kuzu.Open(context.Background(), path, graph.Options{})
	require.NoError(t, err, "opens once the other process let go")
	require.NoError(t, st.Close())
}

func TestOpenTwiceInProcess(t *testing.T) {
	path := filepath.Join(t.TempDir(), "twice.kuzu")
	st, err := kuzu.Open(context.Background(), path, graph.Options{})
	require.NoError(t, err)
	_, err = kuzu.Open(context.Background(), path, graph.Options{})
	requireOneLine(t, err, path, "already open")
	require.NoError(t, st.Close())
	st, err = kuzu.Open(context.Background(), path, graph.Options{})
	require.NoError(t, err)
	require.NoError(t, st.Close())
}

func TestOpenBadPath(t *testing.T) {
	dir := t.TempDir()
	garbage := filepath.Join(dir, "garbage.kuzu")
	require.NoError(t, os.WriteFile(garbage, []byte(strings.Repeat("not a database\n", 400)), 0o644))
	text := filepath.Join(dir, "short.kuzu")
	require.NoError(t, os.WriteFile(text, []byte("hi"), 0o644))
	header := filepath.Join(dir, "header.kuzu")
	require.NoError(t, os.WriteFile(header, []byte("KUZU"+strings.Repeat("\x01garbage", 2000)), 0o644))
	cases := []struct{ path, want string }{
		{garbage, "not a Kuzu database"},
		{header, "corrupt, or written by another Kuzu version"},
		{text, "not a Kuzu database"},
		{filepath.Join(dir, "no", "such", "dir", "bilat.kuzu"), "does not exist"},
		{dir, "is a directory"},
	}
	for _, c := range cases {
		_, err := kuzu.Open(context.Background(), c.path, graph.Options{})
		requireOneLine(t, err, c.path, c.want)
	}
}

func TestOpenThroughRegistry(t *testing.T) {
	path := filepath.Join(t.TempDir(), "reg.kuzu")
	for _, loc := range []string{path, "kuzu://" + path} {
		st, err := graph.Open(context.Background(), loc, graph.Options{})
		require.NoError(t, err, loc)
		assert.Equal(t, path, st.Location())
		require.NoError(t, st.Close())
	}
}

// TestOpenReadOnly: a read-only opening creates nothing, shares the store
// with other readers, refuses writes in the engine, and names a writer
// that holds the store as graph.ErrInUse.
func TestOpenReadOnly(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	missing := filepath.Join(dir, "missing.kuzu")
	_, err := kuzu.Open(ctx, missing, graph.Options{ReadOnly: true})
	assert.ErrorIs(t, err, graph.ErrNoStore)
	assert.NoFileExists(t, missing)

	path := filepath.Join(dir, "ro.kuzu")
	st, err := kuzu.Open(ctx, path, graph.Options{})
	require.NoError(t, err)
	_, err = st.Query(ctx, "CREATE NODE TABLE T(id STRING PRIMARY KEY)", nil, true)
	require.NoError(t, err)
	require.NoError(t, st.Close())

	a, err := kuzu.Open(ctx, path, graph.Options{ReadOnly: true})
	require.NoError(t, err)
	b, err := kuzu.Open(ctx, path, graph.Options{ReadOnly: true})
	require.NoError(t, err, "two readers in one process")
	_, err = kuzu.Open(ctx, path, graph.Options{})
	assert.Error(t, err, "no writer while readers hold it")
	_, err = a.Query(ctx, "CREATE (:T {id: 'x'})", nil, true)
	assert.Error(t, err, "the engine refuses writes")
	res, err := b.Query(ctx, "MATCH (t:T) RETURN count(*)", nil, false)
	require.NoError(t, err)
	assert.Equal(t, int64(0), res.Rows[0][0])
	require.NoError(t, a.Close())
	require.NoError(t, b.Close())

	cmd := exec.Command(os.Args[0], "-test.run=^TestHoldHelper$")
	cmd.Env = append(os.Environ(), holdEnv+"="+path)
	stdin, err := cmd.StdinPipe()
	require.NoError(t, err)
	stdout, err := cmd.StdoutPipe()
	require.NoError(t, err)
	require.NoError(t, cmd.Start())
	defer func() {
		stdin.Close()
		_ = cmd.Wait()
	}()
	line, err := bufio.NewReader(stdout).ReadString('\n')
	require.NoError(t, err)
	require.Equal(t, "ready\n", line)
	_, err = kuzu.Open(ctx, path, graph.Options{ReadOnly: true})
	assert.ErrorIs(t, err, graph.ErrInUse)
	requireOneLine(t, err, path, "locked by another process")
}
