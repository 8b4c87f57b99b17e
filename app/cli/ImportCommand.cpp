#include "ImportCommand.h"

#include "CommandLine.h"
#include "ProjectTarget.h"
#include "io/CanonicalCsvWriter.h"
#include "io/FocusImporter.h"
#include "io/ImportSession.h"
#include "io/RejectReport.h"
#include "storage/ProjectUri.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace hp::cli {

namespace {

/// The dialect options given on the command line; each overrides the detected value.
struct DialectOverrides {
    std::optional<QChar> delimiter;
    std::optional<TextEncoding> encoding;
    std::optional<DateOrder> dateOrder;
    bool decimalComma = false;
    bool noHeader = false;
    bool any() const { return delimiter || encoding || dateOrder || decimalComma || noHeader; }

    ImportDialect applyTo(ImportDialect d) const
    {
        if (delimiter)
            d.csv.delimiter = *delimiter;
        if (encoding)
            d.encoding = *encoding;
        if (dateOrder)
            d.dateOrder = *dateOrder;
        d.decimalComma = d.decimalComma || decimalComma;
        d.hasHeader = d.hasHeader && !noHeader;
        return d;
    }
};

bool readFile(const QString &path, QByteArray *bytes, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: cannot read: %2").arg(path, f.errorString());
        return false;
    }
    *bytes = f.readAll();
    return true;
}

} // namespace

QString ImportCommand::name() const
{
    if (m_kind == ImportKind::Focus)
        return QStringLiteral("import-focus");
    if (m_kind == ImportKind::Prices)
        return QStringLiteral("import-prices");
    return QStringLiteral("import");
}

QString ImportCommand::synopsis() const
{
    return QStringLiteral("%1 PROJECT FILE… [--entity register|focus|prices] [--mapping MAP.json] [--valid-rows] "
                          "[--rejects OUT.csv] [-o OUT] [--dry-run]")
        .arg(name());
}

QString ImportCommand::summary() const
{
    if (m_kind == ImportKind::Focus)
        return QStringLiteral("Import FOCUS billing exports as actuals per provider and month.");
    if (m_kind == ImportKind::Prices)
        return QStringLiteral("Import a LiteLLM model price map as offerings priced per 1M tokens.");
    return QStringLiteral("Import contract registers, FOCUS exports or price maps into a project (all or nothing).");
}

int ImportCommand::run(const QStringList &arguments, CliStreams io)
{
    CommandLine cl(*this, {QStringLiteral("PROJECT"), QStringLiteral("FILE…")});
    auto &p = cl.parser();
    const QCommandLineOption entityOpt(QStringLiteral("entity"), QStringLiteral("register, focus or prices (default: guessed per file)."),
                                       QStringLiteral("KIND"));
    const QCommandLineOption focusOpt(QStringLiteral("focus"), QStringLiteral("Same as --entity focus."));
    const QCommandLineOption pricesOpt(QStringLiteral("prices"), QStringLiteral("Same as --entity prices."));
    const QCommandLineOption mappingOpt(QStringLiteral("mapping"), QStringLiteral("Column mapping (JSON, as the wizard saves it)."),
                                        QStringLiteral("MAP.json"));
    const QCommandLineOption validOpt({QStringLiteral("valid-rows"), QStringLiteral("valid-rows-only")},
                                      QStringLiteral("Import the valid rows even when others are rejected."));
    const QCommandLineOption rejectsOpt(QStringLiteral("rejects"), QStringLiteral("Write the rejects as CSV."), QStringLiteral("OUT.csv"));
    const QCommandLineOption outOpt({QStringLiteral("o"), QStringLiteral("output")},
                                    QStringLiteral("Write the project here (default: PROJECT itself)."), QStringLiteral("OUT"));
    const QCommandLineOption dryOpt(QStringLiteral("dry-run"), QStringLiteral("Show what would be imported; write nothing."));
    const QCommandLineOption encodingOpt(QStringLiteral("encoding"), QStringLiteral("utf-8, utf-8-bom, windows-1252 (cp1252) or latin-1."),
                                         QStringLiteral("ENC"));
    const QCommandLineOption delimiterOpt(QStringLiteral("delimiter"), QStringLiteral("',', ';', tab or '|' (default: detected)."),
                                          QStringLiteral("D"));
    const QCommandLineOption dateOrderOpt(QStringLiteral("date-order"), QStringLiteral("Order of slash dates: mdy (default) or dmy."),
                                          QStringLiteral("ORDER"));
    const QCommandLineOption decimalCommaOpt(QStringLiteral("decimal-comma"), QStringLiteral("Read 1.234,56 as 1234.56."));
    const QCommandLineOption noHeaderOpt(QStringLiteral("no-header"), QStringLiteral("The first row holds data (columns are column1…)."));
    const QCommandLineOption fractionOpt(QStringLiteral("percent-fraction"),
                                         QStringLiteral("Read a _pct field's values as fractions: 0.2 = 20 % (repeatable)."),
                                         QStringLiteral("FIELD"));
    const QCommandLineOption providerOpt(QStringLiteral("map-provider"),
                                         QStringLiteral("FOCUS: map a ProviderName to a provider id (repeatable)."),
                                         QStringLiteral("NAME=ID"));
    const QCommandLineOption mixOpt(QStringLiteral("mix"), QStringLiteral("Price maps: input:output token mix (default 3:1)."),
                                    QStringLiteral("IN:OUT"));
    const QCommandLineOption matchOpt(QStringLiteral("match"), QStringLiteral("Price maps: only models whose name contains TEXT (repeatable)."),
                                      QStringLiteral("TEXT"));
    for (const auto *o : {&entityOpt, &focusOpt, &pricesOpt, &mappingOpt, &validOpt, &rejectsOpt, &outOpt, &dryOpt, &encodingOpt,
                          &delimiterOpt, &dateOrderOpt, &decimalCommaOpt, &noHeaderOpt, &fractionOpt, &providerOpt, &mixOpt, &matchOpt})
        p.addOption(*o);
    int code = Ok;
    if (!cl.parse(arguments, io, &code))
        return code;
    auto usage = [&](const QString &message) {
        io.err << QStringLiteral("hedgeplan-cli %1: %2\nUsage: hedgeplan-cli %3\n").arg(name(), message, synopsis());
        return int(UsageError);
    };

    std::optional<ImportKind> kind = m_kind;
    if (p.isSet(entityOpt)) {
        kind = ImportKinds::parse(p.value(entityOpt));
        if (!kind)
            return usage(QStringLiteral("unknown entity '%1' (one of: %2)").arg(p.value(entityOpt), ImportKinds::names().join(QStringLiteral(", "))));
    }
    if (p.isSet(focusOpt))
        kind = ImportKind::Focus;
    if (p.isSet(pricesOpt))
        kind = ImportKind::Prices;

    DialectOverrides overrides;
    if (p.isSet(encodingOpt) && !(overrides.encoding = TextEncodings::parse(p.value(encodingOpt))))
        return usage(QStringLiteral("unknown encoding '%1' (one of: %2)").arg(p.value(encodingOpt), TextEncodings::names().join(QStringLiteral(", "))));
    if (p.isSet(dateOrderOpt) && !(overrides.dateOrder = parseDateOrder(p.value(dateOrderOpt))))
        return usage(QStringLiteral("--date-order is mdy or dmy, not '%1'").arg(p.value(dateOrderOpt)));
    if (p.isSet(delimiterOpt)) {
        const QString d = p.value(delimiterOpt);
        if (d == u"tab" || d == u"\\t" || d == u"\t")
            overrides.delimiter = u'\t';
        else if (d == u"," || d == u";" || d == u"|")
            overrides.delimiter = d.front();
        else
            return usage(QStringLiteral("--delimiter is ',', ';', tab or '|', not '%1'").arg(d));
    }
    overrides.decimalComma = p.isSet(decimalCommaOpt);
    overrides.noHeader = p.isSet(noHeaderOpt);

    ImportSettings settings;
    settings.mode = p.isSet(validOpt) ? ImportMode::ValidRowsOnly : ImportMode::AllOrNothing;
    settings.percentFractions = p.values(fractionOpt);
    for (const QString &pair : p.values(providerOpt)) {
        const qsizetype eq = pair.indexOf(u'=');
        if (eq <= 0 || eq == pair.size() - 1)
            return usage(QStringLiteral("--map-provider is NAME=ID, not '%1'").arg(pair));
        settings.providerMap[pair.left(eq)] = pair.mid(eq + 1);
    }
    if (p.isSet(mappingOpt)) {
        QByteArray bytes;
        QString error;
        if (!readFile(p.value(mappingOpt), &bytes, &error))
            return usage(error);
        const QJsonDocument doc = QJsonDocument::fromJson(bytes);
        settings.mapping = ColumnMapping::fromJson(doc.object(), &error);
        if (!doc.isObject() || !settings.mapping)
            return usage(QStringLiteral("%1: not a column mapping: %2").arg(p.value(mappingOpt), error.isEmpty() ? QStringLiteral("not a JSON object") : error));
    }
    PriceListOptions priceOptions;
    if (p.isSet(mixOpt)) {
        const auto mix = PriceListReader::parseMix(p.value(mixOpt));
        if (!mix)
            return usage(QStringLiteral("--mix is IN:OUT with numbers ≥ 0, e.g. 3:1, not '%1'").arg(p.value(mixOpt)));
        std::tie(priceOptions.inputWeight, priceOptions.outputWeight) = *mix;
    }
    priceOptions.match = p.values(matchOpt);

    const QString projectPath = cl.positional().front();
    Project project;
    ProjectTarget projectTarget;
    bool isNew = false;
    if (QString error; !projectTarget.open(projectPath, &project, &isNew, &error)) {
        io.err << error << '\n';
        return UsageError;
    }
    if (isNew)
        io.out << QStringLiteral("%1: new project\n").arg(ProjectUri::masked(projectPath));

    if (const QString why = FocusImporter::unknownProviderIds(settings.providerMap, project); !why.isEmpty())
        return usage(why);

    ImportSession session(project);
    session.settings() = settings;
    session.priceOptions() = priceOptions;
    for (const QString &path : cl.positional().mid(1)) {
        QByteArray bytes;
        QString error;
        if (!readFile(path, &bytes, &error)) {
            io.err << error << '\n';
            return UsageError;
        }
        const QString fileName = QFileInfo(path).fileName();
        session.addFile(fileName, bytes, kind);
        ImportSource &source = session.sources().back();
        if (overrides.any())
            source.dialect = overrides.applyTo(source.kind == ImportKind::Prices ? ImportDialect{} : source.guess.dialect);
        if (settings.mapping && !settings.mapping->entity().isEmpty() && settings.mapping->entity() != ImportKinds::name(source.kind))
            return usage(QStringLiteral("the mapping is for '%1', %2 is read as '%3'").arg(settings.mapping->entity(), fileName, ImportKinds::name(source.kind)));
        source.mapping = settings.mapping;
    }
    ImportPlan plan;
    plan.mode = settings.mode;
    for (const ImportSource &source : session.sources())
        session.readInto(source, plan);

    for (const QString &n : plan.notes)
        io.out << n << '\n';
    for (const CoercionNote &c : plan.coercions)
        io.out << QStringLiteral("coercion: ") << c.toString() << '\n';
    for (const QString &w : plan.warnings)
        io.err << QStringLiteral("warning: ") << w << '\n';
    for (const ImportError &e : plan.skipped)
        io.out << QStringLiteral("skipped: ") << e.toString() << '\n';
    for (const ImportError &e : plan.rejects)
        io.err << QStringLiteral("rejected: ") << e.toString() << '\n';
    io.out << plan.summary(project) << '\n';
    if (p.isSet(rejectsOpt)) {
        QString error;
        if (!RejectReport::write(plan.rejects, p.value(rejectsOpt), &error)) {
            io.err << error << '\n';
            return Failed;
        }
    }
    // 2: an input that cannot be read at all; 3: rows rejected (docs/cli.md).
    const int result = !plan.refusedFiles.isEmpty() ? int(UsageError) : plan.rejects.empty() ? int(Ok) : int(RowsRejected);
    if (!plan.canApply()) {
        if (plan.rowsAccepted > 0)
            io.out << QStringLiteral("nothing imported: %1 rejected (use --valid-rows to import the other rows)\n").arg(plan.rejects.size());
        else
            io.out << QStringLiteral("nothing imported: %1 rejected and no row is valid\n").arg(plan.rejects.size());
        return result;
    }
    if (p.isSet(dryOpt)) {
        io.out << QStringLiteral("dry run: nothing written\n");
        return result;
    }
    const QString target = p.isSet(outOpt) ? p.value(outOpt) : projectPath;
    QString error;
    if (!projectTarget.write(applied(project, plan), target, &error)) {
        io.err << QStringLiteral("hedgeplan-cli %1: %2\n").arg(name(), error);
        return Failed;
    }
    io.out << QStringLiteral("written: %1\n").arg(ProjectUri::masked(target));
    return result;
}

} // namespace hp::cli
