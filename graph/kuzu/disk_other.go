//go:build !(linux || darwin || freebsd || netbsd || openbsd)

package kuzu

// freeBytes does not know the free space here.
func freeBytes(string) (int64, bool) { return 0, false }

// mountPoint returns dir.
func mountPoint(dir string) string { return dir }
