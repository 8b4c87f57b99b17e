#pragma once
// A project file that must be refused: the load fails with the message a user sees.
#include "StorageTestFiles.h"
#include "storage/StorageException.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <functional>

namespace hp::test {

/// Loads `path`, expects a refusal whose message starts "Cannot open '…",
/// prints the message to the test log and returns the error.
inline StorageError refusal(const QString &path)
{
    StorageError error;
    const auto loaded = StorageTestFiles::load(path, &error);
    EXPECT_FALSE(loaded.has_value()) << "the file was accepted";
    EXPECT_TRUE(error.message.startsWith(QStringLiteral("Cannot open '"))) << error.message.toStdString();
    std::printf("refused: %s\n", qPrintable(error.message));
    return error;
}

/// The StorageException `body` throws (a failure when it throws none).
inline StorageError thrownBy(const std::function<void()> &body)
{
    try {
        body();
    } catch (const StorageException &e) {
        return e.error();
    }
    ADD_FAILURE() << "no StorageException";
    return {};
}

} // namespace hp::test
