import ContentModel
import Speech

/// The test process's one engine: eSpeak NG allows one per process, and Swift Testing runs tests
/// in parallel, so every test shares it (the actor serialises them).
let sharedEngine: SpeechEngine = {
    do {
        return try SpeechEngine(voice: "en-us", rateWordsPerMinute: 175)
    } catch {
        fatalError("cannot start eSpeak NG for the tests: \(error)")
    }
}()
