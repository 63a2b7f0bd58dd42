#pragma once

#include <QString>

// Names, emails and campaigns for the demo data: donors from many cultures in their own scripts
// (Latin with accents, Cyrillic, Greek, Arabic, Hebrew, Chinese, Japanese, Korean, Devanagari),
// so that every view is seen with the text it will really meet.
namespace DemoData {

// Which donors an endpoint tends to have: a synagogue's, a Japanese widget's, anyone's.
enum class Community { Anyone, Jewish, Japanese };

struct Person
{
    QString given; // in the donor's script
    QString family;
    QString name; // as the donor writes it: "Anna Smith", "山田 花子", "王小明"
    QString latinGiven; // for the email address and card-holder names
    QString latinFamily;
    QString email; // empty: none given
};

// The donor `donor` of the pool: the same person (and address) every time for the same seed.
Person person(quint32 seed, int donor, Community community = Community::Anyone);

// A campaign of endpoint `endpoint` (index in endpointSpecs()), chosen by `pick`; some name
// the year of `donatedAt` (ms UTC).
QString campaignName(int endpoint, int pick, qint64 donatedAt);

} // namespace DemoData
