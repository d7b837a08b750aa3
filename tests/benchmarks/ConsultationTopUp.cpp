// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConsultationTopUp.h"

#include "core/Catalog.h"
#include "core/Domain.h"
#include "demo/DemoData.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QStringList>

#include <algorithm>

namespace kim::bench {

namespace {

// Different from the demo's seed stream, so the top-up does not repeat its draws.
constexpr uint32_t SeedSalt = 0x5eedb0a7u;

template <typename T> const T& pickFrom(const std::vector<T>& list, int index) {
    return list[static_cast<size_t>(index)];
}

} // namespace

ConsultationTopUp::ConsultationTopUp(storage::Database& db, uint32_t seed, const QDate& today)
    : m_db(db)
    , m_today(today)
    , m_engine(seed ^ SeedSalt) {}

// std::mt19937's output is fixed by the standard, its distributions are not: ranges by hand.
int ConsultationTopUp::below(int n) {
    return static_cast<int>(m_engine() % static_cast<uint32_t>(n));
}

int ConsultationTopUp::between(int low, int high) {
    return low + below(high - low + 1);
}

std::vector<ConsultationTopUp::CaseFacts> ConsultationTopUp::loadCases() {
    auto st = m_db.prepare(QStringLiteral("SELECT ca.id, ca.opened_on, ca.closed_on, cl.municipality, "
                                          "(SELECT count(*) FROM consultations co WHERE co.case_id = ca.id) "
                                          "FROM cases ca JOIN clients cl ON cl.id = ca.client_id ORDER BY ca.id"));
    std::vector<CaseFacts> cases;
    while (st.step()) {
        const QDate closedOn = st.date(2);
        cases.push_back(
            {st.int64(0), st.date(1), closedOn.isValid() ? closedOn : m_today, st.integer(3), st.integer(4)});
    }
    return cases;
}

ConsultationTopUp::NewConsultation ConsultationTopUp::draw(const CaseFacts& facts) {
    NewConsultation c;
    const int span = std::max(0, static_cast<int>(facts.openedOn.daysTo(facts.end)));
    c.heldOn = facts.openedOn.addDays(between(0, span));
    c.mode = below(100) < 60 ? 1 : between(2, 4); // mostly in person, as in the demo
    c.fields = 1 << (between(1, 6) - 1);
    if (below(100) < 35) {
        c.fields |= 1 << (between(1, 6) - 1);
    }
    c.minutes = c.mode == 2 ? 5 * between(2, 6) : 15 * between(2, 8);
    c.notes = note(c.mode, c.fields, facts.municipality);
    return c;
}

QString ConsultationTopUp::note(int mode, int fields, int municipality) {
    using namespace core;
    const auto& openings = demo::DemoData::noteOpenings(static_cast<ConsultationMode>(mode));
    QStringList sentences{QString::fromUtf8(pickFrom(openings, below(static_cast<int>(openings.size()))))};
    for (int field = 1; field <= 6; ++field) {
        if ((fields & (1 << (field - 1))) == 0) {
            continue;
        }
        const auto& list = demo::DemoData::noteSentences(static_cast<FieldOfAction>(field));
        sentences.append(QString::fromUtf8(pickFrom(list, below(static_cast<int>(list.size())))));
    }
    const auto& closings = demo::DemoData::noteClosings();
    const QString closing = QString::fromUtf8(pickFrom(closings, below(static_cast<int>(closings.size()))));
    if (!closing.isEmpty()) {
        sentences.append(closing);
    }
    QString text = sentences.join(QLatin1Char(' '));
    text.replace(QStringLiteral("{ort}"), label(static_cast<Municipality>(municipality)));
    text.replace(QStringLiteral("{kl}"), below(2) == 0 ? QStringLiteral("Klientin") : QStringLiteral("Klient"));
    return text;
}

int64_t ConsultationTopUp::run(int perCase) {
    const std::vector<CaseFacts> cases = loadCases();
    int64_t added = 0;
    storage::Transaction transaction(m_db);
    {
        auto insert = m_db.prepare(QStringLiteral(
            "INSERT INTO consultations (case_id, held_on, duration_minutes, mode, interpreter, fields_of_action, "
            "notes) VALUES (?1, ?2, ?3, ?4, 1, ?5, ?6)"));
        for (const CaseFacts& facts : cases) {
            const int target = std::max(1, between(perCase - 6, perCase + 6));
            for (int i = facts.existing; i < target; ++i) {
                const NewConsultation c = draw(facts);
                insert.bind(1, facts.id).bind(2, c.heldOn).bind(3, c.minutes).bind(4, c.mode);
                insert.bind(5, c.fields).bind(6, c.notes).run();
                insert.reset();
                ++added;
            }
        }
    } // statement finalised before the commit
    transaction.commit();
    return added;
}

} // namespace kim::bench
