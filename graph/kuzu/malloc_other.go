//go:build !linux || !cgo

package kuzu

// returnFreedMemory does nothing where the allocator is not glibc's.
func returnFreedMemory() {}
