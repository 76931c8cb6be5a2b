/// Fault injection for the pipeline's own tests of worker crashes, hangs and memory blow-ups.
///
/// Only active when the environment variable `PLAINSPEAK_TEST_FAULTS=1` is set for the build; a
/// section whose text contains `PLAINSPEAK-TEST-CRASH`, `-HANG` or `-OOM` then makes its worker
/// misbehave that way. Real eSpeak aborts need no injection (see the `"a . "` test).
/// `PLAINSPEAK-TEST-KILL-HELPER` kills the worker helper itself instead (see
/// ``WorkerServer/killMarker``); the section then renders in a fresh worker and succeeds.
enum WorkerFaults {
    static func fault(for text: String) -> String? {
        guard Environment.value("PLAINSPEAK_TEST_FAULTS") == "1" else { return nil }
        for fault in ["CRASH", "HANG", "OOM"] where text.contains("PLAINSPEAK-TEST-" + fault) {
            return fault.lowercased()
        }
        return nil
    }
}
