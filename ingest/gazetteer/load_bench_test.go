package gazetteer_test

import (
	"testing"

	"github.com/bilatgraph/bilat/ingest/gazetteer"
)

func BenchmarkLoad(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := gazetteer.Load(); err != nil {
			b.Fatal(err)
		}
	}
}
