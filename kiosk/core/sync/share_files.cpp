// kiosk/core/sync/share_files.cpp — durable copy, write and fsync with POSIX calls; sha256 with
// OpenSSL's libcrypto.
#include "kiosk/core/sync/share_files.h"

#include <fcntl.h>
#include <openssl/evp.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <utility>

#include "kiosk/core/storage/storage_failure.h"
#include "kiosk/core/text/text_gate.h"

namespace kiosk::sync {

namespace {

namespace fs = std::filesystem;

[[noreturn]] void Fail(const std::string& zh, const std::string& en, int error) {
  throw SyncError(zh, en + ": " + std::strerror(error));
}

// An open file descriptor that closes itself.
class Fd {
 public:
  Fd(const fs::path& path, int flags, mode_t mode = 0644)
      : fd_(::open(path.c_str(), flags | O_CLOEXEC, mode)) {}
  ~Fd() {
    if (fd_ >= 0) ::close(fd_);
  }
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  int get() const { return fd_; }
  // Closes now, reporting a failed close (a late write error on a network share shows up here).
  bool Close() { return ::close(std::exchange(fd_, -1)) == 0; }

 private:
  int fd_;
};

void FsyncFolder(const fs::path& folder) {
  Fd dir(folder.empty() ? fs::path(".") : folder, O_RDONLY | O_DIRECTORY);
  if (dir.get() < 0)
    Fail("无法打开文件夹 " + folder.string(), "cannot open folder " + folder.string(), errno);
  // Some network file systems do not support fsync on a folder; the rename is still atomic there.
  if (::fsync(dir.get()) != 0 && errno != EINVAL && errno != EROFS)
    Fail("无法同步文件夹 " + folder.string(), "cannot fsync folder " + folder.string(), errno);
}

void WriteAll(int fd, const char* data, size_t size, const fs::path& to) {
  while (size > 0) {
    const ssize_t written = ::write(fd, data, size);
    if (written < 0) {
      if (errno == EINTR) continue;
      Fail("无法写入 " + to.string(), "cannot write " + to.string(), errno);
    }
    data += written;
    size -= static_cast<size_t>(written);
  }
}

// Calls `use(bytes, count)` for each chunk read from `in` (the file `path`) until its end.
template <class Use>
void ReadChunks(int in, const fs::path& path, Use use) {
  std::array<unsigned char, 1 << 16> buffer;
  for (;;) {
    const ssize_t got = ::read(in, buffer.data(), buffer.size());
    if (got < 0) {
      if (errno == EINTR) continue;
      Fail("无法读取 " + path.string(), "cannot read " + path.string(), errno);
    }
    if (got == 0) return;
    use(buffer.data(), static_cast<size_t>(got));
  }
}

// sha256 fed chunk by chunk.
class Sha256 {
 public:
  Sha256() : context_(EVP_MD_CTX_new()) {
    if (context_ == nullptr || EVP_DigestInit_ex(context_, EVP_sha256(), nullptr) != 1)
      Fail("sha256 无法初始化", "sha256 cannot start", ENOMEM);
  }
  ~Sha256() { EVP_MD_CTX_free(context_); }
  Sha256(const Sha256&) = delete;
  Sha256& operator=(const Sha256&) = delete;
  void Add(const unsigned char* bytes, size_t count) {
    if (EVP_DigestUpdate(context_, bytes, count) != 1) Fail("sha256 计算失败", "sha256 failed", EIO);
  }
  std::string Hex() {
    std::array<unsigned char, EVP_MAX_MD_SIZE> digest;
    unsigned int size = 0;
    if (EVP_DigestFinal_ex(context_, digest.data(), &size) != 1)
      Fail("sha256 计算失败", "sha256 failed", EIO);
    static constexpr char kHex[] = "0123456789abcdef";
    std::string hex;
    for (unsigned int i = 0; i < size; ++i) {
      hex += kHex[digest[i] >> 4];
      hex += kHex[digest[i] & 15];
    }
    return hex;
  }

 private:
  EVP_MD_CTX* context_;
};

// Writes through `produce(fd)` into a temp file beside `to`, then fsync, rename, fsync folder.
template <class Produce>
void WriteDurably(const fs::path& to, Produce produce) {
  std::string temp_name = ".";  // built by appends: GCC 12 warns falsely on the `+` chain (-Wrestrict)
  temp_name.append(to.filename().string()).append(".tmp").append(std::to_string(::getpid()));
  const fs::path temp = to.parent_path() / temp_name;
  try {
    {
      Fd out(temp, O_WRONLY | O_CREAT | O_TRUNC);
      if (out.get() < 0) Fail("无法创建 " + temp.string(), "cannot create " + temp.string(), errno);
      produce(out.get(), temp);
      if (::fsync(out.get()) != 0) Fail("无法同步 " + temp.string(), "cannot fsync " + temp.string(), errno);
      if (!out.Close()) Fail("无法写完 " + temp.string(), "cannot close " + temp.string(), errno);
    }
    if (::rename(temp.c_str(), to.c_str()) != 0)
      Fail("无法改名为 " + to.string(), "cannot rename to " + to.string(), errno);
  } catch (...) {
    std::error_code ignored;
    fs::remove(temp, ignored);
    throw;
  }
  FsyncFolder(to.parent_path());
}

}  // namespace

SyncError::SyncError(const std::string& zh, const std::string& en) : std::runtime_error(zh + " / " + en) {}

std::string SyncFailureLine(const std::exception& error) {
  if (dynamic_cast<const SyncError*>(&error) != nullptr) return PrintableText(error.what());
  if (dynamic_cast<const fs::filesystem_error*>(&error) != nullptr)
    return PrintableText(
        std::string("共享文件夹或工作文件夹无法读写，请检查网络共享和权限 / the share or the work "
                    "folder cannot be read or written; check the network share and its "
                    "permissions (") +
        error.what() + ")");
  return DescribeStorageFailure(error).Line();
}

// Copies `from` through `write(produce)`, hashing the bytes in the same pass.
template <class Write>
std::string CopyHashed(const fs::path& from, Write write) {
  Fd in(from, O_RDONLY);
  if (in.get() < 0) Fail("无法读取 " + from.string(), "cannot read " + from.string(), errno);
  Sha256 sha256;
  write([&](int out, const fs::path& written) {
    ReadChunks(in.get(), from, [&](const unsigned char* bytes, size_t count) {
      sha256.Add(bytes, count);
      WriteAll(out, reinterpret_cast<const char*>(bytes), count, written);
    });
  });
  return sha256.Hex();
}

std::string CopyFileDurably(const fs::path& from, const fs::path& to) {
  return CopyHashed(from, [&](auto produce) { WriteDurably(to, produce); });
}

std::string CopyFileForReading(const fs::path& from, const fs::path& to) {
  return CopyHashed(from, [&](auto produce) {
    Fd out(to, O_WRONLY | O_CREAT | O_TRUNC);
    if (out.get() < 0) Fail("无法创建 " + to.string(), "cannot create " + to.string(), errno);
    produce(out.get(), to);
    if (!out.Close()) Fail("无法写完 " + to.string(), "cannot close " + to.string(), errno);
  });
}

void WriteFileDurably(const fs::path& to, const std::string& text) {
  WriteDurably(to, [&](int out, const fs::path& temp) { WriteAll(out, text.data(), text.size(), temp); });
}

void SyncFile(const fs::path& file) {
  {
    Fd fd(file, O_RDONLY);
    if (fd.get() < 0 || ::fsync(fd.get()) != 0)
      Fail("无法同步 " + file.string(), "cannot fsync " + file.string(), errno);
  }
  FsyncFolder(file.parent_path());
}

std::string FileSha256(const fs::path& file) {
  Fd in(file, O_RDONLY);
  if (in.get() < 0) Fail("无法读取 " + file.string(), "cannot read " + file.string(), errno);
  Sha256 sha256;
  ReadChunks(in.get(), file, [&](const unsigned char* bytes, size_t count) { sha256.Add(bytes, count); });
  return sha256.Hex();
}

std::string ReadSmallFile(const fs::path& file, std::uintmax_t max_bytes) {
  std::error_code error;
  const std::uintmax_t size = fs::file_size(file, error);
  if (error)
    throw SyncError("无法读取 " + file.string(), "cannot read " + file.string() + ": " + error.message());
  if (size > max_bytes)
    throw SyncError(file.string() + " 过大",
                    file.string() + " is too large (" + std::to_string(size) + " bytes)");
  std::ifstream in(file, std::ios::binary);
  std::string text(static_cast<size_t>(size), '\0');
  if (!in.read(text.data(), static_cast<std::streamsize>(size)))
    throw SyncError("无法读取 " + file.string(), "cannot read " + file.string());
  return text;
}

}  // namespace kiosk::sync
