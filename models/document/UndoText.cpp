#include "UndoText.h"

#include <QCoreApplication>

namespace hp {

QString UndoText::set(const QString &field, const QString &entity, const QString &value)
{
    return QCoreApplication::translate("hp::UndoText", "Set %1 of %2 to %3").arg(field, entity, value);
}

QString UndoText::fieldName(const QString &title)
{
    if (title.size() < 2 || !title[0].isUpper() || title[1].isUpper())
        return title;
    return title[0].toLower() + title.mid(1);
}

QString UndoText::quoted(const QString &name)
{
    return u'"' + name + u'"';
}

} // namespace hp
