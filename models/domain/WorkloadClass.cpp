#include "WorkloadClass.h"

#include <QList>
#include <QStringList>

#include <array>
#include <utility>

namespace hp {

namespace {
constexpr std::array<std::pair<WorkloadClass, const char *>, 6> kNames{{
    {WorkloadClass::StatelessApi, "stateless_api"},
    {WorkloadClass::StatefulRuntime, "stateful_runtime"},
    {WorkloadClass::Training, "training"},
    {WorkloadClass::BatchInference, "batch_inference"},
    {WorkloadClass::Storage, "storage"},
    {WorkloadClass::Other, "other"},
}};
} // namespace

QString toString(WorkloadClass c)
{
    for (const auto &[cls, name] : kNames)
        if (cls == c)
            return QString::fromLatin1(name);
    return QStringLiteral("other");
}

std::optional<WorkloadClass> parseWorkloadClass(QStringView text)
{
    const QString t = text.trimmed().toString().toLower();
    for (const auto &[cls, name] : kNames)
        if (t == QLatin1String(name))
            return cls;
    return std::nullopt;
}

const ClassSet &allWorkloadClasses()
{
    static const ClassSet all = [] {
        ClassSet s;
        for (const auto &entry : kNames)
            s.insert(entry.first);
        return s;
    }();
    return all;
}

std::optional<ClassSet> parseClassSet(QStringView text, QString *error)
{
    const QStringView t = text.trimmed();
    if (t.isEmpty() || t.compare(QLatin1String("all"), Qt::CaseInsensitive) == 0)
        return allWorkloadClasses();
    ClassSet out;
    for (QStringView part : t.split(u'|')) {
        auto c = parseWorkloadClass(part);
        if (!c) {
            if (error)
                *error = QStringLiteral("unknown workload class '%1'").arg(part.trimmed().toString());
            return std::nullopt;
        }
        out.insert(*c);
    }
    return out;
}

QString toString(const ClassSet &set)
{
    if (set == allWorkloadClasses())
        return QStringLiteral("all");
    QStringList parts;
    for (WorkloadClass c : set)
        parts << toString(c);
    return parts.join(QLatin1Char('|'));
}

} // namespace hp
