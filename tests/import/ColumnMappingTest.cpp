// ColumnMapping: normalized header matching, aliases, constants, ignore, JSON, shape keys.
#include "import/ColumnMapping.h"
#include "import/RegisterImporter.h"

#include <gtest/gtest.h>

using namespace hp;

TEST(ColumnMapping, NormalizeIgnoresCaseAndPunctuation)
{
    EXPECT_EQ(ColumnMapping::normalize(u"Contract ID"), QStringLiteral("contractid"));
    EXPECT_EQ(ColumnMapping::normalize(u"contract_id"), QStringLiteral("contractid"));
    EXPECT_EQ(ColumnMapping::normalize(u"CONTRACT-ID "), QStringLiteral("contractid"));
    EXPECT_EQ(ColumnMapping::normalize(u"Discount (%)"), QStringLiteral("discount"));
}

TEST(ColumnMapping, GuessMatchesNamesThenAliases)
{
    const QStringList headers = {QStringLiteral("Contract ID"), QStringLiteral("Supplier"), QStringLiteral("Type"),
                                 QStringLiteral("Start Date"), QStringLiteral("End-Date"), QStringLiteral("TCV"),
                                 QStringLiteral("Currency"), QStringLiteral("Class"), QStringLiteral("Owner")};
    const ColumnMapping m = ColumnMapping::guess(RegisterImporter::kEntity, headers, RegisterImporter::fields());
    EXPECT_EQ(m.columnIndex(QStringLiteral("contract_id"), headers), 0);
    EXPECT_EQ(m.columnIndex(QStringLiteral("vendor"), headers), 1);
    EXPECT_EQ(m.columnIndex(QStringLiteral("counterparty_type"), headers), 2);
    EXPECT_EQ(m.columnIndex(QStringLiteral("end_date"), headers), 4);
    EXPECT_EQ(m.columnIndex(QStringLiteral("commitment_total"), headers), 5);
    EXPECT_EQ(m.columnIndex(QStringLiteral("workload_class"), headers), 7);
    EXPECT_EQ(m.columnIndex(QStringLiteral("notes"), headers), -1);
    EXPECT_EQ(m.unusedHeaders(headers), QStringList{QStringLiteral("Owner")});
    EXPECT_TRUE(m.missingRequired(headers, RegisterImporter::fields()).isEmpty());
}

TEST(ColumnMapping, ConstantsIgnoreAndMissingRequired)
{
    const QStringList headers = {QStringLiteral("id"), QStringLiteral("vendor")};
    ColumnMapping m = ColumnMapping::guess(RegisterImporter::kEntity, headers, RegisterImporter::fields());
    const QStringList missing = m.missingRequired(headers, RegisterImporter::fields());
    EXPECT_TRUE(missing.contains(QStringLiteral("currency")));
    m.setConstant(QStringLiteral("currency"), QStringLiteral("EUR"));
    EXPECT_FALSE(m.missingRequired(headers, RegisterImporter::fields()).contains(QStringLiteral("currency")));
    EXPECT_EQ(m.source(QStringLiteral("currency")).kind, FieldSource::Kind::Constant);
    m.ignore(QStringLiteral("vendor"));
    EXPECT_EQ(m.columnIndex(QStringLiteral("vendor"), headers), -1);
    EXPECT_EQ(m.unusedHeaders(headers), QStringList{QStringLiteral("vendor")});
}

TEST(ColumnMapping, JsonRoundTripAndErrors)
{
    ColumnMapping m;
    m.setEntity(QStringLiteral("register"));
    m.mapColumn(QStringLiteral("contract_id"), QStringLiteral("Contract #"));
    m.setConstant(QStringLiteral("currency"), QStringLiteral("USD"));
    m.ignore(QStringLiteral("notes"));
    QString error;
    const auto back = ColumnMapping::fromJson(m.toJson(), &error);
    ASSERT_TRUE(back.has_value()) << error.toStdString();
    EXPECT_EQ(*back, m);
    EXPECT_FALSE(ColumnMapping::fromJson(QJsonObject{{QStringLiteral("fields"), 3}}, &error).has_value());
    EXPECT_FALSE(ColumnMapping::fromJson(QJsonObject{{QStringLiteral("fields"), QJsonObject{{QStringLiteral("x"), QJsonObject{}}}}}, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("field 'x'")));
}

TEST(ColumnMapping, ShapeKeyDependsOnNormalizedHeadersInOrder)
{
    const QString a = ColumnMapping::shapeKey({QStringLiteral("Contract ID"), QStringLiteral("Vendor")});
    EXPECT_EQ(a, ColumnMapping::shapeKey({QStringLiteral("contract_id"), QStringLiteral("VENDOR")}));
    EXPECT_NE(a, ColumnMapping::shapeKey({QStringLiteral("Vendor"), QStringLiteral("Contract ID")}));
    EXPECT_EQ(a.size(), 40); // SHA-1 hex
}
