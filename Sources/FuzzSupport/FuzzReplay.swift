import Foundation

/// Runs a fuzz target's entry point on files given on the command line, so that an input the
/// fuzzer saved (a crash, a slow input) can be replayed in a normal build and a debugger.
public enum FuzzReplay {
    public static func run(_ target: (UnsafePointer<UInt8>, Int) -> Int32) {
        let paths = CommandLine.arguments.dropFirst()
        if paths.isEmpty {
            print("usage: \(CommandLine.arguments[0]) INPUT-FILE...   (replays fuzzer inputs; build with scripts/fuzz.sh to fuzz)")
        }
        for path in paths {
            guard let data = FileManager.default.contents(atPath: path) else {
                print("cannot read \(path)")
                continue
            }
            let bytes = [UInt8](data) + [0]
            _ = bytes.withUnsafeBufferPointer { target($0.baseAddress!, data.count) }
            print("ok \(path)")
        }
    }
}
