package reader

import (
	"crypto/sha1"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"unicode"

	"github.com/bilatgraph/bilat/ingest/article"
)

// MaxIDSize is the longest id an input may give, in bytes.
const MaxIDSize = 4 << 10

// ContentID is the ID of an article whose input gives none: the first 16
// hex digits of the SHA-1 of its publication date, source, title, URL and
// text, as the reader returns them (trimmed, text with "\n" line ends).
// Each field is length-prefixed, so different articles never hash the same
// bytes. The same text published on another day, by another outlet or under
// another title is another article; the same input always gets the same ID.
func ContentID(a article.Article) string {
	h := sha1.New()
	for _, f := range []string{a.Published, a.Source, a.Title, a.URL, a.Text} {
		h.Write(binary.AppendUvarint(nil, uint64(len(f))))
		h.Write([]byte(f))
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}

// checkID refuses an id given by an input that holds a control character
// or is over MaxIDSize bytes. Such an id is reported, never cut or cleaned:
// two ids that differ only there would become one article.
func checkID(id string) error {
	if len(id) > MaxIDSize {
		return fmt.Errorf("%w: over %s", ErrBadID, sizeText(MaxIDSize))
	}
	for _, r := range id {
		if unicode.IsControl(r) {
			return fmt.Errorf("%w %q: control character %U", ErrBadID, id, r)
		}
	}
	return nil
}
