#pragma once

#include <QDate>
#include <QString>
#include <QStringView>

#include <compare>
#include <optional>

namespace hp {

/// A calendar month (`YYYY-MM`): the engine's unit of time (docs/rules.md §1).
class YearMonth {
public:
    constexpr YearMonth() = default;
    constexpr YearMonth(int year, int month) : m_index(year * 12 + (month - 1)) {}

    static constexpr YearMonth fromIndex(int index)
    {
        YearMonth m;
        m.m_index = index;
        return m;
    }
    static YearMonth fromDate(QDate date) { return YearMonth(date.year(), date.month()); }
    /// Accepts `YYYY-MM` and `YYYY-MM-DD` (a real calendar date).
    static std::optional<YearMonth> parse(QStringView text, QString *error = nullptr);

    constexpr int year() const { return m_index >= 0 ? m_index / 12 : (m_index - 11) / 12; }
    constexpr int month() const { return m_index - year() * 12 + 1; }
    constexpr int index() const { return m_index; }
    constexpr bool isValid() const { return m_index > 0; }

    constexpr YearMonth plusMonths(int n) const { return fromIndex(m_index + n); }
    /// Whole months from `from` to this (negative when this is earlier).
    constexpr int monthsSince(YearMonth from) const { return m_index - from.m_index; }

    QString toString() const;
    QDate firstDay() const { return QDate(year(), month(), 1); }
    QDate lastDay() const { return firstDay().addMonths(1).addDays(-1); }

    friend constexpr bool operator==(YearMonth, YearMonth) = default;
    friend constexpr std::strong_ordering operator<=>(YearMonth a, YearMonth b)
    {
        return a.m_index <=> b.m_index;
    }

private:
    int m_index = 0;
};

} // namespace hp
