import Foundation

/// Bytes written now and read back once, in order, at the end: a report whose summary comes
/// first keeps its subjects' sections here. Up to `limit` bytes stay in memory; past that they
/// move to a temporary file in `folder`, which is unlinked as soon as it is made, so that nothing
/// is left behind however the process ends (an error, a signal, a crash). Memory stays flat
/// whatever the batch. Without a folder, everything stays in memory.
package final class SpilledBytes {
    /// The bytes not yet moved to the file: append to them, then call `settle`. No run-time
    /// exclusivity check (reports write here through `&bytes` for every row): the class is not
    /// `Sendable`, so one thread has it, and no writer reads `bytes` while it appends to it.
    @exclusivity(unchecked) package var bytes: [UInt8] = []
    private let folder: String?
    private let limit: Int
    private var descriptor: Int32 = -1
    /// The first thing that went wrong; the bytes after it are dropped.
    package private(set) var failure: SpillFailure?

    /// Whether some bytes have moved to the temporary file.
    package var isSpilled: Bool { descriptor >= 0 }

    package init(_ settings: SpillSettings) {
        folder = settings.folder
        limit = max(0, settings.limit)
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }

    /// Moves the bytes to the temporary file once there are more than `limit` of them.
    package func settle() {
        guard bytes.count > limit, let folder else { return }
        defer { bytes.removeAll(keepingCapacity: true) }
        guard failure == nil else { return }
        if descriptor < 0 {
            switch SpilledBytes.create(in: folder) {
            case .success(let created): descriptor = created
            case .failure(let failed):
                failure = failed
                return
            }
        }
        if let code = SpilledBytes.write(bytes, to: descriptor) { failure = SpillFailure(folder: folder, stage: .writing, code: code) }
    }

    /// Passes every byte written, in order, to `emit`, at most `chunk` at a time, and empties the
    /// store. Throws, before passing anything, when a write has failed; when reading back fails,
    /// after passing what could be read.
    package func drain(chunk: Int = 1 << 16, _ emit: ([UInt8]) -> Void) throws(SpillFailure) {
        if let failure { throw failure }
        if descriptor >= 0 {
            defer {
                close(descriptor)
                descriptor = -1
            }
            guard lseek(descriptor, 0, SEEK_SET) == 0 else { throw SpillFailure(folder: folder ?? "", stage: .reading, code: errno) }
            var buffer = [UInt8](repeating: 0, count: max(1, chunk))
            while true {
                let count = buffer.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, $0.count) }
                if count < 0 {
                    if errno == EINTR { continue }
                    throw SpillFailure(folder: folder ?? "", stage: .reading, code: errno)
                }
                if count == 0 { break }
                emit(count == buffer.count ? buffer : Array(buffer[0..<count]))
            }
        }
        if !bytes.isEmpty { emit(bytes) }
        bytes = []
    }

    /// A new temporary file in `folder`, already unlinked, open for reading and writing.
    private static func create(in folder: String) -> Result<Int32, SpillFailure> {
        let base = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        var template = Array((base + "/igfrules-report-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { return .failure(SpillFailure(folder: folder, stage: .creating, code: errno)) }
        _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
        _ = template.withUnsafeBufferPointer { unlink($0.baseAddress!) }
        return .success(descriptor)
    }

    /// Writes every byte, retrying after interruptions and partial writes; `errno` when it fails.
    private static func write(_ bytes: [UInt8], to descriptor: Int32) -> Int32? {
        bytes.withUnsafeBytes { buffer -> Int32? in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR || errno == EAGAIN { continue }
                    return errno
                }
                offset += written
            }
            return nil
        }
    }
}

/// Where `SpilledBytes` keeps what is past its limit.
package struct SpillSettings: Sendable {
    /// The folder of the temporary file; nil keeps everything in memory.
    package var folder: String?
    /// How many bytes stay in memory before they move to the file.
    package var limit: Int

    package init(folder: String?, limit: Int = SpillSettings.defaultLimit) {
        self.folder = folder
        self.limit = limit
    }

    /// Everything in memory.
    package static let inMemory = SpillSettings(folder: nil)
    /// 64 KB: a few subjects' tables stay in memory (and one subject makes no file); memory stays flat.
    package static let defaultLimit = 1 << 16
}

/// Why the temporary file of a report could not be made, written or read back.
package struct SpillFailure: Error, Sendable, CustomStringConvertible, Equatable {
    package enum Stage: Sendable, Equatable {
        case creating, writing, reading
    }

    package let folder: String
    package let stage: Stage
    /// `errno`.
    package let code: Int32

    private static func isFolder(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
    }

    package var description: String {
        let what = switch stage {
        case .creating: "no temporary file could be made in \(folder)"
        case .writing: "its temporary file in \(folder) could not be written"
        case .reading: "its temporary file in \(folder) could not be read back"
        }
        let reason = switch code {
        // A folder such as /proc exists but refuses new files with the same error as a missing one.
        case ENOENT: SpillFailure.isFolder(folder) ? "files cannot be made there" : "there is no such folder"
        case ENOTDIR: "it is not a folder"
        case EACCES, EPERM: "permission denied"
        case ENOSPC: "the disk is full"
        case EDQUOT: "the disk quota is used up"
        case EROFS: "the disk is read-only"
        default: String(cString: strerror(code)).lowercased()
        }
        return "the report keeps the subjects' sections in a temporary file until its summary is written, and "
            + "\(what) (\(reason)); set TMPDIR to a folder with free space that you can write to"
    }
}
