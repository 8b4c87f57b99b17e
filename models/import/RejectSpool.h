#pragma once

#include "csv/ImportError.h"

#include <QString>
#include <QTemporaryFile>

#include <memory>
#include <mutex>

namespace hp {

/// Every reject of an import written as it comes, in RejectReport's CSV form,
/// to a temporary file (issue 16): the plan keeps only the first rejects in
/// memory, the spool has them all for the CLI's `--rejects` and the wizard's
/// "Save rejects as CSV…". A file that turns out to be refused as a whole takes
/// its rejects back (mark(), rollback()). Thread-safe.
class RejectSpool {
public:
    RejectSpool();
    /// False (with the reason) when the temporary file cannot be created.
    bool isOpen(QString *error = nullptr) const;
    void add(const ImportError &reject);
    /// Appends what `other` holds (the rejects of a chunk read in parallel).
    void append(RejectSpool &other);
    qint64 count() const;
    /// A point to come back to: the rejects written so far.
    struct Mark {
        qint64 bytes = 0;
        qint64 count = 0;
    };
    Mark mark() const;
    /// Forgets the rejects written after `mark`.
    void rollback(const Mark &mark);
    /// Writes RejectReport's CSV (header and every reject) to `path`, atomically.
    bool write(const QString &path, QString *error) const;

private:
    mutable std::mutex m_mutex;
    std::unique_ptr<QTemporaryFile> m_file;
    qint64 m_count = 0;
};

} // namespace hp
