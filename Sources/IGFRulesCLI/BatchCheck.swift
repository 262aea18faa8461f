import Dispatch
import Foundation
import IGFRules

/// `check --each`: the records of a file read in batches, each batch decoded, checked and
/// reported (counted and rendered, by a `RecordReporter`) on one of the checking threads, and
/// written here in input order (`BatchPipeline`). Output and messages are byte for byte those of
/// one record at a time; memory stays flat (a few batches at a time).
struct BatchCheck {
    let setup: RunSetup
    let runner: RuleRunner
    /// The data name each record is bound to, and its slot.
    let name: String
    let slot: Int
    let strict: Bool
    /// How many threads check records: the cores (at most 8), or `IGFRULES_THREADS` (1: on the
    /// calling thread only, one batch at a time, for comparisons in benchmarks).
    var workers = BatchCheck.defaultWorkers

    static var defaultWorkers: Int {
        if let text = ProcessInfo.processInfo.environment["IGFRULES_THREADS"], let count = Int(text), count >= 1 { return min(count, 64) }
        return max(1, min(ProcessInfo.processInfo.activeProcessorCount, 8))
    }
    /// A batch ends at this many records or this many bytes of JSON Lines, whichever comes first.
    static let batchRecords = 32
    static let batchBytes = 2 << 20
    /// How many bytes of reports the batches read and not yet written may hold before no more
    /// are read (`BatchPipeline`): far more than ordinary records need.
    static let heldBytes = 16 << 20
    /// A record read and bound to the schema, or the reason it could not be read.
    private enum Decoded {
        case unreadable(Diagnostic)
        case record(Value, findings: [DataValidation.Finding])
    }

    /// A record as written: its data warnings, or why it could not be read, and its report.
    private enum Read<Report: Sendable>: Sendable {
        case unreadable(Diagnostic)
        case record(findings: [DataValidation.Finding], Report)
        /// A record that is `null`: nothing in it is checked.
        case null(Report)
    }

    /// A batch decoded, checked and reported, ready to be written.
    private struct Checked<Reporter: RecordReporter>: Sendable {
        var read: [Read<Reporter.Report>] = []
        /// The position of each record among the records read so far (as one at a time).
        var positions: [Int] = []
        /// What the batch adds to the run's totals.
        var tally: Reporter.Tally?
        /// The file as a whole could not be read, and this batch holds only why.
        var fileFailure: Diagnostic?
    }

    /// What is written so far.
    private struct Counts {
        var read = 0, unreadable = 0
        var warnings: RecordWarnings
    }

    /// Checks every record of `path`: each checking thread makes its reporter with `makeReporter`,
    /// and `emit` is called here with each record's report in input order (after its data
    /// warnings), `tally` with each batch's; returns how many records were read and how many not.
    /// A file that cannot be read as records at all (missing, not a regular file, one object
    /// spread over lines) is reported and ends the command (exit 2), as `RunSetup.forEachRecord` does.
    func run<Reporter: RecordReporter>(path: String, console: Console, makeReporter: @escaping @Sendable () -> Reporter,
                                       emit: (Reporter.Report) -> Void, tally: (Reporter.Tally) -> Void) throws -> (read: Int, unreadable: Int) {
        let pipeline = BatchPipeline<Checked<Reporter>>(depth: 2 * workers, budget: BatchCheck.heldBytes)
        var stream = RecordStream(path: path)
        var counts = Counts(warnings: RecordWarnings(path: path))
        let group = DispatchGroup()
        var started = 0
        /// A checking thread, started when a batch would wait for one: a file of one batch needs one,
        /// and a report that holds so much that one batch at a time is read needs few.
        func startWorker() {
            started += 1
            DispatchQueue.global().async(group: group) {
                var reporter = makeReporter()
                while let batch = pipeline.take() { deliver(check(batch, path: path, pipeline: pipeline, reporter: &reporter), of: batch, to: pipeline) }
            }
        }
        // With one worker, each batch is checked here as soon as it is read.
        var reporter = workers > 1 ? nil : makeReporter()
        defer {
            pipeline.cancel()
            group.wait()
        }
        loop: while true {
            switch pipeline.nextStep() {
            case .done: break loop
            case .read:
                let (records, bytes, fileFailed) = nextBatch(&stream)
                pipeline.offer(records, bytes: bytes, fileFailed: fileFailed)
                if reporter == nil, started < workers, !records.isEmpty, pipeline.allBusy { startWorker() }
                if reporter != nil, let batch = pipeline.take() { deliver(check(batch, path: path, pipeline: pipeline, reporter: &reporter!), of: batch, to: pipeline) }
            case .write(let checked):
                if let failure = checked.fileFailure {
                    console.report([failure])
                    throw CommandFailure.reported
                }
                if let batchTally = checked.tally { tally(batchTally) }
                write(checked, path: path, counts: &counts, console: console, emit: emit)
            }
        }
        counts.warnings.finish(console: console)
        return (counts.read, counts.unreadable)
    }

    /// The next records of the stream, up to `batchRecords` or `batchBytes`; a failure of the
    /// whole file ends the batch (it is the stream's last record).
    private func nextBatch(_ stream: inout RecordStream) -> (records: [RecordStream.RawRecord], bytes: Int, fileFailed: Bool) {
        var batch: [RecordStream.RawRecord] = []
        var bytes = 0
        while batch.count < BatchCheck.batchRecords, bytes < BatchCheck.batchBytes, let raw = stream.nextRaw() {
            switch raw {
            case .line(let line, _): bytes += line.count
            case .value(_, let size): bytes += size
            case .failure: if stream.fileFailed { return (batch + [raw], bytes, true) }
            }
            batch.append(raw)
        }
        return (batch, bytes, false)
    }

    /// Hands a checked batch back to the pipeline, with the bytes its reports hold.
    private func deliver<Reporter: RecordReporter>(_ checked: Checked<Reporter>, of batch: BatchPipeline<Checked<Reporter>>.Taken,
                                                   to pipeline: BatchPipeline<Checked<Reporter>>) {
        var bytes = 0
        for item in checked.read {
            switch item {
            case .unreadable: break
            case .record(_, let report), .null(let report): bytes &+= Reporter.bytes(of: report)
            }
        }
        pipeline.deliver(batch.number, checked, bytes: bytes)
    }

    /// Decodes, checks and reports the records of a batch, on the calling thread.
    private func check<Reporter: RecordReporter>(_ batch: BatchPipeline<Checked<Reporter>>.Taken, path: String,
                                                 pipeline: BatchPipeline<Checked<Reporter>>, reporter: inout Reporter) -> Checked<Reporter> {
        let decoded = batch.records.map { decode($0, path: path) }
        var readable = 0
        for item in decoded { if case .record = item { readable += 1 } }
        // Positions count the records read so far, as they would one at a time.
        var read = pipeline.readBefore(batch.number, reading: readable)
        var checked = Checked<Reporter>()
        if batch.fileFailed, read == 0, batch.records.count == 1, case .unreadable(let diagnostic) = decoded[0] {
            checked.fileFailure = diagnostic
            return checked
        }
        checked.positions.reserveCapacity(decoded.count)
        checked.read.reserveCapacity(decoded.count)
        // One copy of the bound data for the batch, each record put in its slot in turn.
        var data = setup.bindings.values
        let only: Set<String> = [name]
        for item in decoded {
            switch item {
            case .unreadable(let diagnostic):
                checked.positions.append(read)
                checked.read.append(.unreadable(diagnostic))
            case .record(let value, let findings):
                read += 1
                checked.positions.append(read)
                data[slot] = value
                let report = reporter.report(runner.check(data: data, position: read, only: only))
                checked.read.append(value.isMissing ? .null(report) : .record(findings: findings, report))
            }
        }
        checked.tally = reporter.takeTally()
        return checked
    }

    /// Writes a checked batch: each record's data warnings (or why it could not be read), then its report.
    private func write<Reporter: RecordReporter>(_ checked: Checked<Reporter>, path: String, counts: inout Counts, console: Console,
                                                 emit: (Reporter.Report) -> Void) {
        for (index, item) in checked.read.enumerated() {
            switch item {
            case .unreadable(let diagnostic):
                console.report([diagnostic])
                counts.unreadable += 1
            case .record(let findings, let report):
                counts.read += 1
                counts.warnings.report(findings, record: checked.positions[index], console: console)
                emit(report)
            case .null(let report):
                counts.read += 1
                counts.warnings.reportNull(record: checked.positions[index], console: console)
                emit(report)
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
}
