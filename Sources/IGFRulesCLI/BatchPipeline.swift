import Foundation
import IGFRules

/// The batches of `check --each`, handed between threads in input order. The command's thread
/// reads the records a batch at a time (so that an over-long line is read where it always was)
/// and offers each batch; a checking thread takes it, checks it whole and hands it back; the
/// command's thread writes the batches in the order they were read. At most `depth` batches are
/// read and not yet written, so memory stays flat however far the checking threads run ahead; and
/// while more than one is, no more are read once what they hold (their output, or their input
/// times the output's size so far) would pass `budget` bytes: a report much larger than its
/// records (a JUnit case per rule repeating a long id) holds about one batch, as on one thread.
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
    private let budget: Int
    /// By batch number, read and not yet checked: its input bytes.
    private var inputBytes: [Int: Int] = [:]
    /// By batch number, checked and not yet written: its output bytes; and their sum.
    private var outputBytes: [Int: Int] = [:]
    private var held = 0
    /// The input and output bytes of the batches checked so far, for the ratio of the two.
    private var seenInput = 0
    private var seenOutput = 0
    private var read = 0
    private var written = 0
    private var ended = false
    /// The checking threads waiting in `take` for a batch.
    private var idle = 0
    private var cancelled = false
    /// The batches read and not yet taken, oldest first.
    private var offered: [Taken] = []
    /// By batch number: the records read in the batches before it, once known.
    private var readBefore: [Int: Int] = [0: 0]
    /// The batches checked and not yet written, by number.
    private var checked: [Int: Checked] = [:]

    init(depth: Int, budget: Int) {
        self.depth = max(1, depth)
        self.budget = budget
    }

    /// The command thread's next step, once there is one (a batch checked, or room to read one).
    func nextStep() -> Step {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let batch = checked.removeValue(forKey: written) {
                held -= outputBytes.removeValue(forKey: written) ?? 0
                written += 1
                return .write(batch)
            }
            if ended { if written == read { return .done } } else if read - written < depth, read == written || estimate() < budget { return .read }
            condition.wait()
        }
    }

    /// The bytes the batches read and not yet written hold or will: their output once checked,
    /// else their input times the output's ratio to the input so far. Before any batch is checked
    /// the ratio is not known, and the estimate is the whole budget: the first batch is read alone.
    private func estimate() -> Int {
        guard seenInput > 0 || seenOutput > 0 else { return budget }
        let waiting = inputBytes.values.reduce(0, &+)
        let ratio = Double(seenOutput) / Double(max(seenInput, 1))
        return held &+ Int(min(Double(waiting) * ratio, Double(Int.max / 2)))
    }

    /// Offers a batch read from the stream (empty at its end: then nothing more is offered), of
    /// `bytes` bytes of input.
    func offer(_ records: [RecordStream.RawRecord], bytes: Int, fileFailed: Bool) {
        condition.lock()
        defer { condition.unlock() }
        if !records.isEmpty {
            inputBytes[read] = bytes
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
        idle += 1
        while offered.isEmpty, !ended, !cancelled { condition.wait() }
        idle -= 1
        guard !cancelled, !offered.isEmpty else { return nil }
        return offered.removeFirst()
    }

    /// Whether a batch offered now would wait, every checking thread being busy: then another
    /// is worth starting.
    var allBusy: Bool {
        condition.lock()
        defer { condition.unlock() }
        return idle < offered.count
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

    /// Hands back batch `number`, checked, holding `bytes` bytes of output.
    func deliver(_ number: Int, _ batch: Checked, bytes: Int) {
        condition.lock()
        let input = inputBytes.removeValue(forKey: number) ?? 0
        (seenInput, seenOutput) = (seenInput &+ input, seenOutput &+ bytes)
        outputBytes[number] = bytes
        held &+= bytes
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
