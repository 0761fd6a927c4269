package kuzu

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"

	"github.com/bilatgraph/bilat/graph"
)

// magic opens every Kuzu database file.
var magic = []byte("KUZU")

// Hints shown after an open error.
const (
	hintLocked  = "another bilat or Kuzu process is using it; stop that process or pass another path"
	hintCorrupt = "move the file aside or pass another path"
	hintPath    = "pass a file path in an existing directory"
)

func unavailable(path, msg, hint string) error {
	return &graph.UnavailableError{Location: path, Err: errors.New(msg), Hint: hint}
}

// checkPath returns the absolute form of path after checking that its
// directory exists and that path is not itself a directory. Kuzu reports
// neither clearly.
func checkPath(path string) (string, error) {
	if path == "" {
		return "", unavailable(path, "empty path", hintPath)
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", unavailable(path, err.Error(), hintPath)
	}
	dir := filepath.Dir(abs)
	if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
		return "", unavailable(path, fmt.Sprintf("directory %s does not exist", dir), hintPath)
	}
	if fi, err := os.Stat(abs); err == nil && fi.IsDir() {
		return "", unavailable(path, "is a directory, not a Kuzu database file", hintPath)
	}
	return abs, nil
}

// Kuzu locks its file with a POSIX record lock, which does not stop the
// same process opening it twice; openPaths does. It counts the read-only
// openings of a path (several may share it), or holds -1 for a writer.
var (
	openMu    sync.Mutex
	openPaths = map[string]int{}
)

func claim(abs string, readOnly bool) bool {
	openMu.Lock()
	defer openMu.Unlock()
	switch n := openPaths[abs]; {
	case n == 0 && !readOnly:
		openPaths[abs] = -1
	case n >= 0 && readOnly:
		openPaths[abs] = n + 1
	default:
		return false
	}
	return true
}

func release(abs string) {
	openMu.Lock()
	defer openMu.Unlock()
	if n := openPaths[abs]; n > 1 {
		openPaths[abs] = n - 1
	} else {
		delete(openPaths, abs)
	}
}

// inUse is the error for a database another process holds.
type inUse struct{ pid int }

func (e inUse) Error() string {
	return fmt.Sprintf("the database is locked by another process (pid %d)", e.pid)
}

// Is lets errors.Is(err, graph.ErrInUse) match.
func (e inUse) Is(target error) bool { return target == graph.ErrInUse }

// diagnose explains why Kuzu would not open path; its C API says only that
// it failed.
func diagnose(path string, readOnly bool) error {
	if pid := lockHolder(path); pid > 0 {
		return &graph.UnavailableError{Location: path, Err: inUse{pid}, Hint: hintLocked}
	}
	f, err := os.Open(path)
	if err != nil {
		if readOnly && errors.Is(err, os.ErrNotExist) {
			return unavailable(path, "no database there to open read-only", hintPath)
		}
		return unavailable(path, "cannot open the database file: "+err.Error(), hintPath)
	}
	defer f.Close()
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(f, head); err != nil || !bytes.Equal(head, magic) {
		return unavailable(path, "not a Kuzu database (the file is corrupt or something else)", hintCorrupt)
	}
	return unavailable(path, "Kuzu could not open the database (corrupt, or written by another Kuzu version)", hintCorrupt)
}
