#include "Jurisdiction.h"

#include <QSet>

namespace hp {

namespace {

// ISO 3166-1 alpha-2, the 249 officially assigned codes.
const char kIso3166[] =
    "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ "
    "BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ "
    "CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ "
    "DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR "
    "GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU "
    "ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ "
    "LA LB LC LI LK LR LS LT LU LV LY "
    "MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ "
    "NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA "
    "RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ "
    "TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU "
    "WF WS YE YT ZA ZM ZW";

// The 27 member states of the European Union (Greece is GR in ISO 3166-1).
const char kEuMembers[] = "AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK";

QSet<QString> codes(const char *list)
{
    QSet<QString> out;
    for (const QString &c : QString::fromLatin1(list).split(u' ', Qt::SkipEmptyParts))
        out.insert(c);
    return out;
}

QString normal(QStringView code) { return code.trimmed().toString().toUpper(); }

} // namespace

bool Jurisdiction::isKnown(QStringView code)
{
    static const QSet<QString> known = codes(kIso3166);
    const QString c = normal(code);
    return c == u"EU" || known.contains(c);
}

bool Jurisdiction::isEuMember(QStringView code)
{
    static const QSet<QString> members = codes(kEuMembers);
    return members.contains(normal(code));
}

bool Jurisdiction::admits(const QStringList &residency, QStringView jurisdiction)
{
    if (residency.isEmpty())
        return true;
    const QString j = normal(jurisdiction);
    if (j.isEmpty())
        return false;
    for (const QString &allowed : residency) {
        const QString a = normal(allowed);
        if (a == j || (a == u"EU" && isEuMember(j)))
            return true;
    }
    return false;
}

QStringList Jurisdiction::splitList(QStringView text)
{
    QStringList out;
    for (QStringView part : text.split(u'|')) {
        const QString code = part.trimmed().toString();
        if (!code.isEmpty())
            out << code;
    }
    return out;
}

} // namespace hp
