// Writing output files safely: all or nothing, never through a planted symlink, never over a file written meanwhile.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace schemadiff::engine {

struct FileToWrite {
    std::string name;  ///< a file name in the folder (no '/')
    std::string text;
};

struct WriteOptions {
    /// false: a name that exists (a file, a folder, a symlink, dangling or not) is an error, checked and taken in one
    /// step, so that of two writers one wins and the other gets the error. true: an existing file (or symlink) is
    /// replaced (never followed); a folder is still an error.
    bool replace = false;
    std::string if_exists;  ///< appended to the "already exists" error, e.g. "choose another --name"
};

/// Writes `files` into `folder` (which must exist). Each is written to a temporary file of an unpredictable name in
/// the folder (created with O_CREAT | O_EXCL | O_NOFOLLOW, so a symlink planted there is never followed), flushed to
/// disk, then given its name: by link(2) (or renameat2 RENAME_NOREPLACE where hard links are not supported), or by
/// rename(2) with `replace`. If a file cannot be placed, the ones of this call already placed are removed again (with
/// `replace`, an old file already replaced cannot come back: use it for one file). Temporary files never remain.
/// Throws Error(Io) naming the file.
void write_files(const std::filesystem::path& folder, const std::vector<FileToWrite>& files,
                 const WriteOptions& options = {});

}  // namespace schemadiff::engine
