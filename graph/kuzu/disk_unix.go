//go:build linux || darwin || freebsd || netbsd || openbsd

package kuzu

import (
	"path/filepath"
	"syscall"
)

// freeBytes returns the space an unprivileged user may still write under dir.
func freeBytes(dir string) (int64, bool) {
	var fs syscall.Statfs_t
	if syscall.Statfs(dir, &fs) != nil {
		return 0, false
	}
	return int64(fs.Bavail) * int64(fs.Bsize), true
}

// mountPoint returns the top directory of dir's file system, for messages.
func mountPoint(dir string) string {
	var st syscall.Stat_t
	if syscall.Stat(dir, &st) != nil {
		return dir
	}
	for {
		parent := filepath.Dir(dir)
		var pst syscall.Stat_t
		if parent == dir || syscall.Stat(parent, &pst) != nil || pst.Dev != st.Dev {
			return dir
		}
		dir = parent
	}
}
