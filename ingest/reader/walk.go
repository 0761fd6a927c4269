package reader

import (
	"errors"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"strings"

	"github.com/bilatgraph/bilat/ingest/article"
)

// Walk reads paths with the zero Reader; see Reader.Walk.
func Walk(paths []string, fn func(article.Article) error) []error {
	return Reader{}.Walk(paths, fn)
}

// Articles reads paths with the zero Reader; see Reader.Articles.
func Articles(paths []string) iter.Seq2[article.Article, error] {
	return Reader{}.Articles(paths)
}

// Walk reads every article under paths and calls fn for each as soon as it
// is read, in a deterministic order: paths in the order given, each
// directory expanded recursively in lexical order, articles in input order.
// Inputs are not read ahead: a JSON Lines file or stream is handed to fn
// line by line, other files one at a time.
//
// In directories, hidden files and directories (names starting with ".")
// and files without a known extension (.txt, .md, .json, .jsonl, .ndjson,
// .html, .htm, .xml, .rss, .atom and a few synonyms) are skipped, and
// symbolic links to directories are not followed. A FIFO, socket or device
// with a known extension is not opened: it is reported once with
// ErrNotRegular. A path named explicitly is always read, its format sniffed
// when its extension is unknown, and may be a FIFO. The path "-" is
// Reader.Stdin (by default os.Stdin), sniffed as the plain form, JSON Lines
// or any other format. A file named twice is read once.
//
// Walk never stops early on an error: it returns every error met, in order,
// or nil. Errors about inputs are *ParseError values, one per bad file,
// skipped article or broken JSON line. An error returned by fn is collected
// unchanged and Walk goes on, except fs.SkipAll, which stops Walk without
// being collected. To see each error as it is met, range over Articles.
func (rd Reader) Walk(paths []string, fn func(article.Article) error) []error {
	var errs []error
	for a, err := range rd.Articles(paths) {
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if ferr := fn(a); ferr != nil {
			if errors.Is(ferr, fs.SkipAll) {
				break
			}
			errs = append(errs, ferr)
		}
	}
	return errs
}

// Articles reads every article under paths like Walk and yields each
// article with a nil error, or each input error (a *ParseError) with a zero
// Article, in order, as soon as it is read. Stopping the loop stops the
// reading.
func (rd Reader) Articles(paths []string) iter.Seq2[article.Article, error] {
	return func(yield func(article.Article, error) bool) {
		seen := map[string]bool{}
		fail := func(path string, err error) bool {
			return yield(article.Article{}, &ParseError{File: path, Err: unwrapPath(err)})
		}
		readFile := func(path string, inDir bool) bool {
			key := filepath.Clean(path)
			if seen[key] {
				return true
			}
			seen[key] = true
			return rd.scanFile(path, inDir, yield)
		}
		for _, p := range paths {
			if p == "-" {
				in := rd.Stdin
				if in == nil {
					in = os.Stdin
				}
				if !rd.scan("-", in, yield) {
					return
				}
				continue
			}
			fi, err := os.Stat(p)
			if err != nil {
				if !fail(p, err) {
					return
				}
				continue
			}
			if !fi.IsDir() {
				if !readFile(p, false) {
					return
				}
				continue
			}
			stop := false
			werr := filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
				if err != nil {
					if !fail(path, err) {
						stop = true
						return fs.SkipAll
					}
					if d != nil && d.IsDir() && path != p {
						return fs.SkipDir
					}
					return nil
				}
				if path == p {
					return nil
				}
				if strings.HasPrefix(d.Name(), ".") {
					if d.IsDir() {
						return fs.SkipDir
					}
					return nil
				}
				if d.IsDir() || !knownExt(d.Name()) {
					return nil
				}
				if d.Type()&fs.ModeSymlink != 0 {
					if fi, err := os.Stat(path); err == nil && fi.IsDir() {
						return nil
					}
				}
				if !readFile(path, true) {
					stop = true
					return fs.SkipAll
				}
				return nil
			})
			if stop {
				return
			}
			if werr != nil && !errors.Is(werr, fs.SkipAll) && !fail(p, werr) {
				return
			}
		}
	}
}
