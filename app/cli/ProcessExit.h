#pragma once

namespace hp::cli {

/// How the CLI's process ends once its command has returned and its output
/// is flushed (docs/performance.md, "Kernel entries and the helper threads'
/// heap", item 4). Everything the
/// command wrote is complete by then: its files are closed, its temporary
/// files removed and its locks released in the command's own scope. What
/// remains is freeing memory and destroying Qt's and the C++ library's static
/// objects, which the kernel's tear-down of the address space makes moot;
/// skipping it saves about 0.4 ms of every command.
class ProcessExit {
public:
    /// Flushes the C library's streams and ends the process with `code`
    /// without running static destructors or atexit handlers (_exit). Under a
    /// sanitizer it returns instead, so that the leak check at exit still runs.
    static void now(int code);
};

} // namespace hp::cli
