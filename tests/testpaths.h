#pragma once

// Where the tests find their fixtures and the programs they drive. The paths live in one
// generated source file (testpaths.cpp.in), not in compile flags: an absolute path there
// differs in every clone and would keep ccache from reusing any test's objects.

#include <QString>

namespace TestPaths {
// tests/fixtures/<name>
QString fixture(const QString &name);
// tests/fuzz/corpus/<name>
QString fuzzCorpus(const QString &name);
// translations/<name>
QString translation(const QString &name);
// <name> in the source tree, such as "core" or "app/gui.cpp".
QString source(const QString &name);
// The build's bin/<name>: conviz, conviz-cli, conviz-worker, conviz-fakeworker.
QString program(const QString &name);
// The build tree (what `cmake --install` takes).
QString buildDir();
} // namespace TestPaths
