// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/PackageBundle.h"

#include "exchange/PackageError.h"

#include <string_view>

namespace kim::exchange {

Botan::secure_vector<uint8_t> PackageBundle::join(const MinisignSignature& signature,
                                                  std::span<const uint8_t> payload) {
    const std::string text = signature.fileText();
    Botan::secure_vector<uint8_t> bundle(text.begin(), text.end());
    bundle.insert(bundle.end(), payload.begin(), payload.end());
    return bundle;
}

PackageBundle::Parts PackageBundle::split(std::span<const uint8_t> bundle) {
    const auto head = bundle.first(std::min(bundle.size(), MinisignSignature::MaxFileSize));
    size_t end = 0;
    for (int line = 0; line < 4; ++line) {
        while (end < head.size() && head[end] != '\n') {
            ++end;
        }
        if (end == head.size()) {
            throw PackageError(PackageFailure::SignatureInvalid);
        }
        ++end;
    }
    const std::string_view text(reinterpret_cast<const char*>(bundle.data()), end);
    auto signature = MinisignSignature::parse(text);
    if (!signature) {
        throw PackageError(PackageFailure::SignatureInvalid);
    }
    return Parts{*signature, bundle.subspan(end)};
}

} // namespace kim::exchange
