// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <exception>
#include <string>

namespace kim {

// The one error type that crosses layer boundaries. It lives in the lowest layer so every
// layer can throw it; message() is already translated for the user and never carries
// SQL, Botan or key material.
enum class ErrorCode {
    WrongPassword,
    DamagedHeader,
    DamagedDatabase,
    KeyMismatch,
    FileMissing,
    FileExists,
    NotWritable,
    DiskFull,
    Busy,
    UnsupportedVersion,
    InvalidInput,
    RuleViolation,
    NotFound,
    Internal,
};

class Error : public std::exception {
public:
    Error(ErrorCode code, QString message);

    ErrorCode code() const { return m_code; }
    const QString& message() const { return m_message; }
    const char* what() const noexcept override { return m_utf8.c_str(); }

private:
    ErrorCode m_code;
    QString m_message;
    std::string m_utf8;
};

} // namespace kim
