package wasm

import "sync"

// bilat's patch: go-graphviz v0.2.10 compiles and instantiates Graphviz's
// WebAssembly module in an init function, which cost every process that
// links it about 30 ms at start, whether it drew a graph or not. Here the
// module is instantiated by Load, which every entry point calls first, and
// the other packages' own set-up runs after it (OnLoad).

var (
	loadOnce sync.Once
	onLoad   []func()
)

// Load instantiates the module and then runs the functions given to
// OnLoad, once; later calls return at once.
func Load() {
	loadOnce.Do(func() {
		instantiate()
		for _, f := range onLoad {
			f()
		}
	})
}

// OnLoad adds f to what Load runs once the module is there. Packages call
// it from init, so f runs in the order their init functions would have.
func OnLoad(f func()) { onLoad = append(onLoad, f) }
