package frames

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/bilatgraph/bilat/schema"
)

// TestParseLexiconRejectsRepeatedRows: two rows of one kind for one word
// and carrier are one construction written twice.
func TestParseLexiconRejectsRepeatedRows(t *testing.T) {
	const header = "kind\thead\tpos\tcarriers\tslots\tobject\toptions\tcameo\n"
	_, err := parseLexicon(header+
		"HOSTED\tdinner\tN\thost,give\tfor\tactor\t\t043\n"+
		"HOSTED\tdinner\tN\tthrow,give\tof\tactor\t\t043\n", schema.Current())
	require.Error(t, err)
	assert.Contains(t, err.Error(), "frames.tsv:3")
	// other carriers, or another kind, are another construction
	_, err = parseLexicon(header+
		"HOSTED\tdinner\tN\thost,give\tfor\tactor\t\t043\n"+
		"HOSTED\tdinner\tN\tattend\tfor\tactor\t\t043\n"+
		"ATTENDED\tdinner\tN\thost\tfor\tactor\t\t042\n", schema.Current())
	assert.NoError(t, err)
}
