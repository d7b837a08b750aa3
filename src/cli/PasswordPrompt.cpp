// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/PasswordPrompt.h"

#include "base/Error.h"

#include <QCoreApplication>

#include <botan/mem_ops.h>

#include <cstdio>
#include <iostream>
#include <string>

#include <termios.h>
#include <unistd.h>

namespace kim::cli {

namespace {

QString takeLine(std::string& line) {
    if (!line.empty() && line.back() == '\r') {
        line.pop_back();
    }
    QString result = QString::fromStdString(line);
    Botan::secure_scrub_memory(line.data(), line.size());
    return result;
}

// Switches terminal echo off for its lifetime and restores it afterwards, even on error.
class EchoOff {
public:
    EchoOff() {
        m_active = tcgetattr(STDIN_FILENO, &m_saved) == 0;
        if (m_active) {
            termios silent = m_saved;
            silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
        }
    }
    ~EchoOff() {
        if (m_active) {
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
        }
    }
    EchoOff(const EchoOff&) = delete;
    EchoOff& operator=(const EchoOff&) = delete;

private:
    termios m_saved{};
    bool m_active = false;
};

} // namespace

QString PasswordPrompt::read(const QString& prompt, bool fromStdin) {
    std::string line;
    if (fromStdin) {
        std::getline(std::cin, line);
        return takeLine(line);
    }
    if (!isatty(STDIN_FILENO)) {
        throw Error(ErrorCode::InvalidInput,
                    QCoreApplication::translate(
                        "kim-cli",
                        "Kein Terminal für die Passworteingabe. Verwenden Sie --password-stdin, um das Passwort über "
                        "die Standardeingabe zu übergeben."));
    }
    std::fprintf(stderr, "%s", prompt.toLocal8Bit().constData());
    std::fflush(stderr);
    {
        const EchoOff echoOff;
        std::getline(std::cin, line);
    }
    std::fprintf(stderr, "\n");
    return takeLine(line);
}

bool PasswordPrompt::confirm(const QString& question) {
    if (!isatty(STDIN_FILENO)) {
        return false;
    }
    std::fprintf(stderr, "%s [j/N] ", question.toLocal8Bit().constData());
    std::fflush(stderr);
    std::string answer;
    std::getline(std::cin, answer);
    return answer == "j" || answer == "J" || answer == "ja" || answer == "y";
}

} // namespace kim::cli
