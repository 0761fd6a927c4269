package main

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/bilatgraph/bilat/queries"
)

// TestHelp: bilat help, bilat help CMD, bilat help ask NAME and
// bilat ask NAME --help all answer, and a command's help shows the global
// flags.
func TestHelp(t *testing.T) {
	out, errOut, code := bilat(t, "help")
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "ingest")
	assert.Contains(t, out, "--store")
	for _, cmd := range []string{"ingest", "ask", "query", "extract", "browser"} {
		out, errOut, code := bilat(t, "help", cmd)
		require.Equal(t, 0, code, "%s: %s", cmd, errOut)
		assert.Contains(t, out, "bilat "+cmd, cmd)
		assert.Contains(t, out, "--store", "%s's help shows the global flags", cmd)
	}
	out, _, _ = bilat(t, "help", "ask")
	assert.Contains(t, out, "--format")
	out, errOut, code = bilat(t, "help", "browser", "queries")
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "--zip")
}

// TestEveryQuestionHasHelp: the help of each question comes from its
// file's header, and its example runs.
func TestEveryQuestionHasHelp(t *testing.T) {
	all, err := queries.All()
	require.NoError(t, err)
	store := examplesKuzu(t)
	for _, q := range all {
		for _, args := range [][]string{{"ask", q.Name, "--help"}, {"ask", q.Name, "-h"}, {"help", "ask", q.Name}} {
			out, errOut, code := bilat(t, args...)
			require.Equal(t, 0, code, "%v: %s", args, errOut)
			assert.Contains(t, out, q.Description, args)
			for _, p := range q.Params {
				assert.Contains(t, out, "--"+p.Name+" "+strings.ToUpper(p.Type), args)
			}
			assert.Contains(t, out, "EXAMPLE:", args)
			assert.Contains(t, out, "--store", args)
		}
		require.NotEmpty(t, q.Example, "%s has no // example: line", q.Name)
		out, errOut, code := bilat(t, append([]string{"--store", store, "ask", q.Name}, splitArgs(q.Example)...)...)
		require.Equal(t, 0, code, "%s %s: %s", q.Name, q.Example, errOut)
		assert.NotContains(t, out, "(0 rows)", "the example of %s answers something over examples/", q.Name)
	}
	out, _, _ := bilat(t, "ask", "pledges", "--help")
	assert.Contains(t, out, "(default: 9999-12-31)")
	assert.Contains(t, out, "--from COUNTRY")
	assert.Contains(t, out, "(required)")
}

// splitArgs splits an example command line, with "double quotes".
func splitArgs(s string) []string {
	var out []string
	var cur strings.Builder
	quoted, have := false, false
	for _, r := range s {
		switch {
		case r == '"':
			quoted, have = !quoted, true
		case r == ' ' && !quoted:
			if have {
				out = append(out, cur.String())
			}
			cur.Reset()
			have = false
		default:
			cur.WriteRune(r)
			have = true
		}
	}
	if have {
		out = append(out, cur.String())
	}
	return out
}

// TestMistypedCommandSuggests: bilat injest gets "did you mean ingest?".
func TestMistypedCommandSuggests(t *testing.T) {
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"injest"}, `unknown command "injest"; did you mean ingest?`},
		{[]string{"expotr"}, "did you mean export?"},
		{[]string{"help", "injest"}, "did you mean ingest?"},
		{[]string{"ask", "pledgs"}, "did you mean pledges?"},
		{[]string{"help", "ask", "pledgs"}, "did you mean pledges?"},
	} {
		out, errOut, code := bilat(t, c.args...)
		assert.Equal(t, 2, code, c.args)
		assert.Empty(t, out, c.args)
		assert.Contains(t, errOut, c.want, c.args)
		assert.Equal(t, 1, strings.Count(strings.TrimRight(errOut, "\n"), "\n")+1, "one line: %q", errOut)
	}
}

// TestManAndCompletion: a man page from urfave/cli, completion scripts, and
// the completion words bilat gives the shell.
func TestManAndCompletion(t *testing.T) {
	out, errOut, code := bilat(t, "man")
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, ".TH bilat 1")
	assert.Contains(t, out, "ingest")
	for _, sh := range []string{"bash", "zsh", "fish"} {
		out, errOut, code := bilat(t, "completion", sh)
		require.Equal(t, 0, code, errOut)
		assert.Contains(t, out, "bilat", sh)
	}
	// urfave/cli reads os.Args to tell flag completion from command completion.
	saved := os.Args
	defer func() { os.Args = saved }()
	os.Args = []string{"bilat", "--generate-bash-completion"}
	out, _, _ = bilat(t, "--generate-bash-completion")
	assert.Contains(t, strings.Fields(out), "ingest")
	out, _, _ = bilat(t, "ask", "--generate-bash-completion")
	assert.Contains(t, strings.Fields(out), "pledges")
	out, _, _ = bilat(t, "ask", "pledges", "--generate-bash-completion")
	assert.Contains(t, strings.Fields(out), "--from")
}
