#pragma once

#include <QObject>

#include <functional>
#include <memory>

// The GUI tests are Qt Test classes in one executable (test_views): each file
// registers its class with HP_VIEW_TEST(Class) instead of QTEST_MAIN, and
// ViewTestMain runs the class named by the first argument in a process of its
// own, so every class is still one ctest entry (tests/views/CMakeLists.txt).
namespace hp::viewtests {

using Factory = std::function<std::unique_ptr<QObject>()>;

/// Adds a test class under `name`; returns true (for a static initialiser).
bool registerTest(const char *name, Factory factory);

/// A new instance of the class registered under `name`, or null.
std::unique_ptr<QObject> create(const QString &name);

/// Every registered name, sorted.
QStringList names();

} // namespace hp::viewtests

#define HP_VIEW_TEST(Class)                                                                                            \
    [[maybe_unused]] static const bool hpViewTestRegistered##Class =                                                   \
        hp::viewtests::registerTest(#Class, [] { return std::unique_ptr<QObject>(new Class); });
