package reader

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/bilatgraph/bilat/ingest/article"
)

// Walk reads paths with the zero Reader; see Reader.Walk.
func Walk(paths []string, fn func(article.Article) error) []error {
	return Reader{}.Walk(paths, fn)
}

// Walk reads every article under paths and calls fn for each, in a
// deterministic order: paths in the order given, each directory expanded
// recursively in lexical order, articles in input order.
//
// In directories, hidden files and directories (names starting with ".")
// and files without a known extension (.txt, .md, .json, .jsonl, .ndjson,
// .html, .htm, .xml, .rss, .atom and a few synonyms) are skipped, and
// symbolic links to directories are not followed. A path named explicitly
// is always read, its format sniffed when its extension is unknown. The
// path "-" is Reader.Stdin (by default os.Stdin), sniffed as the plain form,
// JSON Lines or any other format. A file named twice is read once.
//
// Walk never stops early on an error: it returns every error met, in order,
// or nil. Errors about inputs are *ParseError values, one per bad file,
// skipped article or broken JSON line. An error returned by fn is collected
// unchanged and Walk goes on, except fs.SkipAll, which stops Walk without
// being collected.
func (rd Reader) Walk(paths []string, fn func(article.Article) error) []error {
	var errs []error
	seen := map[string]bool{}
	stop := false
	// emit reads one input and hands its articles to fn.
	emit := func(arts []article.Article, err error) {
		errs = append(errs, Errors(err)...)
		for _, a := range arts {
			if stop {
				return
			}
			if ferr := fn(a); ferr != nil {
				if errors.Is(ferr, fs.SkipAll) {
					stop = true
					return
				}
				errs = append(errs, ferr)
			}
		}
	}
	readFile := func(path string) {
		key := filepath.Clean(path)
		if seen[key] {
			return
		}
		seen[key] = true
		emit(rd.ReadFile(path))
	}
	for _, p := range paths {
		if stop {
			break
		}
		if p == "-" {
			in := rd.Stdin
			if in == nil {
				in = os.Stdin
			}
			emit(rd.Read("-", in))
			continue
		}
		fi, err := os.Stat(p)
		if err != nil {
			errs = append(errs, &ParseError{File: p, Err: unwrapPath(err)})
			continue
		}
		if !fi.IsDir() {
			readFile(p)
			continue
		}
		werr := filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if stop {
				return fs.SkipAll
			}
			if err != nil {
				errs = append(errs, &ParseError{File: path, Err: unwrapPath(err)})
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
			readFile(path)
			return nil
		})
		if werr != nil && !errors.Is(werr, fs.SkipAll) {
			errs = append(errs, &ParseError{File: p, Err: unwrapPath(werr)})
		}
	}
	return errs
}
