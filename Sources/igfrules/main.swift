import Foundation
import IGFRulesCLI

// The work runs on a thread with a large stack, so that deeply nested (but accepted) input
// never exhausts the main thread's smaller one.
nonisolated(unsafe) var status: Int32 = 0
let done = DispatchSemaphore(value: 0)
let worker = Thread {
    status = IGFRulesCommand.run(Array(CommandLine.arguments.dropFirst()), console: .standard())
    done.signal()
}
worker.stackSize = 512 << 20
worker.start()
done.wait()
exit(status)
