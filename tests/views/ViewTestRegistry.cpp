#include "ViewTestRegistry.h"

#include <QStringList>

#include <map>

namespace hp::viewtests {

namespace {
std::map<QString, Factory> &registry()
{
    static std::map<QString, Factory> factories; // filled by static initialisers, read in main()
    return factories;
}
} // namespace

bool registerTest(const char *name, Factory factory)
{
    registry().emplace(QString::fromLatin1(name), std::move(factory));
    return true;
}

std::unique_ptr<QObject> create(const QString &name)
{
    const auto it = registry().find(name);
    return it == registry().end() ? nullptr : it->second();
}

QStringList names()
{
    QStringList out;
    for (const auto &entry : registry())
        out << entry.first;
    return out;
}

} // namespace hp::viewtests
