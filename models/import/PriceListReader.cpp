#include "PriceListReader.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace hp {

namespace {

/// 1-based line of `"key":` in the JSON text (0 when not found), for rejects.
int lineOf(const QByteArray &bytes, const QString &key)
{
    const qsizetype at = bytes.indexOf(QJsonDocument(QJsonObject{{key, 0}}).toJson(QJsonDocument::Compact).mid(1).chopped(2));
    return at < 0 ? 0 : int(bytes.left(at).count('\n')) + 1;
}

QString providerFor(const QString &name, const Project &project, ImportPlan &plan)
{
    if (const QString id = plan.matchProvider(project, name); !id.isEmpty())
        return id;
    plan.providers.push_back({name, name, ProviderKind::Model, {}, false});
    return name;
}

} // namespace

std::optional<Decimal> PriceListReader::decimalOf(double value, int shift)
{
    if (!std::isfinite(value))
        return std::nullopt;
    // Shortest text that reads back as the same double, e.g. 2.5e-06.
    QString text = QString::number(value, 'e', QLocale::FloatingPointShortest);
    const qsizetype e = text.indexOf(u'e');
    int exponent = text.mid(e + 1).toInt() + shift;
    QString mantissa = text.left(e);
    const bool negative = mantissa.startsWith(u'-');
    if (negative)
        mantissa.remove(0, 1);
    QString digits = mantissa;
    digits.remove(u'.');
    const qsizetype dot = mantissa.indexOf(u'.');
    int pointAt = int(dot < 0 ? mantissa.size() : dot) + exponent; // digits before the point
    if (pointAt <= 0) {
        digits = QString(-pointAt, u'0') + digits;
        pointAt = 0;
    } else if (pointAt > digits.size()) {
        digits += QString(pointAt - digits.size(), u'0');
    }
    const QString integer = pointAt == 0 ? QStringLiteral("0") : digits.left(pointAt);
    const QString fraction = digits.mid(pointAt);
    const QString plain = (negative ? QStringLiteral("-") : QString()) + integer
                        + (fraction.isEmpty() ? QString() : QStringLiteral(".") + fraction);
    return Decimal::parse(plain);
}

std::optional<std::pair<Decimal, Decimal>> PriceListReader::parseMix(QStringView text)
{
    const auto parts = text.split(u':');
    if (parts.size() != 2)
        return std::nullopt;
    const auto in = Decimal::parse(parts[0].trimmed());
    const auto out = Decimal::parse(parts[1].trimmed());
    if (!in || !out || in->isNegative() || out->isNegative() || (*in + *out).isZero())
        return std::nullopt;
    return std::pair{*in, *out};
}

void PriceListReader::read(const QString &fileName, const QByteArray &bytes, const PriceListOptions &options,
                           const Project &project, ImportPlan &plan)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (!doc.isObject()) {
        const int line = parseError.error == QJsonParseError::NoError ? 1 : int(bytes.left(parseError.offset).count('\n')) + 1;
        plan.rejects.push_back({fileName, line, 0,
                                parseError.error == QJsonParseError::NoError ? QStringLiteral("a price map is a JSON object of model → prices")
                                                                             : QStringLiteral("not valid JSON: %1").arg(parseError.errorString()),
                                QString()});
        plan.refusedFiles << fileName;
        return;
    }
    std::optional<Decimal> usdRate;
    if (project.reportingCurrency != u"USD") {
        const auto it = project.exchangeRates.find(QStringLiteral("USD"));
        if (it == project.exchangeRates.end()) {
            plan.rejects.push_back({fileName, 0, 0,
                                    QStringLiteral("prices are in USD and the project reports in %1 without a USD exchange rate")
                                        .arg(project.reportingCurrency),
                                    QString()});
            plan.refusedFiles << fileName;
            return;
        }
        usdRate = it->second;
    }
    const Decimal weights = options.inputWeight + options.outputWeight;
    int skipped = 0;
    const QJsonObject map = doc.object();
    for (auto it = map.begin(); it != map.end(); ++it) {
        const QString key = it.key();
        if (!options.match.isEmpty()
            && std::none_of(options.match.begin(), options.match.end(), [&](const QString &m) { return key.contains(m, Qt::CaseInsensitive); }))
            continue;
        const QJsonObject entry = it.value().toObject();
        const QJsonValue in = entry.value(QStringLiteral("input_cost_per_token"));
        const QJsonValue out = entry.value(QStringLiteral("output_cost_per_token"));
        const QString providerName = entry.value(QStringLiteral("litellm_provider")).toString();
        if (key == u"sample_spec" || !it.value().isObject() || providerName.isEmpty() || providerName.contains(u' ')
            || (!in.isDouble() && !out.isDouble())) {
            ++skipped;
            continue;
        }
        ++plan.rowsRead;
        auto reject = [&](const QString &reason, const QJsonValue &raw) {
            plan.rejects.push_back({fileName, lineOf(bytes, key), 0, QStringLiteral("%1: %2").arg(key, reason),
                                    QString::number(raw.toDouble(), 'g', QLocale::FloatingPointShortest)});
        };
        bool bad = false;
        for (const auto &[value, name] : {std::pair{in, "input_cost_per_token"}, std::pair{out, "output_cost_per_token"}}) {
            if (!value.isDouble())
                continue;
            const auto perToken = decimalOf(value.toDouble());
            if (!perToken || perToken->isNegative() || *perToken > options.maxPricePerToken) {
                reject(QStringLiteral("%1 %2 USD per token is outside 0…%3 (a per-1M price written per token?)")
                           .arg(QString::fromLatin1(name), perToken ? perToken->toString() : QStringLiteral("?"), options.maxPricePerToken.toString()),
                       value);
                bad = true;
            }
        }
        if (bad)
            continue;
        // Per 1M tokens: shift the exact per-token decimals by six places before rounding.
        const Decimal inPrice = decimalOf(in.toDouble(), 6).value_or(Decimal());  // a missing side reads 0
        const Decimal outPrice = decimalOf(out.toDouble(), 6).value_or(Decimal());
        if (inPrice.isZero() && outPrice.isZero()) {
            // A price of 0 is an unpriced entry far more often than a free model: never a free offering.
            --plan.rowsRead;
            ++skipped;
            plan.skipped.push_back({fileName, lineOf(bytes, key), 0,
                                    QStringLiteral("%1: both token prices are 0 (an unpriced entry, not a free model): skipped").arg(key),
                                    key});
            continue;
        }
        Decimal price = inPrice.isZero() ? outPrice : outPrice.isZero() ? inPrice // one-sided (embeddings, images)
                                                     : (inPrice * options.inputWeight + outPrice * options.outputWeight) / weights;
        if (usdRate)
            price = price * *usdRate;
        const QString providerId = providerFor(providerName, project, plan);
        Offering o;
        if (const Offering *existing = project.offering(key))
            o = *existing;
        o.id = key;
        o.providerId = providerId;
        o.name = key;
        o.unit = QStringLiteral("1M tokens");
        o.unitPrice = price;
        plan.offerings.push_back(o);
        ++plan.rowsAccepted;
    }
    plan.notes << QStringLiteral("%1: mix input:output %2:%3, prices per 1M tokens in %4; %5 entries without token prices (or with both at 0) skipped")
                      .arg(fileName, options.inputWeight.toString(), options.outputWeight.toString(), project.reportingCurrency)
                      .arg(skipped);
}

} // namespace hp
