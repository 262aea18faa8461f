import Foundation
import IGFRulesCLI

// The work runs on a thread with a large stack, so that deeply nested (but accepted) input
// never exhausts the main thread's smaller one. Where the address space is capped (`ulimit -v`)
// and such a stack cannot be had, smaller ones are tried, then the main thread itself: the
// process must never wait for a thread that was not made.
nonisolated(unsafe) var status: Int32 = 0

func work() {
    status = IGFRulesCommand.run(Array(CommandLine.arguments.dropFirst()), console: .standard())
}

var attributes = pthread_attr_t()
pthread_attr_init(&attributes)
var thread = pthread_t()
var started = false
for size in [512 << 20, 64 << 20, 16 << 20] where !started {
    pthread_attr_setstacksize(&attributes, size)
    started = pthread_create(&thread, &attributes, { _ in
        work()
        return nil
    }, nil) == 0
}
if started { pthread_join(thread, nil) } else { work() }
exit(status)
