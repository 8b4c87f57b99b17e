#include "CommitmentResize.h"

#include "document/ProjectDocument.h"
#include "document/SetEntityCommand.h"
#include "money/NumberFormat.h"

#include <QCoreApplication>

namespace hp {

QString CommitmentResize::stepText(const QString &contract, int clause, Decimal total)
{
    return QCoreApplication::translate("CommitmentResize", "Size commitment clause %1 of %2 to %3")
        .arg(clause)
        .arg(contract, NumberFormat().localized(total.toCents()));
}

QString CommitmentResize::apply(ProjectDocument *document, const QString &contract, int clause, const std::vector<Decimal> &sizedFrom,
                                const std::vector<Decimal> &yearAmounts)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("CommitmentResize", text); };
    const int row = document->rowOf<Contract>(contract);
    if (row < 0)
        return tr("contract %1 is no longer in the project").arg(contract);
    Contract edited = document->project().contracts[std::size_t(row)];
    if (clause < 1 || clause > int(edited.commitments.size()))
        return tr("contract %1 no longer has commitment clause %2").arg(contract).arg(clause);
    CommitmentClause &c = edited.commitments[std::size_t(clause - 1)];
    if (c.yearAmounts != sizedFrom || yearAmounts.size() != sizedFrom.size())
        return tr("commitment clause %1 of %2 changed since the sizing ran; run it again").arg(clause).arg(contract);
    Decimal total;
    for (const Decimal a : yearAmounts)
        total += a;
    c.yearAmounts = yearAmounts;
    if (!(edited == document->project().contracts[std::size_t(row)]))
        document->push(new SetEntityCommand<Contract>(document, row, edited, stepText(contract, clause, total)));
    return {};
}

} // namespace hp
