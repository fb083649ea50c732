/**
 * End-to-end and fault tests: {@code tengen run} as a real child process ({@link
 * dev.tengen.tests.TengenProcess}) on a tiny 5x5 run ({@link dev.tengen.tests.TinyRun}), watched
 * through its run directory ({@link dev.tengen.tests.RunState}) against the invariants every run
 * must keep ({@link dev.tengen.tests.RunInvariants}), stopped, killed with SIGKILL and restarted.
 */
package dev.tengen.tests;
