// The clause forms: each kind lays out its own fields, validates them and
// hands back the edited clause only when every field reads.
#include "ViewTestRegistry.h"
#include "editors/ClassPicker.h"
#include "editors/ClauseFormDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QtTest>

namespace {

/// The line edit of the form row labelled `label`.
QLineEdit *field(QDialog &dialog, const QString &label)
{
    auto *form = dialog.findChild<QFormLayout *>();
    for (int row = 0; row < form->rowCount(); ++row) {
        auto *l = qobject_cast<QLabel *>(form->itemAt(row, QFormLayout::LabelRole) ? form->itemAt(row, QFormLayout::LabelRole)->widget() : nullptr);
        if (l && l->text() == label)
            return qobject_cast<QLineEdit *>(form->itemAt(row, QFormLayout::FieldRole)->widget());
    }
    return nullptr;
}

hp::Decimal D(const char16_t *s)
{
    return hp::Decimal::fromString(QStringView(s));
}

} // namespace

class ClauseFormTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void revenueShareFormEditsRateCapAndSunset()
    {
        hp::RevenueShareClause share{D(u"20"), hp::YearMonth(2026, 1), hp::YearMonth(2030, 12), hp::allWorkloadClasses(),
                                     hp::PlacementScope::Any, D(u"38000000000"), std::nullopt};
        hp::ClauseFormDialog dialog(share);
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Revenue share"));
        QLineEdit *rate = field(dialog, QStringLiteral("Rate %"));
        QVERIFY(rate);
        QCOMPARE(rate->text(), QStringLiteral("20"));
        rate->setText(QStringLiteral("15"));
        field(dialog, QStringLiteral("Sunset"))->setText(QStringLiteral("2029-06"));
        field(dialog, QStringLiteral("Total cap (empty: none)"))->clear();
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const auto &edited = std::get<hp::RevenueShareClause>(dialog.clause());
        QCOMPARE(edited.ratePct, D(u"15"));
        QCOMPARE(edited.sunset, hp::YearMonth(2029, 6));
        QVERIFY(!edited.capTotal.has_value());
    }

    void commitmentFormReadsTheYearlyRampAndRefusesABadYear()
    {
        hp::CommitmentClause commitment;
        commitment.yearAmounts = {D(u"100"), D(u"200")};
        commitment.discountPct = D(u"10");
        hp::ClauseFormDialog dialog(commitment);
        auto *ramp = dialog.findChild<QTableWidget *>();
        QVERIFY(ramp);
        QCOMPARE(ramp->rowCount(), 2);
        ramp->item(1, 0)->setText(QStringLiteral("two hundred"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        const auto labels = dialog.findChildren<QLabel *>();
        const bool explained = std::any_of(labels.begin(), labels.end(), [](QLabel *l) { return l->text().startsWith(QStringLiteral("year 2: ")); });
        QVERIFY(explained);
        ramp->item(1, 0)->setText(QStringLiteral("250"));
        dialog.findChild<hp::ClassPicker *>()->setClasses({hp::WorkloadClass::Training});
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const auto &edited = std::get<hp::CommitmentClause>(dialog.clause());
        QCOMPARE(edited.yearAmounts, (std::vector<hp::Decimal>{D(u"100"), D(u"250")}));
        QVERIFY(edited.eligibleClasses == hp::ClassSet{hp::WorkloadClass::Training});
        QCOMPARE(edited.discountPct, D(u"10"));
    }

    void commitmentDiscountRefusesABadValueAndMayBeLeftEmpty()
    {
        hp::CommitmentClause commitment;
        commitment.yearAmounts = {D(u"100")};
        commitment.discountPct = D(u"10");
        hp::ClauseFormDialog dialog(commitment);
        QLineEdit *discount = field(dialog, QStringLiteral("Discount %"));
        QVERIFY(discount);
        auto problem = [&dialog] {
            const QLabel *l = dialog.findChild<QLabel *>(QStringLiteral("problem"));
            return l && l->isVisibleTo(&dialog) ? l->text() : QString();
        };
        discount->clear();
        QTest::keyClicks(discount, QStringLiteral("150"));
        QCOMPARE(discount->text(), QStringLiteral("150")); // every keystroke kept
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(problem(), QStringLiteral("Discount %: a percentage between 0 and 100"));
        QCOMPARE(std::get<hp::CommitmentClause>(dialog.clause()).discountPct, std::optional<hp::Decimal>(D(u"10"))); // unchanged
        // Empty: no discount given (§6.1 rev 2), stored as empty, not as 0.
        discount->clear();
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!std::get<hp::CommitmentClause>(dialog.clause()).discountPct.has_value());
        // And an empty discount opens as an empty field.
        hp::CommitmentClause none;
        none.yearAmounts = {D(u"100")};
        hp::ClauseFormDialog reopened(none);
        QCOMPARE(field(reopened, QStringLiteral("Discount %"))->text(), QString());
    }

    void classificationAsksForPBreachOnlyWhenContested()
    {
        hp::ClassificationClause c{hp::WorkloadClass::StatefulRuntime, hp::Coverage::Yes, {}};
        hp::ClauseFormDialog dialog(c);
        QLineEdit *p = field(dialog, QStringLiteral("p(breach) % when contested"));
        QVERIFY(!p->isEnabled());
        auto *covered = dialog.findChildren<QComboBox *>().at(1);
        covered->setCurrentText(QStringLiteral("contested"));
        QVERIFY(p->isEnabled());
        p->setText(QStringLiteral("35"));
        dialog.accept();
        const auto &edited = std::get<hp::ClassificationClause>(dialog.clause());
        QVERIFY(edited.covered == hp::Coverage::Contested);
        QCOMPARE(edited.pBreachPct, D(u"35"));
    }

    void classificationTakesTheSettlementOfferAsTypedOrEmptyAndRefusesANegativeOne()
    {
        hp::ClassificationClause c{hp::WorkloadClass::StatefulRuntime, hp::Coverage::Contested, D(u"40"), D(u"5000000000")};
        hp::ClauseFormDialog dialog(c);
        QLineEdit *offer = field(dialog, QStringLiteral("Settlement offer (empty: none)"));
        QVERIFY(offer);
        QCOMPARE(offer->text(), QStringLiteral("5000000000"));
        offer->clear();
        QTest::keyClicks(offer, QStringLiteral("-1"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("problem"))->text(),
                 QStringLiteral("Settlement offer (empty: none): must not be negative"));
        offer->setText(QStringLiteral("4500000000.5"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(std::get<hp::ClassificationClause>(dialog.clause()).settlementAmount, std::optional<hp::Decimal>(D(u"4500000000.5")));

        // Empty is "no offer", never 0; an offer on a class that is not contested is
        // kept as given (validation warns that it is not used).
        hp::ClassificationClause covered{hp::WorkloadClass::StatefulRuntime, hp::Coverage::Yes, {}, std::nullopt};
        hp::ClauseFormDialog second(covered);
        QLineEdit *none = field(second, QStringLiteral("Settlement offer (empty: none)"));
        QCOMPARE(none->text(), QString());
        second.accept();
        QVERIFY(!std::get<hp::ClassificationClause>(second.clause()).settlementAmount.has_value());
        hp::ClauseFormDialog third(covered);
        field(third, QStringLiteral("Settlement offer (empty: none)"))->setText(QStringLiteral("100"));
        third.accept();
        QCOMPARE(std::get<hp::ClassificationClause>(third.clause()).settlementAmount, std::optional<hp::Decimal>(D(u"100")));
    }

    void commitmentTiersAreEditedAscendingAndRefusedWithTheirReason()
    {
        hp::CommitmentClause c;
        c.yearAmounts = {D(u"50000000000")};
        c.tiers = {{D(u"20000000000"), D(u"5")}, {D(u"35000000000"), D(u"8")}};
        hp::ClauseFormDialog dialog(c);
        auto *tiers = dialog.findChild<QTableWidget *>(QStringLiteral("tiers"));
        QVERIFY(tiers);
        QCOMPARE(tiers->rowCount(), 2);
        QCOMPARE(tiers->item(1, 0)->text(), QStringLiteral("35000000000"));
        QCOMPARE(tiers->item(1, 1)->text(), QStringLiteral("8"));
        auto problem = [&dialog] { return dialog.findChild<QLabel *>(QStringLiteral("problem"))->text(); };

        // A third tier below the second: refused, named, nothing taken.
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("addTier")), Qt::LeftButton);
        QCOMPARE(tiers->rowCount(), 3);
        tiers->item(2, 0)->setText(QStringLiteral("30000000000"));
        tiers->item(2, 1)->setText(QStringLiteral("12"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(problem(), QStringLiteral("tier 3: tiers ascend by total (30000000000 after 35000000000)"));
        tiers->item(2, 0)->setText(QStringLiteral("50000000000"));
        tiers->item(2, 1)->setText(QStringLiteral("100"));
        dialog.accept();
        QCOMPARE(problem(), QStringLiteral("tier 3, discount %: below 100"));
        tiers->item(2, 1)->setText(QStringLiteral("-1"));
        dialog.accept();
        QCOMPARE(problem(), QStringLiteral("tier 3, discount %: must not be negative"));
        tiers->item(2, 1)->setText(QStringLiteral("12"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const auto &edited = std::get<hp::CommitmentClause>(dialog.clause());
        QCOMPARE(edited.tiers.size(), std::size_t(3));
        QCOMPARE(edited.tiers[2].minTotal, D(u"50000000000"));
        QCOMPARE(edited.tiers[2].discountPct, D(u"12"));

        // Removing every tier leaves none (the clause's own discount applies again).
        hp::ClauseFormDialog again(edited);
        auto *table = again.findChild<QTableWidget *>(QStringLiteral("tiers"));
        for (int i = 0; i < 3; ++i)
            QTest::mouseClick(again.findChild<QPushButton *>(QStringLiteral("removeTier")), Qt::LeftButton);
        QCOMPARE(table->rowCount(), 0);
        again.accept();
        QVERIFY(std::get<hp::CommitmentClause>(again.clause()).tiers.empty());
    }

    void aFieldKeepsEveryKeystrokeAndOkNamesTheFieldItRefuses()
    {
        hp::RevenueShareClause share{D(u"20"), hp::YearMonth(2026, 1), hp::YearMonth(2030, 12), hp::allWorkloadClasses(),
                                     hp::PlacementScope::Any, std::nullopt, std::nullopt};
        hp::ClauseFormDialog dialog(share);
        QLineEdit *rate = field(dialog, QStringLiteral("Rate %"));
        rate->clear();
        QTest::keyClicks(rate, QStringLiteral("150"));
        QCOMPARE(rate->text(), QStringLiteral("150"));
        QLineEdit *sunset = field(dialog, QStringLiteral("Sunset"));
        sunset->clear();
        QTest::keyClicks(sunset, QStringLiteral("2026-"));
        QCOMPARE(sunset->text(), QStringLiteral("2026-"));
        auto problem = [&dialog] {
            const QLabel *l = dialog.findChild<QLabel *>(QStringLiteral("problem"));
            return l && l->isVisibleTo(&dialog) ? l->text() : QString();
        };
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(problem(), QStringLiteral("Rate %: a percentage between 0 and 100"));
        rate->setText(QStringLiteral("15"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(problem(), QStringLiteral("Sunset: not a month: type YYYY-MM, e.g. 2026-03"));
        QCOMPARE(std::get<hp::RevenueShareClause>(dialog.clause()).ratePct, D(u"20")); // nothing taken yet
    }
};

HP_VIEW_TEST(ClauseFormTest)
#include "ClauseFormTest.moc"
