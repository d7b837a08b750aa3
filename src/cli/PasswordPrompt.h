// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace kim::cli {

// Reads the vault password: with --password-stdin one line from standard input (for
// scripts), otherwise from the terminal with echo switched off (termios). Never from the
// command line, where other users could read it in the process list.
class PasswordPrompt final {
public:
    // Throws Error(InvalidInput) when no terminal is available and stdin was not chosen.
    static QString read(const QString& prompt, bool fromStdin);
    // Asks a yes/no question on the terminal; false without a terminal.
    static bool confirm(const QString& question);
};

} // namespace kim::cli
