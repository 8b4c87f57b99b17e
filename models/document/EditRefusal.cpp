#include "EditRefusal.h"

#include <QCoreApplication>

namespace hp {

bool EditRefusal::refuse(const QModelIndex &index, const QString &field, const QString &typed, const QString &reason)
{
    m_index = index;
    const QString t = typed.trimmed();
    m_message = t.isEmpty() ? QCoreApplication::translate("hp::EditRefusal", "%1: %2").arg(field, reason)
                            : QCoreApplication::translate("hp::EditRefusal", "%1: “%2” refused — %3").arg(field, t, reason);
    return false;
}

void EditRefusal::clear()
{
    m_index = QPersistentModelIndex();
    m_message.clear();
}

QVariant EditRefusal::at(const QModelIndex &index) const
{
    return index.isValid() && QModelIndex(m_index) == index ? m_message : QString();
}

} // namespace hp
