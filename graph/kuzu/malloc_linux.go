//go:build linux && cgo

package kuzu

/*
#include <malloc.h>

// fixMmapThreshold pins glibc's mmap threshold at its initial 128 KB. By
// default glibc raises the threshold to the size of each large block freed,
// so after Kuzu frees its per-transaction buffers (megabytes each) the next
// ones come from the heap, where they stay resident after being freed.
static void fixMmapThreshold(void) {
#ifdef M_MMAP_THRESHOLD
	mallopt(M_MMAP_THRESHOLD, 128 * 1024);
#endif
}
*/
import "C"

import "sync"

var mallocOnce sync.Once

// returnFreedMemory makes large blocks that Kuzu frees go back to the
// system: a checkpoint frees what the transactions since the last one held,
// and without this the process keeps it (a 10,000-article ingest peaked
// at 2 GB instead of 1.5 GB).
func returnFreedMemory() { mallocOnce.Do(func() { C.fixMmapThreshold() }) }
