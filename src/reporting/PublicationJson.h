// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reporting/DisclosureControl.h"

#include <QJsonArray>
#include <QJsonObject>

#include <vector>

namespace kim::reporting::PublicationJson {

// How PublicationStore keeps the parameters and the protected tables of a publication
// (columns publications.parameters and publications.tables, docs/formats.md). Read back only
// from the office's own vault.
QJsonObject fromParameters(const DisclosureParameters& parameters);
DisclosureParameters toParameters(const QJsonObject& json);
QJsonArray fromTables(const std::vector<PublishedTable>& tables);
std::vector<PublishedTable> toTables(const QJsonArray& json);

} // namespace kim::reporting::PublicationJson
