#include "ImportCommand.h"

#include "CommandLine.h"
#include "ProjectTarget.h"
#include "canonical/CanonicalCsvWriter.h"
#include "import/FocusImporter.h"
#include "import/ImportSession.h"
#include "import/RejectReport.h"
#include "import/RejectSpool.h"
#include "ImportProgressLine.h"
#include "storage/ProjectUri.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QThread>

#include <unistd.h>

#include <algorithm>
#include <map>

namespace hp::cli {

namespace {

/// Rejects kept in memory and printed on stderr; every one goes to --rejects.
constexpr int kRejectsShown = 1000;

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

/// One dialect setting — `delimiter=;`, `encoding=ENC`, `date-order=dmy`, `decimal-comma`,
/// `no-header` — onto `o`; false with the reason when it is not one.
bool setDialect(DialectOverrides *o, const QString &key, const std::optional<QString> &value, QString *error)
{
    const auto needs = [&](const char *what) {
        if (value && !value->isEmpty())
            return true;
        *error = QStringLiteral("%1 needs a value (%2)").arg(key, QLatin1String(what));
        return false;
    };
    if (key == u"decimal-comma" || key == u"no-header") {
        if (value) {
            *error = QStringLiteral("%1 takes no value").arg(key);
            return false;
        }
        (key == u"decimal-comma" ? o->decimalComma : o->noHeader) = true;
        return true;
    }
    if (key == u"encoding") {
        if (!needs("utf-8, windows-1252, latin-1…"))
            return false;
        o->encoding = TextEncodings::parse(*value);
        if (!o->encoding)
            *error = QStringLiteral("unknown encoding '%1' (one of: %2)").arg(*value, TextEncodings::names().join(QStringLiteral(", ")));
        return o->encoding.has_value();
    }
    if (key == u"date-order") {
        if (!needs("mdy or dmy"))
            return false;
        o->dateOrder = parseDateOrder(*value);
        if (!o->dateOrder)
            *error = QStringLiteral("--date-order is mdy or dmy, not '%1'").arg(*value);
        return o->dateOrder.has_value();
    }
    if (key == u"delimiter") {
        if (!needs("',', ';', tab or '|'"))
            return false;
        const QString &d = *value;
        if (d == u"tab" || d == u"\\t" || d == u"\t")
            o->delimiter = u'\t';
        else if (d == u"," || d == u";" || d == u"|")
            o->delimiter = d.front();
        else
            *error = QStringLiteral("--delimiter is ',', ';', tab or '|', not '%1'").arg(d);
        return o->delimiter.has_value();
    }
    *error = QStringLiteral("unknown dialect setting '%1' (delimiter=D, encoding=ENC, date-order=mdy|dmy, decimal-comma, no-header)").arg(key);
    return false;
}

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
    const QCommandLineOption dialectOpt(QStringLiteral("dialect"),
                                        QStringLiteral("One file's dialect (repeatable): FILE:SETTING[,SETTING…] with delimiter=D, "
                                                       "encoding=ENC, date-order=mdy|dmy, decimal-comma, no-header. With several "
                                                       "files, dialect options are given this way, per file."),
                                        QStringLiteral("FILE:SETTINGS"));
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
    const QCommandLineOption threadsOpt(QStringLiteral("threads"),
                                        QStringLiteral("Threads a large FOCUS file is read with (default: the processor's cores)."),
                                        QStringLiteral("N"));
    for (const auto *o : {&entityOpt, &focusOpt, &pricesOpt, &mappingOpt, &validOpt, &rejectsOpt, &outOpt, &dryOpt, &encodingOpt,
                          &delimiterOpt, &dateOrderOpt, &decimalCommaOpt, &noHeaderOpt, &dialectOpt, &fractionOpt, &providerOpt, &mixOpt, &matchOpt, &threadsOpt})
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
    QString why;
    for (const auto &[opt, key] : {std::pair{&encodingOpt, "encoding"}, std::pair{&dateOrderOpt, "date-order"}, std::pair{&delimiterOpt, "delimiter"}})
        if (p.isSet(*opt) && !setDialect(&overrides, QLatin1String(key), p.value(*opt), &why))
            return usage(why);
    overrides.decimalComma = p.isSet(decimalCommaOpt);
    overrides.noHeader = p.isSet(noHeaderOpt);
    // Issue #17: a dialect option would apply to every file of the import (a decimal
    // comma read into a file that uses the point): with several files, per file only.
    const QStringList files = cl.positional().mid(1);
    if (overrides.any() && files.size() > 1)
        return usage(QStringLiteral("with several files a dialect option would apply to every one of them: give it per file, "
                                    "e.g. --dialect %1:decimal-comma")
                         .arg(QFileInfo(files.front()).fileName()));
    std::map<QString, DialectOverrides> perFile; // by the file as given, or its name
    for (const QString &spec : p.values(dialectOpt)) {
        const qsizetype colon = spec.lastIndexOf(u':');
        const QString file = colon > 0 ? spec.left(colon) : QString();
        const auto given = std::find_if(files.begin(), files.end(), [&file](const QString &f) { return f == file || QFileInfo(f).fileName() == file; });
        if (file.isEmpty() || given == files.end())
            return usage(QStringLiteral("--dialect %1: name one of the files being imported, then ':' and the settings").arg(spec));
        DialectOverrides &o = perFile[*given];
        for (const QString &item : spec.mid(colon + 1).split(u',', Qt::SkipEmptyParts)) {
            const qsizetype eq = item.indexOf(u'=');
            if (!setDialect(&o, item.left(eq).trimmed(), eq < 0 ? std::nullopt : std::optional<QString>(item.mid(eq + 1).trimmed()), &why))
                return usage(QStringLiteral("--dialect %1: %2").arg(spec, why));
        }
    }

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
    settings.threads = std::max(1, QThread::idealThreadCount());
    if (p.isSet(threadsOpt)) {
        bool ok = false;
        settings.threads = p.value(threadsOpt).toInt(&ok);
        if (!ok || settings.threads < 1 || settings.threads > 64)
            return usage(QStringLiteral("--threads is a number from 1 to 64, not '%1'").arg(p.value(threadsOpt)));
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

    if (const QString unknown = FocusImporter::unknownProviderIds(settings.providerMap, project); !unknown.isEmpty())
        return usage(unknown);

    ImportSession session(project);
    session.settings() = settings;
    session.priceOptions() = priceOptions;
    for (const QString &path : files) {
        QString error;
        if (!session.addPath(path, kind, &error)) {
            io.err << error << '\n';
            return UsageError;
        }
        const QString fileName = QFileInfo(path).fileName();
        ImportSource &source = session.sources().back();
        const auto own = perFile.find(path);
        const DialectOverrides &o = own != perFile.end() ? own->second : overrides;
        if (o.any())
            source.dialect = o.applyTo(source.kind == ImportKind::Prices ? ImportDialect{} : source.guess.dialect);
        if (settings.mapping && !settings.mapping->entity().isEmpty() && settings.mapping->entity() != ImportKinds::name(source.kind))
            return usage(QStringLiteral("the mapping is for '%1', %2 is read as '%3'").arg(settings.mapping->entity(), fileName, ImportKinds::name(source.kind)));
        source.mapping = settings.mapping;
    }
    // Issue 16: files are read as streams; only the first rejects are kept in memory (all go
    // to --rejects), and progress goes to stderr when it is a terminal, never into a pipe.
    auto spool = p.isSet(rejectsOpt) ? std::make_shared<RejectSpool>() : nullptr;
    if (QString error; spool && !spool->isOpen(&error)) {
        io.err << error << '\n';
        return Failed;
    }
    ImportProgressLine progressLine(io.err, isatty(fileno(stderr)) != 0);
    const auto planned = session.plan(progressLine.callback(), nullptr, kRejectsShown, spool);
    progressLine.clear();
    ImportPlan plan = planned.value_or(ImportPlan{});

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
    if (plan.rejectsNotKept > 0)
        io.err << QStringLiteral("rejected: … and %1 more (the first %2 are shown; --rejects OUT.csv writes every one)\n")
                      .arg(plan.rejectsNotKept)
                      .arg(kRejectsShown);
    io.out << plan.summary(project) << '\n';
    if (p.isSet(rejectsOpt)) {
        QString error;
        if (!spool->write(p.value(rejectsOpt), &error)) {
            io.err << error << '\n';
            return Failed;
        }
    }
    // 2: an input that cannot be read at all; 3: rows rejected (docs/cli.md).
    const int result = !plan.refusedFiles.isEmpty() ? int(UsageError) : plan.rejectCount() == 0 ? int(Ok) : int(RowsRejected);
    if (!plan.canApply()) {
        if (plan.rowsAccepted > 0)
            io.out << QStringLiteral("nothing imported: %1 rejected (use --valid-rows to import the other rows)\n").arg(plan.rejectCount());
        else
            io.out << QStringLiteral("nothing imported: %1 rejected and no row is valid\n").arg(plan.rejectCount());
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
