package export

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestJSONList(t *testing.T) {
	in := []string{"", "plain", `quote " and \ backslash`, "line\nbreak\r\ttab\x01\x1f", "<&> 中 😀", "bad \xff utf8"}
	var back []string
	require.NoError(t, json.Unmarshal([]byte(jsonList(in)), &back))
	want := append([]string{}, in...)
	want[5] = "bad \uFFFD utf8"
	assert.Equal(t, want, back)
	assert.Equal(t, "[]", jsonList(nil))
	assert.Equal(t, `["<&>"]`, jsonList([]string{"<&>"}))
}
