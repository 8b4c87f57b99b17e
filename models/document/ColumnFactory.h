#pragma once

#include "document/EntityColumn.h"
#include "document/FieldValidator.h"
#include "money/MoneyFormat.h"

#include <QCoreApplication>

#include <optional>

namespace hp {

/// Builds the usual kinds of EntityColumn from a pointer to the member they
/// show, so each table model only lists its columns.
template <class T>
class ColumnFactory {
public:
    static EntityColumn<T> text(const QString &key, const QString &title, QString T::*member, bool required = false)
    {
        EntityColumn<T> c{key, title, required ? FieldType::Identifier : FieldType::Text, {}, {}, {}, {}};
        c.text = [member](const T &e) { return e.*member; };
        c.set = [member, required](T &e, const QString &text, QString *error) {
            if (required && text.trimmed().isEmpty()) {
                *error = tr("must not be empty");
                return false;
            }
            e.*member = required ? text.trimmed() : text;
            return true;
        };
        return c;
    }

    static EntityColumn<T> number(const QString &key, const QString &title, Decimal T::*member, FieldType type)
    {
        EntityColumn<T> c{key, title, type, {}, {}, {}, {}};
        c.text = [member](const T &e) { return (e.*member).toString(); };
        if (type == FieldType::Money) // to the cent with separators unless it has finer digits (prices per token)
            c.display = [member](const T &e) {
                const Decimal v = e.*member;
                return v.fractionDigits() <= 2 ? MoneyFormat::full(v) : v.toString();
            };
        c.set = [member, type](T &e, const QString &text, QString *error) {
            const std::optional<Decimal> v = FieldValidator::parseNumber(type, text, error);
            if (v)
                e.*member = *v;
            return v.has_value();
        };
        return c;
    }

    /// A number that may be left empty: empty is "not given" (e.g. unlimited
    /// capacity), never 0.
    static EntityColumn<T> optionalNumber(const QString &key, const QString &title, std::optional<Decimal> T::*member, FieldType type)
    {
        EntityColumn<T> c{key, title, type, {}, {}, {}, {}};
        c.text = [member](const T &e) { return (e.*member) ? (e.*member)->toString() : QString(); };
        c.set = [member, type](T &e, const QString &text, QString *error) {
            if (text.trimmed().isEmpty()) {
                e.*member = std::nullopt;
                return true;
            }
            const std::optional<Decimal> v = FieldValidator::parseNumber(type, text, error);
            if (v)
                e.*member = *v;
            return v.has_value();
        };
        return c;
    }

    static EntityColumn<T> integer(const QString &key, const QString &title, int T::*member)
    {
        EntityColumn<T> c{key, title, FieldType::Integer, {}, {}, {}, {}};
        c.text = [member](const T &e) { return QString::number(e.*member); };
        c.set = [member](T &e, const QString &text, QString *error) {
            const std::optional<int> v = FieldValidator::parseInteger(text, error);
            if (v)
                e.*member = *v;
            return v.has_value();
        };
        return c;
    }

    static EntityColumn<T> month(const QString &key, const QString &title, YearMonth T::*member)
    {
        EntityColumn<T> c{key, title, FieldType::Month, {}, {}, {}, {}};
        c.text = [member](const T &e) { return (e.*member).toString(); };
        c.set = [member](T &e, const QString &text, QString *error) {
            const auto v = FieldValidator::parseMonth(FieldType::Month, text, error);
            if (v)
                e.*member = **v;
            return v.has_value();
        };
        return c;
    }

    static EntityColumn<T> optionalMonth(const QString &key, const QString &title, std::optional<YearMonth> T::*member)
    {
        EntityColumn<T> c{key, title, FieldType::OptionalMonth, {}, {}, {}, {}};
        c.text = [member](const T &e) { return (e.*member) ? (e.*member)->toString() : QString(); };
        c.set = [member](T &e, const QString &text, QString *error) {
            const auto v = FieldValidator::parseMonth(FieldType::OptionalMonth, text, error);
            if (v)
                e.*member = *v;
            return v.has_value();
        };
        return c;
    }

    /// A yes/no flag picked from a list.
    static EntityColumn<T> flag(const QString &key, const QString &title, bool T::*member)
    {
        EntityColumn<T> c{key, title, FieldType::Choice, {}, {}, {}, {}};
        c.text = [member](const T &e) { return e.*member ? tr("yes") : tr("no"); };
        c.set = [member](T &e, const QString &text, QString *error) {
            if (text != tr("yes") && text != tr("no")) {
                *error = tr("yes or no");
                return false;
            }
            e.*member = text == tr("yes");
            return true;
        };
        c.choices = [](const Project &) { return QStringList{tr("yes"), tr("no")}; };
        return c;
    }

    /// An enum picked from its names (toString/parse pair of the domain).
    template <class E>
    static EntityColumn<T> choice(const QString &key, const QString &title, E T::*member, QStringList names,
                                  QString (*format)(E), std::optional<E> (*parse)(QStringView))
    {
        EntityColumn<T> c{key, title, FieldType::Choice, {}, {}, {}, {}};
        c.text = [member, format](const T &e) { return format(e.*member); };
        c.set = [member, parse, names](T &e, const QString &text, QString *error) {
            const std::optional<E> v = parse(text);
            if (!v) {
                *error = tr("one of %1").arg(names.join(QStringLiteral(", ")));
                return false;
            }
            e.*member = *v;
            return true;
        };
        c.choices = [names](const Project &) { return names; };
        return c;
    }

    /// A value with its own text form (a jurisdiction, a residency list, a
    /// capacity schedule): `format` shows it, `parse` takes a committed text
    /// or refuses it with the reason.
    template <class V>
    static EntityColumn<T> parsed(const QString &key, const QString &title, V T::*member, QString (*format)(const V &),
                                  std::optional<V> (*parse)(QStringView, QString *))
    {
        EntityColumn<T> c{key, title, FieldType::Text, {}, {}, {}, {}};
        c.text = [member, format](const T &e) { return format(e.*member); };
        c.set = [member, parse](T &e, const QString &text, QString *error) {
            std::optional<V> v = parse(text, error);
            if (v)
                e.*member = std::move(*v);
            return v.has_value();
        };
        return c;
    }

    /// The id of another entity (a provider, an offering), picked from the project.
    static EntityColumn<T> reference(const QString &key, const QString &title, QString T::*member,
                                     QStringList (*ids)(const Project &))
    {
        EntityColumn<T> c = text(key, title, member, true);
        c.type = FieldType::Choice;
        c.choices = ids;
        return c;
    }

    static QString tr(const char *text) { return QCoreApplication::translate("hp::ColumnFactory", text); }
};

} // namespace hp
