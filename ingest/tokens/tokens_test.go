package tokens

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func texts(toks []Token) []string {
	var out []string
	for _, t := range toks {
		out = append(out, t.Text)
	}
	return out
}

func TestSplit(t *testing.T) {
	cases := []struct {
		in   string
		want []string
	}{
		{"China's premier", []string{"China", "'s", "premier"}},
		{"the U.S. has agreed", []string{"the", "U.S.", "has", "agreed"}},
		{"people-to-people ties.", []string{"people-to-people", "ties", "."}},
		{"Xi’s visit", []string{"Xi", "’s", "visit"}},
		{"Côte d'Ivoire", []string{"Côte", "d'Ivoire"}},
		{"in the U.K.", []string{"in", "the", "U.K."}},
		{"A. Smith", []string{"A", ".", "Smith"}},
		{"25% tariffs", []string{"25", "%", "tariffs"}},
		{"the Modi-led government", []string{"the", "Modi", "-", "led", "government"}},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, texts(Split(c.in)), "Split(%q)", c.in)
	}
}

func TestOffsets(t *testing.T) {
	s := "Li told Putin’s aides, “Yes.”"
	for _, tok := range Split(s) {
		assert.Equal(t, tok.Text, s[tok.Start:tok.End])
	}
}

func TestFold(t *testing.T) {
	assert.Equal(t, "Elysee Treaty", Fold("Élysée Treaty"))
	assert.Equal(t, "Andres Manuel Lopez Obrador", Fold("Andrés Manuel López Obrador"))
	assert.Equal(t, "Xi's", Fold("Xi’s"))
	assert.Equal(t, "U.S. has", KeyOf("U.S.  has"))
}

// TestAppendKey checks the buffer forms of Key and of lower-case folding
// against the strings they stand for.
func TestAppendKey(t *testing.T) {
	for _, s := range []string{"", "Xi", "Élysée Treaty", "Xi’s U.S. visit", "İstanbul", "MOHAMMED BIN SALMAN", "a\xffb", "Mr."} {
		toks := Split(s)
		assert.Equal(t, Key(toks), string(AppendKey(nil, toks)), "%q", s)
		assert.Equal(t, Key(toks), string(AppendKey([]byte("x"), toks)[1:]), "%q", s)
		assert.Equal(t, strings.ToLower(Fold(s)), string(AppendLowerFold(nil, s)), "%q", s)
	}
}

// TestLowerASCII checks LowerASCII against lowering every ASCII byte of a
// copy, as it was written first.
func TestLowerASCII(t *testing.T) {
	for _, s := range []string{"", "abc", "ABC def", "Élysée TREATY", "a\xffB", "İstanbul X", "z@[`{"} {
		b := []byte(s)
		for i, c := range b {
			if 'A' <= c && c <= 'Z' {
				b[i] = c + 'a' - 'A'
			}
		}
		assert.Equal(t, string(b), LowerASCII(s), "%q", s)
	}
}

func TestSplitKeepsNumbersWhole(t *testing.T) {
	var got []string
	for _, tok := range Split("It sent 20,000 troops and $1.5 billion, then 3, 4.") {
		got = append(got, tok.Text)
	}
	assert.Equal(t, []string{"It", "sent", "20,000", "troops", "and", "$", "1.5", "billion", ",", "then", "3", ",", "4", "."}, got)
}
