import Foundation
import IGFRules

/// Replaces a file's contents all at once: the new text goes to a temporary file in the same
/// folder as the file, which then takes the file's permissions and is renamed over it. Through a
/// symbolic link, the file the link leads to is replaced and the link stays. Anything that is not
/// a regular file (a device, a FIFO, a folder) is refused, never replaced. If anything fails, the
/// original is untouched and the temporary file is removed.
enum AtomicFile {
    /// Why nothing was written, in words for the message "cannot write FILE: …".
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    static func write(_ text: String, to path: String) throws(Failure) {
        let (target, existing) = try destination(of: path)
        let mode = existing.map { $0.st_mode & 0o777 }
        let folder = (target as NSString).deletingLastPathComponent
        let name = (target as NSString).lastPathComponent
        let temporary = (folder.isEmpty ? "." : folder) + "/.\(name).igfrules-\(UUID().uuidString).tmp"
        // A new file gets the usual permissions (0666 less the umask); a replaced one its own.
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode == nil ? 0o666 : 0o600)
        guard descriptor >= 0 else { throw Failure(description: reason(errno, folder: folder)) }
        var written = false
        defer {
            if !written { unlink(temporary) }
        }
        let result = CheckedOutput(descriptor: descriptor).write(text)
        let synced = fsync(descriptor) == 0
        let moded = mode.map { fchmod(descriptor, $0) == 0 } ?? true
        // The owner too, where allowed (a file replaced by root stays its owner's).
        if let existing, existing.st_uid != geteuid() || existing.st_gid != getegid() {
            _ = fchown(descriptor, existing.st_uid, existing.st_gid)
        }
        close(descriptor)
        if case .failure(let failure) = result { throw Failure(description: "\(failure)") }
        guard synced, moded else { throw Failure(description: reason(errno, folder: folder)) }
        guard rename(temporary, target) == 0 else { throw Failure(description: reason(errno, folder: folder)) }
        written = true
    }

    /// The regular file to replace (the end of any links) and its status (permissions, owner);
    /// nil for a file that does not exist yet.
    static func destination(of path: String) throws(Failure) -> (path: String, status: stat?) {
        var status = stat()
        guard stat(path, &status) == 0 else {
            switch errno {
            case ELOOP: throw Failure(description: "it is a loop of symbolic links that never reaches a file")
            case ENOENT:
                var link = stat()
                if lstat(path, &link) == 0 { throw Failure(description: "it is a symbolic link to a file that does not exist") }
                let folder = (path as NSString).deletingLastPathComponent
                guard FileAccess.kind(of: folder.isEmpty ? "." : folder) == .folder else {
                    throw Failure(description: "the folder \(folder) does not exist")
                }
                return (path, nil)
            default: throw Failure(description: reason(errno, folder: path))
            }
        }
        switch FileAccess.kind(of: path) {
        case .regularFile: break
        case .folder: throw Failure(description: "it is a folder, not a file")
        case .special(let what): throw Failure(description: "it is \(what), not a regular file, so it is not replaced")
        default: throw Failure(description: "it cannot be read")
        }
        guard let resolved = realpath(path, nil) else { throw Failure(description: reason(errno, folder: path)) }
        defer { free(resolved) }
        return (String(cString: resolved), status)
    }

    private static func reason(_ code: Int32, folder: String) -> String {
        switch code {
        case EACCES, EPERM: "permission denied (in \(folder.isEmpty ? "." : folder))"
        case ENOENT, ENOTDIR: "the folder \(folder.isEmpty ? "." : folder) does not exist"
        case ENOSPC: "the disk is full"
        case EROFS: "the disk is read-only"
        default: String(cString: strerror(code)).lowercased()
        }
    }
}
