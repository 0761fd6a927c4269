package datafile

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestLines(t *testing.T) {
	text := "# a comment\nsummit\n\n  talks \t\n# another\nrecall\tenvoy\n"
	assert.Equal(t, []string{"summit", "talks", "recall\tenvoy"}, Lines(text))
	assert.Equal(t, [][]string{{"summit"}, {"talks"}, {"recall", "envoy"}}, Rows(text))
	assert.Equal(t, map[string]bool{"summit": true, "talks": true, "recall\tenvoy": true}, Set(text))
	assert.Empty(t, Lines("# only a comment\n\n"))
}
