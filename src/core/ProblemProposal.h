// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Catalog.h"

#include <QDate>
#include <QString>

#include <cstdint>

namespace kim::core {

// A new problem type a case manager suggests to the coordinating office: title and
// definition only, never case data. It travels in the next problem-report package.
struct ProblemProposal {
    int64_t id = 0;
    FieldOfAction field = FieldOfAction::Participation;
    QString title;
    QString definition;
    QDate createdOn;
    QString sentInPackage; // package id once exported; empty while pending
};

// What the coordinating office decided about a proposal it received.
enum class ProposalDecision { Open = 1, Adopted, Declined };

// A proposal as the coordinating office holds it.
struct ReceivedProposal {
    int64_t id = 0;
    QString senderName;
    QString period;
    FieldOfAction field = FieldOfAction::Participation;
    QString title;
    QString definition;
    ProposalDecision decision = ProposalDecision::Open;
    QString adoptedCode; // the type created from it
};

} // namespace kim::core
