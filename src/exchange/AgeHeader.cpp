// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/AgeHeader.h"

#include "exchange/AgePrimitives.h"
#include "exchange/PackageError.h"

#include <botan/mem_ops.h>

#include <optional>

namespace kim::exchange {

namespace {

constexpr size_t BodyColumns = 64;
constexpr size_t MacSize = 32;

[[noreturn]] void damaged() {
    throw PackageError(PackageFailure::Damaged);
}

// Reads lines of the header, never past MaxSize and never past the end of the file.
class LineReader {
public:
    explicit LineReader(std::span<const uint8_t> file)
        : m_file(file.first(std::min(file.size(), AgeHeader::MaxSize))) {}

    std::optional<std::string_view> next() {
        for (size_t i = m_position; i < m_file.size(); ++i) {
            if (m_file[i] == '\n') {
                const std::string_view line(reinterpret_cast<const char*>(m_file.data()) + m_position, i - m_position);
                m_position = i + 1;
                return line;
            }
        }
        return std::nullopt;
    }
    size_t position() const { return m_position; }

private:
    std::span<const uint8_t> m_file;
    size_t m_position = 0;
};

bool isPrintableArgument(std::string_view argument) {
    if (argument.empty()) {
        return false;
    }
    for (const char c : argument) {
        if (c < 33 || c > 126) {
            return false;
        }
    }
    return true;
}

std::vector<std::string> splitArguments(std::string_view line) {
    std::vector<std::string> parts;
    size_t start = 0;
    while (start <= line.size()) {
        const size_t end = std::min(line.find(' ', start), line.size());
        const auto part = line.substr(start, end - start);
        if (!isPrintableArgument(part)) {
            damaged();
        }
        parts.emplace_back(part);
        start = end + 1;
    }
    return parts;
}

std::vector<uint8_t> readBody(LineReader& reader) {
    std::string encoded;
    while (true) {
        const auto line = reader.next();
        if (!line || line->size() > BodyColumns) {
            damaged();
        }
        encoded += *line;
        if (line->size() < BodyColumns) {
            break;
        }
    }
    auto body = AgePrimitives::decodeBase64(encoded);
    if (!body) {
        damaged();
    }
    return *body;
}

void checkVersionLine(std::optional<std::string_view> line, std::span<const uint8_t> file) {
    if (line && *line == AgeHeader::VersionLine) {
        return;
    }
    const std::string_view start(reinterpret_cast<const char*>(file.data()), std::min<size_t>(file.size(), 64));
    if (start.starts_with("age-encryption.org/")) {
        throw PackageError(PackageFailure::UnsupportedVersion);
    }
    if (start.starts_with("-----BEGIN AGE ENCRYPTED FILE-----")) {
        throw PackageError(PackageFailure::UnsupportedVersion); // ASCII armour is not accepted for packages
    }
    throw PackageError(PackageFailure::NotAgeFile);
}

} // namespace

AgeHeader AgeHeader::parse(std::span<const uint8_t> file) {
    LineReader reader(file);
    checkVersionLine(reader.next(), file);
    AgeHeader header;
    while (true) {
        const size_t lineStart = reader.position();
        const auto line = reader.next();
        if (!line) {
            damaged();
        }
        if (line->starts_with("---")) {
            if (line->size() < 4 || (*line)[3] != ' ' || header.m_stanzas.empty()) {
                damaged();
            }
            const auto mac = AgePrimitives::decodeBase64(line->substr(4));
            if (!mac || mac->size() != MacSize) {
                damaged();
            }
            header.m_mac = *mac;
            header.m_macInput.assign(file.begin(), file.begin() + static_cast<std::ptrdiff_t>(lineStart + 3));
            header.m_size = reader.position();
            return header;
        }
        if (!line->starts_with("-> ") || header.m_stanzas.size() >= MaxStanzas) {
            damaged();
        }
        auto parts = splitArguments(line->substr(3));
        AgeStanza stanza;
        stanza.type = parts.front();
        stanza.args.assign(parts.begin() + 1, parts.end());
        stanza.body = readBody(reader);
        header.m_stanzas.push_back(std::move(stanza));
    }
}

std::string AgeHeader::serialise(const std::vector<AgeStanza>& stanzas, const Botan::secure_vector<uint8_t>& fileKey) {
    std::string text(VersionLine);
    text += '\n';
    for (const auto& stanza : stanzas) {
        text += "-> " + stanza.type;
        for (const auto& argument : stanza.args) {
            text += ' ' + argument;
        }
        text += '\n';
        const std::string body = AgePrimitives::encodeBase64(stanza.body);
        // Full 64-column lines, then a shorter (possibly empty) final line.
        for (size_t i = 0; i <= body.size(); i += BodyColumns) {
            text += body.substr(i, BodyColumns) + '\n';
        }
    }
    text += "---";
    const auto tag = mac(std::span(reinterpret_cast<const uint8_t*>(text.data()), text.size()), fileKey);
    text += ' ' + AgePrimitives::encodeBase64(tag) + '\n';
    return text;
}

bool AgeHeader::macMatches(const Botan::secure_vector<uint8_t>& fileKey) const {
    const auto expected = mac(m_macInput, fileKey);
    return Botan::constant_time_compare(expected.data(), m_mac.data(), MacSize);
}

std::vector<uint8_t> AgeHeader::mac(std::span<const uint8_t> macInput, const Botan::secure_vector<uint8_t>& fileKey) {
    const auto key = AgePrimitives::hkdfSha256(fileKey, {}, "header", 32);
    return AgePrimitives::hmacSha256(key, macInput);
}

} // namespace kim::exchange
