#pragma once

#include "domain/Project.h"

#include <QByteArray>
#include <QString>

#include <map>

namespace hp {

/// The built-in demo "Frontier lab, 2026 pivot" (docs/rules.md §8), read from the
/// canonical CSVs compiled in as resources under :/demo.
class DemoPortfolio {
public:
    /// The demo project; throws std::runtime_error if the compiled-in files
    /// are missing or do not read (a build defect, caught by the tests).
    static Project load();
    /// The compiled-in canonical CSV files, keyed by file name.
    static std::map<QString, QByteArray> files();
};

} // namespace hp
