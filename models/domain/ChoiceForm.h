#pragma once

#include "domain/FieldDescriptor.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace hp {

/// The TextForm of an enumeration member (docs/architecture.md
/// "Descriptors"): written by its domain toString, read by its domain parse
/// function, and refused with `Refusal` (its `%1` is the text given) when
/// the name is unknown.
template <class T, class E, E T::*Member, QString (*Format)(E), std::optional<E> (*Parse)(QStringView), const char *Refusal>
TextForm<T> choiceForm()
{
    return {[](const T &x) { return Format(x.*Member); },
            [](T &x, const QString &text) {
                if (const std::optional<E> v = Parse(text)) {
                    x.*Member = *v;
                    return QString();
                }
                return QString::fromUtf8(Refusal).arg(text);
            }};
}

/// The TextForm of a set of workload classes (`all`, `a|b`; parseClassSet),
/// refused as "<Column>: <why>".
template <class T, ClassSet T::*Member, const char *Column>
TextForm<T> classSetForm()
{
    return {[](const T &x) { return toString(x.*Member); },
            [](T &x, const QString &text) {
                QString why;
                if (auto set = parseClassSet(text, &why)) {
                    x.*Member = *set;
                    return QString();
                }
                return QStringLiteral("%1: %2").arg(QLatin1String(Column), why);
            }};
}

/// The refusal of an unknown workload class, shared by every class field.
inline constexpr char kUnknownWorkloadClass[] = "unknown workload class '%1'";

} // namespace hp
