#pragma once

#include "domain/ValidationIssue.h"
#include "money/Decimal.h"

namespace hp {

/// Accumulates validation issues for one entity at a time, with the common
/// range checks phrased once.
class IssueCollector {
public:
    explicit IssueCollector(ValidationIssues &out) : m_out(out) {}

    void at(const QString &entity, const QString &id, const QString &scenario = QString())
    {
        m_entity = entity;
        m_id = id;
        m_scenario = scenario;
    }
    void error(const QString &field, const QString &message) { add(ValidationIssue::Severity::Error, field, message); }
    void warning(const QString &field, const QString &message) { add(ValidationIssue::Severity::Warning, field, message); }

    void nonNegative(const QString &field, Decimal v)
    {
        if (v.isNegative())
            error(field, QStringLiteral("must not be negative (is %1)").arg(v.toString()));
    }
    void percent(const QString &field, Decimal v)
    {
        if (v.isNegative() || v > Decimal::hundred())
            error(field, QStringLiteral("must lie between 0 and 100 % (is %1)").arg(v.toString()));
    }
    void percent(const QString &field, const std::optional<Decimal> &v)
    {
        if (v)
            percent(field, *v);
    }
    void growth(const QString &field, Decimal v)
    {
        if (v <= -Decimal::hundred())
            error(field, QStringLiteral("must be above −100 % (is %1)").arg(v.toString()));
    }
    void required(const QString &field, const QString &v)
    {
        if (v.trimmed().isEmpty())
            error(field, QStringLiteral("is required"));
    }

private:
    void add(ValidationIssue::Severity s, const QString &field, const QString &message)
    {
        m_out.push_back({s, m_entity, m_id, field, message, m_scenario});
    }

    ValidationIssues &m_out;
    QString m_entity;
    QString m_id;
    QString m_scenario;
};

} // namespace hp
