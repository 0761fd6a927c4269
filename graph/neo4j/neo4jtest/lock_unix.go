//go:build linux || darwin || freebsd || netbsd || openbsd

package neo4jtest

import (
	"os"
	"path/filepath"
	"sync"
	"syscall"
	"testing"
)

var (
	once    sync.Once
	lockErr error
	held    *os.File //lint:ignore U1000 kept referenced so the file, and with it the lock, stays open until the process exits
)

// lockOnce makes this test process wait for any other one using the test
// server, then holds the server until it exits.
func lockOnce(t testing.TB) {
	t.Helper()
	once.Do(func() {
		f, err := os.OpenFile(filepath.Join(os.TempDir(), "bilat-neo4j-test.lock"), os.O_CREATE|os.O_RDWR, 0o666)
		if err != nil {
			lockErr = err
			return
		}
		if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX); err != nil {
			f.Close()
			lockErr = err
			return
		}
		held = f
	})
	if lockErr != nil {
		t.Fatalf("lock the Neo4j test server: %v", lockErr)
	}
}
