import Dispatch
import Foundation
import IGFRules

/// `check --each`: the records of a file read in batches, each batch decoded and evaluated on
/// every core, then reported in input order. Output and messages are byte for byte those of one
/// record at a time; memory stays flat (one batch at a time).
struct BatchCheck {
    let setup: RunSetup
    let runner: RuleRunner
    /// The data name each record is bound to, and its slot.
    let name: String
    let slot: Int
    let strict: Bool
    /// How many threads evaluate records: the cores (at most 8), or `IGFRULES_THREADS` (1: on the
    /// calling thread only, for comparisons in benchmarks).
    var workers = BatchCheck.defaultWorkers

    static var defaultWorkers: Int {
        if let text = ProcessInfo.processInfo.environment["IGFRULES_THREADS"], let count = Int(text), count >= 1 { return min(count, 64) }
        return max(1, min(ProcessInfo.processInfo.activeProcessorCount, 8))
    }
    /// A batch ends at this many records or this many bytes of JSON Lines, whichever comes first.
    static let batchRecords = 64
    static let batchBytes = 2 << 20
    /// The data warnings of this many records are printed; the records after them with warnings
    /// are counted in one line, so that a batch of thousands is not buried under them.
    static let warnedRecordsShown = 20

    /// A record read and bound to the schema, or the reason it could not be read.
    private enum Decoded: Sendable {
        case unreadable(Diagnostic)
        case record(Value, findings: [DataValidation.Finding])
    }

    /// Checks every record of `path`, calling `emit` for each record's results in input order
    /// (after its data warnings); returns how many records were read and how many not.
    /// A file that cannot be read as records at all (missing, not a regular file, one object
    /// spread over lines) is reported and ends the command (exit 2), as `RunSetup.forEachRecord` does.
    func run(path: String, console: Console, emit: ([SubjectResult]) -> Void) throws -> (read: Int, unreadable: Int) {
        var stream = RecordStream(path: path)
        var counts = (read: 0, unreadable: 0, warned: 0)
        var batch: [RecordStream.RawRecord] = []
        var bytes = 0
        while let raw = stream.nextRaw() {
            switch raw {
            case .line(let line, _): bytes += line.count
            case .value(_, let size): bytes += size
            case .failure(let diagnostic):
                if stream.fileFailed, counts.read == 0, batch.isEmpty {
                    console.report([diagnostic])
                    throw CommandFailure.reported
                }
            }
            batch.append(raw)
            if batch.count >= BatchCheck.batchRecords || bytes >= BatchCheck.batchBytes {
                check(batch, path: path, counts: &counts, console: console, emit: emit)
                batch.removeAll(keepingCapacity: true)
                bytes = 0
            }
        }
        check(batch, path: path, counts: &counts, console: console, emit: emit)
        if counts.warned > BatchCheck.warnedRecordsShown {
            let more = counts.warned - BatchCheck.warnedRecordsShown
            console.err("warning: \(more) more record\(more == 1 ? "" : "s") of \(path) \(more == 1 ? "has" : "have") data warnings, not shown "
                        + "(`igfrules validate` lists every malformed value and unknown field)\n")
        }
        return (counts.read, counts.unreadable)
    }

    private func check(_ batch: [RecordStream.RawRecord], path: String, counts: inout (read: Int, unreadable: Int, warned: Int), console: Console,
                       emit: ([SubjectResult]) -> Void) {
        let decoded = parallelMap(batch.count) { decode(batch[$0], path: path) }
        // Positions count the records read so far, as they would one at a time.
        var positions: [Int] = []
        positions.reserveCapacity(batch.count)
        var read = counts.read
        for item in decoded {
            if case .record = item { read += 1 }
            positions.append(read)
        }
        let numbers = positions
        let results = parallelMap(batch.count) { index -> [SubjectResult] in
            guard case .record(let value, _) = decoded[index] else { return [] }
            var data = setup.bindings.values
            data[slot] = value
            return runner.check(data: data, position: numbers[index], only: [name])
        }
        for (index, item) in decoded.enumerated() {
            switch item {
            case .unreadable(let diagnostic):
                console.report([diagnostic])
                counts.unreadable += 1
            case .record(_, let findings):
                counts.read += 1
                if !findings.isEmpty { counts.warned += 1 }
                if counts.warned <= BatchCheck.warnedRecordsShown {
                    CheckCommand.report(findings, in: "\(path), record \(positions[index])", console: console)
                }
                emit(results[index])
            }
        }
    }

    private func decode(_ raw: RecordStream.RawRecord, path: String) -> Decoded {
        let value: Value
        switch raw {
        case .failure(let diagnostic): return .unreadable(diagnostic)
        case .value(let read, _): value = read
        case .line(let line, let number):
            switch RecordStream.parse(line: line, number: number, path: path) {
            case .success(let read): value = read
            case .failure(let diagnostic): return .unreadable(diagnostic)
            }
        }
        let (conformed, findings) = setup.bindings.read(value, slot: slot, strict: strict, today: setup.today)
        return .record(conformed, findings: findings)
    }

    /// `body` of every index, in index order, computed on `workers` threads.
    /// Each thread writes its own contiguous run of indices (records are independent).
    private func parallelMap<T: Sendable>(_ count: Int, _ body: @Sendable (Int) -> T) -> [T] {
        guard workers > 1, count > 1 else { return (0..<count).map(body) }
        let workers = min(self.workers, count)
        return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            let slots = Slots(base: buffer.baseAddress!)
            let stride = (count + workers - 1) / workers
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                for index in worker * stride..<min(count, (worker + 1) * stride) {
                    (slots.base + index).initialize(to: body(index))
                }
            }
            initialized = count
        }
    }
}

/// The result buffer of `parallelMap`: every index is written by exactly one thread, and read only
/// after all of them have finished.
private struct Slots<T>: @unchecked Sendable {
    let base: UnsafeMutablePointer<T>
}
