import Dispatch
import Foundation
import IGFRules

/// `check --each`: the records of a file read in batches, each batch decoded and evaluated on
/// every core while the batch before it is reported, in input order. Output and messages are
/// byte for byte those of one record at a time; memory stays flat (two batches at a time).
struct BatchCheck {
    let setup: RunSetup
    let runner: RuleRunner
    /// The data name each record is bound to, and its slot.
    let name: String
    let slot: Int
    let strict: Bool
    /// How many threads evaluate records: the cores (at most 8), or `IGFRULES_THREADS` (1: on the
    /// calling thread only, one batch at a time, for comparisons in benchmarks).
    var workers = BatchCheck.defaultWorkers

    static var defaultWorkers: Int {
        if let text = ProcessInfo.processInfo.environment["IGFRULES_THREADS"], let count = Int(text), count >= 1 { return min(count, 64) }
        return max(1, min(ProcessInfo.processInfo.activeProcessorCount, 8))
    }
    /// A batch ends at this many records or this many bytes of JSON Lines, whichever comes first.
    static let batchRecords = 32
    static let batchBytes = 2 << 20
    /// A record read and bound to the schema, or the reason it could not be read.
    private enum Decoded: Sendable {
        case unreadable(Diagnostic)
        case record(Value, findings: [DataValidation.Finding])
    }

    /// A record as reported: its data warnings, or why it could not be read (the record itself
    /// is dropped once checked, so that a batch waiting to be reported holds only its results).
    private enum Read: Sendable {
        case unreadable(Diagnostic)
        case record(findings: [DataValidation.Finding])
        /// A record that is `null`: nothing in it is checked.
        case null
    }

    /// A batch decoded and checked, ready to be reported: each record as read, and its results.
    private struct Checked: Sendable {
        var read: [Read] = []
        var results: [[SubjectResult]] = []
        /// The position of each record among the records read so far (as one at a time).
        var positions: [Int] = []
    }

    /// What is reported so far.
    private struct Counts {
        var read = 0, unreadable = 0
        var warnings: RecordWarnings
    }

    /// Checks every record of `path`, calling `emit` for each record's results in input order
    /// (after its data warnings); returns how many records were read and how many not.
    /// A file that cannot be read as records at all (missing, not a regular file, one object
    /// spread over lines) is reported and ends the command (exit 2), as `RunSetup.forEachRecord` does.
    func run(path: String, console: Console, emit: ([SubjectResult]) -> Void) throws -> (read: Int, unreadable: Int) {
        var stream = RecordStream(path: path)
        var counts = Counts(warnings: RecordWarnings(path: path))
        var pending: Checked?
        /// The records read in the batches checked so far (reported or pending).
        var readSoFar = 0
        while true {
            let batch = nextBatch(&stream)
            if case .failure(let diagnostic) = batch.last, stream.fileFailed, readSoFar == 0, batch.count == 1 {
                if let pending { report(pending, path: path, counts: &counts, console: console, emit: emit) }
                console.report([diagnostic])
                throw CommandFailure.reported
            }
            if batch.isEmpty { break }
            // The batch is checked on the other threads while the one before it is reported here.
            let readBefore = readSoFar
            let checked = overlapping({ if let pending { report(pending, path: path, counts: &counts, console: console, emit: emit) } }) {
                check(batch, path: path, readBefore: readBefore)
            }
            readSoFar = checked.positions.last ?? readSoFar
            pending = checked
        }
        if let pending { report(pending, path: path, counts: &counts, console: console, emit: emit) }
        counts.warnings.finish(console: console)
        return (counts.read, counts.unreadable)
    }

    /// The next records of the stream, up to `batchRecords` or `batchBytes`; a failure of the whole
    /// file ends the batch (it is the stream's last record).
    private func nextBatch(_ stream: inout RecordStream) -> [RecordStream.RawRecord] {
        var batch: [RecordStream.RawRecord] = []
        var bytes = 0
        while batch.count < BatchCheck.batchRecords, bytes < BatchCheck.batchBytes, let raw = stream.nextRaw() {
            switch raw {
            case .line(let line, _): bytes += line.count
            case .value(_, let size): bytes += size
            case .failure: if stream.fileFailed { return batch + [raw] }
            }
            batch.append(raw)
        }
        return batch
    }

    /// `work`'s result, computed on another thread while `meanwhile` runs on this one (both here,
    /// one after the other, with one worker).
    private func overlapping<T: Sendable>(_ meanwhile: () -> Void, _ work: @escaping @Sendable () -> T) -> T {
        guard workers > 1 else {
            meanwhile()
            return work()
        }
        let result = ResultBox<T>()
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) { result.value = work() }
        meanwhile()
        group.wait()
        return result.value!
    }

    /// Decodes and checks the records of a batch on every core; `readBefore` records were read
    /// in the batches before it.
    private func check(_ batch: [RecordStream.RawRecord], path: String, readBefore: Int) -> Checked {
        var checked = Checked()
        let decoded = parallelMap(batch.count) { decode(batch[$0], path: path) }
        // Positions count the records read so far, as they would one at a time.
        checked.positions.reserveCapacity(batch.count)
        checked.read.reserveCapacity(batch.count)
        var read = readBefore
        for item in decoded {
            switch item {
            case .unreadable(let diagnostic): checked.read.append(.unreadable(diagnostic))
            case .record(let value, let findings):
                read += 1
                checked.read.append(value.isMissing ? .null : .record(findings: findings))
            }
            checked.positions.append(read)
        }
        let positions = checked.positions
        checked.results = parallelMap(batch.count) { index -> [SubjectResult] in
            guard case .record(let value, _) = decoded[index] else { return [] }
            var data = setup.bindings.values
            data[slot] = value
            return runner.check(data: data, position: positions[index], only: [name])
        }
        return checked
    }

    /// Reports a checked batch: each record's data warnings (or why it could not be read), then its results.
    private func report(_ checked: Checked, path: String, counts: inout Counts, console: Console, emit: ([SubjectResult]) -> Void) {
        for (index, item) in checked.read.enumerated() {
            switch item {
            case .unreadable(let diagnostic):
                console.report([diagnostic])
                counts.unreadable += 1
            case .record(let findings):
                counts.read += 1
                counts.warnings.report(findings, record: checked.positions[index], console: console)
                emit(checked.results[index])
            case .null:
                counts.read += 1
                counts.warnings.reportNull(record: checked.positions[index], console: console)
                emit(checked.results[index])
            }
        }
    }

    private func decode(_ raw: RecordStream.RawRecord, path: String) -> Decoded {
        let value: Value
        switch raw {
        case .failure(let diagnostic): return .unreadable(diagnostic)
        case .value(let read, _): value = read
        case .line(let line, let number):
            switch setup.bindings.read(line: line, number: number, path: path, slot: slot, strict: strict, today: setup.today) {
            case .success(let (conformed, findings)): return .record(conformed, findings: findings)
            case .failure(let diagnostic): return .unreadable(diagnostic)
            }
        }
        let (conformed, findings) = setup.bindings.read(value, slot: slot, strict: strict, today: setup.today)
        return .record(conformed, findings: findings)
    }

    /// `body` of every index, in index order, computed on `workers` threads, each taking the next
    /// index as it finishes one (records differ in cost).
    private func parallelMap<T: Sendable>(_ count: Int, _ body: @Sendable (Int) -> T) -> [T] {
        guard workers > 1, count > 1 else { return (0..<count).map(body) }
        return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            let slots = Slots(base: buffer.baseAddress!)
            let next = NextIndex()
            DispatchQueue.concurrentPerform(iterations: min(workers, count)) { _ in
                while let index = next.take(below: count) { (slots.base + index).initialize(to: body(index)) }
            }
            initialized = count
        }
    }
}

/// The next index of `parallelMap` to compute, shared by its threads.
private final class NextIndex: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0

    /// The next index, or nil once every index below `count` is taken.
    func take(below count: Int) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < count else { return nil }
        next += 1
        return next - 1
    }
}

/// The result buffer of `parallelMap`: every index is written by exactly one thread, and read only
/// after all of them have finished.
private struct Slots<T>: @unchecked Sendable {
    let base: UnsafeMutablePointer<T>
}

/// The result of `overlapping`'s work: written by one thread, read after the group it ran in is waited for.
private final class ResultBox<T>: @unchecked Sendable {
    var value: T?
}
