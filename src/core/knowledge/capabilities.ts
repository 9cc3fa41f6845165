/**
 * Capabilities that are each a known route out of a container sharing the host kernel. `containment check` reports
 * adding one of them as an error in every format, and the trade-off report tags them the same way.
 */
export const ESCAPE_CAPABILITIES: ReadonlySet<string> = new Set(['ALL', 'SYS_ADMIN', 'SYS_MODULE', 'SYS_PTRACE', 'SYS_RAWIO', 'DAC_READ_SEARCH', 'BPF']);
