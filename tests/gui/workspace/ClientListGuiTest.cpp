// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClientListGuiTest.h"

#include "core/ClientRepository.h"
#include "base/Clock.h"
#include "gui/clients/ClientListModel.h"
#include "gui/clients/ClientListPanel.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "support/TestVault.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <algorithm>

using namespace kim;
using namespace kim::gui;

namespace {

constexpr int ClientCount = 3000;

// What the list must show, computed here rather than by the repository.
struct Expected {
    int64_t id = 0;
    QString lastName;
    QString firstName;
    core::Municipality municipality = core::Municipality::Guetersloh;
    core::TargetGroup targetGroup = core::TargetGroup::Immigrants;
    QString displayName() const { return lastName + QStringLiteral(", ") + firstName; }
};

// SQLite's NOCASE: bytes of UTF-8 with ASCII letters folded.
QByteArray nocaseKey(const QString& text) {
    QByteArray key = text.toUtf8();
    for (char& byte : key) {
        if (byte >= 'A' && byte <= 'Z') {
            byte = char(byte + 32);
        }
    }
    return key;
}

bool listOrder(const Expected& a, const Expected& b) {
    const QByteArray al = nocaseKey(a.lastName), bl = nocaseKey(b.lastName);
    if (al != bl) {
        return al < bl;
    }
    const QByteArray af = nocaseKey(a.firstName), bf = nocaseKey(b.firstName);
    return af != bf ? af < bf : a.id < b.id;
}

template <typename T> T* named(QWidget* parent, const char* name) {
    T* child = parent->findChild<T*>(QString::fromLatin1(name));
    if (child == nullptr) {
        qFatal("no child %s", name);
    }
    return child;
}

} // namespace

// A vault with ClientCount clients: few surnames in mixed case and with umlauts, so that names
// tie and the order by id matters; inserted in one transaction to keep the test quick.
struct ClientListWorld {
    test::TestVault tv;
    kim::FixedClock clock{QDate(2026, 3, 10)};
    core::ClientRepository clients{tv.vault->database(), clock};
    QList<Expected> ordered;

    ClientListWorld() {
        const QStringList lastNames{
            QStringLiteral("Kovalenko"),  QStringLiteral("kovalenko"), QString::fromUtf8("Öztürk"),
            QString::fromUtf8("özdemir"), QString::fromUtf8("Müller"), QStringLiteral("Shevchenko"),
            QStringLiteral("Abbas"),      QStringLiteral("Zielinska"), QStringLiteral("Ahmadi"),
            QStringLiteral("Berisha"),    QStringLiteral("Marchenko"), QStringLiteral("Popescu")};
        const QStringList firstNames{QStringLiteral("Olena"),  QStringLiteral("olena"),   QStringLiteral("Mariam"),
                                     QStringLiteral("Zeynep"), QString::fromUtf8("Şule"), QStringLiteral("Ali"),
                                     QStringLiteral("Iryna")};
        storage::Database& db = tv.vault->database();
        storage::Transaction transaction(db);
        auto insert = db.prepare(QStringLiteral(
            "INSERT INTO clients (case_code, first_name, last_name, target_group, municipality, residence_status, "
            "created_on) VALUES (?1, ?2, ?3, ?4, ?5, 1, '2026-01-01')"));
        for (int i = 0; i < ClientCount; ++i) {
            Expected client;
            client.lastName = lastNames.at((i * 7) % lastNames.size());
            client.firstName = firstNames.at((i * 3 + i / 12) % firstNames.size());
            client.municipality = static_cast<core::Municipality>(1 + i % 13);
            client.targetGroup = static_cast<core::TargetGroup>(1 + (i / 13) % 4);
            insert.bind(1, QStringLiteral("T-2026-%1").arg(i, 5, 10, QLatin1Char('0')))
                .bind(2, client.firstName)
                .bind(3, client.lastName)
                .bind(4, static_cast<int>(client.targetGroup))
                .bind(5, static_cast<int>(client.municipality))
                .run();
            insert.reset();
            client.id = db.lastInsertId();
            ordered.append(client);
        }
        transaction.commit();
        std::sort(ordered.begin(), ordered.end(), listOrder);
    }
};

namespace {

// A shown panel of a realistic size on the shared vault.
struct Panel {
    explicit Panel(ClientListWorld& world)
        : widget(world.clients) {
        widget.resize(520, 600);
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
    }
    QTableView* view() { return widget.view(); }
    ClientListModel* model() { return qobject_cast<ClientListModel*>(widget.view()->model()); }
    QString nameAt(int row) { return model()->index(row, ClientListModel::Name).data().toString(); }
    // Whether the row is inside the visible part of the table.
    bool isVisible(int row) {
        const QRect rect = view()->visualRect(model()->index(row, ClientListModel::Name));
        return rect.isValid() && view()->viewport()->rect().contains(rect.center());
    }

    ClientListPanel widget;
};

// The clients the list must show under a condition, in list order.
template <typename Predicate> QList<Expected> listed(const ClientListWorld& world, Predicate predicate) {
    QList<Expected> result;
    for (const Expected& client : world.ordered) {
        if (predicate(client)) {
            result.append(client);
        }
    }
    return result;
}

bool startsWith(const QString& name, const QString& prefix) {
    return name.startsWith(prefix, Qt::CaseInsensitive);
}

} // namespace

ClientListGuiTest::ClientListGuiTest() = default;
ClientListGuiTest::~ClientListGuiTest() = default;

void ClientListGuiTest::initTestCase() {
    m_world = std::make_unique<ClientListWorld>();
}

void ClientListGuiTest::theRowCountIsTheCountShownBelowTheList() {
    Panel panel(*m_world);
    QCOMPARE(panel.model()->rowCount(), ClientCount);
    QCOMPARE(panel.widget.totalCount(), ClientCount);
    QCOMPARE(named<QLabel>(&panel.widget, "clientCountLabel")->text(),
             QStringLiteral("%1 Klient*innen").arg(ClientCount));
    // Only what the view shows was loaded.
    QVERIFY(panel.model()->loadedRowCount() <= 2 * ClientListModel::BlockSize);
}

void ClientListGuiTest::selectingAClientFarDownSelectsItsRowAndScrollsToIt() {
    Panel panel(*m_world);
    QSignalSpy current(&panel.widget, &ClientListPanel::currentClientChanged);
    for (const int row : {ClientCount - 2, 1234, 0, ClientCount - 1}) {
        const Expected& client = m_world->ordered.at(row);
        panel.widget.selectClient(client.id);
        QCOMPARE(panel.view()->currentIndex().row(), row);
        QCOMPARE(panel.widget.currentClientId(), client.id);
        QCOMPARE(panel.nameAt(row), client.displayName());
        QVERIFY(panel.isVisible(row));
        QCOMPARE(current.last().at(0).toLongLong(), client.id);
    }
    panel.widget.selectClient(987654); // unknown: the selection stays
    QCOMPARE(panel.widget.currentClientId(), m_world->ordered.last().id);
    QVERIFY(panel.model()->loadedRowCount() <= ClientListModel::MaxBlocks * ClientListModel::BlockSize);
}

void ClientListGuiTest::scrollingToTheEndShowsTheLastClientInNameOrder() {
    Panel panel(*m_world);
    QScrollBar* bar = panel.view()->verticalScrollBar();
    bar->triggerAction(QAbstractSlider::SliderToMaximum);
    panel.view()->viewport()->grab(); // paints, as the screen would
    QVERIFY(panel.isVisible(ClientCount - 1));
    QCOMPARE(panel.nameAt(ClientCount - 1), m_world->ordered.last().displayName());
    // NOCASE leaves umlauts alone: "ö" sorts after "Ö", both after every ASCII letter.
    QCOMPARE(m_world->ordered.last().lastName, QString::fromUtf8("özdemir"));

    // Dragging through the whole list keeps only a bounded number of rows in memory.
    int maxLoaded = 0;
    for (int value = bar->maximum(); value >= 0; value -= bar->pageStep()) {
        bar->setValue(value);
        panel.view()->viewport()->grab();
        maxLoaded = std::max(maxLoaded, panel.model()->loadedRowCount());
    }
    bar->setValue(0);
    QVERIFY(maxLoaded > 0);
    QVERIFY(maxLoaded <= ClientListModel::MaxBlocks * ClientListModel::BlockSize);
    QCOMPARE(panel.view()->rowAt(0), 0);
    QCOMPARE(panel.nameAt(0), m_world->ordered.first().displayName());
}

void ClientListGuiTest::everyRowShowsTheClientOfItsPlaceInNameOrder() {
    Panel panel(*m_world);
    ClientListModel* model = panel.model();
    for (int row = 0; row < ClientCount; ++row) {
        const Expected& client = m_world->ordered.at(row);
        if (model->clientIdAt(row) != client.id || panel.nameAt(row) != client.displayName()) {
            QFAIL(qPrintable(QStringLiteral("row %1 shows %2").arg(row).arg(panel.nameAt(row))));
        }
    }
    QCOMPARE(model->clientIdAt(ClientCount), int64_t(0));
    QCOMPARE(model->clientIdAt(-1), int64_t(0));
    QVERIFY(!model->index(ClientCount, 0).isValid());
    QVERIFY(model->loadedRowCount() <= ClientListModel::MaxBlocks * ClientListModel::BlockSize);
}

void ClientListGuiTest::theFilterTextAndTheCombosNarrowTheListAndKeepTheSelection() {
    Panel panel(*m_world);
    const QList<Expected> kov =
        listed(*m_world, [&](const Expected& c) { return startsWith(c.lastName, QStringLiteral("kov")); });
    QVERIFY(kov.size() > 200);
    const Expected& chosen = kov.at(kov.size() - 3);
    panel.widget.selectClient(chosen.id);

    auto* edit = named<QLineEdit>(&panel.widget, "clientFilterEdit");
    QTest::keyClicks(edit, QStringLiteral("kOv"));
    QTRY_COMPARE(panel.widget.totalCount(), int(kov.size())); // after the debounce
    QCOMPARE(panel.model()->rowCount(), int(kov.size()));
    QCOMPARE(named<QLabel>(&panel.widget, "clientCountLabel")->text(),
             QStringLiteral("%1 Klient*innen").arg(kov.size()));
    QCOMPARE(panel.widget.currentClientId(), chosen.id);
    QCOMPARE(panel.view()->currentIndex().row(), int(kov.size()) - 3);
    QVERIFY(panel.isVisible(int(kov.size()) - 3));
    QCOMPARE(panel.nameAt(int(kov.size()) - 1), kov.last().displayName());

    // The municipality combo narrows further; the chosen client stays selected if listed.
    auto* municipality = named<QComboBox>(&panel.widget, "clientMunicipalityFilter");
    municipality->setCurrentIndex(municipality->findData(static_cast<int>(chosen.municipality)));
    const QList<Expected> kovThere = listed(*m_world, [&](const Expected& c) {
        return startsWith(c.lastName, QStringLiteral("kov")) && c.municipality == chosen.municipality;
    });
    QCOMPARE(panel.model()->rowCount(), int(kovThere.size()));
    QCOMPARE(panel.widget.currentClientId(), chosen.id);
    int chosenRow = -1;
    for (int row = 0; row < kovThere.size(); ++row) {
        QCOMPARE(panel.model()->clientIdAt(row), kovThere.at(row).id);
        if (kovThere.at(row).id == chosen.id) {
            chosenRow = row;
        }
    }
    QCOMPARE(panel.view()->currentIndex().row(), chosenRow);

    // A target group the chosen client is not in hides it: no row is current.
    auto* group = named<QComboBox>(&panel.widget, "clientTargetGroupFilter");
    const auto otherGroup =
        chosen.targetGroup == core::TargetGroup::Ukraine ? core::TargetGroup::Immigrants : core::TargetGroup::Ukraine;
    group->setCurrentIndex(group->findData(static_cast<int>(otherGroup)));
    const QList<Expected> narrow = listed(*m_world, [&](const Expected& c) {
        return startsWith(c.lastName, QStringLiteral("kov")) && c.municipality == chosen.municipality &&
               c.targetGroup == otherGroup;
    });
    QCOMPARE(panel.model()->rowCount(), int(narrow.size()));
    QVERIFY(!panel.view()->currentIndex().isValid());
}

void ClientListGuiTest::umlautsTypedInEitherCaseFindLastAndFirstNames() {
    Panel panel(*m_world);
    auto* edit = named<QLineEdit>(&panel.widget, "clientFilterEdit");
    QTest::keyClicks(edit, QString::fromUtf8("ÖZ"));
    const QList<Expected> oz = listed(*m_world, [&](const Expected& c) {
        return c.lastName.startsWith(QString::fromUtf8("Öz")) || c.lastName.startsWith(QString::fromUtf8("öz"));
    });
    // As many clients as "kov" lists: wait for the first row, not the count.
    QTRY_COMPARE(panel.nameAt(0), oz.first().displayName());
    QCOMPARE(panel.widget.totalCount(), int(oz.size()));
    QCOMPARE(panel.nameAt(int(oz.size()) - 1), oz.last().displayName());
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    // Beyond Latin-1: a key event with its text, as an input method sends it.
    QTest::sendKeyEvent(QTest::Click, edit, Qt::Key_unknown, QString::fromUtf8("ş"), Qt::NoModifier);
    const QList<Expected> s =
        listed(*m_world, [&](const Expected& c) { return c.firstName == QString::fromUtf8("Şule"); });
    QTRY_COMPARE(panel.widget.totalCount(), int(s.size()));
    QCOMPARE(panel.nameAt(0), s.first().displayName());
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTRY_COMPARE(panel.widget.totalCount(), ClientCount);
}

void ClientListGuiTest::enterOnAClientOpensIt() {
    Panel panel(*m_world);
    QSignalSpy activated(&panel.widget, &ClientListPanel::clientActivated);
    const Expected& client = m_world->ordered.at(2500);
    panel.widget.selectClient(client.id);
    panel.view()->setFocus();
    QTest::keyClick(panel.view(), Qt::Key_Return);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().at(0).toLongLong(), client.id);

    // Enter in the filter field moves to the list's first row.
    auto* edit = named<QLineEdit>(&panel.widget, "clientFilterEdit");
    panel.view()->setCurrentIndex({});
    QTest::keyClicks(edit, QStringLiteral("zie"));
    QTest::keyClick(edit, Qt::Key_Return);
    const auto first = std::find_if(m_world->ordered.cbegin(), m_world->ordered.cend(),
                                    [](const Expected& c) { return c.lastName == QStringLiteral("Zielinska"); });
    QVERIFY(first != m_world->ordered.cend());
    QCOMPARE(panel.view()->currentIndex().row(), 0);
    QCOMPARE(panel.widget.currentClientId(), first->id);
    QCOMPARE(panel.nameAt(0), first->displayName());
}

void ClientListGuiTest::aRefreshKeepsTheSelectionAndShowsChangedNames() {
    ClientListWorld world; // changed below
    Panel panel(world);
    const Expected chosen = world.ordered.at(1800);
    panel.widget.selectClient(chosen.id);
    QSignalSpy current(&panel.widget, &ClientListPanel::currentClientChanged);

    // Another client is renamed to sort first: same count, new order.
    core::Client other = world.clients.load(world.ordered.at(2900).id);
    other.lastName = QStringLiteral("Aaron");
    world.clients.save(other);
    panel.widget.refresh();
    QCOMPARE(panel.widget.currentClientId(), chosen.id);
    QCOMPARE(panel.view()->currentIndex().row(), 1801);
    QVERIFY(panel.isVisible(1801));
    QCOMPARE(panel.nameAt(0), QStringLiteral("Aaron, ") + other.firstName);
    QCOMPARE(current.size(), 0); // still the same client: the case file is not reloaded

    // A new client: the count follows, the selection stays.
    core::Client added;
    added.lastName = QStringLiteral("Aaa");
    added.firstName = QStringLiteral("Neu");
    world.clients.save(added);
    panel.widget.refresh();
    QCOMPARE(panel.widget.totalCount(), ClientCount + 1);
    QCOMPARE(named<QLabel>(&panel.widget, "clientCountLabel")->text(),
             QStringLiteral("%1 Klient*innen").arg(ClientCount + 1));
    QCOMPARE(panel.widget.currentClientId(), chosen.id);
    QCOMPARE(panel.view()->currentIndex().row(), 1802);
    QCOMPARE(panel.nameAt(0), QStringLiteral("Aaa, Neu"));
    QCOMPARE(current.size(), 0);
}
