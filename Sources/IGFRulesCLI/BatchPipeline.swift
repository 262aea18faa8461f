import Foundation
import IGFRules

/// The batches of `check --each`, handed between threads in input order. The command's thread
/// reads the records a batch at a time (so that an over-long line is read where it always was)
/// and offers each batch; a checking thread takes it, checks it whole and hands it back; the
/// command's thread writes the batches in the order they were read. At most `depth` batches are
/// read and not yet written, so memory stays flat however far the checking threads run ahead.
///
/// The one thing a batch needs from the batches before it is how many records they read (a
/// subject without an `id` is named by its position): each batch publishes its count once
/// decoded, and the next one waits for it, so no batch waits for another to be evaluated.
final class BatchPipeline<Checked: Sendable>: @unchecked Sendable {
    /// A batch as read: its number in input order, its records, and whether the file as a whole
    /// failed at its end (then its last record is the failure).
    struct Taken: Sendable {
        let number: Int
        let records: [RecordStream.RawRecord]
        let fileFailed: Bool
    }

    /// What the command's thread does next.
    enum Step {
        /// Write this batch, the next in input order.
        case write(Checked)
        /// Read the next batch and offer it: there is room for it.
        case read
        /// Every batch is read and written.
        case done
    }

    private let condition = NSCondition()
    private let depth: Int
    private var read = 0
    private var written = 0
    private var ended = false
    private var cancelled = false
    /// The batches read and not yet taken, oldest first.
    private var offered: [Taken] = []
    /// By batch number: the records read in the batches before it, once known.
    private var readBefore: [Int: Int] = [0: 0]
    /// The batches checked and not yet written, by number.
    private var checked: [Int: Checked] = [:]

    init(depth: Int) {
        self.depth = max(1, depth)
    }

    /// The command thread's next step, once there is one (a batch checked, or room to read one).
    func nextStep() -> Step {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let batch = checked.removeValue(forKey: written) {
                written += 1
                return .write(batch)
            }
            if ended { if written == read { return .done } } else if read - written < depth { return .read }
            condition.wait()
        }
    }

    /// Offers a batch read from the stream (empty at its end: then nothing more is offered).
    func offer(_ records: [RecordStream.RawRecord], fileFailed: Bool) {
        condition.lock()
        defer { condition.unlock() }
        if !records.isEmpty {
            offered.append(Taken(number: read, records: records, fileFailed: fileFailed))
            read += 1
        }
        if records.isEmpty || fileFailed { ended = true }
        condition.broadcast()
    }

    /// The oldest batch offered and not yet taken; nil once the stream has ended and every
    /// batch is taken, or once the command has stopped.
    func take() -> Taken? {
        condition.lock()
        defer { condition.unlock() }
        while offered.isEmpty, !ended, !cancelled { condition.wait() }
        guard !cancelled, !offered.isEmpty else { return nil }
        return offered.removeFirst()
    }

    /// The records of batch `number` read before it, once the batch before it has said; says
    /// that `number` itself read `count` records.
    func readBefore(_ number: Int, reading count: Int) -> Int {
        condition.lock()
        defer { condition.unlock() }
        while readBefore[number] == nil { condition.wait() }
        let before = readBefore.removeValue(forKey: number) ?? 0
        readBefore[number + 1] = before + count
        condition.broadcast()
        return before
    }

    /// Hands back batch `number`, checked.
    func deliver(_ number: Int, _ batch: Checked) {
        condition.lock()
        checked[number] = batch
        condition.broadcast()
        condition.unlock()
    }

    /// Stops handing out batches: the command ends early.
    func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
    }
}
