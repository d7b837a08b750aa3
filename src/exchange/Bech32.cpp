// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/Bech32.h"

#include <array>
#include <vector>

namespace kim::exchange {

namespace {

constexpr std::string_view Charset = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
constexpr size_t MaxLength = 1024;
constexpr size_t ChecksumLength = 6;

uint32_t polymod(const std::vector<uint8_t>& values) {
    constexpr std::array<uint32_t, 5> Generator = {0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3};
    uint32_t checksum = 1;
    for (const uint8_t value : values) {
        const uint32_t top = checksum >> 25;
        checksum = ((checksum & 0x1ffffff) << 5) ^ value;
        for (size_t i = 0; i < Generator.size(); ++i) {
            if ((top >> i) & 1) {
                checksum ^= Generator[i];
            }
        }
    }
    return checksum;
}

std::vector<uint8_t> expandHrp(std::string_view hrp) {
    std::vector<uint8_t> result;
    for (const char c : hrp) {
        result.push_back(static_cast<uint8_t>(c) >> 5);
    }
    result.push_back(0);
    for (const char c : hrp) {
        result.push_back(static_cast<uint8_t>(c) & 31);
    }
    return result;
}

// Regroups bits; when padding is not allowed, leftover bits must be fewer than `from` and zero.
template <typename Out> bool convertBits(std::span<const uint8_t> input, int from, int to, bool pad, Out& output) {
    uint32_t accumulator = 0;
    int bits = 0;
    const uint32_t mask = (1u << to) - 1;
    for (const uint8_t value : input) {
        if ((value >> from) != 0) {
            return false;
        }
        accumulator = (accumulator << from) | value;
        bits += from;
        while (bits >= to) {
            bits -= to;
            output.push_back(static_cast<uint8_t>((accumulator >> bits) & mask));
        }
    }
    if (pad) {
        if (bits > 0) {
            output.push_back(static_cast<uint8_t>((accumulator << (to - bits)) & mask));
        }
    } else if (bits >= from || ((accumulator << (to - bits)) & mask) != 0) {
        return false;
    }
    return true;
}

} // namespace

std::string Bech32::encode(std::string_view hrp, std::span<const uint8_t> data) {
    std::vector<uint8_t> groups;
    convertBits(data, 8, 5, true, groups);
    std::vector<uint8_t> values = expandHrp(hrp);
    values.insert(values.end(), groups.begin(), groups.end());
    values.insert(values.end(), ChecksumLength, 0);
    const uint32_t checksum = polymod(values) ^ 1;
    std::string result(hrp);
    result += '1';
    for (const uint8_t group : groups) {
        result += Charset[group];
    }
    for (size_t i = 0; i < ChecksumLength; ++i) {
        result += Charset[(checksum >> (5 * (5 - i))) & 31];
    }
    return result;
}

std::optional<Bech32::Decoded> Bech32::decode(std::string_view text) {
    if (text.size() > MaxLength) {
        return std::nullopt;
    }
    bool lower = false;
    bool upper = false;
    std::string folded;
    for (const char c : text) {
        if (c < 33 || c > 126) {
            return std::nullopt;
        }
        lower = lower || (c >= 'a' && c <= 'z');
        upper = upper || (c >= 'A' && c <= 'Z');
        folded += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    const size_t separator = folded.rfind('1');
    if ((lower && upper) || separator == std::string::npos || separator == 0 ||
        separator + 1 + ChecksumLength > folded.size()) {
        return std::nullopt;
    }
    const std::string hrp = folded.substr(0, separator);
    std::vector<uint8_t> values = expandHrp(hrp);
    std::vector<uint8_t> groups;
    for (size_t i = separator + 1; i < folded.size(); ++i) {
        const size_t position = Charset.find(folded[i]);
        if (position == std::string_view::npos) {
            return std::nullopt;
        }
        values.push_back(static_cast<uint8_t>(position));
        groups.push_back(static_cast<uint8_t>(position));
    }
    if (polymod(values) != 1) {
        return std::nullopt;
    }
    groups.resize(groups.size() - ChecksumLength);
    Decoded decoded{hrp, {}};
    if (!convertBits(std::span<const uint8_t>(groups), 5, 8, false, decoded.data)) {
        return std::nullopt;
    }
    return decoded;
}

} // namespace kim::exchange
