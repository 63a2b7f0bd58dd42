#include "demovocabulary.h"

#include "demoplan.h"

#include <QDateTime>
#include <QList>
#include <QTimeZone>

namespace DemoData {

namespace {

// Names as "native|latin": the Latin form makes the email address.
struct CultureText
{
    const char *key;
    int weight; // among all donors
    bool familyFirst; // 山田 花子, Nguyễn Thị Mai
    const char *separator;
    // Gendered surnames (Смирнова, Παπαδοπούλου) only fit their own given name: such cultures
    // list whole people, given[i] with family[i].
    bool paired;
    std::initializer_list<const char *> given;
    std::initializer_list<const char *> family;
    std::initializer_list<const char *> domains;
};

// clang-format off
const CultureText cultureTexts[] = {
    {"en", 300, false, " ", false,
        {"James|james", "Mary|mary", "Robert|robert", "Patricia|patricia", "John|john",
         "Jennifer|jennifer", "Michael|michael", "Linda|linda", "David|david",
         "Elizabeth|elizabeth", "William|william", "Barbara|barbara", "Sarah|sarah",
         "Thomas|thomas", "Jessica|jessica", "Daniel|daniel", "Karen|karen", "Emily|emily",
         "Matthew|matthew", "Ashley|ashley", "Olivia|olivia", "Noah|noah", "Liam|liam",
         "Emma|emma", "Ava|ava", "Ethan|ethan", "Grace|grace", "Hannah|hannah", "Aiden|aiden",
         "Chloe|chloe", "Hilma|hilma", "Ada|ada"},
        {"Smith|smith", "Johnson|johnson", "Williams|williams", "Brown|brown", "Jones|jones",
         "Miller|miller", "Davis|davis", "Wilson|wilson", "Anderson|anderson", "Taylor|taylor",
         "Thomas|thomas", "Moore|moore", "Jackson|jackson", "Martin|martin", "Lee|lee",
         "Thompson|thompson", "White|white", "Harris|harris", "Clark|clark", "Lewis|lewis",
         "Walker|walker", "Hall|hall", "Young|young", "King|king", "Wright|wright",
         "Scott|scott", "Green|green", "Baker|baker", "Adams|adams", "Nelson|nelson",
         "O'Brien|obrien", "MacDonald|macdonald", "Hill|hill", "Lovelace|lovelace"},
        {"example.com", "example.org", "example.net", "mail.example.com", "example.us"}},
    {"es", 45, false, " ", false,
        {"José|jose", "María José|mariajose", "Sofía|sofia", "Lucía|lucia", "Martín|martin",
         "Joaquín|joaquin", "Inés|ines", "Andrés|andres", "Raúl|raul", "Begoña|begona",
         "Ramón|ramon", "Mónica|monica"},
        {"García|garcia", "Fernández|fernandez", "López|lopez", "Martínez|martinez",
         "Sánchez|sanchez", "Pérez|perez", "Gómez|gomez", "Muñoz|munoz", "Jiménez|jimenez",
         "Núñez|nunez", "Ibáñez|ibanez", "Peña|pena", "Castañeda|castaneda"},
        {"example.es", "example.mx", "example.com.ar", "example.com"}},
    {"pt", 20, false, " ", false,
        {"João|joao", "Conceição|conceicao", "Ana|ana", "Gonçalo|goncalo", "Inês|ines",
         "Tomás|tomas", "Luísa|luisa", "Sebastião|sebastiao"},
        {"Gonçalves|goncalves", "Simões|simoes", "Magalhães|magalhaes", "Araújo|araujo",
         "Lima|lima", "Conceição|conceicao", "Guimarães|guimaraes", "Brandão|brandao"},
        {"example.com.br", "example.pt"}},
    {"fr", 40, false, " ", false,
        {"Renée|renee", "Hélène|helene", "François|francois", "Zoé|zoe", "Chloé|chloe",
         "Gaëlle|gaelle", "Léa|lea", "Jérôme|jerome", "Céline|celine", "Anaïs|anais",
         "Noël|noel", "Benoît|benoit"},
        {"Faÿ|fay", "Lefèvre|lefevre", "Dubois|dubois", "Moreau|moreau", "Girard|girard",
         "Bérénger|berenger", "Lemaître|lemaitre", "Béland|beland", "Côté|cote",
         "Gagné|gagne", "Fournier|fournier"},
        {"example.fr", "example.ca", "example.be"}},
    {"de", 30, false, " ", false,
        {"Jürgen|juergen", "Anneliese|anneliese", "Jörg|joerg", "Bärbel|baerbel",
         "Günther|guenther", "Käthe|kaethe", "Lukas|lukas", "Sophie|sophie", "Maximilian|max"},
        {"Müller|mueller", "Schröder|schroeder", "Weiß|weiss", "Hoffmann|hoffmann",
         "Groß|gross", "Köhler|koehler", "Schäfer|schaefer", "Becker|becker"},
        {"example.de", "example.at", "example.ch"}},
    {"nordic", 15, false, " ", false,
        {"Søren|soren", "Åsa|asa", "Björn|bjorn", "Mårten|marten", "Sigríður|sigridur",
         "Ingrid|ingrid", "Øystein|oystein", "Märta|marta"},
        {"Kierkegaard|kierkegaard", "Lindström|lindstrom", "Nørgaard|norgaard",
         "Jónsdóttir|jonsdottir", "Åberg|aberg", "Ødegård|odegard", "Sjöberg|sjoberg"},
        {"example.dk", "example.se", "example.no", "example.is"}},
    {"pl", 15, false, " ", true,
        {"Małgorzata|malgorzata", "Łukasz|lukasz", "Agnieszka|agnieszka", "Paweł|pawel",
         "Zofia|zofia", "Jędrzej|jedrzej", "Katarzyna|katarzyna"},
        {"Wójcik|wojcik", "Nowak|nowak", "Kowalska|kowalska", "Wiśniewski|wisniewski",
         "Dąbrowska|dabrowska", "Zieliński|zielinski", "Lewandowska|lewandowska"},
        {"example.pl"}},
    {"cs", 8, false, " ", true,
        {"Jiří|jiri", "Šárka|sarka", "Tomáš|tomas", "Květa|kveta", "Bohumil|bohumil"},
        {"Dvořák|dvorak", "Šimková|simkova", "Novák|novak", "Procházková|prochazkova",
         "Černý|cerny"},
        {"example.cz"}},
    {"tr", 12, false, " ", false,
        {"Ayşe|ayse", "Çağla|cagla", "Mehmet|mehmet", "Gökhan|gokhan", "Şule|sule",
         "İbrahim|ibrahim", "Özge|ozge"},
        {"Yılmaz|yilmaz", "Öztürk|ozturk", "Çelik|celik", "Şahin|sahin", "Doğan|dogan",
         "Aydın|aydin"},
        {"example.com.tr"}},
    {"vi", 15, true, " ", false,
        {"Thị Mai|thimai", "Văn Hùng|vanhung", "Thu Trang|thutrang", "Minh Đức|minhduc",
         "Ngọc Anh|ngocanh", "Quốc Bảo|quocbao"},
        {"Nguyễn|nguyen", "Trần|tran", "Lê|le", "Phạm|pham", "Hoàng|hoang", "Võ|vo",
         "Đặng|dang"},
        {"example.vn", "example.com"}},
    {"ng", 15, false, " ", false,
        {"Ngozi|ngozi", "Chukwuemeka|chukwuemeka", "Adébáyọ̀|adebayo", "Oluwaseun|oluwaseun",
         "Chiamaka|chiamaka", "Ọlátúndé|olatunde", "Zoë|zoe"},
        {"Adichie-Ọkafọ|adichieokafo", "Okafor|okafor", "Ògúnlẹ̀sì|ogunlesi", "Adeyemi|adeyemi",
         "Eze|eze", "Nwosu|nwosu"},
        {"example.ng", "example.com"}},
    {"ru", 30, false, " ", true,
        {"Анна|anna", "Ольга|olga", "Дмитрий|dmitri", "Иван|ivan", "Михаил|mikhail",
         "Наталья|natalya", "Сергей|sergei", "Екатерина|ekaterina", "Алексей|alexei",
         "Мария|maria"},
        {"Каренина|karenina", "Смирнова|smirnova", "Волков|volkov", "Петров|petrov",
         "Гольдберг|goldberg", "Иванова|ivanova", "Кузнецов|kuznetsov", "Соколова|sokolova",
         "Морозов|morozov", "Лебедева|lebedeva"},
        {"example.ru", "example.com"}},
    {"uk", 10, false, " ", false,
        {"Олена|olena", "Тарас|taras", "Оксана|oksana", "Андрій|andrii", "Ірина|iryna",
         "Богдан|bohdan", "Юлія|yuliia"},
        {"Коваленко|kovalenko", "Шевченко|shevchenko", "Бондаренко|bondarenko",
         "Ткаченко|tkachenko", "Кравченко|kravchenko", "Мельник|melnyk", "Бойко|boiko"},
        {"example.com.ua"}},
    {"el", 25, false, " ", true,
        {"Γιώργος|giorgos", "Μαρία|maria", "Ελένη|eleni", "Νίκος|nikos", "Δημήτρης|dimitris",
         "Κατερίνα|katerina", "Αθανάσιος|athanasios", "Σοφία|sofia", "Ιωάννα|ioanna",
         "Χρήστος|christos"},
        {"Παπαδόπουλος|papadopoulos", "Παπαδοπούλου|papadopoulou", "Γεωργίου|georgiou",
         "Κωνσταντίνου|konstantinou", "Οικονόμου|oikonomou", "Νικολάου|nikolaou",
         "Βλάχος|vlachos", "Αλεξίου|alexiou", "Δημητρίου|dimitriou", "Ιωάννου|ioannou"},
        {"example.gr", "example.com.cy"}},
    {"ar", 45, false, " ", false,
        {"فاطمة|fatima", "محمد|mohammed", "أحمد|ahmed", "ليلى|layla", "عمر|omar",
         "مريم|maryam", "يوسف|youssef", "نور|nour", "خالد|khaled", "سارة|sara"},
        {"الهاشمي|alhashimi", "الأحمد|alahmad", "الصباح|alsabah", "حداد|haddad",
         "خوري|khoury", "المصري|almasri", "العلي|alali", "النجار|alnajjar"},
        {"example.ae", "example.jo", "example.com.eg", "example.com"}},
    {"he", 50, false, " ", false,
        {"שרה|sarah", "אברהם|avraham", "דוד|david", "רחל|rachel", "יעקב|yaakov",
         "מרים|miriam", "משה|moshe", "לאה|leah", "נועה|noa", "איתן|eitan",
         "אַבְרָהָם|avraham", "שָׁלוֹם|shalom"},
        {"כהן|cohen", "לוי|levi", "מזרחי|mizrahi", "פרץ|peretz", "ביטון|biton",
         "אברהמי|avrahami", "פרידמן|friedman", "שפירא|shapira"},
        {"example.org.il", "example.co.il", "example.com"}},
    {"zh", 25, true, "", false,
        {"小明|xiaoming", "伟|wei", "芳|fang", "秀英|xiuying", "静|jing", "丽|li", "强|qiang",
         "磊|lei", "婷|ting", "浩然|haoran"},
        {"王|wang", "李|li", "张|zhang", "刘|liu", "陈|chen", "杨|yang", "黄|huang", "赵|zhao",
         "周|zhou", "吴|wu"},
        {"example.cn", "example.com.tw", "example.hk"}},
    {"ja", 20, true, " ", false,
        {"花子|hanako", "太郎|taro", "陽菜|hina", "蓮|ren", "結衣|yui", "大翔|hiroto",
         "美咲|misaki", "健太|kenta"},
        {"山田|yamada", "佐藤|sato", "鈴木|suzuki", "高橋|takahashi", "田中|tanaka",
         "伊藤|ito", "渡辺|watanabe", "中村|nakamura"},
        {"example.jp", "example.co.jp"}},
    {"ko", 12, true, "", false,
        {"민준|minjun", "서연|seoyeon", "지우|jiwoo", "하준|hajun", "서윤|seoyun",
         "도윤|doyun"},
        {"김|kim", "이|lee", "박|park", "최|choi", "정|jung", "강|kang"},
        {"example.kr", "example.co.kr"}},
    {"hi", 30, false, " ", false,
        {"प्रिया|priya", "राहुल|rahul", "अनीता|anita", "अर्जुन|arjun", "सुनीता|sunita",
         "विक्रम|vikram", "दीपिका|deepika", "आदित्य|aditya"},
        {"शर्मा|sharma", "वर्मा|verma", "गुप्ता|gupta", "पटेल|patel", "सिंह|singh",
         "जोशी|joshi", "अग्रवाल|agarwal"},
        {"example.in", "example.co.in"}},
};
// clang-format on

struct Name
{
    QString native;
    QString latin;
};

struct Culture
{
    QByteArray key;
    int weight;
    bool familyFirst;
    QString separator;
    bool paired;
    QList<Name> given;
    QList<Name> family;
    QStringList domains;
};

QList<Name> names(std::initializer_list<const char *> list)
{
    QList<Name> out;
    for (const char *entry : list) {
        const QStringList parts = QString::fromUtf8(entry).split(u'|');
        out << Name {parts.at(0), parts.at(1)};
    }
    return out;
}

const QList<Culture> &cultures()
{
    static const QList<Culture> list = [] {
        QList<Culture> out;
        for (const CultureText &t : cultureTexts) {
            QStringList domains;
            for (const char *d : t.domains)
                domains << QString::fromLatin1(d);
            out << Culture {QByteArray(t.key), t.weight, t.familyFirst,
                QString::fromLatin1(t.separator), t.paired, names(t.given), names(t.family),
                domains};
        }
        return out;
    }();
    return list;
}

int cultureIndex(const char *key)
{
    const QList<Culture> &all = cultures();
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (all.at(i).key == key)
            return int(i);
    }
    return 0;
}

int pickCulture(Rng &rng, Community community)
{
    if (community == Community::Japanese)
        return cultureIndex("ja");
    if (community == Community::Jewish) {
        static const int he = cultureIndex("he");
        static const int en = cultureIndex("en");
        static const int ru = cultureIndex("ru");
        static const int fr = cultureIndex("fr");
        static constexpr std::array<int, 4> w {50, 35, 10, 5};
        return std::array {he, en, ru, fr}[size_t(rng.weighted(w))];
    }
    static const QList<int> weights = [] {
        QList<int> w;
        for (const Culture &c : cultures())
            w << c.weight;
        return w;
    }();
    return rng.weighted(weights.constData(), int(weights.size()));
}

} // namespace

Person person(quint32 seed, int donor, Community community)
{
    Rng rng(mix(mix(seed, 0xd0d0), quint64(donor) * 4 + quint64(community)));
    const Culture &c = cultures().at(pickCulture(rng, community));
    const int g = int(rng.below(quint32(c.given.size())));
    const int f = c.paired ? g % int(c.family.size()) : int(rng.below(quint32(c.family.size())));
    Person p;
    p.given = c.given.at(g).native;
    p.family = c.family.at(f).native;
    p.latinGiven = c.given.at(g).latin;
    p.latinFamily = c.family.at(f).latin;
    // A few donors decorate their name; the views must cope.
    if (rng.chance(0.004))
        p.given += QStringLiteral(" \U0001F33B");
    p.name = c.familyFirst ? p.family + c.separator + p.given : p.given + c.separator + p.family;

    if (rng.chance(0.88)) {
        const QString &gl = p.latinGiven;
        const QString &fl = p.latinFamily;
        QString local;
        switch (rng.below(6)) {
        case 0:
            local = gl + u'.' + fl;
            break;
        case 1:
            local = gl + fl;
            break;
        case 2:
            local = gl.left(1) + u'.' + fl;
            break;
        case 3:
            local = gl + u'.' + fl + QString::number(rng.range(1, 99));
            break;
        case 4:
            local = gl + u'_' + fl;
            break;
        default:
            local = fl + u'.' + gl;
            break;
        }
        p.email = local + u'@' + c.domains.at(rng.below(quint32(c.domains.size())));
        // People type their address as they like; matching must ignore case.
        if (rng.chance(0.03))
            p.email = p.email.left(1).toUpper() + p.email.mid(1);
    }
    return p;
}

QString campaignName(int endpoint, int pick, qint64 donatedAt)
{
    const QDate date = QDateTime::fromMSecsSinceEpoch(donatedAt, QTimeZone::utc()).date();
    // Year-end appeals run into January.
    const int appealYear = date.month() == 1 ? date.year() - 1 : date.year();
    const bool givingSeason = date.month() >= 11 || date.month() == 1;
    auto choose = [pick](std::initializer_list<const char *> list) {
        return QString::fromUtf8(*(list.begin() + pick % int(list.size())));
    };
    switch (endpoint) {
    case 0:
        return pick % 4 == 0 ? QStringLiteral("Spring appeal %1").arg(date.year())
                             : choose({"Clean water", "School meals", "Emergency relief",
                                 "Where needed most", "Clean water"});
    case 1:
        return choose({"Run for Hope 5K", "Team Ocean Swim", "Climb for Kids",
            "Bake sale — Lycée Molière", "Ride to Zürich", "子ども食堂", "Marathon für Mütter"});
    case 2:
        if (!givingSeason)
            return choose({"Annual fund", "Matching gift challenge", "Where needed most"});
        return pick % 3 == 0 ? QStringLiteral("Year-end %1").arg(appealYear)
            : pick % 3 == 1  ? QStringLiteral("Giving Tuesday %1").arg(appealYear)
                             : choose({"Matching gift challenge", "Holiday cards"});
    case 3:
        return choose({"Open Source Fund", "Satoshi Soup Kitchen", "Школа надежды", "مدرسة الأمل",
            "Bitcoin for Books"});
    case 4:
        return pick % 5 == 0 && givingSeason
            ? QStringLiteral("year_end_%1").arg(appealYear)
            : choose({"spring_appeal", "newsletter", "giving_tuesday", "קמפיין קיץ",
                "facebook_lookalike", "email_appeal"});
    case 5:
        return choose({"monthly_giving", "sustainer_upgrade", "welcome_series"});
    case 6:
        return choose({"gala_tickets", "gala_tickets", "sponsor_a_table", "gala_paddle_raise",
            "gala_auction"});
    case 7:
        return pick % 2 == 0 ? QStringLiteral("renewal-%1").arg(date.year())
                             : choose({"new-member", "lifetime-member", "student-rate"});
    case 8:
        return choose({"Building fund", "בניין בית הכנסת", "Yizkor", "Purim matching",
            "Kiddush sponsorship", "Tzedakah"});
    default:
        return choose({"Payroll giving — Northwind Traders", "Employee match — Contoso",
            "Round-up at checkout", "Volunteer grant"});
    }
}

} // namespace DemoData
