package ingest_test

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/bilatgraph/bilat/ingest/doc"
)

// TestNameParticlesAgree: the tagger's name particles (ingest/doc) are the
// gazetteer's "particle" rows, so a name the gazetteer reads whole is one
// proper noun to the tagger too.
func TestNameParticlesAgree(t *testing.T) {
	data, err := os.ReadFile("gazetteer/data/name-variants.tsv")
	require.NoError(t, err)
	var gazetteer []string
	for _, line := range strings.Split(string(data), "\n") {
		if rule, form, ok := strings.Cut(line, "\t"); ok && rule == "particle" {
			gazetteer = append(gazetteer, strings.TrimSpace(form))
		}
	}
	require.NotEmpty(t, gazetteer)
	assert.ElementsMatch(t, gazetteer, doc.NameParticles())
}
