/**
 * Messages the engine adds around any rule's finding (a finding lowered to info inside a sandboxed runtime): every
 * rule can report with these ids, and `{finding}` is the rule's own message, nested, so both read in one language.
 */
export const ENGINE_MESSAGES: Readonly<Record<string, string>> = {
  'engine.sandboxedRuntimeClass': '{finding} (runtimeClassName "{runtimeClass}" is a sandboxed runtime with its own kernel, so this does not reach the host kernel directly; info only.)',
  'engine.loweredGvisor': "{finding} Lowered to info: runtime '{runtime}' is gVisor: system calls go to a user-space kernel, not straight to the host kernel.",
  'engine.loweredSandboxRuntime': "{finding} Lowered to info: runtime '{runtime}' is a sandboxed runtime: the service runs on its own guest kernel, not on the host kernel.",
  'engine.loweredHyperv': "{finding} Lowered to info: isolation 'hyperv' runs the container in its own utility VM with its own kernel.",
  // a resource finding a LimitRange of the same namespace answers: the rule's message with the pod's QoS class once
  // the defaults apply, then which LimitRange fills in what
  'engine.limitRangeSets': 'LimitRange "{limitRange}" sets the default {key} = {value}',
  'engine.helmValueUsedBy': '`{key}` used by {template}',
  'engine.qosWithDefaults': '{qos} with the LimitRange defaults',
  'engine.limitRangeDefault': '{finding} LimitRange "{limitRange}" fills in {key} = {value} for containers that set none, so this is only a note — an explicit value still documents what the container needs.',
  'engine.limitRangeDefaultIn': '{finding} LimitRange "{limitRange}" in {file} fills in {key} = {value} for containers that set none, so this is only a note — an explicit value still documents what the container needs.',
  'engine.notGuaranteedWithDefaults': '{workload} is {qos}, not Guaranteed, even with the defaults of LimitRange "{limitRange}" ({defaults}).',
  'engine.notGuaranteedWithDefaultsIn': '{workload} is {qos}, not Guaranteed, even with the defaults of LimitRange "{limitRange}" in {file} ({defaults}).',
};
