#pragma once

#include "document/EntityColumn.h"
#include "document/FieldValidator.h"
#include "domain/FieldDescriptor.h"
#include "money/MoneyFormat.h"

#include <QCoreApplication>

#include <optional>
#include <type_traits>
#include <variant>

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

    /// The column of the descriptor's field `name` (docs/architecture.md
    /// "Descriptors"): key, title and editor kind come from the field, what
    /// people type is parsed by the table's usual rules for that type (a
    /// value with its own text form by the field's own parse, refused with
    /// its reason).
    static EntityColumn<T> described(const char *name)
    {
        const FieldDescriptor<T> *f = nullptr;
        for (const FieldDescriptor<T> &candidate : T::descriptor().fields)
            if (qstrcmp(candidate.name, name) == 0)
                f = &candidate;
        Q_ASSERT_X(f, "ColumnFactory::described", name);
        const QString key = f->column();
        const QString title = QCoreApplication::translate("hp::Field", f->title);
        const FieldType type = fieldType(f->kind);
        return std::visit(
            [&](const auto &access) -> EntityColumn<T> {
                using A = std::decay_t<decltype(access)>;
                if constexpr (std::is_same_v<A, QString T::*>)
                    return text(key, title, access, f->required);
                else if constexpr (std::is_same_v<A, Decimal T::*>)
                    return number(key, title, access, type);
                else if constexpr (std::is_same_v<A, std::optional<Decimal> T::*>)
                    return optionalNumber(key, title, access, type);
                else if constexpr (std::is_same_v<A, YearMonth T::*>)
                    return month(key, title, access);
                else if constexpr (std::is_same_v<A, std::optional<YearMonth> T::*>)
                    return optionalMonth(key, title, access);
                else if constexpr (std::is_same_v<A, int T::*>)
                    return integer(key, title, access);
                else if constexpr (std::is_same_v<A, bool T::*>)
                    return flag(key, title, access);
                else if constexpr (std::is_same_v<A, std::optional<bool> T::*>)
                    return optionalFlag(key, title, access);
                else if constexpr (std::is_same_v<A, TextForm<T>>)
                    return textForm(key, title, access);
                else
                    return optionalInteger(key, title, access);
            },
            f->access);
    }

    static QString tr(const char *text) { return QCoreApplication::translate("hp::ColumnFactory", text); }

private:
    static FieldType fieldType(FieldKind kind)
    {
        switch (kind) {
        case FieldKind::Money: return FieldType::Money;
        case FieldKind::Number: return FieldType::Number;
        case FieldKind::Percent: return FieldType::Percent;
        case FieldKind::SignedPercent: return FieldType::SignedPercent;
        case FieldKind::Integer: return FieldType::Integer;
        case FieldKind::Month: return FieldType::Month;
        case FieldKind::Text:
        case FieldKind::Bool:
        case FieldKind::Choice:
        case FieldKind::List: break;
        }
        return FieldType::Text;
    }

    /// A flag that may be left empty: "not given" (a scenario inherits it).
    static EntityColumn<T> optionalFlag(const QString &key, const QString &title, std::optional<bool> T::*member)
    {
        EntityColumn<T> c{key, title, FieldType::Text, {}, {}, {}, {}};
        c.text = [member](const T &e) {
            return !(e.*member) ? QString() : *(e.*member) ? QStringLiteral("true") : QStringLiteral("false");
        };
        c.set = [member](T &e, const QString &text, QString *error) {
            const QString t = text.trimmed().toLower();
            if (t.isEmpty() || t == u"true" || t == u"false") {
                e.*member = t.isEmpty() ? std::nullopt : std::optional<bool>(t == u"true");
                return true;
            }
            *error = tr("must be true, false or empty");
            return false;
        };
        return c;
    }

    static EntityColumn<T> textForm(const QString &key, const QString &title, TextForm<T> form)
    {
        EntityColumn<T> c{key, title, FieldType::Text, {}, {}, {}, {}};
        c.text = [form](const T &e) { return form.format(e); };
        c.set = [form](T &e, const QString &text, QString *error) {
            T edited = e;
            const QString why = form.parse(edited, text.trimmed());
            if (!why.isEmpty()) {
                *error = why;
                return false;
            }
            e = std::move(edited);
            return true;
        };
        return c;
    }

    static EntityColumn<T> optionalInteger(const QString &key, const QString &title, std::optional<int> T::*member)
    {
        EntityColumn<T> c{key, title, FieldType::Integer, {}, {}, {}, {}};
        c.text = [member](const T &e) { return (e.*member) ? QString::number(*(e.*member)) : QString(); };
        c.set = [member](T &e, const QString &text, QString *error) {
            if (text.trimmed().isEmpty()) {
                e.*member = std::nullopt;
                return true;
            }
            const std::optional<int> v = FieldValidator::parseInteger(text, error);
            if (v)
                e.*member = *v;
            return v.has_value();
        };
        return c;
    }
};

} // namespace hp
