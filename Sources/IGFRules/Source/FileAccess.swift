import Foundation

/// How rule files, includes, data files and folders are opened: only regular files are read, and
/// a FIFO, a device or a socket is refused without being opened (opening a FIFO for reading
/// blocks until something writes to it). A loop of symbolic links is named as such.
package enum FileAccess {
    /// What a path names, following symbolic links.
    package enum Kind: Equatable, Sendable {
        case regularFile
        case folder
        case missing
        /// A symbolic link that leads back to itself (`ELOOP`).
        case linkLoop
        /// Something that is neither a file nor a folder: "a FIFO (named pipe)", "a device".
        case special(String)
        case unreadable
    }

    package static func kind(of path: String) -> Kind {
        var status = stat()
        guard stat(path, &status) == 0 else {
            switch errno {
            case ENOENT, ENOTDIR: return .missing
            case ELOOP: return .linkLoop
            default: return .unreadable
            }
        }
        switch status.st_mode & S_IFMT {
        case S_IFREG: return .regularFile
        case S_IFDIR: return .folder
        case S_IFIFO: return .special("a FIFO (a named pipe)")
        case S_IFCHR, S_IFBLK: return .special("a device")
        case S_IFSOCK: return .special("a socket")
        default: return .special("not a regular file")
        }
    }

    /// Why a file cannot be read.
    package enum Problem: Error, CustomStringConvertible, Sendable, Equatable {
        case missing, isFolder, unreadable, tooLarge(Int), linkLoop, special(String), emptyPipe

        public var description: String {
            switch self {
            case .missing: "no such file"
            case .isFolder: "it is a folder, not a file"
            case .unreadable: "permission denied or not readable"
            case .tooLarge(let limit): "it is larger than \(limit >= 1 << 30 ? "\(limit >> 30) GB" : "\(limit >> 20) MB")"
            case .linkLoop: "it is a loop of symbolic links that never reaches a file"
            case .special(let what): "it is \(what), not a regular file"
            case .emptyPipe: "it is a pipe (a FIFO) and nothing was written to it"
            }
        }
    }

    /// The problem with reading `path`, or nil when it is a regular file.
    package static func problem(reading path: String) -> Problem? {
        switch kind(of: path) {
        case .regularFile: nil
        case .folder: .isFolder
        case .missing: .missing
        case .linkLoop: .linkLoop
        case .special(let what): .special(what)
        case .unreadable: .unreadable
        }
    }

    /// A regular file or a pipe opened to be read bit by bit (`--each`), or why not: a pipe is
    /// opened without waiting for a writer, then read with waiting; a device is refused unopened.
    package static func openForStreaming(_ path: String) -> (Problem?, FileHandle?) {
        guard kind(of: path) == .special("a FIFO (a named pipe)") else {
            let problem = problem(reading: path)
            return (problem, problem == nil ? FileHandle(forReadingAtPath: path) : nil)
        }
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return (errno == ELOOP ? .linkLoop : .unreadable, nil) }
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
        return (nil, FileHandle(fileDescriptor: descriptor, closeOnDealloc: true))
    }

    /// The bytes of a regular file of at most `limit` bytes. The file is opened without blocking
    /// and checked again once open, so a path swapped for a FIFO in between is refused too. With
    /// `pipes`, a pipe (`--data <(…)`, a FIFO) is read to its end as well: opening it does not
    /// wait for a writer, and one that nothing writes to is refused at once.
    package static func read(_ path: String, limit: Int, pipes: Bool = false) -> Result<[UInt8], Problem> {
        let pipe = pipes && kind(of: path) == .special("a FIFO (a named pipe)")
        if !pipe, let problem = problem(reading: path) { return .failure(problem) }
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(errno == ELOOP ? .linkLoop : .unreadable) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == (pipe ? S_IFIFO : S_IFREG) else {
            return .failure(.special("not a regular file"))
        }
        if pipe {
            // Reads now wait for what the writer sends; with no writer they end at once.
            _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
            return readAll(descriptor, limit: limit).flatMap { $0.isEmpty ? .failure(.emptyPipe) : .success($0) }
        }
        // Refused before reading when its size says so (a sparse file of 100 GB costs nothing).
        if Int(status.st_size) > limit { return .failure(.tooLarge(limit)) }
        return readAll(descriptor, limit: limit, expected: Int(status.st_size))
    }

    /// Everything `descriptor` gives, up to `limit` bytes, read straight into the array that is
    /// returned: a regular file into one array of its size (and a byte more, to see its end), a
    /// pipe into pieces that double in size.
    private static func readAll(_ descriptor: Int32, limit: Int, expected: Int = 0) -> Result<[UInt8], Problem> {
        var bytes: [UInt8] = []
        var room = min(expected, limit) + 1
        while true {
            guard let (piece, ended) = readPiece(descriptor, room: room) else { return .failure(.unreadable) }
            if bytes.isEmpty { bytes = piece } else { bytes.append(contentsOf: piece) }
            if bytes.count > limit { return .failure(.tooLarge(limit)) }
            if ended { return .success(bytes) }
            room = min(max(bytes.count, 1 << 16), limit + 1 - bytes.count)
        }
    }

    /// The bytes one `read` gives, at most `room` of them (none at the end of the file; a pipe
    /// gives what its writer has sent so far), or nil when it cannot be read.
    package static func readSome(_ descriptor: Int32, upTo room: Int) -> [UInt8]? {
        readPiece(descriptor, room: room, filling: false).map(\.0)
    }

    /// Up to `room` bytes of `descriptor` (`filling`: as many reads as it takes to fill them or
    /// reach the end; otherwise one), and whether it ended; nil when it cannot be read. The bytes
    /// are read into the array's own storage, not into zeroed memory first.
    private static func readPiece(_ descriptor: Int32, room: Int, filling: Bool = true) -> ([UInt8], ended: Bool)? {
        var failed = false, ended = false
        let piece = [UInt8](unsafeUninitializedCapacity: max(room, 1)) { buffer, count in
            while count < buffer.count {
                // Safe: `read` writes at most `buffer.count - count` bytes from `baseAddress + count`,
                // inside the capacity, and `count` covers only the bytes it wrote.
                let read = unsafe Foundation.read(descriptor, buffer.baseAddress! + count, buffer.count - count)
                if read < 0, errno == EINTR || errno == EAGAIN { continue }
                guard read > 0 else {
                    failed = read < 0
                    ended = true
                    return
                }
                count += read
                if !filling { return }
            }
        }
        return failed ? nil : (piece, ended)
    }
}
