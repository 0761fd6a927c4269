//go:build linux || darwin || freebsd || netbsd || openbsd

package kuzu

import (
	"os"
	"syscall"
)

// lockHolder returns the id of another process holding a write lock on
// path, as Kuzu takes one while a database is open, or 0 if there is none
// or it cannot tell.
func lockHolder(path string) int {
	f, err := os.Open(path)
	if err != nil {
		return 0
	}
	defer f.Close()
	lk := syscall.Flock_t{Type: syscall.F_WRLCK, Whence: 0, Start: 0, Len: 0}
	if err := syscall.FcntlFlock(f.Fd(), syscall.F_GETLK, &lk); err != nil {
		return 0
	}
	if lk.Type == syscall.F_UNLCK {
		return 0
	}
	return int(lk.Pid)
}
