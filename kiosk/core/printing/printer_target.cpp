// kiosk/core/printing/printer_target.cpp — device and file writes, and `lp` for CUPS.
#include "kiosk/core/printing/printer_target.h"

#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace kiosk {
namespace {

bool IsQueueName(std::string_view name) {
  if (name.empty() || name.size() > 127) return false;
  for (char c : name)
    if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' ||
          c == '-' || c == '.'))
      return false;
  return true;
}

[[noreturn]] void Fail(const std::string& where, const std::string& why) {
  throw PrintError("凭条打印失败（" + where + "）：" + why + " / the slip could not be printed (" + where +
                   "): " + why);
}

void WriteAll(int fd, const std::string& bytes, const std::string& where) {
  for (size_t at = 0; at < bytes.size();) {
    const ssize_t n = ::write(fd, bytes.data() + at, bytes.size() - at);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      const std::string why = std::strerror(errno);
      ::close(fd);
      Fail(where, why);
    }
    at += static_cast<size_t>(n);
  }
}

void WriteFile(const std::string& path, const std::string& bytes, int flags) {
  const int fd = ::open(path.c_str(), flags | O_WRONLY | O_CLOEXEC | O_NOCTTY, 0644);
  if (fd < 0) Fail(path, std::strerror(errno));
  WriteAll(fd, bytes, path);
  if (::close(fd) != 0) Fail(path, std::strerror(errno));
}

void SendToCups(const std::string& queue, const std::string& bytes) {
  int pipe_fds[2];
  if (::pipe2(pipe_fds, O_CLOEXEC) != 0) Fail("cups:" + queue, std::strerror(errno));
  const pid_t pid = ::fork();
  if (pid < 0) Fail("cups:" + queue, std::strerror(errno));
  if (pid == 0) {  // the child: stdin from the pipe, then lp (no shell: the queue name is an argument)
    ::dup2(pipe_fds[0], STDIN_FILENO);
    const int null_fd = ::open("/dev/null", O_WRONLY);
    if (null_fd >= 0) ::dup2(null_fd, STDOUT_FILENO);
    ::execlp("lp", "lp", "-d", queue.c_str(), "-o", "raw", static_cast<char*>(nullptr));
    ::_exit(127);
  }
  ::close(pipe_fds[0]);
  // lp may exit before reading everything: a write to its closed pipe must fail with EPIPE, not
  // kill the kiosk with SIGPIPE. Blocked for this thread, then any pending one is taken back.
  sigset_t pipe_signal, before;
  sigemptyset(&pipe_signal);
  sigaddset(&pipe_signal, SIGPIPE);
  pthread_sigmask(SIG_BLOCK, &pipe_signal, &before);
  std::string write_error;
  try {
    WriteAll(pipe_fds[1], bytes, "cups:" + queue);
    ::close(pipe_fds[1]);
  } catch (const PrintError& e) {
    write_error = e.what();  // WriteAll closed the pipe
  }
  const timespec no_wait{0, 0};
  while (sigtimedwait(&pipe_signal, nullptr, &no_wait) > 0) {
  }
  pthread_sigmask(SIG_SETMASK, &before, nullptr);
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (!write_error.empty()) throw PrintError(write_error);
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
    Fail("cups:" + queue, WIFEXITED(status) && WEXITSTATUS(status) == 127
                              ? "没有 lp 命令 / no lp command"
                              : "lp 拒绝了打印 / lp refused the job");
}

}  // namespace

std::optional<PrinterTarget> ParsePrinterTarget(std::string_view text) {
  if (text.rfind("cups:", 0) == 0) {
    const std::string_view queue = text.substr(5);
    if (!IsQueueName(queue)) return std::nullopt;
    return PrinterTarget{PrinterTarget::Kind::kCups, std::string(queue)};
  }
  if (text.rfind("file:", 0) == 0) {
    if (text.size() == 5) return std::nullopt;
    return PrinterTarget{PrinterTarget::Kind::kFile, std::string(text.substr(5))};
  }
  if (text.rfind("/dev/", 0) == 0 && text.size() > 5 && text.find("..") == std::string_view::npos)
    return PrinterTarget{PrinterTarget::Kind::kDevice, std::string(text)};
  return std::nullopt;
}

void SendToPrinter(const PrinterTarget& target, const std::string& bytes) {
  switch (target.kind) {
    case PrinterTarget::Kind::kDevice:
      WriteFile(target.where, bytes, 0);  // a character device: no create, no truncate
      break;
    case PrinterTarget::Kind::kFile:
      WriteFile(target.where, bytes, O_CREAT | O_TRUNC);
      break;
    case PrinterTarget::Kind::kCups:
      SendToCups(target.where, bytes);
      break;
  }
}

}  // namespace kiosk
