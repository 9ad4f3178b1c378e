// kiosk/app/set_pin.cpp — the --set-pin dialogue on the terminal.
#include "kiosk/app/set_pin.h"

#include <termios.h>
#include <unistd.h>

#include <optional>
#include <string>

#include "kiosk/core/admin/admin_pin.h"

namespace kiosk::app {
namespace {

// One line from `in` without its newline; nullopt at end of input. Echo off on a terminal.
std::optional<std::string> ReadSecretLine(std::FILE* in, const char* prompt) {
  std::fputs(prompt, stderr);
  std::fflush(stderr);
  const int fd = fileno(in);
  termios saved{};
  const bool terminal = isatty(fd) && tcgetattr(fd, &saved) == 0;
  if (terminal) {
    termios quiet = saved;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    tcsetattr(fd, TCSAFLUSH, &quiet);
  }
  std::string line;
  int c = 0;
  while ((c = std::fgetc(in)) != EOF && c != '\n') line += static_cast<char>(c);
  if (terminal) {
    tcsetattr(fd, TCSAFLUSH, &saved);
    std::fputc('\n', stderr);
  }
  if (c == EOF && line.empty()) return std::nullopt;
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return line;
}

int Refuse(const char* line) {
  std::fprintf(stderr, "kiosk: %s\n", line);
  return 2;
}

}  // namespace

int RunSetPin(std::FILE* in, std::FILE* out) {
  const auto first = ReadSecretLine(in, "管理密码（4-8位数字） / admin PIN (4-8 digits): ");
  if (!first || !IsValidAdminPin(*first))
    return Refuse("管理密码应为4-8位数字，未设置 / the admin PIN must be 4-8 digits; nothing was set");
  const auto second = ReadSecretLine(in, "再输入一次 / the same PIN again: ");
  if (!second || *second != *first)
    return Refuse("两次输入的密码不一致，未设置 / the two PINs differ; nothing was set");
  const std::string hash = HashAdminPin(*first);
  std::fprintf(out, "admin_pin_hash = \"%s\"\n", hash.c_str());
  std::fputs(
      "把上面这一行写入 kiosk.toml（替换原有的 admin_pin_hash） / put the line above in kiosk.toml "
      "(replacing any admin_pin_hash there)\n",
      stderr);
  return 0;
}

}  // namespace kiosk::app
