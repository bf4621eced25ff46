// The one way schemadiff writes output files (migrations, inspect --out): see write_files.hpp.
#include "schemadiff/engine/write_files.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <random>

#include "schemadiff/core/error.hpp"

namespace schemadiff::engine {

namespace {

auto io_error(const std::filesystem::path& path, std::string_view doing, int error) -> Error {
    return Error(ErrorKind::Io, fmt::format("cannot {} {}: {}", doing, path.string(), std::strerror(error)));
}

/// A file descriptor closed on scope exit.
class Descriptor {
public:
    explicit Descriptor(int fd) : fd_(fd) {}
    ~Descriptor() {
        if (fd_ >= 0) ::close(fd_);
    }
    Descriptor(const Descriptor&) = delete;
    auto operator=(const Descriptor&) -> Descriptor& = delete;
    auto get() const -> int { return fd_; }
    /// Closes now, reporting close's error (a delayed write error shows here on some file systems).
    auto close() -> int {
        int result = ::close(fd_);
        fd_ = -1;
        return result;
    }

private:
    int fd_;
};

/// One file of a call: its temporary name once created, and the inode that both names share.
struct Pending {
    const FileToWrite* file = nullptr;
    std::string temporary;
    dev_t device = 0;
    ino_t inode = 0;
    bool placed = false;
};

/// ".<name>.<12 random characters>.tmp": hidden, and not guessable by someone who wants to plant a link there.
auto temporary_name(const std::string& name, std::random_device& random) -> std::string {
    static constexpr std::string_view kAlphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    std::string suffix(12, ' ');
    for (char& c : suffix) c = kAlphabet[random() % kAlphabet.size()];
    return "." + name + "." + suffix + ".tmp";
}

auto write_all(int fd, std::string_view text) -> int {
    while (!text.empty()) {
        ssize_t written = ::write(fd, text.data(), text.size());
        if (written < 0) {
            if (errno == EINTR) continue;
            return errno;
        }
        text.remove_prefix(static_cast<size_t>(written));
    }
    return 0;
}

/// Creates the temporary file of `pending` in `dir`, writes its text and flushes it to disk.
void write_temporary(int dir, const std::filesystem::path& folder, Pending& pending, std::random_device& random) {
    const std::filesystem::path final_path = folder / pending.file->name;
    for (int attempt = 0;; ++attempt) {
        std::string name = temporary_name(pending.file->name, random);
        int fd = ::openat(dir, name.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
        if (fd < 0) {
            if (errno == EEXIST && attempt < 100) continue;
            throw io_error(final_path, "write", errno);
        }
        pending.temporary = name;
        Descriptor file(fd);
        struct stat info {};
        int error = write_all(fd, pending.file->text);
        if (error == 0 && ::fsync(fd) != 0) error = errno;
        if (error == 0 && ::fstat(fd, &info) != 0) error = errno;
        if (file.close() != 0 && error == 0) error = errno;
        if (error != 0) throw io_error(final_path, "write", error);
        pending.device = info.st_dev;
        pending.inode = info.st_ino;
        return;
    }
}

/// Gives the temporary file its name; false when the name exists. The temporary name is cleared once it is gone.
auto place(int dir, const std::filesystem::path& folder, Pending& pending, const WriteOptions& options) -> bool {
    const char* from = pending.temporary.c_str();
    const char* to = pending.file->name.c_str();
    const std::filesystem::path final_path = folder / pending.file->name;
    if (options.replace) {
        struct stat existing {};
        if (::fstatat(dir, to, &existing, AT_SYMLINK_NOFOLLOW) == 0 && S_ISDIR(existing.st_mode)) {
            throw Error(ErrorKind::Io, fmt::format("cannot write {}: it is a folder", final_path.string()));
        }
        if (::renameat(dir, from, dir, to) != 0) throw io_error(final_path, "write", errno);
        pending.temporary.clear();
        return true;
    }
    // link(2) never follows a symlink at the new name and fails if the name exists, in one step.
    if (::linkat(dir, from, dir, to, 0) == 0) return true;
    int error = errno;
    if (error == EPERM || error == EOPNOTSUPP || error == ENOSYS || error == EMLINK) {
        // No hard links here (some FUSE and FAT file systems): rename, refusing an existing name.
        if (::renameat2(dir, from, dir, to, RENAME_NOREPLACE) == 0) {
            pending.temporary.clear();
            return true;
        }
        error = errno;
    }
    if (error == EEXIST) return false;
    throw io_error(final_path, "write", error);
}

/// Removes `name` if it is still the file this call wrote (someone may have replaced it meanwhile).
void remove_if_ours(int dir, const std::string& name, const Pending& pending) {
    struct stat info {};
    if (::fstatat(dir, name.c_str(), &info, AT_SYMLINK_NOFOLLOW) == 0 && info.st_dev == pending.device &&
        info.st_ino == pending.inode) {
        ::unlinkat(dir, name.c_str(), 0);
    }
}

}  // namespace

void write_files(const std::filesystem::path& folder, const std::vector<FileToWrite>& files,
                 const WriteOptions& options) {
    for (const auto& file : files) {
        ensure(!file.name.empty() && file.name != "." && file.name != ".." && file.name.find('/') == std::string::npos,
               "write_files takes file names, not paths");
    }
    const std::filesystem::path where = folder.empty() ? std::filesystem::path(".") : folder;
    Descriptor dir(::open(where.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (dir.get() < 0) throw io_error(where, "open folder", errno);

    std::random_device random;  // the kernel's random numbers
    std::vector<Pending> pending(files.size());
    for (size_t at = 0; at < files.size(); ++at) pending[at].file = &files[at];
    auto clean_up = [&] {
        for (const auto& file : pending) {
            if (file.placed && !options.replace) remove_if_ours(dir.get(), file.file->name, file);
            if (!file.temporary.empty()) ::unlinkat(dir.get(), file.temporary.c_str(), 0);
        }
    };
    try {
        for (auto& file : pending) write_temporary(dir.get(), folder, file, random);
        for (auto& file : pending) {
            if (!place(dir.get(), folder, file, options)) {
                std::string message = fmt::format("{} already exists", (folder / file.file->name).string());
                if (!options.if_exists.empty()) message += "; " + options.if_exists;
                throw Error(ErrorKind::Io, message);
            }
            file.placed = true;
        }
    } catch (...) {
        clean_up();
        throw;
    }
    for (auto& file : pending) {
        if (!file.temporary.empty()) ::unlinkat(dir.get(), file.temporary.c_str(), 0);
    }
    ::fsync(dir.get());  // the new names reach the disk too
}

}  // namespace schemadiff::engine
