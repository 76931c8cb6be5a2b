import Dispatch
import Pipeline

#if canImport(Glibc)
    import Glibc
#endif

/// The program's entry point: synchronous, so that the worker helper can start before anything
/// starts a thread (an async `main` runs on Swift concurrency's executor). The helper then forks
/// one child per section, which is only safe from a single-threaded process; see ``WorkerServer``.
@main
enum Main {
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if arguments.first == WorkerServer.commandName {
            WorkerServer.serve(arguments: Array(arguments.dropFirst()))
        }
        Task.detached {
            await PlainSpeak.main()
            exit(0)
        }
        dispatchMain()
    }
}
